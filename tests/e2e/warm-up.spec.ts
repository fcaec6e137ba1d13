// While the trainee reads the first passage, the views a step shows (the transcript as a choice
// extends it, the options, a feedback panel) are built out of sight, laid out and taken down again,
// so that the first choice and the first feedback do not pay their one-off costs
// (components/warm-up.svelte.ts). What must hold: it happens, each view within one task (no frame,
// no test and no assistive technology ever meets it), and the page it ran in plays on as before.
import { expect, test, type Page } from '@playwright/test';
import { begin, choose, openCase, readView, startSession } from './support/case';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

interface WarmLog {
	/** Per MutationObserver delivery (one per task): warm-up boxes added, and removed. */
	deliveries: { added: number; removed: number }[];
	/** Warm-up boxes in the document at an animation frame (a paint could have shown them). */
	atFrames: number;
	/** Errors the page reported. */
	errors: string[];
}

/** Records warm-up boxes as they come and go (see WarmLog). */
function recordWarmUp() {
	const log: WarmLog = { deliveries: [], atFrames: 0, errors: [] };
	(window as unknown as { warmLog: WarmLog }).warmLog = log;
	const isBox = (node: Node) => node instanceof HTMLElement && node.classList.contains('warm-up');
	new MutationObserver((records) => {
		let added = 0;
		let removed = 0;
		for (const record of records) {
			added += [...record.addedNodes].filter(isBox).length;
			removed += [...record.removedNodes].filter(isBox).length;
		}
		if (added || removed) log.deliveries.push({ added, removed });
	}).observe(document, { childList: true, subtree: true });
	const frame = () => {
		if (document.querySelector('.warm-up')) log.atFrames++;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	addEventListener('error', (event) => log.errors.push(String(event.message)));
}

const readLog = (page: Page) => page.evaluate(() => (window as unknown as { warmLog: WarmLog }).warmLog);

test('the views a step shows are warmed while the trainee reads, each built and taken down within one task, and play goes on as before', async ({ page }) => {
	await page.addInitScript(recordWarmUp);
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));

	await openCase(page, 'dana');
	await begin(page);
	const first = await startSession(page);

	// The transcript, the options and a feedback panel: three views, one task each.
	await expect.poll(async () => (await readLog(page)).deliveries.length).toBe(3);
	const log = await readLog(page);
	expect(log.deliveries, 'each view is added and removed in the same task').toEqual([
		{ added: 1, removed: 1 },
		{ added: 1, removed: 1 },
		{ added: 1, removed: 1 }
	]);
	expect(log.atFrames, 'no frame ever had a warm-up view in it').toBe(0);
	expect(log.errors).toEqual([]);
	expect(pageErrors).toEqual([]);

	// The page it ran in is as it was: one passage heading, holding focus; the same options.
	await expect(page.locator('#passage-heading')).toHaveCount(1);
	await expect(page.locator('#passage-heading')).toBeFocused();
	expect(await readView(page)).toEqual(first);

	// And play goes on: the first choice moves the story on and is saved.
	const view = await choose(page, first.choiceIds[0]!);
	expect(view.saveState).toBe('saved');
	expect(view.transcript.length).toBeGreaterThan(first.transcript.length);
	expect(pageErrors).toEqual([]);
});

test('an assessment, which shows no feedback before its debrief, warms the transcript and the options only', async ({ page }) => {
	await page.addInitScript(recordWarmUp);
	await page.goto('/case/dana/?mode=assessment');
	await expect(page.locator('main[data-case][data-ready]')).toBeAttached({ timeout: 15_000 });
	await begin(page);
	await startSession(page);
	await expect.poll(async () => (await readLog(page)).deliveries.length).toBe(2);
	// Every idle task the page schedules runs within a second (idle-task.ts); none adds a third view.
	await page.waitForTimeout(1500);
	const log = await readLog(page);
	expect(log.deliveries).toEqual([
		{ added: 1, removed: 1 },
		{ added: 1, removed: 1 }
	]);
	expect(log.atFrames).toBe(0);
});
