/**
 * A record that cannot be bricked or forged by a file (issue 11): a stored row out of the Date
 * range is set aside and never blanks a page; scores come from the choices, never from a stored or
 * imported ledger; an import with a mismatched code keeps that provenance into the report and
 * re-exports; the instructor view survives a class folder full of hostile files, naming each one.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AttemptRecord } from '../../src/lib/domain/attempt';
import { ledgerEntry } from '../../src/lib/domain/scoring';
import { parseExportText } from '../../src/lib/exchange/import';
import { begin, choose, continueFeedback, DANA, DANA_BEST, DANA_WORST, expectedCounts, openCase, putRows, startSession, storedRows } from './support/case';
import { attemptAt, exportFile, json, manifestOf, optionOf } from './support/exports';
import { readCsv } from '../support/read-csv';

/** A Dana attempt whose choices are the worst path but whose ledger claims the best (codes recomputed: no warning). */
function forgedDana(): AttemptRecord {
	const worst = attemptAt('dana', DANA_WORST);
	return { ...worst, ledger: DANA_BEST.map((id) => ledgerEntry(optionOf(manifestOf('dana'), id))) };
}

async function openProgress(page: Page) {
	await page.goto('/progress/');
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
}

test('a stored row out of the Date range is set aside, never blanking a page; a forged ledger is never shown or certified', async ({ page }) => {
	await openProgress(page);
	const bricked = { ...attemptAt('tiny', ['V99.D99.1.a', 'V99.D99.2.a']), id: 'bricked', startedAt: 8.64e15 + 1, completedAt: 1e300 };
	const forged = { ...forgedDana(), id: 'forged' };
	const honest = { ...attemptAt('tiny', ['V99.D99.1.a', 'V99.D99.2.a']), id: 'honest' };
	await putRows(page, 'attempts', [bricked, forged, honest]);

	// Progress renders, says one attempt is damaged, and Export still works.
	await openProgress(page);
	await expect(page.locator('main')).toHaveAttribute('data-attempts', '2');
	await expect(page.locator('main')).toContainText('1 saved attempt is damaged');
	// The progress table counts what the forged attempt's choices earn, not its stored ledger.
	await expect(page.locator('tr[data-attempt=forged] [data-count=critical]')).toHaveText(String(expectedCounts(DANA, DANA_WORST).critical));
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export-json]').click()]);
	const exported = parseExportText(readFileSync((await download.path())!, 'utf8'));
	expect(exported.ok && exported.file.attempts.map((a) => a.attempt.id).sort()).toEqual(['forged', 'honest']);
	// The damaged row is kept aside with its reason, not deleted.
	const quarantined = await storedRows(page, ['quarantine']);
	expect(quarantined).toHaveLength(1);
	expect(String(quarantined[0]!['reason'])).toMatch(/startedAt/);

	// The report of the forged attempt shows what its choices earn, and says the stored scores differ.
	await page.goto('/report/?attempt=forged');
	await expect(page.locator('main[data-report=ready]')).toBeAttached({ timeout: 15_000 });
	await expect(page.locator('[data-scores=mismatch]')).toBeVisible();
	await expect(page.locator('[data-count=critical]').first()).toHaveText(String(expectedCounts(DANA, DANA_WORST).critical));

	// The completion record lists only what the choices earned, and says what it left out.
	await page.goto('/certificate/');
	await expect(page.locator('main[data-certificate=ready]')).toBeAttached({ timeout: 15_000 });
	await expect(page.locator('[data-cert-row]')).toHaveCount(1);
	await expect(page.locator('[data-cert-row]')).toHaveAttribute('data-case', 'tiny');
	await expect(page.locator('[data-unearned-left-out]')).toContainText('1 completed attempt is left out');
});

