/**
 * Workshop mode in Chromium against the built site: a presenter and an audience window in one
 * browser context, driven by clicker keys and digits only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { killChromium, launchChromium, type RunningChromium } from '../../scripts/lib/chromium-process.js';
import { expectNoViolations } from './support/axe';
import { BASE_URL } from './support/browser';
import { DISCLAIMER, storedRows } from './support/case';
import { readPdf } from './support/pdf';

/** Starts a stored session of a vignette from the workshop page; returns its id. */
async function startSession(page: Page, caseId: string, reveal: 'learning' | 'assessment' = 'learning') {
	await page.goto(`${BASE_URL}/workshop/`);
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await page.getByLabel('Vignette').selectOption(caseId);
	await page.locator(`input[name=reveal][value=${reveal}]`).check();
	await page.getByRole('button', { name: 'Start the session' }).click();
	await page.waitForURL(/\/workshop\/present\/\?session=/);
	await expect(page.locator('main[data-ready]')).toBeAttached();
	return new URL(page.url()).searchParams.get('session')!;
}

const stageOf = (presenter: Page) => presenter.locator('main').getAttribute('data-stage');

/**
 * Waits until the stored session is at `stage`: what another window taking it over reads. (The
 * page's save state alone can still read "saved" from the step before, just after a key.)
 */
async function storedAt(page: Page, stage: string | null) {
	await expect.poll(async () => ((await storedRows(page, ['workshops']))[0]?.['position'] as { stage?: string } | undefined)?.stage, { message: `the stored session reaches ${stage}` }).toBe(stage);
}

/** Presses a key in a window and waits until the presenter has settled again. */
async function press(window: Page, presenter: Page, key: string) {
	await window.keyboard.press(key);
	await expect(presenter.locator('main[data-ready]')).toBeAttached();
}

/** The audience shows the same slide as the presenter's preview. */
async function inStep(presenter: Page, audience: Page) {
	const preview = presenter.locator('[aria-label="Preview of the audience view"]');
	const kind = await preview.getAttribute('data-slide');
	await expect(audience.locator('main')).toHaveAttribute('data-slide', kind!);
	await expect(audience.locator('.stage .body')).toHaveText((await preview.locator('.body').textContent())!);
}

