import { expect, test, type Page } from '@playwright/test';
import { TINY, begin, startSession, choose, expectedCounts, openCase, play, readCounts, readView, storedRows, waitReady } from './support/case';

type Row = {
	id: string;
	status: string;
	mode: string;
	practice: { of: string; fromDecision: string } | null;
	ledger: { optionId: string }[];
	choiceLog: { choiceId: string }[];
	revision: number;
};
const rows = async (page: Page) => (await storedRows(page)) as unknown as Row[];

test('assessment mode defers all feedback to the debrief and is recorded', async ({ page }) => {
	// An instructor's link to the catalogue holds for the visit: every vignette opens in that mode.
	await page.goto('/?mode=assessment');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await expect(page.locator('[data-assessment-note]')).toBeVisible();
	await page.locator('li[data-case=tiny] h2 a').click();
	await expect(page).toHaveURL(/\/case\/tiny\/$/);
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await expect(page.locator('[data-assessment-note]')).toContainText('feedback');
	await expect(page.locator('[data-mode-badge=assessment]')).toBeVisible();
	await begin(page);
	await startSession(page);
	const picks = ['V99.D99.1.b', 'tiny-carry-on', 'V99.D99.2.c'];
	for (const id of picks) {
		const view = await choose(page, id);
		// No feedback screen after a scored choice: straight on.
		expect(view.screen, `after ${id}`).not.toBe('feedback');
		expect(view.feedback).toBeNull();
	}
	expect((await readView(page)).screen).toBe('debrief');
	expect(await readCounts(page)).toEqual(expectedCounts(TINY, ['V99.D99.1.b', 'V99.D99.2.c']));
	const [row] = await rows(page);
	expect(row).toMatchObject({ mode: 'assessment', status: 'completed', practice: null });
});

test("an unfinished assessment's report and progress row give away none of its key, and it can be gone on with", async ({ page }) => {
	// An assessment, one decision in: it can be resumed, so it must not be finished with its answers known.
	await page.goto('/case/tiny/?mode=assessment');
	await waitReady(page);
	await begin(page);
	await startSession(page);
	await choose(page, 'V99.D99.1.b');
	await page.goto('/progress/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	const row = page.locator('tr[data-status="in progress"]');
	await expect(row).toHaveCount(1);
	await expect(row.locator('[data-count]')).toHaveCount(6);
	await expect(row.locator('[data-count][data-count-hidden]'), 'every count hidden').toHaveCount(6);
	await expect(row.locator('[data-count="process_error"]')).toHaveText('–shown once the assessment is finished');
	await row.locator('[data-action=report]').click();
	await expect(page.locator('main[data-report=ready]')).toBeAttached();
	await expect(page.locator('[data-debrief-later]')).toContainText('This assessment is not finished');
	await expect(page.locator('[data-debrief], [data-decision], [data-path-map], [data-best-option]')).toHaveCount(0);
	// Going on with it: the same attempt resumes.
	await page.locator('[data-action=continue-attempt]').click();
	await waitReady(page);
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'choosing');

});

test("an unfinished learning attempt's report shows the feedback already seen, and its path map (every decision's best option) only once it is finished", async ({ page }) => {
	await openCase(page, 'tiny');
	await begin(page);
	await startSession(page);
	expect((await choose(page, 'V99.D99.1.b')).screen).toBe('feedback');
	const [attempt] = await rows(page);
	expect(attempt).toMatchObject({ mode: 'learning', status: 'active' });
	await page.goto(`/report/?attempt=${attempt!.id}`);
	await expect(page.locator('main[data-report=ready]')).toBeAttached();
	await expect(page.locator('[data-debrief] [data-decision]')).toHaveCount(1);
	await expect(page.locator('[data-debrief] [data-decision="V99.D99.1"] [data-best-option]')).toHaveCount(1);
	await expect(page.locator('[data-path-map]')).toHaveCount(0);
	await expect(page.locator('[data-path-map-later]')).toBeVisible();
});

