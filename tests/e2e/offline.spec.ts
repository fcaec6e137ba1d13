/**
 * Offline after one visit: the site is served by a server this spec owns, the page says when its
 * offline copy is complete, then the server is killed and a fresh tab opens every page and plays
 * every vignette to a scored choice. The offline indicator follows the browser's connection.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DISCLAIMER, TINY, VIGNETTES, bestPath, play, readView, waitReady, type VerdictTable } from './support/case';
import { requireBuild, serve, type SiteServer } from './support/server';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const BUILD = '.tmp/build-test';
const READY = 'Ready to use offline';
const SAVING = 'Saving an offline copy…';
const CASES: { id: string; table: VerdictTable }[] = [...VIGNETTES.map(({ id, table }) => ({ id, table })), { id: 'tiny', table: TINY }];

/** Records every text the offline-copy status shows, from the first script on. */
async function recordCopyStatus(context: BrowserContext) {
	await context.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __copyStatus: string[] }).__copyStatus = []);
		new MutationObserver(() => {
			const text = document.querySelector('[data-offline-copy]')?.textContent?.trim();
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
}
const copyStatusSeen = (page: Page) => page.evaluate(() => (window as unknown as { __copyStatus: string[] }).__copyStatus);

/** Collects uncaught errors and console errors of a page. */
function watchErrors(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

/** Opens a case and plays to its first scored choice and that choice's feedback, saved. */
async function playToFirstChoice(page: Page, id: string, table: VerdictTable) {
	await page.goto(`/case/${id}/`);
	await waitReady(page);
	const first = bestPath(table).slice(0, 1);
	const { view, chosen } = await play(page, table, first, { stopAt: (_v, left) => left === 0 });
	expect(view.screen, `${id}: the first choice shows its feedback`).toBe('feedback');
	expect(chosen.at(-1)).toBe(first[0]);
	expect(view.saveState, `${id}: the choice is saved`).toBe('saved');
	return view;
}

test.describe('offline', () => {
	let server: SiteServer | undefined;
	test.beforeAll(() => requireBuild(BUILD, `CONFIDE_FIXTURES=1 CONFIDE_OUT=${BUILD} npx vite build`));
	test.afterEach(async () => server?.stop());

	test('after one visit, every page and every vignette works with the server gone, and an unknown address gets the page not found', async ({ browser }) => {
		test.setTimeout(180_000);
		server = await serve(BUILD);
		const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
		await recordCopyStatus(context);
		const first = await context.newPage();
		await first.goto('/');
		await expect(first.locator('main[data-ready]')).toBeAttached();
		await expect(first.locator('[data-offline-copy]')).toHaveText(READY, { timeout: 30_000 });
		expect(await copyStatusSeen(first), 'saving was shown, then ready').toEqual([SAVING, READY]);
		// The completion is announced once (a live region), not on every page load.
		await expect(first.getByRole('contentinfo').getByRole('status')).toHaveText(READY);

		await server.stop();
		const gone = await fetch(`${server.url}/`).then(
			() => 'answered',
			() => 'refused'
		);
		expect(gone, 'the server is really gone').toBe('refused');

		// A fresh tab, as a learner opening Confide again on a train.
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto('/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expect(page.locator('[data-offline-copy]')).toHaveText(READY);
		// Already complete when the page opened: shown, but not announced again.
		await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('');
		for (const { id } of CASES) await expect(page.locator(`li[data-case=${id}]`)).toBeVisible();

		await page.goto('/glossary/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('main dt, main h2').first()).toBeVisible();

		for (const { id, table } of CASES) await playToFirstChoice(page, id, table);

		// A reload resumes the last vignette where it was.
		const before = await readView(page);
		await page.reload();
		const after = await waitReady(page);
		expect(after.screen).toBe(before.screen);
		expect(after.feedback).toBe(before.feedback);
		expect(after.transcript).toEqual(before.transcript);

		// A link without its trailing slash still finds the page, as the host would redirect it.
		await page.goto('/case/dana');
		await expect(page).toHaveURL(/\/case\/dana\/$/);
		await waitReady(page);

		// Home, by the site's own link (client-side navigation, from the cache).
		await page.getByRole('link', { name: 'Confide', exact: true }).click();
		await expect(page.locator('li[data-case=dana] [data-action=resume]')).toBeVisible();

		// An address the site does not have: its own page not found, with status 404, from the copy.
		const unknown = await page.goto('/no/such/page/');
		expect(unknown?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('contentinfo')).toContainText(DISCLAIMER);
		// Chromium logs the 404 itself; nothing else.
		expect(errors, 'no errors while offline').toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
		await context.close();
	});

	test('the header shows when the device is offline', async ({ browser }) => {
		server = await serve(BUILD);
		const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('[data-offline-copy]')).toHaveText(READY, { timeout: 30_000 });
		const indicator = page.getByRole('banner').getByRole('status');
		await expect(indicator).toHaveText('');
		await context.setOffline(true);
		await expect(indicator).toHaveText('Offline');
		await expect(indicator.getByText('Offline')).toBeVisible();
		// It stays on every page while offline, including pages opened offline.
		await page.goto('/case/tiny/');
		await waitReady(page);
		await expect(page.getByRole('banner').getByRole('status')).toHaveText('Offline');
		await context.setOffline(false);
		await expect(page.getByRole('banner').getByRole('status')).toHaveText('');
		await context.close();
	});
});