test('a whole vignette driven by clicker keys and digits, presenter and audience in step; reload of either window catches up; handout and CSV', async ({ context }) => {
	test.setTimeout(120_000);
	const presenter = await context.newPage();
	const id = await startSession(presenter, 'facilitated');
	const audience = await context.newPage();
	await audience.setViewportSize({ width: 1280, height: 720 });
	await audience.goto(`/workshop/audience/?session=${id}`);
	await expect(audience.locator('main[data-ready]')).toBeAttached();
	// No site chrome on the projector.
	await expect(audience.locator('header, footer')).toHaveCount(0);
	await expect(audience.locator('main')).toHaveAttribute('data-slide', 'title');

	await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('setting');
	await inStep(presenter, audience);
	// The clicker may be aimed at the audience window: its keys move the session too.
	await press(audience, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('reading');
	await inStep(presenter, audience);
	await expect(presenter.locator('[data-notes]')).toContainText('Note one: let the room read the passage twice.');
	await expect(audience.locator('body')).not.toContainText('Note one');

	await press(presenter, presenter, 'Space');
	expect(await stageOf(presenter)).toBe('voting');
	await press(presenter, presenter, '2');
	await press(presenter, presenter, '2');
	await press(presenter, presenter, '1');
	await expect(presenter.locator('[data-vote-input="2"]')).toHaveValue('2');
	await press(presenter, presenter, 'ArrowRight');
	expect(await stageOf(presenter)).toBe('results');
	await expect(audience.locator('[data-bar="2"]')).toHaveAttribute('data-votes', '2');
	await press(presenter, presenter, 'Enter');
	expect(await stageOf(presenter)).toBe('reading');
	await expect(audience.locator('[data-passage]').first()).toHaveText('You ask her to go on.');

	// Decision 1: the notes on the passage and on the decision; nothing of the verdicts on the projector.
	await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('voting');
	await expect(presenter.locator('[data-notes]')).toContainText('Note three: the teaching point is to assess first.');
	await expect(presenter.locator('[data-notes]')).toContainText('Note two: <b>ask who has met this</b> before.');
	await expect(audience.locator('[data-option]')).toHaveText(['1Option 1: Call the police now.', '2Option 2: Ask more about it.', '3Option 3: Say nothing of it.']);
	const before = (await audience.locator('body').textContent())!;
	for (const secret of ['Nothing yet warrants', 'Assess first, then decide', 'No assessment was made', 'Best', 'Critical', 'APA']) expect(before).not.toContain(secret);

	// Reload the audience mid-decision: it catches up from the stored session.
	await press(presenter, presenter, 'Digit2');
	await press(presenter, presenter, 'Digit2');
	await press(presenter, presenter, 'Digit3');
	await audience.reload();
	await expect(audience.locator('main')).toHaveAttribute('data-slide', 'options');
	await inStep(presenter, audience);

	// Reload the presenter mid-decision: same step, votes intact.
	await presenter.reload();
	await expect(presenter.locator('main[data-ready]')).toBeAttached();
	expect(await stageOf(presenter)).toBe('voting');
	await expect(presenter.locator('[data-vote-input="2"]')).toHaveValue('2');
	await expect(presenter.locator('[data-vote-input="3"]')).toHaveValue('1');
	// Shift+digit takes a vote away.
	await press(presenter, presenter, 'Shift+Digit3');
	await expect(presenter.locator('[data-vote-input="3"]')).toHaveValue('0');

	// Blank to black and to white; any key brings the step back without moving on.
	await press(presenter, presenter, 'b');
	await expect(audience.locator('[data-blanked=black]')).toBeVisible();
	await press(presenter, presenter, 'PageDown');
	await expect(audience.locator('[data-blanked]')).toHaveCount(0);
	expect(await stageOf(presenter)).toBe('voting');
	await press(audience, presenter, 'w');
	await expect(audience.locator('[data-blanked=white]')).toBeVisible();
	await press(audience, presenter, 'x');
	await press(presenter, presenter, '.');
	await expect(audience.locator('[data-blanked=black]')).toBeVisible();
	await press(presenter, presenter, 'ArrowDown');
	await expect(audience.locator('[data-blanked]')).toHaveCount(0);

	// The keys on a help overlay (?), closed with Esc; the audience view in this window, closed with Esc.
	await presenter.keyboard.press('?');
	await expect(presenter.locator('[data-key-help]')).toBeVisible();
	await expect(presenter.locator('[data-key-help]')).toContainText('Shift + 1 to 9');
	await expectNoViolations(presenter, 'the keys help over the presenter view');
	await presenter.keyboard.press('Escape');
	await expect(presenter.locator('[data-key-help]')).toBeHidden();
	await presenter.locator('[data-action=audience-here]').click();
	await expect(presenter.locator('[data-audience-here] [data-slide=options]')).toBeVisible();
	// The audience view inside the presenter's page: both views' ids and names in one document.
	await expectNoViolations(presenter, 'the audience view shown in the presenter window');
	await presenter.keyboard.press('Escape');
	await expect(presenter.locator('[data-audience-here]')).toBeHidden();
	expect(await stageOf(presenter)).toBe('voting');

	// Reveal the distribution, then play the majority (option 2).
	await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('results');
	await expect(audience.locator('[data-bar]')).toHaveCount(3);
	await expect(audience.locator('[data-bar="2"] [data-count]')).toHaveText('2 votes (100 %)');
	await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('review');
	await expect(audience.locator('h1[data-verdict=best]')).toBeVisible();
	await expect(audience.locator('.stage')).toContainText('The room chose option 2: Ask more about it.');
	await expect(audience.locator('.stage')).toContainText('Assess first, then decide.');
	// What option 1 would have meant (rationale only), then back to the path.
	await press(presenter, presenter, 'Digit1');
	await expect(audience.locator('main')).toHaveAttribute('data-slide', 'meaning');
	await expect(audience.locator('.stage')).toContainText('Nothing yet warrants a call.');
	await expect(audience.locator('.stage')).not.toContainText('Critical');
	// The presenter is told what Next does from there: back to the reveal (not on with the story).
	await expect(presenter.locator('[data-next]')).toHaveText('Next: back to the reveal.');
	await press(presenter, presenter, 'PageUp');
	await expect(audience.locator('main')).toHaveAttribute('data-slide', 'review');

	// Decision 2: the facilitator overrides the room with Alt+3.
	await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('reading');
	await press(presenter, presenter, 'PageDown');
	await press(presenter, presenter, '1');
	await press(presenter, presenter, '1');
	await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('results');
	await press(presenter, presenter, 'Alt+Digit3');
	expect(await stageOf(presenter)).toBe('review');
	await expect(audience.locator('.stage')).toContainText('The facilitator chose option 3: Disclose it tomorrow.');
	// Going back never undoes a played choice.
	await press(presenter, presenter, 'PageUp');
	expect(await stageOf(presenter)).toBe('review');

	for (let i = 0; i < 6 && (await stageOf(presenter)) !== 'summary'; i++) await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('summary');
	await inStep(presenter, audience);
	await expect(audience.locator('.stage')).toContainText('The room chose option 2');
	await expect(audience.locator('.stage')).toContainText('The facilitator chose option 3');
	await expect(audience.locator('.footer')).toContainText('Educational simulation, not legal advice');

	// The votes CSV: one row per option, labels as the room saw them.
	const [download] = await Promise.all([presenter.waitForEvent('download'), presenter.locator('[data-action=votes-csv]').click()]);
	const csv = (await (await download.createReadStream()).toArray()).join('');
	const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
	expect(lines).toHaveLength(1 + 3 + 3);
	expect(lines[2]).toContain(',1,First facilitated decision,2,Ask more about it.,2,100,yes,majority,Best response,');
	expect(lines[6]).toContain(',2,Second facilitated decision,3,Disclose it tomorrow.,0,0,yes,override,');

	// The handout prints to one page.
	await presenter.emulateMedia({ media: 'print' });
	const pdf = await readPdf(await presenter.pdf({ format: 'Letter' }));
	expect(pdf.pages).toBe(1);
	expect(pdf.all).toContain('Decision 1: First facilitated decision');
	expect(pdf.all).toContain('The facilitator chose option 3');
	// The best response the room did not play comes with its own sources.
	expect(pdf.all).toContain('Sources: HIPAA 164.512(j)(1)(i)');
	expect(pdf.all).toContain('In other jurisdictions');
	expect(pdf.all).toContain('988');
	expect(pdf.all).toContain('Educational simulation, not legal advice');
	expect(pdf.all).not.toContain('Note one');

	// Nothing in personal progress.
	expect(await storedRows(presenter, ['attempts'])).toEqual([]);
	expect(await storedRows(presenter, ['workshops'])).toHaveLength(1);
});

const SIZES = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
] as const;

