/**
 * A student build (CONFIDE_MODE=assessment) ships no instructor pages and no answer keys, not
 * merely unlinked; it is in assessment mode on every page; its certificates follow the build's
 * pass rule and print its continuing-education fields. Needs the assessment build:
 *   CONFIDE_FIXTURES=1 CONFIDE_MODE=assessment CONFIDE_PASS=50 CONFIDE_CE_PROVIDER='Test CE Board'
 *   CONFIDE_CE_ACTIVITY='Confidentiality 101' CONFIDE_CE_HOURS=1.5 CONFIDE_CE_INSTRUCTOR='Dr. Q'
 *   CONFIDE_OUT=.tmp/build-assessment npx vite build
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { putRows } from './support/case';
import { attemptAt } from './support/exports';
import { requireBuild, serve, type SiteServer } from './support/server';

const DIR = '.tmp/build-assessment';
requireBuild(DIR, `CONFIDE_FIXTURES=1 CONFIDE_MODE=assessment CONFIDE_PASS=50 CONFIDE_CE_PROVIDER=... CONFIDE_OUT=${DIR} npx vite build`);

/** Words only the class summary and the answer key pages contain. */
const INSTRUCTOR_ONLY = ["Trainees' export files", 'Every decision and option with its verdict, rationale and citation', 'Download summary (CSV)'];

let site: SiteServer;
test.beforeAll(async () => {
	site = await serve(DIR);
});
test.afterAll(async () => site?.stop());

test('ships no instructor page or answer key in any file', () => {
	const files = readdirSync(DIR, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
	expect(files.length).toBeGreaterThan(10);
	// No key's page: only the stand-in for their index (below), which lists none.
	expect(files.map((f) => join(f.parentPath, f.name)).filter((p) => p.includes('instructor/key'))).toEqual([join(DIR, 'instructor/key/index.html')]);
	for (const f of files.filter((f) => /\.(html|js|json)$/.test(f.name))) {
		const text = readFileSync(join(f.parentPath, f.name), 'utf8');
		for (const words of INSTRUCTOR_ONLY) expect(text.includes(words), `${f.name} holds "${words}"`).toBe(false);
	}
});

test('says so where the instructor pages would be, is in assessment mode everywhere, and certifies by its own rule', async ({ page }) => {
	await page.goto(`${site.url}/instructor/`);
	await expect(page.locator('main[data-not-in-this-build]')).toBeVisible();
	await expect(page.locator('header nav a')).toHaveText(['Progress', 'Glossary']);
	await expect(page.locator('header [data-visit-mode]')).toHaveAttribute('data-visit-mode', 'assessment');
	await page.goto(`${site.url}/instructor/key/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answer keys: not in this copy');
	await expect(page.locator('main a')).toHaveText(['Back to all cases']);
	expect((await page.goto(`${site.url}/instructor/key/dana/`))?.status()).toBe(404);
	await expect(page.locator('main[data-not-found]')).toBeVisible();
	// Not even a learning link leaves assessment mode in this build.
	await page.goto(`${site.url}/?mode=learning`);
	await expect(page.locator('[data-assessment-note]')).toBeVisible();

	// 2 of 4 points, no critical error: passed at this build's 50 %; a critical error never passes.
	// (The progress page makes the database the rows are put into.)
	await page.goto(`${site.url}/progress/`);
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await putRows(page, 'attempts', [
		attemptAt('tiny', ['V99.D99.1.c', 'V99.D99.2.a'], { mode: 'assessment' }),
		attemptAt('dana', ['V1.D1.1.c', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c'], { mode: 'assessment' })
	]);
	await page.goto(`${site.url}/certificate/`);
	await expect(page.locator('main[data-certificate=ready]')).toBeAttached();
	await expect(page.locator('[data-cert-row][data-case=tiny] [data-outcome]')).toHaveText('Passed: 2 of 4 points (50 %), no critical error.');
	await expect(page.locator('[data-cert-row][data-case=dana] [data-outcome]')).toHaveAttribute('data-outcome', 'not-passed');
	await expect(page.locator('[data-pass-rule]')).toContainText('at least 50 % of its points');
	await expect(page.locator('[data-ce-provider]')).toHaveText('Test CE Board');
	await expect(page.locator('[data-ce-activity]')).toHaveText('Confidentiality 101');
	await expect(page.locator('[data-ce-hours]')).toHaveText('1.5');
	await expect(page.locator('[data-ce-instructor]')).toHaveText('Dr. Q');
});
