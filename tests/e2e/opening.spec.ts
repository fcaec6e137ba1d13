// HTML-first case pages (issue 16): a new attempt's content note, setting card and first passage
// are in the prerendered page and work before the app's scripts have loaded; a first choice made
// then is kept and applied once the app is running, and the app adopts the nodes on screen.
// The app's scripts are held back here (every request under /_app/), so the page is exactly what
// a trainee on a slow link has before they arrive.
import { expect, test, type Page, type Route } from '@playwright/test';
import { readView, storedRows, waitReady } from './support/case';
import { expectNoViolations } from './support/security';
import { dropScripts } from './support/dropped-scripts';

// No service worker: once installed it serves the app's scripts from its cache, where page.route
// cannot hold them back (the second visit of a test then had the app at once, now and then).
test.use({ serviceWorkers: 'block' });

/** Holds every request for the app's scripts and styles until `release` is called. */
async function holdApp(page: Page) {
	const held: Route[] = [];
	let released = false;
	await page.route('**/_app/**', (route) => (released ? route.continue() : void held.push(route)));
	return {
		release: async () => {
			released = true;
			for (const route of held.splice(0)) await route.continue();
		}
	};
}

type Tagged = Element;

/**
 * Remembers the nodes a trainee sees on the first passage (its paragraphs, and with `choices` its
 * heading and options), to check later that they are still the same objects in the page.
 */
const tagPassage = (page: Page, choices = false) =>
	page.evaluate((choices) => {
		// The heading goes with the passage it heads: a choice replaces it, as it does every passage's.
		const selector = '[data-opening-stage=choosing] [data-story] p' + (choices ? ', #passage-heading, [data-opening-stage=choosing] [data-choice-id]' : '');
		const nodes = [...document.querySelectorAll<Tagged>(selector)];
		(window as unknown as { tagged: Tagged[] }).tagged = nodes;
		return nodes.length;
	}, choices);

const sameNodes = (page: Page) => page.evaluate(() => (window as unknown as { tagged: Tagged[] }).tagged.every((n) => n.isConnected));

test('before any script: the content note, setting card and first passage work; a first choice is kept and applied', async ({ page }) => {
	const app = await holdApp(page);
	await page.goto('/case/dana/', { waitUntil: 'commit' });
	const main = page.locator('main');

	// The content note, with its way in and out, and nothing of the app yet.
	await expect(page.locator('[data-action=begin]')).toBeVisible();
	await expect(main).toHaveAttribute('data-screen', 'content-note');
	await expect(main).not.toHaveAttribute('data-ready');
	await expect(page.locator('[data-opening-wait]')).toBeHidden();
	await expect(page.locator('[data-action=begin]')).not.toHaveAttribute('aria-disabled', 'true');
	await expect(page.locator('[data-choice-id]').first()).toBeHidden();

	// Begin: the setting card, focused.
	await page.locator('[data-action=begin]').click();
	await expect(main).toHaveAttribute('data-screen', 'setting');
	await expect(page.locator('[data-opening-stage=setting]')).toBeFocused();
	await expect(page.locator('[data-screen=content-note]')).toBeHidden();

	// Start: the first passage and its choices, focus on its heading.
	await page.locator('main [data-action=continue]').click();
	await expect(main).toHaveAttribute('data-screen', 'choosing');
	await expect(page.locator('#passage-heading')).toBeFocused();
	const before = await readView(page);
	expect(before.choiceIds).toEqual(['dana-s1-job-search', 'dana-s1-sleep']);
	expect(before.passage).toContain('At intake you explained to Dana');
	expect(await tagPassage(page)).toBeGreaterThan(2);

	// A first choice by key: kept (the options are off while it waits), not lost.
	await page.keyboard.press('2');
	await expect(page.locator('[data-choice-id=dana-s1-sleep]')).toHaveAttribute('aria-disabled', 'true');
	await expect(page.getByRole('status').filter({ hasText: 'Your choice is kept.' })).toBeVisible();
	await expect(main).not.toHaveAttribute('data-ready');

	// The app arrives: it applies the choice, saves it, and kept the nodes on screen.
	await app.release();
	await waitReady(page);
	await expect(page.locator('[data-transcript]').filter({ hasText: 'Ask how she has been sleeping.' })).toBeVisible();
	await expect(main).toHaveAttribute('data-save-state', 'saved');
	await expect(main).not.toHaveAttribute('data-opening');
	await expect(page.locator('[data-opening-kept]')).toHaveCount(0);
	expect(await sameNodes(page), 'the first passage is the prerendered nodes, adopted').toBe(true);
	const rows = (await storedRows(page)).filter((r) => r.caseId === 'dana');
	expect(rows).toHaveLength(1);
	expect((rows[0]!.choiceLog as { choiceId: string }[]).map((c) => c.choiceId)).toEqual(['dana-s1-sleep']);
});