test('an assessment link holds for the whole visit: Not now, the logo and Leave keep it; a learning link replaces it', async ({ page }) => {
	const badge = page.locator('header [data-visit-mode]');
	await page.goto('/case/tiny/?mode=assessment');
	await waitReady(page);
	await expect(badge).toHaveAttribute('data-visit-mode', 'assessment');
	await expect(badge).toHaveText('Assessment mode');
	// "Not now" on the content note: back on the catalogue, still an assessment.
	await page.getByRole('link', { name: 'Not now' }).click();
	await expect(page.locator('[data-assessment-note]')).toBeVisible();
	await expect(badge).toHaveAttribute('data-visit-mode', 'assessment');
	// The next vignette opens in assessment mode, and "Leave to all cases" keeps it too.
	await page.locator('li[data-case=dana] h2 a').click();
	await waitReady(page);
	await expect(page.locator('[data-mode-badge=assessment]')).toBeVisible();
	await page.locator('[data-action=pause]').click();
	await page.getByRole('dialog').locator('[data-action=exit]').click();
	await expect(page.locator('[data-assessment-note]')).toBeVisible();
	// A reload of the catalogue and the logo keep it as well.
	await page.reload();
	await page.locator('header a.brand').click();
	await expect(page.locator('[data-assessment-note]')).toBeVisible();
	// The instructor's learning link replaces it.
	await page.goto('/?mode=learning');
	await expect(badge).toHaveAttribute('data-visit-mode', 'learning');
	await expect(page.locator('[data-assessment-note]')).toHaveCount(0);
	await page.locator('li[data-case=tiny] h2 a').click();
	await waitReady(page);
	await expect(page.locator('[data-mode-badge=assessment]')).toHaveCount(0);
});

test('practice from a decision is stored as practice and never changes the recorded result', async ({ page }) => {
	await openCase(page, 'tiny');
	const picks = ['V99.D99.1.b', 'V99.D99.2.b'];
	await play(page, TINY, picks);
	const recordedCounts = await readCounts(page);
	const [recorded] = await rows(page);
	expect(recorded).toMatchObject({ status: 'completed', practice: null });

	// Try the second decision again, this time well.
	await page.locator('[data-practice-decision="V99.D99.2"]').click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'choosing');
	await expect(page.locator('[data-practice-banner]')).toContainText('never change');
	await expect(page.locator('[data-mode-badge=practice]')).toBeVisible();
	const after = await play(page, TINY, ['V99.D99.2.a']);
	expect(after.view.screen).toBe('debrief');
	// The practice debrief covers only the practised decision.
	expect(await readCounts(page)).toEqual(expectedCounts(TINY, ['V99.D99.2.a']));

	const stored = await rows(page);
	expect(stored).toHaveLength(2);
	expect(stored.find((r) => r.id === recorded!.id)).toEqual(recorded);
	const practice = stored.find((r) => r.id !== recorded!.id)!;
	expect(practice).toMatchObject({ status: 'completed', mode: 'learning', practice: { of: recorded!.id, fromDecision: 'V99.D99.2' } });
	expect(practice.choiceLog.map((c) => c.choiceId)).toEqual(['V99.D99.1.b', 'tiny-carry-on', 'V99.D99.2.a']);

	// Back to the recorded debrief, unchanged.
	await page.locator('[data-action=show-recorded]').click();
	await expect(page.locator('[data-practice-banner]')).toHaveCount(0);
	expect(await readCounts(page)).toEqual(recordedCounts);
	expect((await rows(page)).find((r) => r.id === recorded!.id)).toEqual(recorded);
});

