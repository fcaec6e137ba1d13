/**
 * Deployed under a sub-path (CONFIDE_BASE_PATH=/confide, built by scripts/test-all.js into
 * .tmp/build-base and served here with `serve.js --base /confide`): every link, the service
 * worker, its scope and the manifest stay under /confide/, online and offline, and on the page
 * served for an unknown address.
 */
import { expect, test, type Page } from '@playwright/test';
import { TINY, TINY_BEST, VIGNETTES, bestPath, play, readView, waitReady, type VerdictTable } from './support/case';
import { requireBuild, serve, type SiteServer } from './support/server';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const BUILD = '.tmp/build-base';
const BASE = '/confide';

async function toFirstChoice(page: Page, table: VerdictTable, first: string) {
	const { view } = await play(page, table, [first], { stopAt: (_v, left) => left === 0 });
	expect(view.screen).toBe('feedback');
	expect(view.saveState).toBe('saved');
	return view;
}

test.describe('under a sub-path', () => {
	let server: SiteServer | undefined;
	test.beforeAll(() => requireBuild(BUILD, `CONFIDE_FIXTURES=1 CONFIDE_BASE_PATH=${BASE} CONFIDE_OUT=${BUILD} npx vite build`));
	test.afterEach(async () => server?.stop());

	test('plays from home to a choice, installs under the sub-path, and works offline', async ({ browser }) => {
		test.setTimeout(90_000);
		server = await serve(BUILD, { base: BASE });
		const origin = new URL(server.url).origin;
		const context = await browser.newContext({ serviceWorkers: 'allow' });
		const errors: string[] = [];
		context.on('weberror', (error) => errors.push(error.error().message));
		const requests: string[] = [];
		context.on('request', (request) => requests.push(new URL(request.url()).pathname));

		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expect(page.locator('[data-offline-copy]')).toHaveText('Ready to use offline', { timeout: 30_000 });
		const registration = await page.evaluate(async () => {
			const r = await navigator.serviceWorker.getRegistration();
			return { scope: r?.scope, script: r?.active?.scriptURL };
		});
		expect(registration).toEqual({ scope: `${origin}${BASE}/`, script: `${origin}${BASE}/service-worker.js` });

		// The manifest and its start URL and scope resolve under the sub-path.
		const manifestHref = await page.locator('link[rel=manifest]').evaluate((link: HTMLLinkElement) => link.href);
		expect(manifestHref).toBe(`${origin}${BASE}/manifest.webmanifest`);
		const manifest = (await (await context.request.get(manifestHref)).json()) as { start_url: string; scope: string };
		expect(new URL(manifest.start_url, manifestHref).href).toBe(`${origin}${BASE}/`);
		expect(new URL(manifest.scope, manifestHref).href).toBe(`${origin}${BASE}/`);

		// From home to a choice, by the page's own links.
		await page.locator('li[data-case=tiny] h2 a').click();
		await expect(page).toHaveURL(`${server.url}/case/tiny/`);
		await waitReady(page);
		await toFirstChoice(page, TINY, TINY_BEST[0]!);
		expect(
			requests.filter((path) => path !== `${BASE}` && !path.startsWith(`${BASE}/`)),
			'every request stays under the sub-path'
		).toEqual([]);

		await server.stop();
		const offline = await context.newPage();
		await offline.goto(`${server.url}/`);
		await expect(offline.locator('li[data-case=tiny] [data-action=resume]')).toBeVisible();
		const jordan = VIGNETTES.find((v) => v.id === 'jordan')!;
		await offline.locator('li[data-case=jordan] h2 a').click();
		await waitReady(offline);
		await toFirstChoice(offline, jordan.table, bestPath(jordan.table)[0]!);
		const before = await readView(offline);
		await offline.reload();
		const after = await waitReady(offline);
		expect(after.transcript).toEqual(before.transcript);
		expect(after.feedback).toBe(before.feedback);
		await offline.goto(`${server.url}/glossary/`);
		await expect(offline.getByRole('heading', { level: 1 })).toBeVisible();
		await offline.goto(`${server.url}/case/tiny`);
		await expect(offline).toHaveURL(`${server.url}/case/tiny/`);
		await waitReady(offline);
		expect(errors).toEqual([]);
		await context.close();
	});

	test("an unknown address, at any depth, answers 404 with the site's page not found, every link under the sub-path", async ({ page }) => {
		server = await serve(BUILD, { base: BASE });
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		const response = await page.goto(`${server.url}/case/dana/no/such/page/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		const paths = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
		expect(await paths('header a.brand, header nav a')).toEqual([`${BASE}/`, `${BASE}/progress/`, `${BASE}/glossary/`, `${BASE}/instructor/`]);
		expect(await paths('[data-not-found-link]')).toEqual([`${BASE}/`, `${BASE}/progress/`]);
		expect(await paths('link[rel=icon], link[rel=manifest]')).toEqual([`${BASE}/favicon.svg`, `${BASE}/manifest.webmanifest`]);
		await page.locator('[data-not-found-link=home]').click();
		await expect(page).toHaveURL(`${server.url}/`);
		await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
		expect(requests.filter((path) => !path.startsWith(`${BASE}/`)), 'every request stays under the sub-path').toEqual([]);
	});
});
