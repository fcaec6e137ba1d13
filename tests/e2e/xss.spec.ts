/**
 * Story text is never markup: the `xss` fixture vignette carries a corpus of injection payloads
 * (tests/fixtures/xss-payloads.ts) in every text slot. Played through every screen, each payload
 * shows as literal text, none runs (no dialog, no window.__xss), no element is injected and the
 * Content-Security-Policy reports nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { begin, choose, continueFeedback, openCase, startSession, step, storedRows, waitReady, type VerdictTable } from './support/case';
import { expectNoViolations, watchDialogs, watchPolicy } from './support/security';

/** The `xss` fixture's options (tests/fixtures/stories/xss/main.ink). */
const XSS: VerdictTable = {
	'V98.D98.1.a': { action: 'hold', verdict: 'best' },
	'V98.D98.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V98.D98.2.a': { action: 'disclose', verdict: 'best' },
	'V98.D98.2.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true }
};

const IMG = '<img src=x onerror=window.__xss=1>';

/** Elements or attributes a payload would create if it were parsed as HTML. */
async function injected(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[
			...document.querySelectorAll(
				'img, iframe, object, embed, math, mglyph, body style, main script, [onerror], [onload], [onmouseover], [srcdoc], a[href^="javascript:" i]'
			)
		].map((el) => el.outerHTML.slice(0, 120))
	);
}

