import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DANA, DANA_BEST, DISCLAIMER, choose, openCase, play, readView, waitReady } from './support/case';
import { expectNoViolations, watchPolicy } from './support/security';

async function openHome(page: Page) {
	await page.goto('/');
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
}

const statusOf = (page: Page, id: string) => page.locator(`li[data-case=${id}] [data-status]`);

test('the home page lists the catalogue, each case not started', async ({ page }) => {
	await openHome(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const cases = page.locator('li[data-case]');
	// Every folder under stories/ and tests/fixtures/stories/ (the test build's fixtures); ids equal folder names.
	const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);
	const expected = [...folders('stories'), ...folders('tests/fixtures/stories')].sort();
	await expect(cases).toHaveCount(expected.length);
	expect(await cases.evaluateAll((items) => items.map((li) => li.getAttribute('data-case')).sort())).toEqual(expected);
	for (const id of ['dana', 'tiny']) {
		const item = page.locator(`li[data-case=${id}]`);
		await expect(statusOf(page, id)).toHaveAttribute('data-status', 'not-started');
		await expect(item.locator('[data-action=resume]')).toHaveCount(0);
		await expect(item.getByRole('heading').getByRole('link')).toBeVisible();
	}
	await expect(page.locator('li[data-case=dana]')).toContainText('Dana');
	await expect(page.locator('li[data-case=tiny]')).toContainText('Tiny test vignette');

	// Following the title opens the case at its content note.
	await page.locator('li[data-case=dana]').getByRole('heading').getByRole('link').click();
	await expect(page).toHaveURL(/\/case\/dana\/$/);
	expect((await waitReady(page)).screen).toBe('content-note');
});

test('status goes to in-progress with a Resume link after a choice, and to completed after the debrief', async ({ page }) => {
	await openCase(page, 'dana');
	const { view: atDecision } = await play(page, DANA, [], { stopAt: (v) => v.screen === 'choosing' && v.choiceIds.includes('V1.D1.1.a') });
	const afterChoice = await choose(page, 'V1.D1.1.a');
	expect(afterChoice.screen).toBe('feedback');
	expect(atDecision.screen).toBe('choosing');

	await openHome(page);
	await expect(statusOf(page, 'dana')).toHaveAttribute('data-status', 'in-progress');
	await expect(statusOf(page, 'tiny')).toHaveAttribute('data-status', 'not-started');
	const resume = page.locator('li[data-case=dana] [data-action=resume]');
	await expect(resume).toBeVisible();

	// Resume opens the case where it was left: the feedback panel, not the content note.
	await resume.click();
	await expect(page).toHaveURL(/\/case\/dana\/$/);
	const resumed = await waitReady(page);
	expect(resumed.screen).toBe('feedback');
	expect(resumed.feedback).toBe(afterChoice.feedback);
	expect(resumed.transcript).toEqual(afterChoice.transcript);

	await play(page, DANA, DANA_BEST.slice(1));
	expect((await readView(page)).screen).toBe('debrief');

	await openHome(page);
	await expect(statusOf(page, 'dana')).toHaveAttribute('data-status', 'completed');
	await expect(page.locator('li[data-case=dana] [data-action=resume]')).toHaveCount(0);
	await expect(statusOf(page, 'tiny')).toHaveAttribute('data-status', 'not-started');
});

test('catalogue links point at the canonical case URLs (trailing slash), as the pages are served', async ({ page }) => {
	await openCase(page, 'dana');
	await play(page, DANA, ['V1.D1.1.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
	await openHome(page);
	const links = await page.locator('main a[href]').evaluateAll((anchors) =>
		anchors.map((a) => ({ text: (a.textContent ?? '').trim(), path: new URL(a.getAttribute('href') ?? '', location.href).pathname }))
	);
	const caseLinks = links.filter((l) => l.path.includes('/case/'));
	expect(caseLinks.length, 'title, Start and Resume links').toBeGreaterThanOrEqual(4);
	// Pages live at /case/<id>/ (x/index.html); a link to /case/<id> only works where the host redirects.
	for (const link of caseLinks) expect(link.path, `link "${link.text}"`).toMatch(/^\/case\/[a-z0-9-]+\/$/);
});

test('an unknown address answers 404 with the site\'s page not found, whose links work from any depth; in the app, so does an unknown vignette', async ({ page }) => {
	const policyLog = await watchPolicy(page);
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400 && !r.request().isNavigationRequest()) failed.push(`${r.status()} ${r.url()}`);
	});
	const response = await page.goto('/no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page).toHaveTitle('Page not found · Confide');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// The site's look: its stylesheet (the page's measure), header with the site's links, footer with the disclaimer.
	expect(await page.locator('main').evaluate((main) => getComputedStyle(main).maxWidth)).toBe('736px');
	await expect(page.locator('header nav a')).toHaveText(['Progress', 'Glossary', 'Instructors']);
	await expect(page.locator('footer')).toContainText(DISCLAIMER);
	// Every URL is the site's own, whatever the depth of the address.
	const urls = await page.locator('[href]:not([href^="#"])').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement | HTMLLinkElement).href));
	expect(urls.length).toBeGreaterThan(5);
	for (const url of urls) expect(url, 'no link is relative to the unknown address').not.toContain('/no/such/');
	expect(await page.locator('link[rel=icon]').evaluate((link: HTMLLinkElement) => link.href)).toBe(new URL('/favicon.svg', page.url()).href);
	await expectNoViolations(page, 'page not found');

	await page.locator('[data-not-found-link=progress]').click();
	await expect(page).toHaveURL(/\/progress\/$/);
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
	await page.goto('/case/nobody');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.locator('[data-not-found-link=home]').click();
	await expect(page).toHaveURL(/:\d+\/$/);
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });

	// A link in the app to a vignette that is not there: the same page, drawn by the app itself (no reload).
	await page.evaluate(() => {
		Object.assign(window, { stayed: true });
		const link = document.createElement('a');
		link.href = 'case/nobody/';
		link.textContent = 'A vignette that is not there';
		document.querySelector('main')?.append(link);
		link.click();
	});
	await expect(page).toHaveURL(/\/case\/nobody\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.locator('[data-not-found-link=progress]')).toBeVisible();
	expect(await page.evaluate(() => 'stayed' in window), 'the app drew it, without loading 404.html').toBe(true);
	await expect(page.locator('footer')).toContainText(DISCLAIMER);
	expect(failed.filter((f) => !f.includes('/case/nobody/')), 'only the unknown vignette is missing').toEqual([]);
	expect(policyLog).toEqual([]);
});
