/**
 * Sending xAPI statements to a learning record store: a build configured with an endpoint
 * (.tmp/build-lrs), served with its store on one test origin by Playwright routes. The store
 * validates every statement with Learning Locker's validator and keeps one per id, as a real one
 * does; it answers 500, drops the connection (offline) and hangs while the trainee plays, and the
 * tab is closed mid-send. Every statement ends up stored exactly once.
 *
 * Needs the build: CONFIDE_FIXTURES=1 CONFIDE_OUT=.tmp/build-lrs CONFIDE_LRS_ENDPOINT=https://confide.test/xapi/ CONFIDE_LRS_AUTH=course:secret npx vite build
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { expect, test, type BrowserContext, type Page, type Route } from '@playwright/test';
import { CONTENT_TYPES } from '../../scripts/lib/content-types.js';

const BUILD = '.tmp/build-lrs';
const ORIGIN = 'https://confide.test';
const validate = (createRequire(import.meta.url)('@learninglocker/xapi-validation') as { default: (statement: unknown) => unknown[] }).default;

type Fault = 'none' | '500' | 'offline' | 'hang';
type Statement = { id: string; verb: { id: string }; result?: { response?: string } };

/** The store: statements by id, what it was sent, and the fault it plays now. */
function recordStore() {
	return { stored: new Map<string, Statement>(), received: 0, invalid: [] as unknown[], fault: 'none' as Fault, hanging: [] as Route[], auth: new Set<string>() };
}
type Store = ReturnType<typeof recordStore>;

async function serve(context: BrowserContext, store: Store) {
	await context.route(`${ORIGIN}/**`, async (route) => {
		const url = new URL(route.request().url());
		if (url.pathname === '/xapi/statements') {
			if (store.fault === 'offline') return route.abort('internetdisconnected');
			if (store.fault === 'hang') {
				store.hanging.push(route);
				return;
			}
			if (store.fault === '500') return route.fulfill({ status: 500, body: 'unavailable' });
			store.auth.add(route.request().headers()['authorization'] ?? '');
			const batch = JSON.parse(route.request().postData() ?? '[]') as Statement[];
			store.received += batch.length;
			const problems = batch.map((s) => validate(s)).filter((w) => w.length > 0);
			if (problems.length) {
				store.invalid.push(...problems);
				return route.fulfill({ status: 400, body: JSON.stringify(problems) });
			}
			for (const s of batch) if (!store.stored.has(s.id)) store.stored.set(s.id, s);
			return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(batch.map((s) => s.id)) });
		}
		let file = join(BUILD, decodeURIComponent(url.pathname));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
		return route.fulfill({ body: readFileSync(file), contentType: (CONTENT_TYPES as Record<string, string>)[extname(file)] ?? 'application/octet-stream' });
	});
}

async function screen(page: Page, name: string) {
	await expect(page.locator('main')).toHaveAttribute('data-screen', name, { timeout: 15_000 });
}

async function choose(page: Page, id: string, next: string) {
	await page.locator(`[data-choice-id="${id}"]`).click();
	await screen(page, next);
	await expect(page.locator('main')).toHaveAttribute('data-save-state', 'saved');
}

test.beforeAll(() => {
	if (!existsSync(join(BUILD, 'case/tiny/index.html')))
		throw new Error(`No LRS test build in ${BUILD}. Build it first: CONFIDE_FIXTURES=1 CONFIDE_OUT=${BUILD} CONFIDE_LRS_ENDPOINT=${ORIGIN}/xapi/ CONFIDE_LRS_AUTH=course:secret npx vite build`);
});

test('statements reach the record store exactly once through 500s, offline periods and a tab closed mid-send', async ({ context }) => {
	const store = recordStore();
	await serve(context, store);
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/case/tiny/`);
	await screen(page, 'content-note');
	// This build sends each step to the course: no page may promise that progress stays on the device.
	await expect(page.locator('[data-opening-stage=content-note] [data-progress-privacy]')).toContainText('sent to your course');
	await expect(page.locator('main')).not.toContainText('on this device only');
	await page.locator('[data-action=begin]').click();
	await screen(page, 'setting');
	await page.locator('main [data-action=continue]').click();
	await screen(page, 'choosing');

	store.fault = '500';
	await choose(page, 'V99.D99.1.a', 'feedback');
	await page.locator('[data-feedback] [data-action=continue]').click();
	await screen(page, 'choosing');
	store.fault = 'offline';
	await choose(page, 'tiny-carry-on', 'choosing');
	await choose(page, 'V99.D99.2.c', 'feedback');
	// The request for the last step is out when the tab is closed: its answer never comes.
	store.fault = 'hang';
	await page.locator('[data-feedback] [data-action=continue]').click();
	await screen(page, 'debrief');
	await expect.poll(() => store.hanging.length, { message: 'a send is under way' }).toBeGreaterThan(0);
	expect(store.stored.size).toBe(0);
	await page.close();

	// The next visit sends everything the store did not acknowledge.
	store.fault = 'none';
	const next = await context.newPage();
	await next.goto(`${ORIGIN}/case/tiny/`);
	await expect.poll(() => store.stored.size, { message: 'every statement arrives', timeout: 20_000 }).toBe(5);
	const verbs = [...store.stored.values()].map((s) => s.verb.id.split('/').at(-1));
	expect(verbs.sort()).toEqual(['answered', 'answered', 'completed', 'initialized', 'passed']);
	expect([...store.stored.values()].filter((s) => s.result?.response).map((s) => s.result?.response)).toEqual(['V99.D99.1.a', 'V99.D99.2.c']);
	expect(store.invalid).toEqual([]);
	expect(store.auth).toEqual(new Set([`Basic ${Buffer.from('course:secret').toString('base64')}`]));
	for (const route of store.hanging) await route.abort().catch(() => undefined);
});

test('the name field says that the name goes with the results to the record store', async ({ context }) => {
	const store = recordStore();
	await serve(context, store);
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/progress/`);
	const field = page.locator('section[aria-labelledby=trainee-heading]');
	await expect(field).toContainText('sent with your results to your course’s record store');
	await expect(field).not.toContainText('only');
	await page.locator('[data-trainee-input]').fill('Sam');
	await expect(field.locator('[data-trainee-saved]')).toHaveText('Name kept on this device (and sent with your results to your course).');
});

test('the page policy lets the page connect to the configured store only', async ({ context }) => {
	const store = recordStore();
	await serve(context, store);
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/case/tiny/`);
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(policy).toMatch(/connect-src 'self' https:\/\/confide\.test(;|$)/);
	const blocked = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
				void fetch('https://elsewhere.test/xapi/statements').catch(() => undefined);
			})
	);
	expect(blocked).toBe('connect-src');
});