test('a practice run cut short by a reload goes on where it was; leaving it keeps it as abandoned', async ({ page }) => {
	await openCase(page, 'tiny');
	await play(page, TINY, ['V99.D99.1.b', 'V99.D99.2.b']);
	const [recorded] = await rows(page);

	await page.locator('[data-practice-decision="V99.D99.1"]').click();
	await expect(page.locator('[data-practice-banner]')).toBeVisible();
	const chosen = await choose(page, 'V99.D99.1.a');
	expect(chosen.screen).toBe('feedback');
	const practiceId = (await rows(page)).find((r) => r.practice)!.id;

	await page.reload();
	const resumed = await waitReady(page);
	expect(resumed.screen, 'the practice run is back at its feedback').toBe('feedback');
	await expect(page.locator('[data-practice-banner]')).toBeVisible();
	await expect(page.locator('[data-mode-badge=practice]')).toBeVisible();
	const stored = await rows(page);
	expect(stored.find((r) => r.id === practiceId)).toMatchObject({ status: 'active', ledger: [{ optionId: 'V99.D99.1.a' }] });
	expect(stored.find((r) => r.id === recorded!.id)).toEqual(recorded);

	// "Back to your result" ends the run: it is kept, abandoned, and not offered again.
	await page.locator('[data-action=show-recorded]').click();
	await expect(page.locator('[data-practice-banner]')).toHaveCount(0);
	expect(await readCounts(page)).toEqual(expectedCounts(TINY, ['V99.D99.1.b', 'V99.D99.2.b']));
	await expect.poll(async () => (await rows(page)).find((r) => r.id === practiceId)?.status).toBe('abandoned');
	await page.reload();
	await waitReady(page);
	await expect(page.locator('[data-practice-banner]')).toHaveCount(0);
	expect((await rows(page)).find((r) => r.id === recorded!.id)).toEqual(recorded);
});

test('"Try decision 2 again" on a saved report opens a practice run there, kept through a reload before its first choice', async ({ page }) => {
	await openCase(page, 'tiny');
	await play(page, TINY, ['V99.D99.1.b', 'V99.D99.2.b']);
	const [recorded] = await rows(page);

	await page.goto(`/report/?attempt=${recorded!.id}`);
	await expect(page.locator('main[data-report=ready]')).toBeAttached({ timeout: 15_000 });
	// Every screen the case page shows on the way, from its first paint (the link is followed in
	// this document by the app's router, or in a new one if the page reloads).
	const watchScreens = () => {
		const seen: string[] = [];
		Object.assign(window, { screensSeen: seen });
		new MutationObserver(() => {
			const screen = document.querySelector('main')?.getAttribute('data-screen');
			if (screen && screen !== seen.at(-1)) seen.push(screen);
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-screen'], childList: true });
	};
	await page.addInitScript(watchScreens);
	await page.evaluate(watchScreens);
	await page.locator('a[data-practice-decision="V99.D99.2"]').click();
	await waitReady(page);
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'choosing');
	// The run opens as a case does: no debrief (of the recorded attempt, or of none) flashes by first.
	const seen = await page.evaluate(() => (window as unknown as { screensSeen: string[] }).screensSeen);
	expect(seen.at(-1)).toBe('choosing');
	expect(seen).not.toContain('debrief');
	const view = await readView(page);
	expect(view.choiceIds.every((id) => id.startsWith('V99.D99.2.'))).toBe(true);
	await expect(page.locator('[data-practice-banner]')).toBeVisible();
	// The request is taken off the address: a reload resumes the run from storage, not a new one.
	await expect(page).toHaveURL(/\/case\/tiny\/$/);
	await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
	const run = (await rows(page)).find((r) => r.practice);
	expect(run).toMatchObject({ status: 'active', revision: 1, practice: { of: recorded!.id, fromDecision: 'V99.D99.2' } });

	await page.reload();
	const again = await waitReady(page);
	expect(again.screen).toBe('choosing');
	expect(again.choiceIds).toEqual(view.choiceIds);
	await expect(page.locator('[data-practice-banner]')).toBeVisible();
	const done = await choose(page, 'V99.D99.2.a');
	expect(done.screen).toBe('feedback');
	const stored = await rows(page);
	expect(stored.filter((r) => r.practice).map((r) => r.id)).toEqual([run!.id]);
	expect(stored.find((r) => r.id === recorded!.id)).toEqual(recorded);
});

test('a practice link to an attempt this device does not have says so and starts the case as usual', async ({ page }) => {
	await page.goto('/case/tiny/?practise=not-here&from=V99.D99.1');
	const view = await waitReady(page);
	expect(view.screen).toBe('content-note');
	await expect(page.getByRole('alert').filter({ hasText: 'Practice could not start' })).toContainText('that attempt is not on this device');
	await expect(page).toHaveURL(/\/case\/tiny\/$/);
});