/** What is wrong with the audience view's layout now: overflow, scrolling, type below the minimum. */
function layoutProblems(page: Page) {
	return page.evaluate(() => {
		const problems: string[] = [];
		const h = innerHeight;
		const w = innerWidth;
		const root = document.scrollingElement!;
		if (root.scrollHeight > h + 1 || root.scrollWidth > w + 1) problems.push(`the page scrolls (${root.scrollWidth}x${root.scrollHeight})`);
		const body = document.querySelector('.stage .body');
		if (body && body.scrollHeight > body.clientHeight + 1) problems.push(`the step overflows (${body.scrollHeight} > ${body.clientHeight})`);
		for (const el of document.querySelectorAll('.stage .frame *')) {
			const r = el.getBoundingClientRect();
			if (r.width && (r.bottom > h + 1 || r.right > w + 1 || r.top < -1 || r.left < -1)) problems.push(`${el.className || el.tagName} lies outside the screen`);
		}
		const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
		for (const p of document.querySelectorAll('[data-passage]')) if (size(p) < 0.035 * h) problems.push(`passage text is ${size(p)} px`);
		for (const o of document.querySelectorAll('[data-option] .option-text')) if (size(o) < 0.03 * h) problems.push(`option text is ${size(o)} px`);
		return problems;
	});
}

test('the audience view at 1024x768, 1280x720 and 1920x1080: every step of a long vignette fits, unscrolled, type at its minimum or larger; axe clean on both views', async ({ context }) => {
	test.setTimeout(300_000);
	const presenter = await context.newPage();
	const id = await startSession(presenter, 'dana');
	const rooms: Page[] = [];
	for (const size of SIZES) {
		const room = await context.newPage();
		await room.setViewportSize(size);
		await room.goto(`/workshop/audience/?session=${id}`);
		await expect(room.locator('main[data-ready]')).toBeAttached();
		rooms.push(room);
	}
	const seen = new Set<string>();
	let steps = 0;
	for (; steps < 200 && (await stageOf(presenter)) !== 'summary'; steps++) {
		const preview = presenter.locator('[aria-label="Preview of the audience view"]');
		const text = (await preview.locator('.body').textContent())!;
		const kind = (await preview.getAttribute('data-slide'))!;
		// Every step at 4:3, the narrowest (type is sized to the height, so 16:9 fits what 4:3 fits);
		// each kind of step at all three sizes, with a screenshot.
		for (const [i, room] of rooms.entries()) {
			if (i > 0 && seen.has(`${kind}-${i}`)) continue;
			await expect(room.locator('.stage .body')).toHaveText(text);
			expect(await layoutProblems(room), `${kind} step ${steps} at ${SIZES[i]!.width}x${SIZES[i]!.height}`).toEqual([]);
			if (!seen.has(`${kind}-${i}`)) {
				seen.add(`${kind}-${i}`);
				await room.screenshot({ path: test.info().outputPath(`audience-${SIZES[i]!.width}x${SIZES[i]!.height}-${kind}.png`) });
			}
		}
		if (kind === 'options' && !seen.has('axe-options')) {
			seen.add('axe-options');
			await expectNoViolations(rooms[1]!, 'the audience view (options)');
			await expectNoViolations(presenter, 'the presenter view (a vote)');
		}
		if ((await stageOf(presenter)) === 'voting') await press(presenter, presenter, 'Digit1');
		await press(presenter, presenter, 'PageDown');
	}
	expect(await stageOf(presenter)).toBe('summary');
	for (const kind of ['title', 'setting', 'passage', 'options', 'results', 'review']) for (const i of [0, 1, 2]) expect(seen.has(`${kind}-${i}`), `${kind} at size ${i}`).toBe(true);
	// Every page of the summary (its pages are filled before they break).
	for (let page = 1; ; page++) {
		for (const room of rooms) expect(await layoutProblems(room), `the summary, page ${page}`).toEqual([]);
		const next = (await presenter.locator('[data-next]').textContent())!;
		if (!next.startsWith('Next: page')) break;
		await press(presenter, presenter, 'PageDown');
		for (const room of rooms) await expect(room.locator('[data-page]')).toHaveText(`${page + 1} / ${/of (\d+)/.exec(next)![1]}`);
	}
	await expectNoViolations(rooms[2]!, 'the audience view (summary)');
	await expectNoViolations(presenter, 'the presenter view (summary)');
	// Nothing in personal progress.
	expect(await storedRows(presenter, ['attempts'])).toEqual([]);
});

