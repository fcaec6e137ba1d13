/**
 * Installable as an app: the manifest the pages link parses (in Chromium too), its start URL and
 * scope are the site's root, every icon exists as a PNG of the size it claims (read from the PNG
 * header), and Chromium reports no installability error once the service worker runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, findChromium } from './support/browser';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

interface Icon {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
}
interface Manifest {
	name: string;
	short_name: string;
	start_url: string;
	scope: string;
	display: string;
	background_color: string;
	theme_color: string;
	icons: Icon[];
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
async function pngSize(request: APIRequestContext, url: string) {
	const response = await request.get(url);
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type'], url).toBe('image/png');
	const body = await response.body();
	expect([...body.subarray(0, 8)], `${url} is a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
}

for (const path of ['/', '/case/dana/', '/glossary/']) {
	test(`the manifest linked from ${path} resolves and describes an installable app`, async ({ page, request }) => {
		await page.goto(path);
		const href = await page.locator('link[rel=manifest]').evaluate((link: HTMLLinkElement) => link.href);
		expect(href).toBe(`${BASE_URL}/manifest.webmanifest`);
		const response = await request.get(href);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/manifest+json');
		const manifest = JSON.parse(await response.text()) as Manifest;
		expect(manifest.name).toContain('Confide');
		expect(manifest.short_name).toBe('Confide');
		expect(manifest.display).toBe('standalone');
		// Relative, so the app installs under whatever path it is deployed at.
		expect(manifest.start_url).not.toMatch(/^\//);
		expect(new URL(manifest.start_url, href).href).toBe(`${BASE_URL}/`);
		expect(new URL(manifest.scope, href).href).toBe(`${BASE_URL}/`);
		// The colours of src/app.css: the page background and the header's surface.
		expect(manifest.background_color).toBe('#fbfaf7');
		expect(manifest.theme_color).toBe('#ffffff');
		await expect(page.locator('meta[name=theme-color]')).toHaveCount(2);

		const sizes: string[] = [];
		for (const icon of manifest.icons) {
			expect(icon.type).toBe('image/png');
			expect(await pngSize(request, new URL(icon.src, href).href), icon.src).toBe(icon.sizes);
			sizes.push(`${icon.sizes} ${icon.purpose ?? 'any'}`);
		}
		expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
	});
}

test('Chromium parses the manifest and finds the app installable', async () => {
	// A persistent profile: Chromium never offers to install from an incognito (ordinary test) context.
	const profile = mkdtempSync(join(tmpdir(), 'confide-install-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS, baseURL: BASE_URL });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await expect(page.locator('[data-offline-copy]')).toHaveText('Ready to use offline', { timeout: 30_000 });
		const cdp = await context.newCDPSession(page);
		const parsed = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
		expect(parsed.url).toBe(`${BASE_URL}/manifest.webmanifest`);
		expect(parsed.errors.map((e) => e.message)).toEqual([]);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
		expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
