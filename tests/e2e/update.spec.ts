/**
 * Updates never interrupt a vignette. Version A (the test build) is served by a server this spec
 * owns; mid-attempt the server is swapped for version B (the same site built with
 * CONFIDE_VERSION=test-b, made by scripts/test-all.js before the browser tests, since building it
 * inside a spec would compete with the parallel tests for the 2 cores). The new version is
 * offered, the open attempt keeps working, and only "Update now" applies it, resuming in place.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DANA, DANA_BEST, TINY, TINY_BEST, continueFeedback, play, readView, waitReady, type VerdictTable } from './support/case';
import { freePort, requireBuild, serve, type SiteServer } from './support/server';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const A = '.tmp/build-test';
const B = '.tmp/build-b';
const versionOf = (dir: string) => (JSON.parse(readFileSync(`${dir}/_app/version.json`, 'utf8')) as { version: string }).version;
const READY = 'Ready to use offline';
const OFFER = 'A new version of Confide is ready.';

/** Collects uncaught errors and console errors of a page. */
function watchErrors(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

/**
 * Watches, from the first script on, whether "Update now" was ever on offer while a choice was
 * being saved (it must not be), and whether the banner was seen during a save at all.
 */
async function watchUnsafeOffers(context: BrowserContext) {
	await context.addInitScript(() => {
		const seen = ((window as unknown as { __offers: { unsafe: number; pendingWithBanner: number } }).__offers = { unsafe: 0, pendingWithBanner: 0 });
		new MutationObserver(() => {
			if (!document.querySelector('main[data-save-state=pending]') || !document.querySelector('[data-update-banner]')) return;
			seen.pendingWithBanner++;
			if (document.querySelector('[data-action=update-now]')) seen.unsafe++;
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
}
const offers = (page: Page) => page.evaluate(() => (window as unknown as { __offers: { unsafe: number; pendingWithBanner: number } }).__offers);

/** The version of the service worker that controls the page, as it reports it. */
function controllerVersion(page: Page) {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const worker = navigator.serviceWorker.controller;
				if (!worker) return reject(new Error('no service worker controls the page'));
				const channel = new MessageChannel();
				channel.port1.onmessage = (event) => resolve((event.data as { version: string }).version);
				worker.postMessage({ type: 'CONFIDE_OFFLINE_STATUS' }, [channel.port2]);
			})
	);
}

/** Runs `action` and waits until it reloaded the page (a new document, fully loaded). */
async function reloadsOn(page: Page, action: () => Promise<unknown>) {
	await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
	const loaded = page.waitForEvent('load');
	await action();
	await loaded;
	expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument ?? false), 'a new document').toBe(false);
}

const checkForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

/** Plays on to the next scored choice in `picks` and its saved feedback. */
async function nextChoice(page: Page, table: VerdictTable, pick: string) {
	const { view } = await play(page, table, [pick], { stopAt: (_v, left) => left === 0 });
	expect(view.screen).toBe('feedback');
	expect(view.saveState).toBe('saved');
	return view;
}