test('a browser killed with SIGKILL mid-decision resumes the session at the same step, votes intact', async () => {
	test.setTimeout(120_000);
	const profile = mkdtempSync(join(tmpdir(), 'confide-workshop-crash-'));
	const started: RunningChromium[] = [];
	try {
		let run = await launchChromium(profile);
		started.push(run);
		const id = await startSession(run.page, 'facilitated');
		const presenter = run.page;
		for (const key of ['PageDown', 'PageDown', 'PageDown', '1', 'PageDown', 'PageDown', 'PageDown', 'Digit3', 'Digit3', 'Digit1']) await press(presenter, presenter, key);
		expect(await stageOf(presenter)).toBe('voting');
		await expect(presenter.locator('main[data-save-state=saved]')).toBeAttached();
		await killChromium(run);

		run = await launchChromium(profile);
		started.push(run);
		await run.page.goto(`${BASE_URL}/workshop/present/?session=${id}`);
		await expect(run.page.locator('main[data-ready]')).toBeAttached();
		expect(await stageOf(run.page)).toBe('voting');
		await expect(run.page.locator('[data-vote-input="1"]')).toHaveValue('1');
		await expect(run.page.locator('[data-vote-input="3"]')).toHaveValue('2');
		await expect(run.page.locator('[data-timer]')).not.toHaveText('Decision time: 0:00');
		// It plays on: the room's choice is option 3.
		await press(run.page, run.page, 'PageDown');
		await press(run.page, run.page, 'PageDown');
		expect(await stageOf(run.page)).toBe('review');
		await expect(run.page.locator('[aria-label="Preview of the audience view"]')).toContainText('The room chose option 3');
		expect(await storedRows(run.page, ['attempts'])).toEqual([]);
	} finally {
		for (const running of started) {
			await running.browser.close().catch(() => {});
			await killChromium(running).catch(() => {});
		}
		rmSync(profile, { recursive: true, force: true });
	}
});

/** Presses on in a presenter window until its stage changes from `from`; the new stage, once stored. */
async function moveOn(presenter: Page, from: string | null) {
	await press(presenter, presenter, 'PageDown');
	await expect.poll(() => stageOf(presenter)).not.toBe(from);
	const stage = await stageOf(presenter);
	await storedAt(presenter, stage);
	return stage;
}

/** Present here instead, in `window`: it goes on at `stage`, and `other` says the session was taken. */
async function takeOver(window: Page, other: Page, stage: string | null) {
	await window.locator('[data-action=present-here]').click();
	await expect(window.locator('[aria-label="Preview of the audience view"]')).toBeVisible();
	await expect.poll(() => stageOf(window)).toBe(stage);
	await expect(other.locator('[data-presenter-lock]')).toHaveAttribute('data-presenter-lock', 'taken');
}

test('a second presenter window on the same session shows a notice, not a second presenter; it can take the session over', async ({ context }) => {
	const first = await context.newPage();
	const id = await startSession(first, 'facilitated');
	await press(first, first, 'PageDown');
	const stageBefore = await stageOf(first);

	const second = await context.newPage();
	await second.goto(`${BASE_URL}/workshop/present/?session=${id}`);
	await expect(second.locator('main[data-ready]')).toBeAttached();
	await expect(second.locator('[data-presenter-lock]')).toHaveAttribute('data-presenter-lock', 'elsewhere');
	await expect(second.locator('[aria-label="Preview of the audience view"]')).toHaveCount(0);
	// Keys there do nothing; the first window goes on presenting.
	await second.keyboard.press('PageDown');
	const stageNow = await moveOn(first, stageBefore);

	// Present here instead: the second window goes on from what the first stored; the first stops.
	await takeOver(second, first, stageNow);
	await expect(first.locator('[aria-label="Preview of the audience view"]')).toHaveCount(0);

	// And back, in place (no reload): the second window moves on, then the first takes it over at that step.
	await takeOver(first, second, await moveOn(second, stageNow));
});

