import { expect, test, type Page } from '@playwright/test';
import {
	DANA,
	TINY,
	TINY_BEST,
	chosenEntries,
	expectedCounts,
	isScoredId,
	openCase,
	play,
	readCounts,
	readView,
	storedChoiceCount,
	type View
} from './support/case';

/**
 * Waits until the page shows something other than `before` and the save has settled (or, for
 * starting the session, until it moved on: nothing is saved before the first choice).
 */
async function settledAfter(page: Page, before: View, { saves = true } = {}) {
	const key = (v: View) => JSON.stringify([v.screen, v.passage, v.choiceIds, v.feedback]);
	let view = before;
	await expect
		.poll(
			async () => {
				view = await readView(page);
				return key(view) !== key(before) && (saves ? view.saveState === 'saved' : view.saveState === null);
			},
			{ message: saves ? 'the page moves on and saves' : 'the page moves on', timeout: 10_000, intervals: [20, 50, 100] }
		)
		.toBe(true);
	return view;
}

/**
 * Some time for a stray second activation to be processed before the counts are checked: wait
 * until two animation frames and a macrotask have passed (a condition, not a fixed sleep).
 */
async function letEventsSettle(page: Page) {
	await page.evaluate(
		() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))
	);
}

test.describe('one activation records one choice', () => {
	test('a double click on a narrative option and then on a scored option records each once', async ({ page }) => {
		await openCase(page, 'dana');
		const { view: atNarrative } = await play(page, DANA, [], { stopAt: (v) => v.screen === 'choosing' });
		const narrative = atNarrative.choiceIds[0] ?? '';
		expect(narrative).toMatch(/^dana-s1-/);

		await page.locator(`[data-choice-id="${narrative}"]`).dblclick();
		await settledAfter(page, atNarrative);
		await letEventsSettle(page);
		let view = await readView(page);
		expect(view.screen).toBe('choosing');
		expect(view.choiceIds.toSorted()).toEqual(['V1.D1.1.a', 'V1.D1.1.b', 'V1.D1.1.c']);
		expect(chosenEntries(view)).toHaveLength(1);
		expect(await storedChoiceCount(page, 'dana')).toBe(1);

		const atDecision = view;
		await page.locator('[data-choice-id="V1.D1.1.a"]').dblclick();
		await settledAfter(page, atDecision);
		await letEventsSettle(page);
		view = await readView(page);
		expect(view.screen, 'the second click did not also press Continue').toBe('feedback');
		expect(view.verdict).toBe('best');
		expect(chosenEntries(view)).toHaveLength(2);
		expect(await storedChoiceCount(page, 'dana')).toBe(2);
	});

	test('two clicks in the same task (faster than any repaint) record one choice', async ({ page }) => {
		await openCase(page, 'tiny');
		const { view: atDecision } = await play(page, TINY, [], { stopAt: (v) => v.screen === 'choosing' });
		// Both clicks land on the same button before the page can re-render.
		await page.locator('[data-choice-id="V99.D99.1.c"]').evaluate((button) => {
			(button as HTMLButtonElement).click();
			(button as HTMLButtonElement).click();
		});
		await settledAfter(page, atDecision);
		await letEventsSettle(page);
		const view = await readView(page);
		expect(view.screen).toBe('feedback');
		expect(view.verdict).toBe('error');
		expect(chosenEntries(view)).toHaveLength(1);
		expect(await storedChoiceCount(page, 'tiny')).toBe(1);

		// The same for Continue: one press moves on one step, to the narrative option.
		await page.locator('[data-feedback] [data-action=continue]').evaluate((button) => {
			(button as HTMLButtonElement).click();
			(button as HTMLButtonElement).click();
		});
		await settledAfter(page, view);
		await letEventsSettle(page);
		const next = await readView(page);
		expect(next.screen).toBe('choosing');
		expect(next.choiceIds).toEqual(['tiny-carry-on']);
	});

	test('a rapid double keypress (both before a repaint) records one choice', async ({ page }) => {
		await openCase(page, 'dana');
		// At the first (narrative) choice: "2" twice picks the second option once; a second
		// pick would land on D1.1's second option.
		const { view: atNarrative } = await play(page, DANA, [], { stopAt: (v) => v.screen === 'choosing' });
		expect(atNarrative.choiceIds.some(isScoredId)).toBe(false);
		// Two real-looking keydown/keyup pairs in one task, as a bouncing key delivers them.
		await page.evaluate(() => {
			const target = document.activeElement ?? document.body;
			for (let i = 0; i < 2; i++) {
				target.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', bubbles: true, cancelable: true }));
				target.dispatchEvent(new KeyboardEvent('keyup', { key: '2', code: 'Digit2', bubbles: true, cancelable: true }));
			}
		});
		await settledAfter(page, atNarrative);
		await letEventsSettle(page);
		const view = await readView(page);
		expect(view.screen).toBe('choosing');
		expect(view.choiceIds.every((id) => id.startsWith('V1.D1.1.')), 'now at decision D1.1').toBe(true);
		expect(chosenEntries(view)).toEqual([atNarrative.choiceTexts[atNarrative.choiceIds[1] ?? '']]);
		expect(await storedChoiceCount(page, 'dana')).toBe(1);
	});

	test('a double keypress at a scored decision records one choice and opens its feedback', async ({ page }) => {
		await openCase(page, 'dana');
		const { view: atDecision } = await play(page, DANA, [], { stopAt: (v) => v.screen === 'choosing' && v.choiceIds.some(isScoredId) });
		const thirdId = atDecision.choiceIds[2] ?? '';
		await page.keyboard.press('3');
		await page.keyboard.press('3');
		await settledAfter(page, atDecision);
		await letEventsSettle(page);
		const view = await readView(page);
		expect(view.screen).toBe('feedback');
		expect(view.verdict).toBe(DANA[thirdId]?.verdict);
		expect(chosenEntries(view)).toHaveLength(2); // the narrative option and this one
		expect(await storedChoiceCount(page, 'dana')).toBe(2);
	});

	test('holding a number key down (auto-repeat) records one choice', async ({ page }) => {
		await openCase(page, 'dana');
		const { view: atNarrative } = await play(page, DANA, [], { stopAt: (v) => v.screen === 'choosing' });
		// The first keydown chooses; while the key stays down the keyboard sends repeats
		// (KeyboardEvent.repeat === true). Here the repeat comes after the save has settled.
		await page.keyboard.down('1');
		const next = await settledAfter(page, atNarrative);
		expect(next.choiceIds.every((id) => id.startsWith('V1.D1.1.'))).toBe(true);
		await page.keyboard.down('1'); // auto-repeat
		await page.keyboard.down('1'); // auto-repeat
		await page.keyboard.up('1');
		await letEventsSettle(page);
		const view = await readView(page);
		expect(view.screen, 'a held key did not also answer D1.1').toBe('choosing');
		expect(view.choiceIds).toEqual(next.choiceIds);
		expect(chosenEntries(view)).toHaveLength(1);
		expect(await storedChoiceCount(page, 'dana')).toBe(1);
	});

	test('number keys do nothing while the feedback panel is open', async ({ page }) => {
		await openCase(page, 'tiny');
		await play(page, TINY, ['V99.D99.1.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		const before = await readView(page);
		await page.keyboard.press('1');
		await page.keyboard.press('2');
		await letEventsSettle(page);
		const after = await readView(page);
		expect(after).toEqual(before);
		expect(await storedChoiceCount(page, 'tiny')).toBe(1);
	});
});

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40) {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** Focus is on (or inside) the new heading or feedback panel, as the contract says. */
async function focusIsOnNewContent(page: Page) {
	return page.evaluate(() => {
		const active = document.activeElement;
		if (!active || active === document.body) return 'body';
		const feedback = document.querySelector('[data-feedback]');
		if (feedback && (feedback.contains(active) || active.contains(feedback))) return 'feedback';
		if (active.matches('h1, h2, h3') || active.querySelector('h1, h2, h3')) return 'heading';
		return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}`;
	});
}

test('a keyboard-only run reaches the debrief (Tab, Enter, Space and number keys)', async ({ page }) => {
	// No mouse anywhere in this test: only page.keyboard.
	await page.goto('/case/tiny/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	const picks: string[] = [];
	let view = await readView(page);
	expect(view.screen).toBe('content-note');

	// Content note: Tab to Begin, Enter (the setting card is not saved: nothing to wait for).
	await tabTo(page, '[data-action=begin]');
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'setting');
	view = await readView(page);

	// Setting card: Tab to "Start the session", Space.
	await tabTo(page, 'main [data-action=continue]');
	await page.keyboard.press('Space');
	view = await settledAfter(page, view, { saves: false });
	expect(view.screen).toBe('choosing');
	await expect.poll(() => focusIsOnNewContent(page), { message: 'focus moves to the new content after the frame' }).toBe('heading');

	// Decision 1 by number key.
	const first = view.choiceIds.indexOf('V99.D99.1.a');
	expect(first).toBeGreaterThanOrEqual(0);
	await page.keyboard.press(String(first + 1));
	picks.push('V99.D99.1.a');
	view = await settledAfter(page, view);
	expect(view.screen).toBe('feedback');
	expect(view.verdict).toBe('best');
	await expect.poll(() => focusIsOnNewContent(page), { message: 'focus moves to the new content after the frame' }).toBe('feedback');

	// Feedback: Tab to Continue, Enter.
	await tabTo(page, '[data-feedback] [data-action=continue]');
	await page.keyboard.press('Enter');
	view = await settledAfter(page, view);
	expect(view.screen).toBe('choosing');
	await expect.poll(() => focusIsOnNewContent(page), { message: 'focus moves to the new content after the frame' }).toBe('heading');

	// The narrative option: Tab to it, Space.
	expect(view.choiceIds).toEqual(['tiny-carry-on']);
	await tabTo(page, '[data-choice-id="tiny-carry-on"]');
	await page.keyboard.press('Space');
	view = await settledAfter(page, view);
	expect(view.screen).toBe('choosing');
	await expect.poll(() => focusIsOnNewContent(page), { message: 'focus moves to the new content after the frame' }).toBe('heading');

	// Decision 2: Tab to the best option, Enter.
	await tabTo(page, '[data-choice-id="V99.D99.2.a"]');
	await page.keyboard.press('Enter');
	picks.push('V99.D99.2.a');
	view = await settledAfter(page, view);
	expect(view.screen).toBe('feedback');
	await tabTo(page, '[data-feedback] [data-action=continue]');
	await page.keyboard.press('Enter');
	view = await settledAfter(page, view);
	expect(view.screen).toBe('debrief');
	expect(picks).toEqual(TINY_BEST);
	expect(await readCounts(page)).toEqual(expectedCounts(TINY, picks));
});

test('a keyboard-only run of Dana by number keys gives the best-path counts', async ({ page }) => {
	await openCase(page, 'dana');
	await tabTo(page, '[data-action=begin]');
	await page.keyboard.press('Enter');
	// The setting card is not saved: nothing to wait for but the card.
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'setting');
	let view = await readView(page);
	await tabTo(page, 'main [data-action=continue]');
	await page.keyboard.press('Enter');
	view = await settledAfter(page, view, { saves: false });
	const picks = ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c'];
	const queue = [...picks];
	for (let step = 0; step < 30 && view.screen !== 'debrief'; step++) {
		if (view.screen === 'choosing') {
			const scored = view.choiceIds.find((id) => id.startsWith('V1.'));
			const target = scored ? (queue.shift() ?? '') : (view.choiceIds[0] ?? '');
			const index = view.choiceIds.indexOf(target);
			expect(index, `${target} is on offer`).toBeGreaterThanOrEqual(0);
			await page.keyboard.press(String(index + 1));
		} else if (view.screen === 'feedback') {
			await expect.poll(() => focusIsOnNewContent(page), { message: 'focus moves to the new content after the frame' }).toBe('feedback');
			await tabTo(page, '[data-feedback] [data-action=continue]');
			await page.keyboard.press('Enter');
		} else throw new Error(`unexpected screen ${view.screen}`);
		view = await settledAfter(page, view);
	}
	expect(view.screen).toBe('debrief');
	expect(queue).toEqual([]);
	expect(await readCounts(page)).toEqual(expectedCounts(DANA, picks));
});