test.describe('updates', () => {
	let server: SiteServer | undefined;
	test.beforeAll(() => {
		requireBuild(A, `CONFIDE_FIXTURES=1 CONFIDE_OUT=${A} npx vite build`);
		requireBuild(B, `CONFIDE_FIXTURES=1 CONFIDE_VERSION=test-b CONFIDE_OUT=${B} npx vite build`);
		expect(versionOf(A), 'the two builds are different versions').not.toBe(versionOf(B));
	});
	test.afterEach(async () => server?.stop());

	test('a new version is offered mid-attempt, never applied by itself, and resumes in place', async ({ browser }) => {
		test.setTimeout(90_000);
		const port = await freePort();
		server = await serve(A, { port });
		const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
		await watchUnsafeOffers(context);
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto('/case/dana/');
		await waitReady(page);
		await expect(page.locator('[data-offline-copy]')).toHaveText(READY, { timeout: 30_000 });
		await nextChoice(page, DANA, DANA_BEST[0]!);
		expect(await controllerVersion(page)).toBe(versionOf(A));

		// Version B is published while the learner is between choices.
		await server.stop();
		server = await serve(B, { port });
		await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
		await checkForUpdate(page);
		const banner = page.locator('[data-update-banner]');
		await expect(banner).toContainText(OFFER, { timeout: 20_000 });
		await expect(page.getByRole('button', { name: 'Update now' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Later' })).toBeVisible();

		// The attempt goes on, on version A, with the offer standing.
		await continueFeedback(page);
		await nextChoice(page, DANA, DANA_BEST[1]!);
		expect(await controllerVersion(page), 'nothing was applied without consent').toBe(versionOf(A));
		expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), 'the page was not reloaded').toBe(true);
		const watched = await offers(page);
		expect(watched.pendingWithBanner, 'a save happened while the offer stood').toBeGreaterThan(0);
		expect(watched.unsafe, '"Update now" is never on offer while a choice is being saved').toBe(0);
		await expect(banner).toContainText(OFFER);

		const before = await readView(page);
		await reloadsOn(page, () => page.getByRole('button', { name: 'Update now' }).click());
		const after = await waitReady(page);
		expect(await controllerVersion(page), 'now on version B').toBe(versionOf(B));
		expect(after.screen, 'same screen').toBe(before.screen);
		expect(after.feedback, 'same feedback').toBe(before.feedback);
		expect(after.transcript, 'same transcript').toEqual(before.transcript);
		await expect(banner).toHaveCount(0);
		// And it plays on.
		await continueFeedback(page);
		expect(errors, 'no errors across the update').toEqual([]);
		await context.close();
	});

	test('a tab left on the old version keeps working after another tab updates', async ({ browser }) => {
		test.setTimeout(90_000);
		const port = await freePort();
		server = await serve(A, { port });
		const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
		const old = await context.newPage();
		const errors = watchErrors(old);
		await old.goto('/case/tiny/');
		await waitReady(old);
		await expect(old.locator('[data-offline-copy]')).toHaveText(READY, { timeout: 30_000 });
		await nextChoice(old, TINY, TINY_BEST[0]!);
		const other = await context.newPage();
		await other.goto('/');
		await expect(other.locator('main[data-ready]')).toBeAttached();

		await server.stop();
		server = await serve(B, { port });
		await checkForUpdate(other);
		await expect(other.locator('[data-update-banner]')).toContainText(OFFER, { timeout: 20_000 });
		await expect(old.locator('[data-update-banner]')).toContainText(OFFER);
		await reloadsOn(other, () => other.getByRole('button', { name: 'Update now' }).click());
		expect(await controllerVersion(other)).toBe(versionOf(B));
		await expect(other.locator('main[data-ready]')).toBeAttached();
		await expect(other.locator('[data-update-banner]')).toHaveCount(0);

		// The old tab still runs version A and was not reloaded; it plays on and still offers the update.
		await expect(old.locator('[data-update-banner]')).toContainText(OFFER);
		await continueFeedback(old);
		await nextChoice(old, TINY, TINY_BEST[1]!);
		// Home by the site's link: version A's scripts for it are on no server any more, only in A's
		// offline copy (the HTTP cache, which a browser may evict at any time, is emptied first).
		await (await context.newCDPSession(old)).send('Network.clearBrowserCache');
		await old.getByRole('link', { name: 'Confide', exact: true }).click();
		await expect(old.locator('li[data-case=tiny] [data-action=resume]')).toBeVisible();
		expect(errors, 'the old tab had no errors').toEqual([]);

		await reloadsOn(old, () => old.getByRole('button', { name: 'Update now' }).click());
		expect(await controllerVersion(old)).toBe(versionOf(B));
		await expect(old.locator('li[data-case=tiny] [data-action=resume]')).toBeVisible();
		await expect(old.locator('[data-update-banner]')).toHaveCount(0);
		await context.close();
	});
});