/** Buttons in the presenter view whose label breaks inside a word (a line that ends mid-word). */
function brokenButtons(page: Page) {
	return page.evaluate(() => {
		const broken: string[] = [];
		for (const button of document.querySelectorAll<HTMLElement>('main button')) {
			if (!button.offsetParent) continue;
			const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
			let text = '';
			let lastTop: number | null = null;
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const value = node.textContent ?? '';
				for (let i = 0; i < value.length; i++) {
					const range = document.createRange();
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const rect = range.getClientRects()[0];
					if (!rect || !value[i]!.trim()) {
						text += value[i];
						continue;
					}
					// A new line that starts right after a letter: the label broke inside a word.
					if (lastTop !== null && rect.top > lastTop + 2 && /\S$/.test(text)) broken.push(`"${button.textContent?.trim()}" after "${text.trim()}"`);
					lastTop = rect.top;
					text += value[i];
				}
			}
		}
		return broken;
	});
}

test('the presenter’s buttons never break inside a word, from 1920 down to 1024 px wide, and the page never scrolls sideways', async ({ page }) => {
	await startSession(page, 'dana');
	const check = async (where: string) => {
		for (const width of [1920, 1366, 1280, 1024]) {
			await page.setViewportSize({ width, height: 800 });
			expect(await brokenButtons(page), `${where} at ${width} px`).toEqual([]);
			expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), `${where} at ${width} px`).toBeLessThanOrEqual(width);
		}
	};
	for (let i = 0; i < 20 && (await stageOf(page)) !== 'voting'; i++) await press(page, page, 'PageDown');
	expect(await stageOf(page)).toBe('voting');
	await check('a vote');
	// After a reveal: the buttons that show what another option would have meant.
	for (let i = 0; i < 20 && (await stageOf(page)) !== 'review'; i++) await press(page, page, (await stageOf(page)) === 'voting' ? 'Alt+Digit1' : 'PageDown');
	expect(await stageOf(page)).toBe('review');
	await expect(page.locator('[data-meaning]').first()).toBeVisible();
	await check('a reveal');
});

/** Goes on to the first vote (a narrative choice of two options, then decision 1 of three, in the fixture). */
async function toFirstVote(presenter: Page) {
	for (let i = 0; i < 3; i++) await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('voting');
}

const voteBox = (presenter: Page, label: string) => presenter.locator(`[data-vote-input="${label}"]`);

test('a count out of range is put right in its box, and the next decision’s boxes show that decision’s counts', async ({ page }) => {
	await startSession(page, 'facilitated');
	await toFirstVote(page);
	await voteBox(page, '2').fill('-5');
	await voteBox(page, '2').press('Tab');
	await expect(voteBox(page, '2')).toHaveValue('0');
	await voteBox(page, '1').fill('2.7');
	await voteBox(page, '1').press('Tab');
	await expect(voteBox(page, '1')).toHaveValue('3');
	await voteBox(page, '1').fill('5000');
	await voteBox(page, '1').press('Tab');
	await expect(voteBox(page, '1')).toHaveValue('999');
	await expect(page.locator('[aria-label="Preview of the audience view"] .bottom')).toContainText('999 votes');
	// Played with a click while a box holds -5: the box loses focus, and the next decision starts from 0.
	await voteBox(page, '2').fill('-5');
	await page.locator('[data-pick="1"]').click();
	await expect(page.locator('main[data-ready]')).toBeAttached();
	expect(await stageOf(page)).toBe('reading');
	await press(page, page, 'PageDown');
	expect(await stageOf(page)).toBe('voting');
	await expect(page.locator('[aria-label="Preview of the audience view"]')).toContainText('First facilitated decision');
	for (const label of ['1', '2', '3']) await expect(voteBox(page, label)).toHaveValue('0');
});

test('a clicker’s Page Down and Page Up step the session from a vote box, with the count typed there kept; digits stay in the box', async ({ page }) => {
	await startSession(page, 'facilitated');
	await toFirstVote(page);
	await voteBox(page, '2').focus();
	await page.keyboard.press('Backspace');
	await page.keyboard.type('3');
	// The digit went to the box, not to the vote as a key.
	await expect(voteBox(page, '2')).toHaveValue('3');
	await press(page, page, 'PageDown');
	expect(await stageOf(page)).toBe('results');
	await expect(page.locator('[aria-label="Preview of the audience view"] [data-bar="2"]')).toHaveAttribute('data-votes', '3');
	await voteBox(page, '1').focus();
	await page.keyboard.press('Backspace');
	await page.keyboard.type('1');
	await press(page, page, 'PageUp');
	expect(await stageOf(page)).toBe('voting');
	await expect(voteBox(page, '1')).toHaveValue('1');
	await expect(page.locator('[aria-label="Preview of the audience view"] .bottom')).toContainText('4 votes');
});