/** After each screen: nothing ran, nothing was injected, the policy saw nothing. */
async function expectInert(page: Page, dialogs: string[], where: string) {
	expect(await page.evaluate(() => window.__xss), `window.__xss on ${where}`).toBeUndefined();
	expect(dialogs, `dialogs on ${where}`).toEqual([]);
	expect(await injected(page), `elements injected on ${where}`).toEqual([]);
	await expectNoViolations(page, where);
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

test('every payload in the xss fixture shows as text and none runs, from the catalogue to the debrief and the glossary', async ({ page }) => {
	await watchPolicy(page);
	const dialogs = watchDialogs(page);
	const seen: string[] = [];
	const record = async (where: string) => {
		await expectInert(page, dialogs, where);
		seen.push(await bodyText(page));
	};

	// The catalogue lists the fixture, title and summary as typed.
	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
	const item = page.locator('li[data-case=xss]');
	await expect(item.getByRole('heading', { level: 2 })).toHaveText(`XSS fixture ${IMG}`);
	await expect(item).toContainText('Markup payloads, for tests only: <script>window.__xss=1</script>');
	await record('home');

	// Content note: both notes.
	await openCase(page, 'xss');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`XSS fixture ${IMG}`);
	expect(await page.title()).toBe(`XSS fixture ${IMG}: Confide`);
	// The setting card and first passage are in the page too, hidden until Begin (HTML-first).
	const note = page.locator('section[data-screen=content-note]');
	await expect(note.getByText('<svg onload=window.__xss=1>', { exact: true })).toBeVisible();
	await expect(note.getByText('"><iframe srcdoc="<script>parent.__xss=1</script>">', { exact: true })).toBeVisible();
	await record('content note');

	// Setting card: rows (label and value), intake, both profile labels.
	await begin(page);
	const setting = page.locator('section[data-screen=setting]');
	await expect(setting.locator('dt', { hasText: '<svg onload=window.__xss=1>' })).toBeVisible();
	await expect(setting.locator('dd', { hasText: 'javascript:window.__xss=1' })).toBeVisible();
	await expect(setting.getByText("' onmouseover='window.__xss=1' x='", { exact: true })).toBeVisible();
	await expect(page.getByRole('radio', { name: `${IMG} first profile (default)` })).toBeChecked();
	await expect(page.getByRole('radio', { name: '<a href="javascript:alert(1)">click me</a>' })).toBeVisible();
	await record('setting card');

	// The first passage holds every payload, each as its own text.
	let view = await startSession(page);
	for (const { name, text } of XSS_PAYLOADS) expect(view.passage, `the passage shows "${name}" as typed`).toContain(text);
	await expect(page.locator('[data-story]').getByText('<img src=x onerror=').first()).toBeVisible();
	await record('first passage');
	view = await choose(page, 'xss-read-on');
	expect(view.choiceIds).toEqual(['V98.D98.1.a', 'V98.D98.1.b']);
	expect(view.choiceTexts['V98.D98.1.a']).toBe("Ask more: {{constructor.constructor('window.__xss=1')()}} ${alert(1)}");
	await expect(page.locator('main')).toContainText("Decision 1 of 2: {@html '<img src=x onerror=window.__xss=1>'}");
	await record('first decision');

	// Errors, so the feedback shows the chosen and the best option's rationale and citation.
	view = await choose(page, 'V98.D98.1.b');
	expect(view.verdict).toBe(XSS['V98.D98.1.b']?.verdict);
	await expect(page.locator('[data-feedback]')).toContainText('--!><script>window.__xss=1</script>');
	await record('first feedback');
	// Resumed from storage after a reload: still text.
	await page.reload();
	expect((await waitReady(page)).screen).toBe('feedback');
	await expect(page.locator('[data-feedback]')).toContainText('invoice\u202Egpj.exe\u202C (RLO)');
	await record('first feedback, reloaded');
	view = await continueFeedback(page);
	expect(view.passage).toContain('Later: <svg onload=window.__xss=1>');
	view = await choose(page, 'V98.D98.2.b');
	expect(view.verdict).toBe(XSS['V98.D98.2.b']?.verdict);
	await expect(page.locator('[data-feedback]')).toContainText('<a href="javascript:alert(1)">click me</a>');
	await record('second feedback');
	view = await continueFeedback(page);
	expect(view.screen).toBe('debrief');
	const debrief = page.locator('[data-debrief]');
	await expect(debrief).toContainText('<img src=x onerror=window.__xss=1> second decision');
	await expect(debrief).toContainText('<style>*{display:none}</style>');
	await record('debrief');

	// The pause dialog over the payloads, then the glossary page.
	await page.locator('[data-action=pause]').click();
	await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
	await page.keyboard.press('Escape');
	await record('pause dialog');
	await page.goto('/glossary/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await record('glossary');

	// Every payload was on screen somewhere, exactly as typed.
	const all = seen.join('\n');
	for (const { name, text } of XSS_PAYLOADS) expect(all, `"${name}" was shown`).toContain(text);
});

test('a very long word or string wraps: no sideways scrolling at 320 px on any screen, the report or the certificate', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	// Long strings sit in flex and grid items too: options, profile labels, setting rows, titles, report facts.
	const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	let view = await openCase(page, 'xss');
	const queue = ['V98.D98.1.a', 'V98.D98.2.a'];
	for (let n = 0; n < 20 && view.screen !== 'debrief'; n++) {
		expect(await overflow(), `pixels of sideways scrolling on ${view.screen}`).toBeLessThanOrEqual(0);
		view = (await step(page, XSS, queue, view)).view;
	}
	expect(view.screen).toBe('debrief');
	expect(await overflow(), 'pixels of sideways scrolling on the debrief').toBeLessThanOrEqual(0);
	const attempt = (await storedRows(page)).find((r) => r.caseId === 'xss' && r.status === 'completed')!;
	await page.goto(`/report/?attempt=${attempt.id}`);
	await expect(page.locator('main[data-report=ready]')).toBeAttached();
	expect(await overflow(), 'pixels of sideways scrolling on the report').toBeLessThanOrEqual(0);
	await page.goto('/certificate/');
	await expect(page.locator(`[data-cert-row][data-attempt="${attempt.id}"]`)).toBeVisible();
	expect(await overflow(), 'pixels of sideways scrolling on the certificate').toBeLessThanOrEqual(0);
});
