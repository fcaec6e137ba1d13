/**
 * The copy that opens from disk (npm run build:file), loaded from file:// as a trainee who was
 * handed the file would: every page opens, a vignette plays, saves, resumes after a reload, and
 * progress exports, imports and prints. Needs the file build:
 *   CONFIDE_FIXTURES=1 CONFIDE_OUT=.tmp/build-file node scripts/build-file.js
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { TINY, continueFeedback, play, readView, waitReady } from './support/case';
import { readPdf } from './support/pdf';
import { requireBuild } from './support/server';

const DIR = '.tmp/build-file';
requireBuild(DIR, `CONFIDE_FIXTURES=1 CONFIDE_OUT=${DIR} node scripts/build-file.js`);
const FILE = pathToFileURL(resolve(DIR, 'index.html')).href;

async function openPage(page: Page, route: string) {
	await page.goto(`${FILE}#${route}`);
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
}

test('the file copy is one HTML file that opens from disk: pages, play, save, resume, export, import, print, assessment link', async ({ page, context }) => {
	test.setTimeout(120_000);
	expect(readdirSync(DIR), 'one file to hand out').toEqual(['index.html']);
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});

	// Every page opens from the header, the address staying on the one file.
	await openPage(page, '/');
	for (const [link, heading] of [
		['Glossary', /Glossary/],
		['Progress', /progress/i],
		['Instructors', /Instructors/]
	] as const) {
		await page.locator('header nav').getByRole('link', { name: link }).click();
		await expect(page.locator('main[data-ready] h1')).toHaveText(heading);
		expect(page.url().startsWith(`${FILE}#/`)).toBe(true);
	}
	await page.locator('header').getByRole('link', { name: 'Confide' }).click();
	// A page that is not there: the site's page not found (src/routes/+error.svelte). In a page of
	// its own: on any error page SvelteKit logs the error and asks for _app/version.json (is there a
	// newer version?), which file:// cannot fetch, and says so in the console.
	const lost = await context.newPage();
	await openPage(lost, '/no-such-page/');
	await expect(lost.locator('main[data-not-found] h1')).toHaveText('Page not found');
	await lost.close();

	// Play: the case opens from its card, the first decision is saved; a reload resumes it.
	await page.locator('[data-case=tiny] a.button').click();
	await waitReady(page);
	const { view: before } = await play(page, TINY, ['V99.D99.1.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
	expect(before.saveState).toBe('saved');
	await page.reload();
	const after = await waitReady(page);
	expect([after.screen, after.feedback]).toEqual([before.screen, before.feedback]);
	await continueFeedback(page);
	await play(page, TINY, ['V99.D99.2.a']);
	expect((await readView(page)).screen).toBe('debrief');

	// Progress lists it; its report opens; the export holds it.
	await openPage(page, '/progress/');
	const row = page.locator('section[data-case=tiny] tr[data-attempt]');
	await expect(row).toHaveCount(1);
	await expect(row).toHaveAttribute('data-status', 'completed');
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export-json]').click()]);
	const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { attempts: { attempt: { caseId: string; status: string } }[] };
	expect(exported.attempts.map((a) => [a.attempt.caseId, a.attempt.status])).toEqual([['tiny', 'completed']]);
	await row.locator('a[data-action=report]').click();
	await expect(page.locator('main[data-report=ready]')).toBeAttached();
	await expect(page.locator('main h1')).toContainText('Tiny test vignette');
	// And it prints (to PDF here), with its debrief.
	const printed = await readPdf(await page.pdf({ format: 'A4' }));
	expect(printed.all).toContain('Tiny test vignette');
	expect(printed.all).toContain('Passed: 4 of 4 points');

	// Import: a second page of the same file (same origin, same storage) sees the file as nothing new.
	const other = await context.newPage();
	await other.goto(`${FILE}#/progress/`);
	await expect(other.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
	await other.locator('[data-import-input]').setInputFiles(await download.path());
	await expect(other.locator('[data-import-preview]')).toBeVisible();

	// An instructor's assessment link holds for the visit in the file copy too.
	await openPage(page, '/?mode=assessment');
	await expect(page.locator('[data-visit-mode]')).toHaveAttribute('data-visit-mode', 'assessment');
	await page.locator('header').getByRole('link', { name: 'Confide' }).click();
	await expect(page.locator('[data-visit-mode]')).toHaveAttribute('data-visit-mode', 'assessment');

	expect(problems).toEqual([]);
});