test('the first slide heads the content notes "Content note"; Page Up where there is nothing to go back to says why', async ({ context }) => {
	const presenter = await context.newPage();
	const id = await startSession(presenter, 'facilitated');
	const audience = await context.newPage();
	await audience.goto(`/workshop/audience/?session=${id}`);
	await expect(audience.locator('main[data-ready]')).toBeAttached();
	await expect(audience.locator('.stage .subheading')).toHaveText('Content note');
	await expect(audience.locator('.stage')).toContainText('Nothing distressing: a test fixture.');
	await press(presenter, presenter, 'PageUp');
	await expect(presenter.locator('[data-blocked]')).toHaveText('This is the first page of this step: a choice already played is never undone.');
	await toFirstVote(presenter);
	await expect(presenter.locator('[data-blocked]')).toHaveCount(0);
	await press(presenter, presenter, 'Alt+Digit1');
	await press(presenter, presenter, 'PageDown');
	await press(presenter, presenter, 'Alt+Digit2');
	expect(await stageOf(presenter)).toBe('review');
	await expect(presenter.locator('[data-blocked]')).toHaveCount(0);
	// From the audience window too (a clicker aimed at the projector).
	await press(audience, presenter, 'PageUp');
	expect(await stageOf(presenter)).toBe('review');
	await expect(presenter.locator('[data-blocked]')).toBeVisible();
});

