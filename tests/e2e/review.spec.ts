/**
 * Content that is not yet reviewed (CONTENT.md 0.4 items 1-3), on the `draft` fixture
 * (tests/fixtures/stories/draft/main.ink: `reviewed: none`, profiles `east` and `west`, `west`
 * practice only): the review notice on the catalogue, the report, the certificate and in exported
 * files, on screen and on paper; and a practice-only profile, labelled before the first decision,
 * played to its debrief without a row ever reaching IndexedDB, never an assessment.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AttemptRecord } from '../../src/lib/domain/attempt';
import {
	begin,
	expectedCounts,
	openCase,
	pickProfile,
	play,
	putRows,
	readCounts,
	readView,
	storedRows,
	waitReady,
	type VerdictTable
} from './support/case';
import { readPdf } from './support/pdf';
import { readCsv } from '../support/read-csv';

/** CONTENT.md's header, word for word (not read from the app). */
const NOTICE = 'Not yet reviewed by a licensed clinician or attorney. Educational simulation, not legal advice.';
const LABEL = 'Practice only: not recorded';

/** The draft fixture's verdicts under its recorded profile, east. */
const EAST: VerdictTable = {
	'V100.D100.1.a': { action: 'hold', verdict: 'best' },
	'V100.D100.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V100.D100.2.a': { action: 'disclose', verdict: 'best' },
	'V100.D100.2.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V100.D100.2.c': { action: 'disclose', verdict: 'acceptable' }
};
/** And under west, the practice-only profile. */
const WEST: VerdictTable = {
	...EAST,
	'V100.D100.2.a': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V100.D100.2.c': { action: 'disclose', verdict: 'best' }
};
const PATH = ['V100.D100.1.a', 'V100.D100.2.a'];

/** Plays the draft under east (recorded) to its debrief and returns the stored, completed row. */
async function finishEast(page: Page): Promise<AttemptRecord> {
	await openCase(page, 'draft');
	await play(page, EAST, PATH);
	const rows = (await storedRows(page)).filter((r) => r.caseId === 'draft' && r.status === 'completed');
	expect(rows, 'one completed draft attempt is stored').toHaveLength(1);
	return rows[0] as unknown as AttemptRecord;
}