test('an import refuses a forged attempt, and an edited one keeps saying so in its report and in a re-export', async ({ page }) => {
	await openProgress(page);
	const edited = { ...attemptAt('tiny', ['V99.D99.1.a', 'V99.D99.2.a']), id: 'edited-tiny' };
	const text = exportFile('Sam', [forgedDana(), edited], (a) => (a.id === edited.id ? { ...a, startedAt: a.startedAt - 60_000 } : a));
	await page.locator('[data-import-input]').setInputFiles(json('class.json', text));
	await expect(page.locator('[data-import-refused]')).toContainText("attempt 1 (dana): its stored scores are not the ones its choices earn");
	await expect(page.locator('[data-import-warnings]')).toContainText('attempt 2 (tiny)');
	await page.locator('[data-action=confirm-import]').click();
	await expect(page.locator('[data-import-result]')).toContainText('1 attempt added');

	const row = page.locator('tr[data-attempt="edited-tiny"]');
	await expect(row.locator('[data-edited]')).toBeVisible();
	await expect(page.locator('tr[data-attempt]')).toHaveCount(1);
	// A fresh export carries the provenance, and its fresh code covers it: nothing is laundered.
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export-json]').click()]);
	const again = parseExportText(readFileSync((await download.path())!, 'utf8'));
	expect(again.ok && again.warnings).toEqual([]);
	expect(again.ok && again.file.attempts[0]!.attempt.edited).toBe(true);

	await row.locator('[data-action=report]').click();
	await expect(page.locator('main[data-report=ready]')).toBeAttached({ timeout: 15_000 });
	await expect(page.locator('[data-edited]')).toBeVisible();
});

