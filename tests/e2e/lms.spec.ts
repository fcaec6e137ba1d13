/**
 * Confide inside an LMS: the built SCORM 1.2 and 2004 packages of the `tiny` vignette, hosted in
 * an iframe by a test LMS whose run time is scorm-again (support/lms-player.ts). A full play-through
 * checks every value the LMS received; LMS faults (commit false, the API gone) are injected mid-run
 * and nothing is lost or reported twice; a reload resumes from the local copy, a new device from
 * the LMS's suspend data alone; stale suspend data (the package changed) is refused.
 *
 * Needs the test packages: CONFIDE_FIXTURES=1 node scripts/build-lms.js --case tiny,facilitated --packages vignette,catalogue --out .tmp/lms-test
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { installLms, lmsRecord, packagePath, type Standard } from './support/lms-player';
import { choose, committed, continueFeedback, get, interactionsOf, screen, start, type Cmi } from './support/lms-sco';
import { readZip } from '../support/read-zip';

const STANDARDS: Standard[] = ['scorm12', 'scorm2004'];

test.beforeAll(() => {
	for (const standard of STANDARDS)
		if (!existsSync(packagePath(standard)))
			throw new Error(`No LMS test package ${packagePath(standard)}. Build it first: CONFIDE_FIXTURES=1 node scripts/build-lms.js --case tiny,facilitated --packages vignette,catalogue --out .tmp/lms-test`);
});

test("a package's prerendered home page lists no vignette: its own is filled in once the page runs, the others are not in it", () => {
	const files = readZip(readFileSync(packagePath('scorm12')));
	const home = files.get('index.html')?.toString('utf8') ?? '';
	expect(home).toContain('<h1>Case vignettes</h1>');
	expect(home).not.toMatch(/data-case="/);
	expect([...files.keys()].filter((f) => /^case\/[^/]+\/index\.html$/.test(f))).toEqual(['case/tiny/index.html']);
});

for (const standard of STANDARDS) {
	const v12 = standard === 'scorm12';
	const status = (cmi: Cmi) => (v12 ? get(cmi, 'core.lesson_status') : [get(cmi, 'completion_status'), get(cmi, 'success_status')].join('/'));
	const response = (i: Cmi) => (v12 ? i['student_response'] : i['learner_response']);

	test(`${standard}: a full play-through reaches the LMS, through a failing commit and a vanished API, and resumes`, async ({ page, context }) => {
		const lms = await installLms(context, standard);
		await page.goto(lms.url);
		const sco = page.frameLocator('#sco');
		await start(sco);

		// Decision 1 (best): committed at once, before the vignette ends.
		await choose(sco, 'V99.D99.1.a', 'feedback');
		let cmi = await committed(page, (c) => interactionsOf(c).length === 1, 'the first decision is committed');
		expect(status(cmi)).toBe(v12 ? 'incomplete' : 'incomplete/unknown');
		await expect(sco.locator('[data-lms-status]')).toHaveAttribute('data-lms-status', 'connected');

		// The LMS refuses commits: the trainee plays on, is told in plain words, and the step is retried.
		await page.evaluate(() => ((window as unknown as { lmsFault: string }).lmsFault = 'commit-false'));
		await continueFeedback(sco, 'choosing');
		await choose(sco, 'tiny-carry-on', 'choosing');
		await expect(sco.locator('[data-lms-status]')).toHaveAttribute('data-lms-status', 'retrying');
		await expect(sco.locator('[data-lms-status]')).toContainText('You can keep playing');
		// Then the API vanishes altogether (every call throws) while the last decision is made.
		await page.evaluate(() => ((window as unknown as { lmsFault: string }).lmsFault = 'gone'));
		await choose(sco, 'V99.D99.2.c', 'feedback');
		await continueFeedback(sco, 'debrief');
		expect(interactionsOf(((await lmsRecord(page))?.cmi ?? {}) as Cmi)).toHaveLength(1);

		// The LMS is back: everything arrives, once.
		await page.evaluate(() => ((window as unknown as { lmsFault: string }).lmsFault = 'none'));
		cmi = await committed(page, (c) => interactionsOf(c).length === 2 && String(status(c)).includes('passed'), 'the rest arrives after the fault');
		await expect(sco.locator('[data-lms-status]')).toHaveAttribute('data-lms-status', 'connected');
		const [first, second] = interactionsOf(cmi);
		expect(first).toMatchObject({ id: 'V99.D99.1', type: 'choice', result: 'correct' });
		expect(second).toMatchObject({ id: 'V99.D99.2', type: 'choice', result: 'neutral' });
		expect([response(first!), response(second!)]).toEqual(['V99.D99.1.a', 'V99.D99.2.c']);
		expect(get(first!, 'correct_responses.0.pattern')).toBe('V99.D99.1.a');
		expect(get(second!, 'correct_responses.0.pattern')).toBe('V99.D99.2.a');
		for (const i of [first!, second!]) {
			expect(String(i['latency'])).toMatch(v12 ? /^\d{2,4}:\d{2}:\d{2}(\.\d+)?$/ : /^PT/);
			expect(String(v12 ? i['time'] : i['timestamp'])).toMatch(v12 ? /^\d{2}:\d{2}:\d{2}/ : /^\d{4}-\d{2}-\d{2}T/);
		}
		// Best (2) + acceptable (1) of 4 points: 75 %, no critical error: passed under the default rule.
		if (v12) {
			expect(status(cmi)).toBe('passed');
			expect(get(cmi, 'core.score')).toMatchObject({ raw: '75', min: '0', max: '100' });
		} else {
			expect(status(cmi)).toBe('completed/passed');
			expect(get(cmi, 'score')).toMatchObject({ scaled: '0.75', raw: '3', min: '0', max: '4' });
		}
		const suspend = String(get(cmi, 'suspend_data'));
		expect(suspend).toContain('V99.D99.2.c');
		expect(suspend.length).toBeLessThan(4096);

		// A reload (a new launch of the same LMS attempt): the debrief again, nothing reported twice.
		await page.reload();
		await screen(sco, 'debrief');
		await expect(sco.locator('[data-debrief]')).toBeVisible();
		// Closing the course (the LMS removes the frame): session time, exit, and terminate.
		const commits = await page.evaluate(() => (window as unknown as { lmsCalls: { commit: number } }).lmsCalls.commit);
		await page.evaluate(() => document.querySelector('#sco')?.remove());
		cmi = await committed(page, (c) => String(get(c, v12 ? 'core.exit' : 'exit')) === (v12 ? '' : 'normal') && !!get(c, v12 ? 'core.session_time' : 'session_time'), 'terminated on close');
		expect(await page.evaluate(() => (window as unknown as { lmsCalls: { finish: number } }).lmsCalls.finish)).toBe(1);
		expect(commits).toBeGreaterThanOrEqual(1);
		expect(interactionsOf(cmi).map((i) => i['id'])).toEqual(['V99.D99.1', 'V99.D99.2']);
	});

	test(`${standard}: a new device resumes from the LMS's suspend data; changed content refuses it`, async ({ browser, page, context }) => {
		const lms = await installLms(context, standard);
		await page.goto(lms.url);
		const sco = page.frameLocator('#sco');
		await start(sco);
		await choose(sco, 'V99.D99.1.b', 'feedback');
		await continueFeedback(sco, 'choosing');
		const record = await committed(page, (c) => String(get(c, 'suspend_data')).includes('"f":"c"'), 'suspended after the feedback was read');

		// Another browser (nothing stored locally): the LMS record alone brings the attempt back.
		const other = await browser.newContext();
		const otherLms = await installLms(other, standard);
		const saved = JSON.stringify({ cmi: record });
		await other.addInitScript((text) => localStorage.getItem('lms-record') ?? localStorage.setItem('lms-record', text), saved);
		const fresh = await other.newPage();
		await fresh.goto(otherLms.url);
		const resumed = fresh.frameLocator('#sco');
		await screen(resumed, 'choosing');
		await expect(resumed.locator('[data-choice-id="tiny-carry-on"]')).toBeVisible();
		await choose(resumed, 'tiny-carry-on', 'choosing');
		await choose(resumed, 'V99.D99.2.a', 'feedback');
		const after = await committed(fresh, (c) => interactionsOf(c).length === 2, 'the resumed attempt reports its next decision');
		expect(interactionsOf(after).map((i) => [i['id'], i['result']])).toEqual([
			['V99.D99.1', v12 ? 'wrong' : 'incorrect'],
			['V99.D99.2', 'correct']
		]);
		await other.close();

		// The package changed since (here: the suspended content hash no longer matches): refused, restart offered.
		const stale = { ...record, suspend_data: String(record['suspend_data']).replace(/"h":"[^"]+"/, '"h":"an-older-package"') };
		const third = await browser.newContext();
		const thirdLms = await installLms(third, standard);
		await third.addInitScript((text) => localStorage.getItem('lms-record') ?? localStorage.setItem('lms-record', text), JSON.stringify({ cmi: stale }));
		const changed = await third.newPage();
		await changed.goto(thirdLms.url);
		const refused = changed.frameLocator('#sco');
		await screen(refused, 'content-note');
		await expect(refused.locator('[data-outdated]')).toBeVisible();
		await third.close();
	});
}
