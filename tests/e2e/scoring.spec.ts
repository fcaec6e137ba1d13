import { expect, test } from '@playwright/test';
import { DANA, DANA_BEST, DANA_WORST, TINY, choose, expectedCounts, openCase, play, readCounts, readCriticalSection, readView } from './support/case';

test.describe('scoring and the debrief', () => {
	test('the best path on Dana: two correct breaches, two correct holds, nothing else', async ({ page }) => {
		await openCase(page, 'dana');
		const { view } = await play(page, DANA, DANA_BEST);
		expect(view.screen).toBe('debrief');
		const expected = expectedCounts(DANA, DANA_BEST);
		expect(expected).toEqual({ correct_breach: 2, correct_hold: 2, missed_breach: 0, unwarranted_breach: 0, process_error: 0, critical: 0 });
		expect(await readCounts(page)).toEqual(expected);
		// With no critical error, none is listed.
		const layout = await readCriticalSection(page);
		expect(layout?.criticalFirst).toBe(true);
		expect(layout?.items).toBe(0);
	});

	test('a worst path on Dana lists the critical errors first, with the right counts', async ({ page }) => {
		await openCase(page, 'dana');
		// The text of every option as it was offered, to find the critical ones in the debrief.
		const offered: Record<string, string> = {};
		const { view } = await play(page, DANA, DANA_WORST, {
			stopAt: (v) => {
				Object.assign(offered, v.choiceTexts);
				return false;
			}
		});
		expect(view.screen).toBe('debrief');
		const expected = expectedCounts(DANA, DANA_WORST);
		expect(expected).toEqual({ correct_breach: 0, correct_hold: 0, missed_breach: 2, unwarranted_breach: 1, process_error: 1, critical: 4 });
		expect(await readCounts(page)).toEqual(expected);

		const layout = await readCriticalSection(page);
		expect(layout, 'the debrief has a critical count and the counts').not.toBeNull();
		expect(layout?.holdsCounts).toBe(false);
		expect(layout?.criticalFirst, 'the critical errors come before the counts').toBe(true);
		const criticalPicks = DANA_WORST.filter((id) => DANA[id]?.critical);
		expect(layout?.items, 'one entry per critical error').toBe(criticalPicks.length);
		for (const id of criticalPicks) {
			const text = offered[id];
			expect(text, `${id} was offered`).toBeTruthy();
			expect(layout?.text, `the critical section names ${id}`).toContain(text);
		}
		// And nothing that was not critical is listed there.
		for (const id of DANA_WORST.filter((id) => !DANA[id]?.critical)) {
			expect(offered[id], `${id} was offered`).toBeTruthy();
			expect(layout?.text).not.toContain(offered[id] ?? '');
		}
	});
});

test.describe('feedback after a scored choice', () => {
	test('shows the verdict, the rationale and a Sources citation (tiny fixture, exact text)', async ({ page }) => {
		await openCase(page, 'tiny');
		await play(page, TINY, [], { stopAt: (v) => v.screen === 'choosing' });
		const view = await choose(page, 'V99.D99.1.a');
		expect(view.screen).toBe('feedback');
		const feedback = page.locator('[data-feedback]');
		await expect(feedback).toHaveAttribute('data-verdict', 'best');
		await expect(feedback).toContainText('Best response');
		await expect(feedback).toContainText('Assess first.');
		await expect(feedback).toContainText(/Sources:\s*APA 4\.01/);
	});

	test('an error shows the rationale, the citation and the best response', async ({ page }) => {
		await openCase(page, 'tiny');
		await play(page, TINY, [], { stopAt: (v) => v.screen === 'choosing' });
		await choose(page, 'V99.D99.1.c');
		const feedback = page.locator('[data-feedback]');
		await expect(feedback).toHaveAttribute('data-verdict', 'error');
		await expect(feedback).toContainText('No assessment.');
		await expect(feedback).toContainText(/Sources:\s*APA 4\.01/);
		await expect(feedback).toContainText('Ask more about it.');
	});

	test('on Dana every scored feedback has a rationale and a Sources citation', async ({ page }) => {
		await openCase(page, 'dana');
		const feedbacks: string[] = [];
		await play(page, DANA, DANA_BEST, {
			stopAt: (v) => {
				if (v.screen === 'feedback' && v.feedback) feedbacks.push(v.feedback);
				return false;
			}
		});
		expect(feedbacks).toHaveLength(4);
		for (const text of feedbacks) {
			expect(text).toMatch(/Sources:\s*(APA|ACA|NASW|HIPAA|SAFE-T|Stanley)/);
			// A rationale is a real explanation, not just a label.
			expect(text.length).toBeGreaterThan(120);
		}
	});

	test('an acceptable choice is labelled "Acceptable, not best" and shows the best response', async ({ page }) => {
		await openCase(page, 'dana');
		await play(page, DANA, ['V1.D1.1.a', 'V1.D1.2.d'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		const feedback = page.locator('[data-feedback]');
		await expect(feedback).toHaveAttribute('data-verdict', 'acceptable');
		await expect(feedback.getByRole('heading', { level: 2 })).toHaveText('Acceptable, not best');
		await expect(feedback).toContainText(/Sources:\s*\S/);
		await expect(feedback.getByRole('heading', { name: /best response/i })).toBeVisible();
		const view = await readView(page);
		expect(view.feedback).toContain('Acceptable, not best');
	});
});
