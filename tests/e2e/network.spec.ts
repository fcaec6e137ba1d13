import { expect, test } from '@playwright/test';
import { BASE_URL } from './support/browser';
import { DANA, DANA_BEST, TINY, TINY_BEST, openCase, play } from './support/case';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('no request leaves the origin during any use of the app', async ({ page, context }) => {
	const origin = new URL(BASE_URL).origin;
	const requests: string[] = [];
	// The context sees every page's, worker's and service worker's requests, including ones that fail.
	context.on('request', (request) => requests.push(request.url()));
	context.on('requestfailed', (request) => requests.push(request.url()));
	const workers: string[] = [];
	context.on('serviceworker', (worker) => workers.push(worker.url()));
	page.on('worker', (worker) => workers.push(worker.url()));
	const sockets: string[] = [];
	page.on('websocket', (ws) => sockets.push(ws.url()));
	const pages: string[] = [];
	context.on('page', (p) => pages.push(p.url()));

	// Home, and every case page the catalogue links to.
	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
	const cases = await page.locator('li[data-case]').evaluateAll((items) => items.map((li) => li.getAttribute('data-case') ?? ''));
	expect(cases).toEqual(expect.arrayContaining(['dana', 'tiny']));
	for (const id of cases) {
		const view = await openCase(page, id);
		expect(view.screen, `${id} opens at its content note`).toBe('content-note');
	}

	// The glossary page, reached through the site navigation.
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }).click();
	await expect(page).toHaveURL(/\/glossary\/$/);
	await expect(page.locator('main[data-ready]')).toBeAttached();

	// Dana and tiny from the content note to the debrief, with the pause and glossary dialogs.
	await openCase(page, 'dana');
	await play(page, DANA, DANA_BEST);
	await page.locator('[data-action=pause]').click();
	await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog', { name: 'Paused' })).toBeHidden();
	await page.locator('a[data-term]').first().click();
	await expect(page.locator('dialog[data-glossary-dialog]')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('dialog[data-glossary-dialog]')).toBeHidden();
	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await openCase(page, 'tiny');
	await play(page, TINY, TINY_BEST);
	// Back home through the pause dialog's exit link.
	await page.locator('[data-action=pause]').click();
	await page.locator('dialog [data-action=exit]').click();
	await expect(page.locator('li[data-case=tiny] [data-status]')).toHaveAttribute('data-status', 'completed');

	// Anything still in flight is logged too.
	await page.waitForLoadState('networkidle');
	expect(requests.length, 'the log caught the page loads').toBeGreaterThan(5 + cases.length);
	expect(requests, 'the log holds requests for the app itself').toContain(`${origin}/`);
	const elsewhere = [...requests, ...workers].filter((url) => {
		if (url.startsWith('data:') || url.startsWith('blob:')) return false;
		return new URL(url).origin !== origin;
	});
	expect(elsewhere, `requests that left ${origin}`).toEqual([]);
	expect(sockets, 'websockets').toEqual([]);
	expect(pages, 'no other window opened').toEqual([]);
});
