import { expect, test } from '@playwright/test';
import { BASE_URL } from './support/browser';
import { DANA, DANA_BEST, TINY, TINY_BEST, openCase, play } from './support/case';

test('no request leaves the origin during a full play', async ({ page, context }) => {
	const origin = new URL(BASE_URL).origin;
	const requests: string[] = [];
	// The context sees every page's and worker's requests, including ones that fail.
	context.on('request', (request) => requests.push(request.url()));
	context.on('requestfailed', (request) => requests.push(request.url()));
	const sockets: string[] = [];
	page.on('websocket', (ws) => sockets.push(ws.url()));

	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await openCase(page, 'dana');
	await play(page, DANA, DANA_BEST);
	await page.locator('[data-action=pause]').click();
	await page.keyboard.press('Escape');
	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await openCase(page, 'tiny');
	await play(page, TINY, TINY_BEST);

	// Anything still in flight is logged too.
	await page.waitForLoadState('networkidle');
	expect(requests.length, 'the log caught the page loads').toBeGreaterThan(5);
	const elsewhere = requests.filter((url) => {
		if (url.startsWith('data:') || url.startsWith('blob:')) return false;
		return new URL(url).origin !== origin;
	});
	expect(elsewhere, `requests that left ${origin}`).toEqual([]);
	expect(sockets).toEqual([]);
});