async function download(page: Page, action: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action=${action}]`).click()]);
	return readFileSync(await file.path(), 'utf8');
}

test.describe('the review notice', () => {
	test('the catalogue carries it, and names each vignette\'s review status beside its version', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
		await expect(page.locator('main [data-review-notice]')).toHaveText(NOTICE);
		await expect(page.locator('li[data-case=draft] [data-review-status]')).toHaveText('Not yet reviewed');
		await expect(page.locator('li[data-case=draft]')).toContainText('content version 2.0.0 · Not yet reviewed');
		await expect(page.locator('li[data-case=dana] [data-review-status]')).toHaveText('Not yet reviewed');
		// A vignette a named reviewer signed shows the date they signed (the tiny fixture's).
		await expect(page.locator('li[data-case=tiny] [data-review-status]')).toHaveText('Reviewed 2026-11-01');
		await expect(page.locator('li[data-case=draft]')).not.toContainText('none');
	});

	test('the report and the certificate carry it on screen and on paper; the answer key too', async ({ page }) => {
		test.slow(); // PDFs
		const attempt = await finishEast(page);

		await page.goto(`/report/?attempt=${attempt.id}`);
		await expect(page.locator('main[data-report=ready]')).toBeAttached();
		await expect(page.locator('main [data-review-notice]')).toHaveText(NOTICE);
		await expect(page.locator('[data-review-status]')).toHaveText('Not yet reviewed');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('main [data-review-notice]'), 'the notice prints').toBeVisible();
		const report = await readPdf(await page.pdf({ format: 'A4' }));
		expect(report.text[0], 'the notice is on the first printed page').toContain(NOTICE);
		await page.emulateMedia({ media: 'screen' });

		await page.goto('/certificate/');
		await expect(page.locator('main[data-certificate=ready]')).toBeAttached();
		await expect(page.locator('main [data-review-notice]')).toHaveText(NOTICE);
		await expect(page.locator('[data-cert-row][data-case=draft] [data-review-status]')).toHaveText('Not yet reviewed');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('main [data-review-notice]'), 'the notice prints').toBeVisible();
		const certificate = await readPdf(await page.pdf({ format: 'Letter' }));
		expect(certificate.pages, 'still one page').toBe(1);
		expect(certificate.all).toContain(NOTICE);
		expect(certificate.all).toContain('content version 2.0.0 · Not yet reviewed');
		await page.emulateMedia({ media: 'screen' });

		await page.goto('/instructor/key/draft/');
		await expect(page.locator('main [data-review-notice]')).toHaveText(NOTICE);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('main [data-review-notice]'), 'the notice prints').toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('[data-reviewed]')).toHaveText('Not yet reviewed');
		await expect(page.locator('main')).toContainText(`Modelled on West (draft verdicts) (${LABEL})`);
	});

	test('the JSON and CSV exports carry it, and the file still imports', async ({ page, browser }) => {
		await finishEast(page);
		await page.goto('/progress/');
		await expect(page.locator('main[data-ready]')).toBeAttached();

		const text = await download(page, 'export-json');
		const exported = JSON.parse(text) as { notice?: string; attempts: unknown[] };
		expect(exported.notice).toBe(NOTICE);
		expect(Object.keys(exported).slice(0, 3), 'near the top of the file').toEqual(['format', 'version', 'notice']);
		expect(exported.attempts).toHaveLength(1);
		// Into another browser, as a trainee moving devices would.
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto('/progress/');
		await expect(other.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
		await other.locator('[data-import-input]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await expect(other.locator('[data-import-preview]')).toContainText('1 attempt will be added');
		await other.locator('[data-action=confirm-import]').click();
		await expect(other.locator('[data-import-result]')).toContainText('Imported: 1 attempt added');
		await fresh.close();

		const csv = readCsv((await download(page, 'export-csv')).replace(/^\uFEFF/, ''));
		expect(csv[0]![0]).toBe('notice');
		expect(csv.length).toBeGreaterThan(1);
		for (const row of csv) expect(row, 'a table: every row as wide as the header').toHaveLength(csv[0]!.length);
		const status = csv[0]!.indexOf('review status');
		for (const row of csv.slice(1)) expect([row[0], row[status]]).toEqual([NOTICE, 'Not yet reviewed']);
	});

	test('the class summary carries it on screen, on paper and in its CSV, and leaves out attempts under a practice-only profile', async ({ page }) => {
		const east = await finishEast(page);
		// An attempt stored under west before it became practice only, exported with the rest.
		await putRows(page, 'attempts', [{ ...east, id: 'old-west', profile: 'west', startedAt: east.startedAt - 60_000 }]);
		await page.goto('/progress/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		const file = await download(page, 'export-json');

		await page.goto('/instructor/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await page.getByLabel('Export files', { exact: true }).setInputFiles([{ name: 'trainee.json', mimeType: 'application/json', buffer: Buffer.from(file) }]);
		const draft = page.locator('[data-vignette=draft]');
		await expect(draft).toHaveAttribute('data-profile', 'east');
		// The earlier west attempt would have been the first one counted; east counts instead.
		await expect(page.locator('[data-vignette=draft][data-profile=west]')).toHaveCount(0);
		await expect(draft).toContainText('1 trainee counted · current content version 2.0.0 (Not yet reviewed)');
		await expect(page.locator('[data-note=practice-only]')).toContainText('1 attempt was made under a profile that is now practice only');
		await expect(page.locator('main [data-review-notice]')).toHaveText(NOTICE);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('main [data-review-notice]'), 'the notice prints').toBeVisible();
		await page.emulateMedia({ media: 'screen' });

		const csv = readCsv((await download(page, 'download-csv')).replace(/^\uFEFF/, ''));
		const header = csv[0]!;
		expect(header[0]).toBe('Notice');
		const draftRows = csv.slice(1).filter((r) => r[header.indexOf('Vignette')] === 'draft');
		expect(draftRows.length).toBeGreaterThan(0);
		for (const row of draftRows) {
			expect(row).toHaveLength(header.length);
			expect([row[0], row[header.indexOf('Review status')], row[header.indexOf('Profile')]]).toEqual([NOTICE, 'Not yet reviewed', 'Modelled on East (recorded)']);
		}
	});
});

test.describe('a practice-only profile', () => {
	test('is labelled before the first decision, plays to its debrief, and leaves IndexedDB untouched', async ({ page }) => {
		// A recorded attempt first, so "untouched" means: exactly these rows, unchanged.
		await finishEast(page);
		const before = await storedRows(page, ['attempts', 'quarantine']);
		expect(before).toHaveLength(1);

		await openCase(page, 'draft');
		await expect(page.locator('main')).not.toHaveAttribute('data-practice-only');
		await begin(page);
		// On the card: the label beside the practice-only profile only.
		const west = page.locator('fieldset[data-profile] label').filter({ has: page.locator('input[value=west]') });
		await expect(west.locator('[data-practice-only-label]')).toHaveText(LABEL);
		await expect(page.locator('fieldset[data-profile] label').filter({ has: page.locator('input[value=east]') }).locator('[data-practice-only-label]')).toHaveCount(0);
		await pickProfile(page, 'west');
		// In the case bar, before the first decision.
		await expect(page.locator('main')).toHaveAttribute('data-practice-only');
		await expect(page.locator('.case-bar [data-save-status]')).toHaveText(LABEL);
		await expect(page.locator('.case-bar [data-save-status]')).toBeVisible();

		const { chosen } = await play(page, WEST, ['V100.D100.1.a', 'V100.D100.2.c']);
		expect(chosen).toContain('draft-carry-on');
		const view = await readView(page);
		expect(view.screen).toBe('debrief');
		expect(view.saveState).toBe('unrecorded');
		await expect(page.locator('.case-bar [data-save-status]')).toHaveText(LABEL);
		await expect(page.locator('[data-practice-only-debrief]')).toContainText(LABEL);
		expect(await readCounts(page)).toEqual(expectedCounts(WEST, ['V100.D100.1.a', 'V100.D100.2.c']));
		await expect(page.locator('[data-debrief]').getByText(/^Scored under:/)).toContainText('Modelled on West');

		expect(await storedRows(page, ['attempts', 'quarantine']), 'no row written, none changed').toEqual(before);
		// A reload does not resume it: nothing was kept.
		await page.reload();
		expect((await waitReady(page)).screen).toBe('content-note');
		expect(await storedRows(page, ['attempts', 'quarantine'])).toEqual(before);
	});

	test('an assessment link fixing it stays practice, in learning mode, and says so', async ({ page }) => {
		await page.goto('/case/draft/?profile=west&mode=assessment');
		await waitReady(page);
		const refused = page.locator('[data-assessment-refused]');
		await expect(refused).toContainText(LABEL);
		await expect(refused).toContainText('Your link asks for assessment, but this profile is practice only');
		await expect(page.locator('[data-mode-badge=assessment]')).toHaveCount(0);
		await expect(page.locator('[data-assessment-note]')).toHaveCount(0);
		await expect(page.locator('.case-bar [data-save-status]')).toHaveText(LABEL);
		await begin(page);
		await expect(page.locator('.profile-fixed')).toHaveAttribute('data-profile', 'west');
		await expect(page.locator('.profile-fixed [data-practice-only-label]')).toHaveText(LABEL);

		// Learning: feedback after the first scored choice (play checks each one shows feedback).
		await play(page, WEST, ['V100.D100.1.b', 'V100.D100.2.a']);
		await expect(page.locator('[data-debrief]')).toHaveAttribute('data-mode', 'learning');
		await expect(page.locator('[data-mode-label]')).toContainText('Learning');
		expect((await storedRows(page)).filter((r) => r.caseId === 'draft')).toEqual([]);
	});

	test('attempts stored under it before it was practice only: off the certificate, labelled on the progress page', async ({ page }) => {
		const east = await finishEast(page);
		// An old row, as content 1.x recorded it: the same attempt, under west.
		const old = { ...east, id: 'old-west', profile: 'west', completedAt: (east.completedAt ?? 0) + 60_000, updatedAt: (east.updatedAt ?? 0) + 60_000 };
		await putRows(page, 'attempts', [old]);

		await page.goto('/certificate/');
		await expect(page.locator('main[data-certificate=ready]')).toBeAttached();
		await expect(page.locator('[data-cert-row]')).toHaveCount(1);
		await expect(page.locator('[data-cert-row]')).toHaveAttribute('data-attempt', east.id);
		await expect(page.locator('[data-practice-only-left-out]')).toContainText('1 attempt was made under a profile that is now practice only');

		await page.goto('/progress/');
		await expect(page.locator('main[data-ready]')).toBeAttached();
		const row = page.locator('section[data-case=draft] [data-practice] tr[data-attempt=old-west]');
		await expect(row).toHaveAttribute('data-status', 'practice only');
		await expect(page.locator('section[data-case=draft] [data-practice-only-note]')).toContainText('made before its profile became practice only');

		await page.goto('/report/?attempt=old-west');
		await expect(page.locator('[data-recorded]')).toHaveAttribute('data-recorded', 'practice-only');

		// The catalogue does not offer to resume or report it either.
		await page.goto('/');
		await expect(page.locator('li[data-case=draft] [data-status]')).toHaveAttribute('data-status', 'completed');
	});
});
