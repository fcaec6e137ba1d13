// Passages are append-only (issue 16): a choice appends the next passage and replaces the choice
// list, but what is already on screen keeps its DOM nodes. The current passage's paragraphs become
// part of the transcript in place; they are never removed and built again.
import { expect, test, type Page } from '@playwright/test';
import { DANA, act, begin, openCase, playTo, readView, startSession, waitReady } from './support/case';

type Tagged = HTMLElement & { confideTag?: string };

/** Remembers every paragraph of the story on screen, and tags one: the current passage's first, or the last. */
async function tagStory(page: Page, tag: string, which: 'current' | 'last' = 'current'): Promise<number> {
	return page.evaluate(
		([tag, which]) => {
			const paragraphs = [...document.querySelectorAll<Tagged>('[data-story] p')];
			(window as unknown as { keptStory: Tagged[] }).keptStory = paragraphs;
			const target = which === 'last' ? paragraphs.at(-1) : paragraphs.find((p) => p.hasAttribute('data-passage'));
			if (!target) throw new Error(`no ${which} paragraph to tag`);
			target.confideTag = tag;
			return paragraphs.length;
		},
		[tag, which] as const
	);
}

/** The paragraphs remembered by tagStory: still in the document, the same objects, first and in order. */
async function expectKept(page: Page, tag: string) {
	const kept = await page.evaluate((tag) => {
		const before = (window as unknown as { keptStory: Tagged[] }).keptStory;
		const now = [...document.querySelectorAll<Tagged>('[data-story] p')];
		const tagged = now.find((p) => p.confideTag === tag);
		return {
			connected: before.every((p) => p.isConnected),
			samePlaces: before.every((p, i) => now[i] === p),
			grew: now.length >= before.length,
			tagged: tagged ? { transcript: tagged.hasAttribute('data-transcript'), passage: tagged.hasAttribute('data-passage') } : null
		};
	}, tag);
	expect(kept.connected, 'no paragraph shown before the click was removed').toBe(true);
	expect(kept.samePlaces, 'the paragraphs shown before the click are the same nodes, in the same order').toBe(true);
	expect(kept.grew).toBe(true);
	return kept.tagged;
}

test('learning mode: a choice, its feedback and Continue keep every paragraph already shown', async ({ page }) => {
	await openCase(page, 'dana');
	await playTo(page, DANA, [], 'V1.D1.1');
	expect(await tagStory(page, 'first')).toBeGreaterThan(0);

	// The choice: the passage moves into the transcript as the same nodes; feedback follows.
	let view = await act(page, () => page.locator('[data-choice-id="V1.D1.1.a"]').click());
	expect(view.screen).toBe('feedback');
	expect(await expectKept(page, 'first'), 'the passage is now transcript, in place').toEqual({ transcript: true, passage: false });
	// The option chosen is in the transcript, read as "You chose: …" (a space after the colon).
	await expect(page.locator('[data-story] p.chosen').last()).toHaveText(/^You chose: \S/);

	// Continue: the passage shown above the feedback becomes the current passage, in place.
	const shown = await tagStory(page, 'next', 'last');
	view = await act(page, () => page.locator('[data-feedback] [data-action=continue]').click());
	expect(view.screen).toBe('choosing');
	expect(await expectKept(page, 'next'), 'the passage under the feedback is now the current passage, in place').toEqual({ transcript: false, passage: true });
	expect(await page.locator('[data-story] p').count()).toBe(shown);
	await expect(page.locator('#passage-heading')).toBeFocused();
});

test('assessment mode: each choice up to the debrief appends, and keeps the passage it leaves', async ({ page }) => {
	await page.goto('/case/tiny/?mode=assessment');
	await waitReady(page);
	await begin(page);
	let view = await startSession(page);
	for (let n = 0; view.screen === 'choosing'; n++) {
		expect(n, 'tiny ends within a few choices').toBeLessThan(10);
		await tagStory(page, `passage-${n}`);
		view = await act(page, () => page.locator('[data-choice-id]').first().click());
		expect(await expectKept(page, `passage-${n}`), `passage ${n} is transcript now, in place`).toEqual({ transcript: true, passage: false });
	}
	expect(view.screen).toBe('debrief');
	expect((await readView(page)).passage).toContain('The session ends');
});