test('with the app running, Begin and Start paint the opening first and the machine catches up after the frame', async ({ page }) => {
	await page.goto('/case/dana/');
	await waitReady(page);
	const main = page.locator('main');
	// At the first frame after each click (rAF runs after the click's own microtasks, before the
	// paint): the opening still on screen, the machine not yet moved on by it.
	await page.evaluate(() => {
		const w = window as unknown as { frames: { screen?: string; opening: boolean; heading: boolean }[] };
		w.frames = [];
		addEventListener('click', () => requestAnimationFrame(() => {
			const m = document.querySelector('main')!;
			w.frames.push({ screen: m.dataset.screen, opening: m.hasAttribute('data-opening'), heading: !!document.querySelector('#passage-heading')?.getClientRects().length });
		}));
	});
	await page.locator('[data-action=begin]').click();
	await expect(main).toHaveAttribute('data-screen', 'setting');
	await page.locator('main [data-action=continue]').click();
	// Then the machine catches up and the page hands over, with the first passage as it was.
	await expect(main).not.toHaveAttribute('data-opening');
	await expect(main).toHaveAttribute('data-screen', 'choosing');
	const frames = await page.evaluate(() => (window as unknown as { frames: unknown[] }).frames);
	expect(frames).toEqual([
		{ screen: 'setting', opening: true, heading: false },
		{ screen: 'choosing', opening: true, heading: true }
	]);
	expect((await readView(page)).choiceIds).toEqual(['dana-s1-job-search', 'dana-s1-sleep']);
	await page.locator('[data-choice-id=dana-s1-sleep]').click();
	await expect(main).toHaveAttribute('data-save-state', 'saved');
	expect((await storedRows(page)).filter((r) => r.caseId === 'dana')).toHaveLength(1);
});

test('a page the app takes over before any click goes on as usual, with the same nodes', async ({ page }) => {
	const app = await holdApp(page);
	await page.goto('/case/dana/', { waitUntil: 'commit' });
	await page.locator('[data-action=begin]').click();
	await page.locator('main [data-action=continue]').click();
	await expect(page.locator('#passage-heading')).toBeFocused();
	expect(await tagPassage(page, true)).toBe(7);
	await app.release();
	await waitReady(page);
	await expect(page.locator('main')).not.toHaveAttribute('data-opening');
	expect(await sameNodes(page), 'the passage and its options are the prerendered nodes').toBe(true);
	await expect(page.locator('#passage-heading'), 'focus stayed where it was').toBeFocused();
	expect((await readView(page)).saveState, 'nothing is saved before the first choice').toBeNull();

	// A choice appends the next passage: the first passage stays (its options are replaced).
	await tagPassage(page);
	await page.locator('[data-choice-id=dana-s1-job-search]').click();
	await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
	expect(await sameNodes(page)).toBe(true);
});

