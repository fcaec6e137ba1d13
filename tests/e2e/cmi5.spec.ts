/**
 * Confide as a cmi5 AU: the built cmi5 package of the `tiny` vignette, launched by a test LMS
 * (support/cmi5-player.ts) that serves the fetch URL, the State API and a Statement API which
 * validates every statement and checks the session rules (tests/support/cmi5-lms.ts). A full
 * play-through through a failing statement store, a relaunch, a new device resuming from the
 * State API alone, and the close of the course: every statement once, in order, valid.
 *
 * Needs the test packages: CONFIDE_FIXTURES=1 node scripts/build-lms.js --case tiny,facilitated --packages vignette,catalogue --out .tmp/lms-test
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type FrameLocator } from '@playwright/test';
import { killChromium, launchChromium, type RunningChromium } from '../../scripts/lib/chromium-process.js';
import { cmi5Lms } from '../support/cmi5-lms';
import { BASE_URL } from './support/browser';
import { cmi5PackagePath, installCmi5 } from './support/cmi5-player';

async function screen(au: FrameLocator, name: string) {
	await expect(au.locator('main')).toHaveAttribute('data-screen', name, { timeout: 15_000 });
}

async function step(au: FrameLocator, action: string, next: string) {
	await au.locator(action).click();
	await screen(au, next);
	await expect(au.locator('main')).toHaveAttribute('data-save-state', 'saved');
}

/** The content note and the setting card, to the first choice. */
async function begin(au: FrameLocator) {
	await screen(au, 'content-note');
	await au.locator('[data-action=begin]').click();
	await au.locator('main [data-action=continue]').click();
	await screen(au, 'choosing');
}

/** Opens a vignette from a catalogue package's home page and plays it: each step a choice id (or `continue` on the feedback) and the screen it leads to. */
async function playFromHome(au: FrameLocator, caseId: string, steps: [choice: string, next: string][]) {
	await au.locator(`[data-case="${caseId}"] h2 a`).click();
	await begin(au);
	for (const [choice, next] of steps) await step(au, choice === 'continue' ? '[data-feedback] [data-action=continue]' : `[data-choice-id="${choice}"]`, next);
}

type Statement = { verb: { id: string }; object: { id: string }; result?: Record<string, unknown>; context: { registration: string } };

test.beforeAll(() => {
	for (const name of ['tiny', 'catalogue'] as const)
		if (!existsSync(cmi5PackagePath(name)))
			throw new Error(`No cmi5 test package ${cmi5PackagePath(name)}. Build it first: CONFIDE_FIXTURES=1 node scripts/build-lms.js --case tiny,facilitated --packages vignette,catalogue --out .tmp/lms-test`);
});

test('a full play-through reaches the LMS as cmi5 statements, through a failing statement store, once each; a relaunch adds nothing; closing terminates', async ({ page, context }) => {
	const player = await installCmi5(context, undefined, { masteryScore: 0.75 });
	const { lms } = player;
	await page.goto(player.url);
	const au = page.frameLocator('#au');
	await screen(au, 'content-note');
	await expect.poll(() => lms.verbs()).toEqual(['initialized']);
	await au.locator('[data-action=begin]').click();
	await au.locator('main [data-action=continue]').click();
	await screen(au, 'choosing');

	await step(au, '[data-choice-id="V99.D99.1.a"]', 'feedback');
	await expect.poll(() => lms.verbs()).toEqual(['initialized', 'answered']);
	await expect(au.locator('[data-lms-status]')).toHaveAttribute('data-lms-status', 'connected');

	// The statement store fails twice: the trainee plays on, is told, and the report is retried.
	lms.faults.statements = 2;
	await step(au, '[data-feedback] [data-action=continue]', 'choosing');
	await step(au, '[data-choice-id="tiny-carry-on"]', 'choosing');
	await step(au, '[data-choice-id="V99.D99.2.c"]', 'feedback');
	await expect(au.locator('[data-lms-status]')).toHaveAttribute('data-lms-status', 'retrying');
	await step(au, '[data-feedback] [data-action=continue]', 'debrief');
	await expect.poll(() => lms.verbs(), { timeout: 30_000 }).toEqual(['initialized', 'answered', 'answered', 'completed', 'passed']);
	await expect(au.locator('[data-lms-status]')).toHaveAttribute('data-lms-status', 'connected');

	const statements = lms.statements as unknown as Statement[];
	expect(statements.slice(1, 3).map((s) => [s.object.id, s.result?.['response'], s.result?.['success']])).toEqual([
		['urn:confide:vignette:tiny:decision:V99.D99.1', 'V99.D99.1.a', true],
		['urn:confide:vignette:tiny:decision:V99.D99.2', 'V99.D99.2.c', true]
	]);
	// Best (2) + acceptable (1) of 4 points: 0.75, which reaches the mastery score, no critical error.
	expect(statements[4]!.result).toMatchObject({ success: true, score: { scaled: 0.75, raw: 3, min: 0, max: 4 } });
	expect(statements[3]!.result).toMatchObject({ completion: true });
	expect(statements.every((s) => s.context.registration === lms.registration)).toBe(true);
	expect([0, 3, 4].map((i) => statements[i]!.object.id)).toEqual([lms.activityId, lms.activityId, lms.activityId]);

	// A relaunch (a new session of the same registration): the debrief again, nothing reported twice.
	await page.reload();
	await screen(au, 'debrief');
	await expect.poll(() => lms.verbs()).toEqual(['initialized', 'answered', 'answered', 'completed', 'passed', 'initialized']);
	// The package's home page lists its own vignette only (the others are not in it); leaving the
	// case page in the app keeps the LMS session open.
	await au.locator('header a', { hasText: 'Confide' }).first().click();
	await expect(au.locator('ul.cases > li')).toHaveCount(1);
	await expect(au.locator('ul.cases > li')).toHaveAttribute('data-case', 'tiny');
	expect(lms.verbs().at(-1)).toBe('initialized');
	// Closing the activity (the LMS removes its frame): the page sends terminated, last. A request
	// made as a frame goes away can miss the test's route, so what the page sent is what is checked;
	// what the LMS received breaks no rule either way.
	await page.evaluate(() => document.querySelector('#au')?.remove());
	await expect.poll(() => player.sent.at(-1), { timeout: 15_000 }).toBe('terminated');
	expect(player.sent.filter((v) => v === 'terminated')).toHaveLength(1);
	expect(lms.problems).toEqual([]);
});

