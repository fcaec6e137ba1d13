/**
 * Content-Security-Policy: every prerendered page carries a strict policy in a meta tag (hashes
 * for its inline script and styles, nothing 'unsafe-inline'), the server sends the header-only
 * part, and using the whole app (every page, every vignette played to its debrief, the pause and
 * glossary dialogs, client-side navigation) raises no violation.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { CSP_DIRECTIVES, SECURITY_HEADERS, STYLE_ATTRIBUTES, formatSource } from '../../scripts/lib/security-policy.js';
import { TINY, VIGNETTES, bestPath, openCase, play, type VerdictTable } from './support/case';
import { expectNoViolations, violations, watchPolicy } from './support/security';

// Tests the service worker or what it could change (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const CASES: { id: string; table: VerdictTable }[] = [...VIGNETTES, { id: 'tiny', table: TINY }];
// The xss fixture's page too: its prerendered HTML holds every payload, escaped.
const PAGES = ['/', '/glossary/', ...CASES.map((c) => `/case/${c.id}/`), '/case/xss/'];

/** A policy's text as directive -> sources. */
function parsePolicy(text: string): Map<string, string[]> {
	const policy = new Map<string, string[]>();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test.describe('the policy as served', () => {
	for (const path of PAGES) {
		test(`${path}: a strict policy in a meta tag that hashes every inline script and style`, async ({ request }) => {
			const response = await request.get(path);
			expect(response.status()).toBe(200);
			const html = await response.text();

			const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
			expect(metas, 'one CSP meta tag').toHaveLength(1);
			const headIndex = html.indexOf(metas[0]![0]);
			// Before anything it must govern: the first script, style and stylesheet.
			for (const tag of ['<script', '<style', 'rel="stylesheet"', 'rel="modulepreload"']) {
				const at = html.indexOf(tag);
				if (at !== -1) expect(headIndex, `the policy comes before ${tag}`).toBeLessThan(at);
			}
			const policy = parsePolicy(metas[0]![1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));

			// Every configured directive is there, with the configured sources.
			for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
				for (const source of sources as string[]) expect(policy.get(name), `${name} has ${source}`).toContain(formatSource(source));
			}
			expect(policy.get('default-src')).toEqual(["'self'"]);
			expect(policy.get('object-src')).toEqual(["'none'"]);
			expect(policy.get('base-uri')).toEqual(["'none'"]);
			expect(policy.get('connect-src')).toEqual(["'self'"]);
			expect(policy.get('form-action')).toEqual(["'self'"]);
			expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
			for (const name of ['script-src', 'style-src']) {
				const sources = policy.get(name) ?? [];
				expect(sources, `${name} allows no inline code by keyword`).not.toContain("'unsafe-inline'");
				expect(sources).not.toContain("'unsafe-eval'");
				expect(sources.filter((s) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(s)), `${name}: only 'self' and hashes`).toEqual([]);
			}

			// Every inline script and style element is allowed by its hash, and no more hashes than those.
			const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
			const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
			expect(scripts.length, 'the boot script is inline').toBeGreaterThan(0);
			expect(new Set(policy.get('script-src')?.filter((s) => s.startsWith("'sha256-")))).toEqual(new Set(scripts));
			expect(new Set(policy.get('style-src')?.filter((s) => s.startsWith("'sha256-")))).toEqual(new Set(styles));
			// Style attributes: only the hashed ones, allowed one by one ('unsafe-hashes'), never all.
			expect(policy.get('style-src-attr')).not.toContain("'unsafe-inline'");
			for (const [, value] of html.matchAll(/\sstyle="([^"]*)"/g)) {
				expect(STYLE_ATTRIBUTES, `style="${value}" is a known attribute`).toContain(value);
				expect(policy.get('style-src-attr'), `style="${value}" is allowed by its hash`).toContain(sha256(value!));
			}
			// Trusted Types: HTML sinks take only the policies of Svelte and SvelteKit.
			expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
			expect(policy.get('trusted-types')).toEqual(['svelte-trusted-html', 'sveltekit-trusted-url', 'confide-service-worker']);
			// No inline event handler, no javascript: URL, in any tag (text may hold them, escaped: the
			// xss fixture's prerendered setting card and first passage do).
			expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
			expect(html).not.toMatch(/<[^>]+\s(href|src|action)\s*=\s*["']?\s*javascript:/i);
		});
	}

	test('the server sends the security headers on pages, assets and errors', async ({ request }) => {
		const asset = (await (await request.get('/')).text()).match(/href="\.\/(_app\/immutable\/[^"]+\.js)"/)?.[1];
		expect(asset, 'the home page links a script').toBeTruthy();
		for (const path of ['/', '/glossary/', `/${asset}`, '/no-such-page/']) {
			const response = await request.get(path, { maxRedirects: 0 });
			const headers = response.headers();
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
			const policy = parsePolicy(headers['content-security-policy'] ?? '');
			expect(policy.get('frame-ancestors'), 'no page may be framed').toEqual(["'none'"]);
			// The header never restricts scripts or styles: those need the page's own hashes.
			for (const name of ['default-src', 'script-src', 'style-src']) expect(policy.has(name), `the header has no ${name}`).toBe(false);
		}
	});
});