test('a returning trainee and a link with a query wait for the app, which opens what it finds', async ({ page }) => {
	// Play one choice, so this device has an attempt to resume.
	await page.goto('/case/dana/');
	await waitReady(page);
	await page.locator('[data-action=begin]').click();
	await page.locator('main [data-action=continue]').click();
	await page.locator('[data-choice-id=dana-s1-job-search]').click();
	await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');

	const app = await holdApp(page);
	await page.reload({ waitUntil: 'commit' });
	await expect(page.locator('[data-opening-wait]')).toBeVisible();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'loading');
	await expect(page.locator('[data-action=begin]')).toBeHidden();
	await app.release();
	await waitReady(page);
	await expect(page.locator('[data-transcript]').filter({ hasText: 'Ask how the job search has gone since last time.' })).toBeVisible();

	// A link with a query is read by the app (here an assessment link, on a vignette not played yet).
	await page.unroute('**/_app/**');
	const held = await holdApp(page);
	await page.goto('/case/tiny/?mode=assessment', { waitUntil: 'commit' });
	await expect(page.locator('[data-opening-wait]')).toBeVisible();
	await expect(page.locator('[data-action=begin]')).toBeHidden();
	await held.release();
	await waitReady(page);
	await expect(page.locator('[data-assessment-note]')).toBeVisible();
	await expect(page.locator('[data-action=begin]')).toBeVisible();
});

test('starting again from the setting card of a new attempt goes back to its content note', async ({ page }) => {
	await page.goto('/case/tiny/');
	await waitReady(page);
	await page.locator('[data-action=begin]').click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'setting');
	await page.locator('[data-action=pause]').click();
	await page.locator('dialog[open] [data-action=restart]').click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'content-note');
	await expect(page.locator('[data-action=begin]')).toBeVisible();
	// And stays there: nothing carries the earlier Begin over.
	await expect(page.locator('main')).toHaveAttribute('data-ready');
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'content-note');
	await page.locator('[data-action=begin]').click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'setting');
});

test('Pause works before any script, at every stage and while waiting for the app, which adopts it open', async ({ page }) => {
	const app = await holdApp(page);
	await page.goto('/case/dana/', { waitUntil: 'commit' });
	const dialog = page.locator('dialog[data-pause-dialog]');
	const pause = page.locator('main [data-action=pause]');

	// From the content note: the support resources and a real way out, then back to the case.
	await pause.click();
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('988');
	// A plain build keeps everything on the device, and says so (an LRS build says otherwise: lrs.spec.ts).
	await expect(dialog.locator('[data-progress-privacy]')).toHaveText('Nothing you choose here is seen by anyone else: Confide keeps your progress on this device only.');
	await expect(dialog.locator('[data-action=exit]')).toHaveAttribute('href', /\.\.\//);
	await dialog.locator('[data-action=resume]').click();
	await expect(dialog).toBeHidden();
	await expect(pause).toBeFocused();

	// On the first passage, Escape opens it, and the option keys do nothing behind it.
	await page.locator('[data-action=begin]').click();
	await page.locator('main [data-action=continue]').click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'choosing');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeVisible();
	await page.keyboard.press('1');
	await expect(page.locator('[data-choice-id]').first()).not.toHaveAttribute('aria-disabled', 'true');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await pause.click();
	await expect(dialog).toBeVisible();
	await expect(page.locator('main')).not.toHaveAttribute('data-ready');

	// The app arrives with Pause open: it stays open, and the app's own buttons run it from then on.
	await app.release();
	await waitReady(page);
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
	await expect(dialog).toBeVisible();
	await dialog.locator('[data-action=resume]').click();
	await expect(dialog).toBeHidden();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'choosing');
	await page.keyboard.press('1');
	await expect(page.locator('[data-transcript]').filter({ hasText: 'Ask how the job search has gone since last time.' })).toBeVisible();
	await pause.click();
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('Pause works on a page waiting for the app (a returning trainee, a link with a query)', async ({ page }) => {
	const app = await holdApp(page);
	await page.goto('/case/tiny/?mode=assessment', { waitUntil: 'commit' });
	await expect(page.locator('[data-opening-wait]')).toBeVisible();
	const dialog = page.locator('dialog[data-pause-dialog]');
	await page.locator('main [data-action=pause]').click();
	await expect(dialog).toBeVisible();
	await dialog.locator('[data-action=resume]').click();
	await expect(dialog).toBeHidden();
	await app.release();
	await waitReady(page);
	await page.locator('main [data-action=pause]').click();
	await expect(dialog).toBeVisible();
});

test('if the app cannot load, the opening says so and offers a reload, and reading and Pause go on working', async ({ page }) => {
	// A dropped link: the app's entry never arrives.
	await page.route('**/_app/immutable/entry/app.*', (route) => route.abort('internetdisconnected'));
	await page.goto('/case/dana/');
	const failed = page.locator('[data-opening-failed]');
	await expect(failed).toBeVisible();
	await expect(failed).toContainText('could not be loaded');
	await expect(page.locator('main')).not.toHaveAttribute('data-ready');

	// The trainee can still read on, and pause; the options say they cannot be taken.
	await page.locator('[data-action=begin]').click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'setting');
	await page.locator('main [data-action=continue]').click();
	await expect(page.locator('#passage-heading')).toBeFocused();
	await expect(page.locator('[data-choice-id]').first()).toHaveAttribute('aria-disabled', 'true');
	await page.keyboard.press('1');
	await expect(page.locator('[data-opening-kept]')).toBeHidden();
	await page.locator('main [data-action=pause]').click();
	await expect(page.locator('dialog[data-pause-dialog]')).toBeVisible();
	await page.keyboard.press('Escape');

	// The link is back: Reload brings the app, and the notice does not come back.
	await page.unroute('**/_app/immutable/entry/app.*');
	await failed.getByRole('button', { name: 'Reload' }).click();
	await waitReady(page);
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'content-note');
	await expect(failed).toBeHidden();
	await expect(page.locator('[data-choice-id]').first()).toBeHidden();
});