test('a new device resumes from what the LMS holds; Review mode sends no result', async ({ browser, page, context }) => {
	const lms = cmi5Lms(`${BASE_URL}/lms/cmi5/`);
	const first = await installCmi5(context, lms);
	await page.goto(first.url);
	const au = page.frameLocator('#au');
	await begin(au);
	await step(au, '[data-choice-id="V99.D99.1.b"]', 'feedback');
	await step(au, '[data-feedback] [data-action=continue]', 'choosing');
	await expect.poll(() => lms.state.get(`${lms.registration}|urn:confide:state:suspended`) ?? '').toContain('"f":"c"');

	// Another browser, nothing stored locally: the State API alone brings the attempt back.
	const other = await browser.newContext();
	const second = await installCmi5(other, lms);
	const fresh = await other.newPage();
	await fresh.goto(second.url);
	const resumed = fresh.frameLocator('#au');
	await screen(resumed, 'choosing');
	await expect(resumed.locator('[data-choice-id="tiny-carry-on"]')).toBeVisible();
	await step(resumed, '[data-choice-id="tiny-carry-on"]', 'choosing');
	await step(resumed, '[data-choice-id="V99.D99.2.a"]', 'feedback');
	await expect.poll(() => lms.verbs().filter((v) => v === 'answered').length).toBe(2);
	await other.close();

	// Launched to review: the attempt shows, and no completion, pass or fail is sent.
	const review = await browser.newContext();
	const third = await installCmi5(review, lms, { launchMode: 'Review' });
	const look = await review.newPage();
	await look.goto(third.url);
	const reviewed = look.frameLocator('#au');
	await screen(reviewed, 'feedback');
	await step(reviewed, '[data-feedback] [data-action=continue]', 'debrief');
	await expect.poll(() => lms.state.get(`${lms.registration}|urn:confide:state:suspended`) ?? '').toContain('"f":"e"');
	expect(lms.verbs().filter((v) => v === 'completed' || v === 'passed' || v === 'failed')).toEqual([]);
	await review.close();
	expect(lms.problems).toEqual([]);
});

