import { expect, test, type Page } from '@playwright/test';
import { DANA, chosenEntries, continueFeedback, expectedCounts, openCase, play, readCounts, storedRows, waitReady, type View } from './support/case';

/** What must survive a reload exactly. */
const resumable = (v: View) => ({
	screen: v.screen,
	passage: v.passage,
	transcript: v.transcript,
	choiceIds: v.choiceIds,
	feedback: v.feedback,
	verdict: v.verdict
});

/** Guards against comparing two empty readings. */
function expectSubstance(v: View) {
	expect(v.transcript.length, 'the transcript has earlier passages').toBeGreaterThan(2);
	if (v.screen === 'feedback') expect(v.feedback?.length ?? 0, 'the feedback panel has text').toBeGreaterThan(50);
	if (v.screen === 'choosing') {
		expect(v.passage?.length ?? 0, 'the passage has text').toBeGreaterThan(50);
		expect(v.choiceIds.length).toBeGreaterThan(1);
	}
}

async function reloadAndRead(page: Page) {
	await page.reload();
	const view = await waitReady(page);
	// The content note is never shown again for an attempt under way.
	expect(view.screen).not.toBe('content-note');
	await expect(page.locator('[data-action=begin]')).toHaveCount(0);
	return view;
}

test.describe('resume after a reload', () => {
	test('with the feedback panel open, it resumes exactly there and plays on', async ({ page }) => {
		await openCase(page, 'dana');
		const { view: before } = await play(page, DANA, ['V1.D1.1.a', 'V1.D1.2.d'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		expect(before.screen).toBe('feedback');
		expect(before.verdict).toBe('acceptable');
		expect(chosenEntries(before)).toHaveLength(3); // the narrative choice and two scored ones

		expectSubstance(before);
		const after = await reloadAndRead(page);
		expect(resumable(after)).toEqual(resumable(before));
		expect(after.saveState).toBe('saved');

		// And it goes on from there: Continue leads to the next passage, and the scores are right.
		const next = await continueFeedback(page);
		expect(next.screen).toBe('choosing');
		await play(page, DANA, ['V1.D1.3.a', 'V1.D1.5.c']);
		expect(await readCounts(page)).toEqual(expectedCounts(DANA, ['V1.D1.1.a', 'V1.D1.2.d', 'V1.D1.3.a', 'V1.D1.5.c']));
	});

	test('at a scored choice, it resumes with the same passage, transcript and options', async ({ page }) => {
		await openCase(page, 'dana');
		const { view: before } = await play(page, DANA, ['V1.D1.1.b'], {
			stopAt: (v, left) => left === 0 && v.screen === 'choosing' && v.choiceIds.some((id) => id.startsWith('V1.D1.2.'))
		});
		expect(before.choiceIds.toSorted()).toEqual(['V1.D1.2.a', 'V1.D1.2.b', 'V1.D1.2.c', 'V1.D1.2.d']);
		expectSubstance(before);

		const after = await reloadAndRead(page);
		expect(resumable(after)).toEqual(resumable(before));

		// A second reload changes nothing either.
		const again = await reloadAndRead(page);
		expect(resumable(again)).toEqual(resumable(before));

		await play(page, DANA, ['V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c']);
		expect(await readCounts(page)).toEqual(expectedCounts(DANA, ['V1.D1.1.b', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c']));
	});

	test('at a narrative choice, it resumes with the same options', async ({ page }) => {
		await openCase(page, 'dana');
		const { view: before } = await play(page, DANA, ['V1.D1.1.a', 'V1.D1.2.a'], {
			stopAt: (v, left) => left === 0 && v.screen === 'choosing'
		});
		expect(before.choiceIds.length).toBeGreaterThan(1);
		for (const id of before.choiceIds) expect(id).toMatch(/^dana-s3-/);
		expectSubstance(before);
		const after = await reloadAndRead(page);
		expect(resumable(after)).toEqual(resumable(before));
	});

	test('after Begin, nothing is stored: a reload starts again at the content note', async ({ page }) => {
		await openCase(page, 'dana');
		await play(page, DANA, [], { stopAt: (v) => v.screen === 'setting' });
		// Nothing before the session starts is saved (session.machine.ts).
		expect((await storedRows(page)).filter((r) => r.caseId === 'dana')).toEqual([]);
		await page.reload();
		expect((await waitReady(page)).screen).toBe('content-note');
	});

});