test('if the story cannot load, the opening goes on and keeps a first choice; once the link is back the story loads and the choice is applied', async ({ page }) => {
	// A dropped link once the app has arrived: the story runtime (inkjs) does not.
	const link = await dropScripts(page, (body) => body.includes('inkVersionCurrent'));
	await page.goto('/case/dana/');
	const main = page.locator('main');
	const problem = page.locator('[data-opening-load-problem]');
	await expect(problem).toBeVisible();
	await expect(problem).toContainText('The rest of this case could not be loaded. Check your connection, then try again.');
	await expect(problem, 'said in words, not as an address').not.toContainText('_app');
	await expectNoViolations(page, 'the opening with the story not loaded');
	await expect(main).toHaveAttribute('data-screen', 'content-note');

	// The opening goes on: Begin, Start and a first choice, which is kept.
	await page.locator('[data-action=begin]').click();
	await page.locator('main [data-action=continue]').click();
	const first = page.locator('[data-choice-id]').first();
	const chosen = await first.getAttribute('data-choice-id');
	await first.click();
	await expect(page.locator('[data-opening-kept]')).toBeVisible();
	await expect(main).toHaveAttribute('data-screen', 'choosing');
	await expect(main).not.toHaveAttribute('data-story-ready');

	// Still down: a retry says it is trying, and the opening stays as it is.
	expect(link.drops).toBeGreaterThan(0);
	const dropsBefore = link.drops;
	await problem.getByRole('button', { name: 'Try again' }).click();
	await expect.poll(() => link.drops, { message: 'the retry asked again' }).toBeGreaterThan(dropsBefore);
	await expect(page.locator('[data-retrying]')).toBeHidden();
	await expect(problem).toBeVisible();
	await expect(page.locator('[data-opening-kept]')).toBeVisible();

	// The link comes back (the browser says it is online): the story loads without being asked, and
	// the kept choice is applied and saved.
	link.restore();
	await page.context().setOffline(true);
	await page.context().setOffline(false);
	await expect(problem).toBeHidden();
	await expect(main).toHaveAttribute('data-save-state', 'saved');
	await expect(main).not.toHaveAttribute('data-opening');
	const rows = await storedRows(page);
	expect(rows).toHaveLength(1);
	expect((rows[0] as { choiceLog: { choiceId: string }[] }).choiceLog.map((c) => c.choiceId)).toEqual([chosen]);
	await expect(page.locator('[data-choice-id]').first()).toBeEnabled();
});
