/**
 * Every vignette played end to end: the best path and a worst path, with the debrief counts
 * computed from CONTENT.md's verdicts (tables in support/case.ts), never read from the app.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	VIGNETTES,
	bestPath,
	decisionOf,
	decisionsOf,
	expectedCounts,
	isScoredId,
	openCase,
	play,
	readCounts,
	readCriticalSection,
	worstPath,
	type VerdictTable
} from './support/case';

/** Plays the whole vignette along `path`, recording the text of every option offered. */
async function playThrough(page: Page, id: string, table: VerdictTable, path: readonly string[]) {
	const offered: Record<string, string> = {};
	const decisionsOffered: string[] = [];
	await openCase(page, id);
	const { view, chosen } = await play(page, table, path, {
		stopAt: (v) => {
			Object.assign(offered, v.choiceTexts);
			const scored = v.choiceIds.filter(isScoredId);
			if (v.screen === 'choosing' && scored.length) decisionsOffered.push(decisionOf(scored[0]!));
			return false;
		}
	});
	expect(view.screen).toBe('debrief');
	expect(chosen.filter(isScoredId), 'the scored picks, in order').toEqual([...path]);
	expect(decisionsOffered, 'every decision offered once, in order').toEqual(path.map(decisionOf));
	return offered;
}

for (const { id, name, table } of VIGNETTES) {
	test.describe(`${name} (${id})`, () => {
		test('the best path: every decision best, the debrief counts match CONTENT.md', async ({ page }) => {
			const path = bestPath(table);
			expect(path).toHaveLength(decisionsOf(table).length);
			const expected = expectedCounts(table, path);
			// CONTENT.md 2.4: every vignette has at least one correct hold and one correct breach.
			expect(expected.correct_breach, 'the brief has a correct breach').toBeGreaterThan(0);
			expect(expected.correct_hold, 'the brief has a correct hold').toBeGreaterThan(0);
			expect(expected.correct_breach + expected.correct_hold).toBe(path.length);

			await playThrough(page, id, table, path);
			expect(await readCounts(page)).toEqual(expected);
			const layout = await readCriticalSection(page);
			expect(layout?.criticalFirst, 'the critical errors come before the counts').toBe(true);
			expect(layout?.items, 'no critical error listed').toBe(0);
		});

		test('a worst path: critical errors listed first, then the counts of CONTENT.md', async ({ page }) => {
			const path = worstPath(table);
			const expected = expectedCounts(table, path);
			const criticalPicks = path.filter((pick) => table[pick]?.critical);
			expect(expected.critical, 'the brief puts a critical error in this vignette').toBeGreaterThan(0);
			expect(expected.correct_breach + expected.correct_hold, 'no credit on a worst path').toBe(0);

			const offered = await playThrough(page, id, table, path);
			expect(await readCounts(page)).toEqual(expected);

			const layout = await readCriticalSection(page);
			expect(layout, 'the debrief has a critical count and the counts').not.toBeNull();
			expect(layout?.holdsCounts, 'the critical section is apart from the counts').toBe(false);
			expect(layout?.criticalFirst, 'the critical errors come before the counts').toBe(true);
			expect(layout?.items, 'one entry per critical error').toBe(criticalPicks.length);
			for (const pick of criticalPicks) {
				expect(offered[pick], `${pick} was offered`).toBeTruthy();
				expect(layout?.text, `the critical section names ${pick}`).toContain(offered[pick]);
			}
			for (const pick of path.filter((p) => !table[p]?.critical)) {
				expect(offered[pick], `${pick} was offered`).toBeTruthy();
				expect(layout?.text, `the critical section does not list ${pick}`).not.toContain(offered[pick]);
			}
		});
	});
}

test('the catalogue lists the vignettes in vignette order (the test fixtures last: xss 98, tiny 99, draft 100, facilitated 101)', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
	const items = page.locator('main li[data-case]');
	await expect(items).toHaveCount(VIGNETTES.length + 4);
	expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-case')))).toEqual([...VIGNETTES.map((v) => v.id), 'xss', 'tiny', 'draft', 'facilitated']);
	for (const [i, { id, name }] of VIGNETTES.entries()) {
		const title = items.nth(i).getByRole('heading', { level: 2 });
		await expect(title, `${id}'s title`).toHaveText(new RegExp(`^${name}\\b`));
		await expect(title.getByRole('link')).toHaveAttribute('href', new RegExp(`/case/${id}/$`));
		await expect(items.nth(i), `${id} shows its decision count`).toContainText(`${decisionsOf(VIGNETTES[i]!.table).length} decisions`);
	}
});