test('a practice-only session: after the presenter’s reload (a new session) the audience window shows the new session, never the old slide; a copy of the window gets a room of its own; closed, the room waits', async ({ context }) => {
	const presenter = await context.newPage();
	await presenter.goto('/workshop/');
	await expect(presenter.locator('main[data-ready]')).toBeAttached();
	await presenter.getByLabel('Vignette').selectOption('draft');
	await presenter.locator('input[name=profile][value=west]').check();
	await expect(presenter.locator('[data-practice-only]')).toBeVisible();
	await presenter.getByRole('button', { name: 'Start the session' }).click();
	await presenter.waitForURL(/\/workshop\/present\/\?case=draft/);
	await expect(presenter.locator('main[data-ready]')).toBeAttached();
	const [audience] = await Promise.all([presenter.waitForEvent('popup'), presenter.locator('[data-action=open-audience]').click()]);
	await expect(audience.locator('main[data-ready]')).toBeAttached();
	await expect(audience.locator('main')).toHaveAttribute('data-slide', 'title');
	await press(presenter, presenter, 'PageDown');
	await press(presenter, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('reading');
	await inStep(presenter, audience);

	// Leaving loses a practice-only session, so a link asks first (dismissed: the session goes on) …
	const questions: { type: string; message: string }[] = [];
	presenter.once('dialog', (dialog) => {
		questions.push({ type: dialog.type(), message: dialog.message() });
		void dialog.dismiss();
	});
	await presenter.locator('header a.brand').click();
	// The dialog event may reach the test after the click has returned: wait for it.
	await expect.poll(() => questions).toEqual([{ type: 'confirm', message: expect.stringContaining('It is practice only and stored nowhere: leaving loses it') }]);
	await expect(presenter).toHaveURL(/\/workshop\/present\//);
	expect(await stageOf(presenter)).toBe('reading');
	// … and a reload gets the browser's own question: the presenter reloads all the same.
	presenter.once('dialog', (dialog) => {
		questions.push({ type: dialog.type(), message: '' });
		void dialog.accept();
	});

	// The presenter reloads: a new session, at its first step, which the room follows.
	await presenter.reload();
	expect(questions.map((q) => q.type)).toEqual(['confirm', 'beforeunload']);
	await expect(presenter.locator('main[data-ready]')).toBeAttached();
	expect(await stageOf(presenter)).toBe('title');
	await expect(audience.locator('main')).toHaveAttribute('data-slide', 'title');
	await inStep(presenter, audience);
	// A clicker aimed at the audience window drives the new session.
	await press(audience, presenter, 'PageDown');
	expect(await stageOf(presenter)).toBe('setting');
	await inStep(presenter, audience);

	// A copy of the presenter window (a duplicated tab: the same address) presents to a room of its
	// own, and says so; the audience window still follows the first.
	const kept = new URL(presenter.url()).searchParams.get('audience');
	expect(kept).toMatch(/^[0-9a-f-]{36}$/);
	const copy = await context.newPage();
	await copy.goto(presenter.url());
	await expect(copy.locator('main[data-ready]')).toBeAttached();
	await expect(copy.locator('[data-own-audience]')).toBeVisible();
	await expect.poll(() => new URL(copy.url()).searchParams.get('audience')).not.toBe(kept);
	await press(copy, copy, 'PageDown');
	await press(copy, copy, 'PageDown');
	expect(await stageOf(copy)).toBe('reading');
	const [copyAudience] = await Promise.all([copy.waitForEvent('popup'), copy.locator('[data-action=open-audience]').click()]);
	await expect(copyAudience.locator('main[data-ready]')).toBeAttached();
	await inStep(copy, copyAudience);
	await inStep(presenter, audience);
	expect(await stageOf(presenter)).toBe('setting');
	await expect(presenter.locator('[data-own-audience]')).toHaveCount(0);
	await copyAudience.close();
	await copy.close();

	// The presenter window closes, and the session with it: the room waits for the presenter.
	await presenter.close({ runBeforeUnload: true });
	await expect(audience.locator('main')).toHaveAttribute('data-slide', 'none');
	await expect(audience.locator('.waiting')).toHaveText('Waiting for the presenter…');
});

/** The decisions' titles in a vignette's ink source, in order (not from the app). */
const decisionTitles = (file: string) => [...readFileSync(file, 'utf8').matchAll(/#decision: \S+ (.+)$/gm)].map((m) => m[1]!.trim());

test('Jordan’s handout on its longest path prints on two pages at most, A4 and Letter, with all it promises; the footer ends it', async ({ page }) => {
	test.slow(); // plays a whole vignette
	await startSession(page, 'jordan');
	// The options played at decisions 1 to 4 (under California) that make the longest handout; option 1 at the narrative choices.
	const picks = ['3', '1', '1', '3'];
	const preview = page.locator('[aria-label="Preview of the audience view"]');
	for (let i = 0; i < 200 && (await stageOf(page)) !== 'summary'; i++) {
		if ((await stageOf(page)) !== 'voting') await press(page, page, 'PageDown');
		else await press(page, page, `Alt+Digit${/Decision \d of \d/.test((await preview.textContent())!) ? picks.shift() : '1'}`);
	}
	expect(await stageOf(page)).toBe('summary');
	expect(picks).toEqual([]);
	const titles = decisionTitles('stories/jordan/main.ink');
	await page.emulateMedia({ media: 'print' });
	for (const format of ['A4', 'Letter'] as const) {
		const pdf = await readPdf(await page.pdf({ format }));
		expect(pdf.pages, format).toBeLessThanOrEqual(2);
		titles.forEach((title, i) => expect(pdf.all, `${format}: decision ${i + 1}`).toContain(`Decision ${i + 1}: ${title}`));
		for (const expected of ['The facilitator chose option 3', 'Best response, option', 'Sources: Tarasoff v. Regents', 'In other jurisdictions', '988', 'Not yet reviewed by a licensed clinician or attorney'])
			expect(pdf.all, `${format}: "${expected}"`).toContain(expected);
		expect(pdf.text.at(-1), `${format}: the footer ends the handout`).toContain(DISCLAIMER);
	}
});

test('the sessions list names each session’s profile and reveal; Delete asks first, in a dialog, says what it deleted, and refuses a session a presenter window has open', async ({ page }) => {
	const draft = await startSession(page, 'draft', 'assessment');
	// Left open in a presenter window of its own.
	const presenter = await page.context().newPage();
	const facilitated = await startSession(presenter, 'facilitated');
	await page.goto('/workshop/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	const row = page.locator(`[data-session="${draft}"]`);
	await expect(row.locator('[data-session-profile]')).toHaveText('Jurisdiction profile: Modelled on East (recorded)');
	await expect(row.locator('[data-session-reveal]')).toHaveText('Reveal: All at the end (assessment style)');
	// A vignette without profiles names none.
	await expect(page.locator(`[data-session="${facilitated}"] [data-session-profile]`)).toHaveCount(0);
	await expect(page.locator(`[data-session="${facilitated}"] [data-session-reveal]`)).toHaveText('Reveal: After each decision');

	// Delete asks first: a modal dialog with Cancel focused; Escape keeps the session, the focus back on Delete.
	const dialog = page.getByRole('dialog', { name: 'Delete this session?' });
	await row.locator('[data-action=delete]').click();
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('has not ended');
	await expect(dialog.locator('[data-action=cancel]')).toBeFocused();
	await expectNoViolations(page, 'the workshop page, asking before a delete');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(row.locator('[data-action=delete]')).toBeFocused();
	expect(await storedRows(page, ['workshops'])).toHaveLength(2);

	// Confirmed: the session goes, a status says which, and the focus is on the list's heading.
	await row.locator('[data-action=delete]').click();
	await dialog.locator('[data-action=confirm]').click();
	await expect(row).toHaveCount(0);
	await expect(page.locator('[data-sessions] [role=status]')).toContainText('Deleted the session of Draft test vignette, started');
	await expect(page.getByRole('heading', { name: 'Sessions on this device' })).toBeFocused();
	expect((await storedRows(page, ['workshops'])).map((r) => r['id'])).toEqual([facilitated]);

	// A session open in a presenter window stays, and the status says why; once that window is closed, it goes.
	const open = page.locator(`[data-session="${facilitated}"]`);
	await open.locator('[data-action=delete]').click();
	await dialog.locator('[data-action=confirm]').click();
	await expect(page.locator('[data-sessions] [role=status]')).toHaveText(
		'The session of Facilitated test vignette could not be deleted (a presenter window has it open: close that window first).'
	);
	await expect(open).toHaveCount(1);
	expect(await storedRows(page, ['workshops'])).toHaveLength(1);
	await expect(presenter.locator('[data-presenter-lock]')).toHaveCount(0);
	await presenter.close();
	await open.locator('[data-action=delete]').click();
	await dialog.locator('[data-action=confirm]').click();
	await expect(open).toHaveCount(0);
	expect(await storedRows(page, ['workshops'])).toEqual([]);
});

/** Plays option 1 at every choice point up to decision 1 of a vignette and stops at its reveal. */
async function toFirstReveal(presenter: Page) {
	for (let i = 0; i < 40 && (await stageOf(presenter)) !== 'review'; i++) await press(presenter, presenter, (await stageOf(presenter)) === 'voting' ? 'Alt+Digit1' : 'PageDown');
	expect(await stageOf(presenter)).toBe('review');
	await expect(presenter.locator('[aria-label="Preview of the audience view"]')).toContainText('Decision 1 of');
}

/** Whether the focused element is inside the audience view shown here. */
const focusInOverlay = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-audience-here]'));

test('the audience view shown here (one screen): its page number is never under the close button, at 1280x800 and at 200 % text; the focus moves into it, stays there, and goes back to its button on Esc', async ({ page }) => {
	await startSession(page, 'maya');
	// Maya's decision 1 played with option 1: a reveal of two pages.
	await toFirstReveal(page);
	const opener = page.locator('[data-action=audience-here]');
	const overlay = page.locator('[data-audience-here]');
	const close = overlay.getByRole('button', { name: 'Back to the presenter view (Esc)' });
	const pageNumber = overlay.locator('[data-page]');
	for (const size of ['the default text size', '200 % text']) {
		if (size === '200 % text') await (await page.context().newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		await opener.focus();
		await page.keyboard.press('Enter');
		await expect(pageNumber).toHaveText('1 / 2');
		const number = (await pageNumber.boundingBox())!;
		const button = (await close.boundingBox())!;
		const overlaps = number.x < button.x + button.width && button.x < number.x + number.width && number.y < button.y + button.height && button.y < number.y + number.height;
		expect(overlaps, `at ${size}, the page number (${JSON.stringify(number)}) is clear of the close button (${JSON.stringify(button)})`).toBe(false);
		expect(number.y + number.height, `at ${size}, the page number is on screen`).toBeLessThanOrEqual(800);
		// The focus is in the overlay, and Tab never takes it to the presenter's controls hidden underneath.
		expect(await focusInOverlay(page), `at ${size}, the focus moves into the overlay`).toBe(true);
		await page.screenshot({ path: test.info().outputPath(`audience-here-${size.replaceAll(' ', '-')}.png`) });
		// Enter still steps the session (a clicker's key), as Page Up does.
		await page.keyboard.press('Enter');
		await expect(pageNumber).toHaveText('2 / 2');
		await page.keyboard.press('PageUp');
		await expect(pageNumber).toHaveText('1 / 2');
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			expect(await focusInOverlay(page), `at ${size}, Tab ${i + 1} stays in the overlay`).toBe(true);
		}
		await page.keyboard.press('Escape');
		await expect(overlay).toBeHidden();
		await expect(opener).toBeFocused();
	}
});

test('Play n pressed from the keyboard leaves the focus on the presenter’s Next, never on the page’s body', async ({ page }) => {
	await startSession(page, 'facilitated');
	const next = page.locator('[data-action=next]');
	const focusOnBody = () => page.evaluate(() => document.activeElement === document.body);
	// At the narrative choice (its vote controls go, the next passage's come), then at decision 1 (its Play buttons are disabled).
	await toFirstVote(page);
	for (const after of ['reading', 'review']) {
		await page.locator('[data-pick="2"]').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		expect(await stageOf(page)).toBe(after);
		expect(await focusOnBody(), `after Play 2, to ${after}`).toBe(false);
		await expect(next).toBeFocused();
		if (after === 'reading') await press(page, page, 'PageDown');
	}
});