test('the violation log works: injected inline script, handler, style attribute and HTML are blocked and reported', async ({ page }) => {
	await watchPolicy(page);
	// As if the page itself had been tampered with: an inline script and an inline handler after the policy.
	await page.route('**/', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace('<body', '<body><script>window.__xss = 1</script><img src="data:," onerror="window.__xss = 2" alt=""><i');
		await route.fulfill({ response, body: html });
	});
	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await expect.poll(async () => (await violations(page)).map((v) => v.directive).sort()).toEqual(['script-src-attr', 'script-src-elem']);
	expect(await page.evaluate(() => window.__xss)).toBeUndefined();
	await page.unrouteAll();

	const styled = await page.evaluate(() => {
		const p = document.createElement('p');
		p.setAttribute('style', 'color: red');
		document.body.append(p);
		return getComputedStyle(p).color;
	});
	expect(styled, 'the style attribute was not applied').not.toBe('rgb(255, 0, 0)');
	await expect.poll(async () => (await violations(page)).map((v) => v.directive)).toContain('style-src-attr');

	// Trusted Types: a plain string never reaches an HTML or script sink.
	const thrown = await page.evaluate(() =>
		[
			() => document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__xss = 1">'),
			() => (document.createElement('div').innerHTML = '<b>bold</b>'),
			() => (document.createElement('script').textContent = 'window.__xss = 1')
		].map((attempt) => {
			try {
				attempt();
				return 'accepted';
			} catch (error) {
				return (error as Error).name;
			}
		})
	);
	expect(thrown).toEqual(['TypeError', 'TypeError', 'TypeError']);
	await expect.poll(async () => (await violations(page)).map((v) => v.directive)).toContain('require-trusted-types-for');
	expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

async function expectClean(page: Page, log: string[], where: string) {
	await expectNoViolations(page, where);
	expect(log, `console reports about the policy on ${where}`).toEqual([]);
}

test.describe('no violation while the app is used', () => {
	test('home and glossary pages, and client-side navigation between them', async ({ page }) => {
		const log = await watchPolicy(page);
		for (const path of ['/', '/glossary/']) {
			await page.goto(path);
			await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
			await expectClean(page, log, path);
		}
		// Client-side navigation mounts the route announcer and the next page in the same document.
		await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }).click();
		await page.locator('header a.brand').click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('li[data-case]').first()).toBeVisible();
		await page.locator('li[data-case=dana]').getByRole('heading').getByRole('link').click();
		await expect(page.locator('main[data-screen=content-note]')).toBeVisible();
		await expectClean(page, log, 'navigation home -> glossary -> home -> dana');
	});

	for (const { id, table } of CASES) {
		test(`${id}: content note to debrief, with the pause dialog and a glossary definition`, async ({ page }) => {
			const log = await watchPolicy(page);
			await openCase(page, id);
			await expectClean(page, log, `${id} content note`);
			const { view } = await play(page, table, bestPath(table));
			expect(view.screen).toBe('debrief');
			await page.locator('[data-action=pause]').click();
			await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(page.getByRole('dialog', { name: 'Paused' })).toBeHidden();
			// tiny's text holds no glossary term; every vignette's does.
			const term = page.locator('a[data-term]').first();
			if (id === 'tiny') await expect(term).toHaveCount(0);
			else {
				await term.click();
				await expect(page.locator('dialog[data-glossary-dialog]')).toBeVisible();
				await page.keyboard.press('Escape');
				await expect(page.locator('dialog[data-glossary-dialog]')).toBeHidden();
			}
			await expectClean(page, log, `${id}, played to the debrief`);
		});
	}
});