test('a browser killed with SIGKILL mid-report resumes from what the LMS holds: every decision once, nothing acknowledged lost', async () => {
	test.setTimeout(120_000);
	const lms = cmi5Lms(`${BASE_URL}/lms/cmi5/`);
	const profile = mkdtempSync(join(tmpdir(), 'confide-cmi5-kill-'));
	const started: RunningChromium[] = [];
	try {
		let run = await launchChromium(profile);
		started.push(run);
		let player = await installCmi5(run.context, lms);
		await run.page.goto(`${BASE_URL}${player.url}`);
		let au = run.page.frameLocator('#au');
		await begin(au);
		await step(au, '[data-choice-id="V99.D99.1.a"]', 'feedback');
		await step(au, '[data-feedback] [data-action=continue]', 'choosing');
		await step(au, '[data-choice-id="tiny-carry-on"]', 'choosing');
		await expect.poll(() => lms.state.get(`${lms.registration}|urn:confide:state:suspended`) ?? '').toContain('tiny-carry-on');
		// The last decision is saved on the device; the LMS stores its statement but the answer never
		// comes back (so the page keeps retrying), and the browser is killed then.
		lms.faults.lostAnswers = 1000;
		await step(au, '[data-choice-id="V99.D99.2.b"]', 'feedback');
		await expect(au.locator('[data-lms-status]')).toHaveAttribute('data-lms-status', 'retrying');
		expect(lms.verbs().filter((v) => v === 'answered')).toHaveLength(2);
		await killChromium(run);
		lms.faults.lostAnswers = 0;

		run = await launchChromium(profile);
		started.push(run);
		player = await installCmi5(run.context, lms);
		await run.page.goto(`${BASE_URL}${player.url}`);
		au = run.page.frameLocator('#au');
		// The local copy holds the last decision (saved before the kill): reported again in the new
		// session, the LMS already has it, and keeps it once; the suspend state catches up.
		await screen(au, 'feedback');
		await expect.poll(() => lms.state.get(`${lms.registration}|urn:confide:state:suspended`) ?? '', { timeout: 20_000 }).toContain('V99.D99.2.b');
		await expect(au.locator('[data-lms-status]')).toHaveAttribute('data-lms-status', 'connected');
		await step(au, '[data-feedback] [data-action=continue]', 'debrief');
		// A critical error: failed under the pass rule.
		await expect.poll(() => lms.verbs().filter((v) => v === 'completed' || v === 'failed' || v === 'passed')).toEqual(['completed', 'failed']);
		const answered = (lms.statements as unknown as Statement[]).filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.result?.['response']);
		expect(answered).toEqual(['V99.D99.1.a', 'V99.D99.2.b']);
		expect(lms.problems).toEqual([]);
	} finally {
		for (const running of started) {
			await running.browser.close().catch(() => {});
			await killChromium(running).catch(() => {});
		}
		rmSync(profile, { recursive: true, force: true });
	}
});

test('a catalogue package is one AU: launched on its home page, each vignette under its own activities, completed and judged once, with the last vignette', async ({ page, context }) => {
	const player = await installCmi5(context, undefined, {}, 'catalogue');
	const { lms } = player;
	await page.goto(player.url);
	const au = page.frameLocator('#au');
	// The home page is the launch: it connects at once, and lists the course's vignettes.
	await expect(au.locator('[data-course-summary]')).toContainText('0 of 2 vignettes completed');
	await expect.poll(() => lms.verbs()).toEqual(['initialized']);
	await playFromHome(au, 'tiny', [
		['V99.D99.1.a', 'feedback'],
		['continue', 'choosing'],
		['tiny-carry-on', 'choosing'],
		['V99.D99.2.c', 'feedback'],
		['continue', 'debrief']
	]);
	// One vignette of two: no completion yet.
	await expect.poll(() => lms.verbs()).toEqual(['initialized', 'answered', 'answered']);
	await au.locator('[data-debrief] [data-action=exit]').click();
	await playFromHome(au, 'facilitated', [
		['facilitated-listen', 'choosing'],
		['V101.D101.1.a', 'feedback'],
		['continue', 'choosing'],
		['V101.D101.2.a', 'feedback'],
		['continue', 'debrief']
	]);
	await expect.poll(() => lms.verbs()).toEqual(['initialized', 'answered', 'answered', 'answered', 'answered', 'completed', 'passed']);
	const statements = lms.statements as unknown as Statement[];
	expect(statements.slice(1, 5).map((s) => s.object.id)).toEqual([
		'urn:confide:vignette:tiny:decision:V99.D99.1',
		'urn:confide:vignette:tiny:decision:V99.D99.2',
		'urn:confide:vignette:facilitated:decision:V101.D101.1',
		'urn:confide:vignette:facilitated:decision:V101.D101.2'
	]);
	// 3 + 4 of 8 points over the course, for the one AU.
	expect(statements[6]!.result).toMatchObject({ success: true, score: { scaled: 0.875, raw: 7, min: 0, max: 8 } });
	expect([0, 5, 6].map((i) => statements[i]!.object.id)).toEqual([lms.activityId, lms.activityId, lms.activityId]);
	expect(lms.problems).toEqual([]);
});
