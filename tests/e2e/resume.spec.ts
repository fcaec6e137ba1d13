import { expect, test, type Page } from '@playwright/test';
import { DANA, TINY, TINY_BEST, chosenEntries, continueFeedback, expectedCounts, openCase, play, readCounts, storedRows, waitReady, type View } from './support/case';

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

test.describe('what a save writes', () => {
	type Step = { attemptId: string; seq: number; transcript: unknown[]; choiceLog: unknown[] };
	const steps = async (page: Page) => ((await storedRows(page, ['attemptSteps'])) as Step[]).toSorted((a, b) => a.seq - b.seq);

	test('each save of an attempt in play adds only what it changed; a reload writes it afresh once; a finished one is stored whole', async ({ page }) => {
		await openCase(page, 'dana');
		await play(page, DANA, ['V1.D1.1.a', 'V1.D1.2.d'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		const [row] = (await storedRows(page)).filter((r) => r['caseId'] === 'dana');
		const played = await steps(page);
		expect(played.map((s) => s.seq)).toEqual([...played.keys()]);
		expect(played.length, 'a step per save after the first choice').toBeGreaterThan(2);
		expect(played.every((s) => s.attemptId === row!['id'])).toBe(true);
		// Every step after the first holds what one choice added: that choice, and the passage after it.
		for (const step of played.slice(1)) expect(step.choiceLog.length).toBeLessThanOrEqual(1);
		const whole = JSON.stringify(row).length;
		expect(JSON.stringify(played.at(-1)).length, 'the last save wrote a small part of the attempt').toBeLessThan(whole / 3);

		// A reload reads the attempt back whole: its next save writes the lists afresh in one step, then adds again.
		await page.reload();
		await waitReady(page);
		await continueFeedback(page);
		await expect.poll(async () => (await steps(page)).length, { message: 'one step holds the lists written afresh' }).toBe(1);
		await play(page, DANA, ['V1.D1.3.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		await expect.poll(async () => (await steps(page)).length).toBeGreaterThan(1);

		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		await expect(page.locator('main')).toHaveAttribute('data-screen', 'debrief');
		const [tiny] = (await storedRows(page)).filter((r) => r['caseId'] === 'tiny');
		expect(tiny?.['status']).toBe('completed');
		expect((await steps(page)).filter((s) => s.attemptId === tiny!['id'])).toEqual([]);
	});
});