test('the instructor view keeps its summary through 200 files with every hostile kind, naming each bad one', async ({ page }) => {
	test.setTimeout(120_000);
	const paths = [DANA_BEST, DANA_WORST, ['V1.D1.1.c', 'V1.D1.2.d', 'V1.D1.3.a', 'V1.D1.5.c']];
	const files = Array.from({ length: 192 }, (_, i) => json(`t${i}.json`, exportFile(`Trainee ${i}`, [attemptAt('dana', paths[i % paths.length]!)])));
	const sam1 = attemptAt('dana', DANA_BEST);
	const stolen = attemptAt('dana', DANA_WORST);
	const hostile = [
		// Two honest trainees called Sam, both with the default file name.
		json('confide-progress-2026-12-01.json', exportFile('Sam', [sam1])),
		json('confide-progress-2026-12-01.json', exportFile('Sam', [attemptAt('dana', DANA_WORST)])),
		// A file whose date is out of the Date range: refused, named.
		json('bricked.json', exportFile('Bo', [{ ...attemptAt('dana', DANA_BEST), completedAt: 1e300 }])),
		// The worst path claiming the best path's ledger: not counted, named.
		json('forged.json', exportFile('Fox', [forgedDana()])),
		// A classmate's attempt id reused under another name: never merged.
		json('thief.json', exportFile('Thief', [{ ...stolen, id: sam1.id }])),
		// A trainee name built to run in a semicolon-locale spreadsheet.
		json('formula.json', exportFile("x;=cmd|' /C calc'!A0", [attemptAt('dana', DANA_BEST)])),
		// Not JSON, and an attempt of a vignette this build does not have.
		json('broken.json', '{"format": "confide-progress", "version": 1, "attempts": ['),
		json('stray.json', exportFile('Stray', [{ ...attemptAt('dana', DANA_BEST), caseId: 'Board certification in ethics: PASSED' }]))
	];
	await page.goto('/instructor/');
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 20_000 });
	await page.getByLabel('Export files', { exact: true }).setInputFiles([...files, ...hostile]);
	await expect(page.locator('[data-file]')).toHaveCount(200, { timeout: 30_000 });
	await expect(page.locator('[data-summary]')).toBeVisible({ timeout: 30_000 });

	await expect(page.locator('[data-file="bricked.json"] [data-file-error]')).toContainText("field 'completedAt' is invalid: a time after the year 9999");
	await expect(page.locator('[data-file="broken.json"]')).toHaveAttribute('data-file-state', 'error');
	await expect(page.locator('[data-trainee="Fox"] [data-note=scores]')).toContainText('not counted');
	await expect(page.locator('[data-trainee="Stray"] [data-note=unknown-case]')).toBeVisible();
	await expect(page.locator('[data-trainee="Thief"] [data-note=conflict]')).toBeVisible();
	await expect(page.locator('[data-trainee="Sam"]')).toHaveCount(2);
	await expect(page.locator('[data-trainee="Sam"] [data-note=conflict]')).toHaveCount(1);
	await expect(page.locator('[data-trainee="Sam"] [data-note=same-name]')).toHaveCount(2);
	// Counted: the 192 honest trainees, the Sam whose attempt was not reused, and the formula name.
	await expect(page.locator('[data-vignette=dana]')).toContainText('194 trainees counted');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download summary (CSV)' }).click()]);
	const csv = readFileSync((await download.path())!, 'utf8').slice(1);
	expect(readCsv(csv).length).toBeGreaterThan(1);
	for (const piece of csv.split(/[,;\t\r\n]/)) expect(piece.replace(/^[\s"]*/, '')).not.toMatch(/^[=+\-@]/);
});

test('a tab playing a case is told the truth when its attempt is imported over or deleted: never "open in another tab", never revived', async ({ context }) => {
	const play = await context.newPage();
	await openCase(play, 'tiny');
	await begin(play);
	await startSession(play);
	await choose(play, 'V99.D99.1.a');
	const [played] = (await storedRows(play)).map((r) => String(r['id']));

	// An import bringing a newer unfinished attempt of the same vignette sets the file's aside, not the one in play.
	const progress = await context.newPage();
	await openProgress(progress);
	const now = Date.now();
	const newer = attemptAt('tiny', ['V99.D99.1.b'], { id: 'newer-tiny', status: 'active', phase: 'feedback', completedAt: null, startedAt: now - 60_000, updatedAt: now });
	await progress.locator('[data-import-input]').setInputFiles(json('newer.json', exportFile(null, [newer])));
	await expect(progress.locator('[data-import-open]')).toContainText('open in another tab');
	await progress.locator('[data-action=confirm-import]').click();
	await expect(progress.locator('[data-import-result]')).toContainText('because a tab has the vignette open');
	const afterImport = await storedRows(progress);
	expect(afterImport.map((r) => [r['id'], r['status']]).sort()).toEqual([['newer-tiny', 'abandoned'], [played, 'active']].sort());
	// The tab in play saves its next step as if nothing happened.
	await continueFeedback(play);
	await expect(play.locator('[data-storage-notice]')).toHaveCount(0);

	// Deleted on Your progress: the tab says so, keeps playing, and its next choice does not bring the row back.
	await progress.reload();
	await expect(progress.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
	await progress.locator(`tr[data-attempt="${played}"] [data-action=delete]`).click();
	await progress.getByRole('dialog', { name: 'Delete this attempt?' }).locator('[data-action=confirm]').click();
	await expect(progress.locator(`tr[data-attempt="${played}"]`)).toHaveCount(0);
	await play.locator('[data-choice-id="tiny-carry-on"]').click();
	await expect(play.locator('[data-storage-notice]')).toHaveAttribute('data-storage-notice', 'deleted');
	await expect(play.locator('[data-storage-notice]')).toContainText('This attempt was deleted on Your progress');
	await expect(play.locator('main')).toHaveAttribute('data-save-state', 'failed');
	await expect(play.locator('[data-action=take-over]')).toHaveCount(0);
	await expect(play.locator('[data-choice-id]').first()).toBeEnabled();
	expect((await storedRows(progress)).map((r) => r['id'])).toEqual(['newer-tiny']);
});

test('an attempt of this very content whose recorded choice the story does not offer says so, not "the vignette was updated"', async ({ page }) => {
	await openProgress(page);
	const base = attemptAt('tiny', [], { id: 'unplayable', status: 'active', phase: 'choosing', completedAt: null, inkState: null, revision: 2 });
	await putRows(page, 'attempts', [{ ...base, choiceLog: [{ choiceId: 'tiny-no-such-choice', at: base.startedAt + 60_000 }] }]);
	await openCase(page, 'tiny');
	await expect(page.locator('[data-outdated]')).toHaveAttribute('data-outdated', 'unplayable');
	await expect(page.locator('[data-outdated]')).toContainText('a choice recorded in it is not one this vignette offers');
	await expect(page.locator('[data-action=begin]')).toBeEnabled();
	// Kept in the history as it was, marked superseded once a new attempt starts; never changed.
	expect((await storedRows(page)).find((r) => r['id'] === 'unplayable')?.['choiceLog']).toEqual([{ choiceId: 'tiny-no-such-choice', at: base.startedAt + 60_000 }]);
});
