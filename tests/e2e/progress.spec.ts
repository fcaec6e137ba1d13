import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { AttemptRecord } from '../../src/lib/domain/attempt';
import { COUNT_KEYS } from '../../src/lib/domain/scoring';
import { DANA, DANA_BEST, DANA_WORST, TINY, TINY_BEST, expectedCounts, openCase, play, putRows, storedRows, type Counts } from './support/case';
import { attemptAt, exportFile, json, manifestOf } from './support/exports';
import { readCsv } from '../support/read-csv';

const TINY_WORST = ['V99.D99.1.b', 'V99.D99.2.b'];

async function openProgress(page: Page) {
	await page.goto('/progress/');
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
}

interface ListedAttempt {
	caseId: string | undefined;
	status: string | undefined;
	counts: Record<string, number>;
}

/** Each listed attempt: its vignette, status and counts, by attempt id, in page order. */
async function listed(page: Page): Promise<Record<string, ListedAttempt>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll<HTMLElement>('tr[data-attempt]')].map((row) => [
				row.dataset.attempt,
				{
					caseId: row.closest<HTMLElement>('section[data-case]')?.dataset.case,
					status: row.dataset.status,
					counts: Object.fromEntries([...row.querySelectorAll<HTMLElement>('[data-count]')].map((c) => [c.dataset.count, Number(c.textContent)]))
				}
			])
		)
	);
}

async function stored(page: Page) {
	return (await storedRows(page)).filter((r) => typeof r.caseId === 'string');
}

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
	await page.locator('[data-import-input]').setInputFiles(file);
}

const zero: Counts = { correct_breach: 0, correct_hold: 0, missed_breach: 0, unwarranted_breach: 0, process_error: 0, critical: 0 };

test.describe('progress page', () => {
	test('lists attempts with their counts and chart; delete, export, import elsewhere, CSV, delete everything', async ({ page, browser }) => {
		test.setTimeout(180_000);
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_WORST);
		await openCase(page, 'dana');
		await play(page, DANA, DANA_WORST);
		// One more tiny, left unfinished after its first decision.
		await openCase(page, 'tiny');
		await play(page, TINY, ['V99.D99.1.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });

		await openProgress(page);
		const rows = await listed(page);
		const ids = Object.keys(rows);
		expect(ids).toHaveLength(4);
		const summary = Object.values(rows).map((r) => [r.caseId, r.status, r.counts]);
		expect(summary).toEqual([
			['dana', 'completed', expectedCounts(DANA, DANA_WORST)],
			['tiny', 'completed', expectedCounts(TINY, TINY_BEST)],
			['tiny', 'completed', expectedCounts(TINY, TINY_WORST)],
			['tiny', 'in progress', expectedCounts(TINY, ['V99.D99.1.a'])]
		]);
		// One chart point per recorded, completed attempt; the unfinished one is not charted.
		await expect(page.locator('section[data-case=tiny] svg[data-chart] [data-point]')).toHaveCount(2);
		await expect(page.locator('section[data-case=dana] svg[data-chart] [data-point]')).toHaveCount(1);
		// The table alternative holds the same numbers: missed, unwarranted, process per attempt.
		const tinyTable = page.locator('section[data-case=tiny] details table tbody tr');
		await expect(tinyTable).toHaveCount(2);
		await expect(tinyTable.nth(1).locator('td').nth(1)).toHaveText('1');
		await expect(tinyTable.nth(1).locator('td').nth(2)).toHaveText('1');
		// Each row links to its report.
		const unfinished = ids[3]!;
		await expect(page.locator(`tr[data-attempt="${unfinished}"] a[data-action=report]`)).toHaveAttribute('href', `/report/?attempt=${encodeURIComponent(unfinished)}`);
		// Each row's controls are named for their attempt, as words (the hidden part is not run on).
		await expect(page.locator(`tr[data-attempt="${unfinished}"] a[data-action=report]`)).toHaveAccessibleName(/^See your debrief of the attempt started \S/);
		await expect(page.locator(`tr[data-attempt="${unfinished}"] [data-action=delete]`)).toHaveAccessibleName(/^Delete the attempt started \S/);

		// Delete the unfinished one, through a real dialog; cancel first leaves it.
		await page.locator(`tr[data-attempt="${unfinished}"] [data-action=delete]`).click();
		const dialog = page.getByRole('dialog', { name: 'Delete this attempt?' });
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('[data-action=cancel]')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		expect(await stored(page)).toHaveLength(4);
		await page.locator(`tr[data-attempt="${unfinished}"] [data-action=delete]`).click();
		await dialog.locator('[data-action=confirm]').click();
		await expect(page.locator('tr[data-attempt]')).toHaveCount(3);
		await expect(page.locator('[data-message]')).toContainText('Deleted the in progress attempt');
		expect((await stored(page)).map((r) => r.id).sort()).toEqual(ids.slice(0, 3).sort());

		// A name for exports: none by default; typing it is saving it (no button to forget), so the
		// export made straight after carries it.
		await expect(page.locator('[data-trainee-input]')).toHaveValue('');
		await page.locator('[data-trainee-input]').fill('R. Patel, "cohort 3"');

		// Export JSON.
		const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export-json]').click()]);
		expect(jsonDownload.suggestedFilename()).toMatch(/^confide-progress-r-patel-cohort-3-\d{4}-\d{2}-\d{2}\.json$/);
		const jsonText = readFileSync(await jsonDownload.path(), 'utf8');
		const exported = JSON.parse(jsonText) as { trainee: string; attempts: { attempt: { id: string } }[] };
		expect(exported.trainee).toBe('R. Patel, "cohort 3"');
		expect(exported.attempts.map((a) => a.attempt.id).sort()).toEqual(ids.slice(0, 3).sort());
		await expect(page.getByText(/Last exported/)).toBeVisible();

		// Export CSV: one row per decision, quoted where needed.
		const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export-csv]').click()]);
		expect(csvDownload.suggestedFilename()).toMatch(/^confide-progress-r-patel-cohort-3-\d{4}-\d{2}-\d{2}\.csv$/);
		const csv = readCsv(readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, ''));
		const header = csv[0]!;
		expect(header.slice(0, 4)).toEqual(['notice', 'trainee', 'case id', 'case title']);
		const col = (name: string) => header.indexOf(name);
		const body = csv.slice(1);
		expect(body).toHaveLength(TINY_BEST.length + TINY_WORST.length + DANA_WORST.length);
		expect(new Set(body.map((r) => r[col('trainee')]))).toEqual(new Set(['R. Patel, "cohort 3"']));
		// Options are named by their labels (1, 2, 3... as offered), never by id; the JSON export keeps ids.
		expect(header).not.toContain('option id');
		expect(readFileSync(await csvDownload.path(), 'utf8')).not.toMatch(/V\d+\.D\d+\.\d+\.[a-z]/);
		const optionOf = (r: string[]) =>
			manifestOf(r[col('case id')] as 'dana' | 'tiny').decisions.find((d) => d.id === r[col('decision id')])!.options[Number(r[col('option')]) - 1]!;
		expect(body.map((r) => optionOf(r).id).sort()).toEqual([...TINY_BEST, ...TINY_WORST, ...DANA_WORST].sort());
		for (const r of body) {
			const table = r[col('case id')] === 'dana' ? DANA : TINY;
			expect(r[col('option text')]).toBe(optionOf(r).text);
			const option = table[optionOf(r).id]!;
			expect([r[col('action')], r[col('verdict')], r[col('kind')], r[col('critical')]]).toEqual([
				option.action,
				option.verdict,
				option.kind ?? '',
				option.critical ? 'yes' : 'no'
			]);
			expect(r[col('decision title')]).not.toBe(r[col('decision id')]);
			expect(r[col('integrity code')]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		}

		// Export xAPI statements: each attempt initialized, one answered per decision, completed, then passed or failed.
		const [xapiDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export-xapi]').click()]);
		expect(xapiDownload.suggestedFilename()).toMatch(/^confide-xapi-statements-r-patel-cohort-3-\d{4}-\d{2}-\d{2}\.json$/);
		const statements = JSON.parse(readFileSync(await xapiDownload.path(), 'utf8')) as { id: string; verb: { id: string }; actor: { name?: string }; result?: { response?: string } }[];
		const verbs = statements.map((st) => st.verb.id.split('/').at(-1));
		expect(verbs.filter((v) => v === 'initialized')).toHaveLength(3);
		expect(verbs.filter((v) => v === 'completed')).toHaveLength(3);
		expect(verbs.filter((v) => v === 'passed' || v === 'failed')).toHaveLength(3);
		expect(statements.filter((st) => st.verb.id.endsWith('/answered')).map((st) => st.result?.response).sort()).toEqual([...TINY_BEST, ...TINY_WORST, ...DANA_WORST].sort());
		expect(new Set(statements.map((st) => st.id)).size).toBe(statements.length);
		expect(new Set(statements.map((st) => st.actor.name))).toEqual(new Set(['R. Patel, "cohort 3"']));
		// Like the JSON and CSV files, every statement carries the review notice while content is unreviewed.
		const notices = statements.map((st) => (st as { context?: { extensions?: Record<string, unknown> } }).context?.extensions?.['urn:confide:extension:review-notice']);
		expect(new Set(notices)).toEqual(new Set(['Not yet reviewed by a licensed clinician or attorney. Educational simulation, not legal advice.']));

		// Import into a fresh browser: the same attempts appear.
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await openProgress(other);
		await expect(other.locator('[data-empty]')).toBeVisible();
		await importFile(other, { name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(jsonText) });
		await expect(other.locator('[data-import-preview]')).toContainText('3 attempts will be added, 0 are already here, 0 conflicts.');
		await expect(other.locator('[data-import-preview]')).toContainText('exported for R. Patel, "cohort 3"');
		await expect(other.locator('[data-action=confirm-import]')).toBeFocused();
		await other.locator('[data-action=confirm-import]').click();
		await expect(other.locator('[data-import-result]')).toContainText('Imported: 3 attempts added');
		await expect(other.locator('tr[data-attempt]')).toHaveCount(3);
		const before = await listed(page);
		expect(await listed(other)).toEqual(before);
		await expect(other.locator('svg[data-chart] [data-point]')).toHaveCount(3);
		// The same file again: everything is already there, so there is nothing to confirm.
		await importFile(other, { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(jsonText) });
		await expect(other.locator('[data-import-preview]')).toContainText('0 attempts will be added, 3 are already here, 0 conflicts.');
		await expect(other.locator('[data-action=confirm-import]')).toBeDisabled();
		await fresh.close();

		// Delete everything: progress, settings and caches, then the page says so and is empty.
		await page.evaluate(async () => {
			await (await caches.open('confide-test-cache')).put('/x', new Response('x'));
		});
		await page.locator('[data-action=delete-all]').click();
		const wipe = page.getByRole('dialog', { name: 'Delete everything?' });
		await expect(wipe).toBeVisible();
		await wipe.locator('[data-action=confirm]').click();
		await expect(page.locator('[data-message]')).toContainText('Everything was deleted from this browser');
		await expect(page.locator('[data-empty]')).toBeVisible();
		await expect(page.locator('tr[data-attempt]')).toHaveCount(0);
		const left = await page.evaluate(async () => ({
			databases: (await indexedDB.databases()).map((d) => d.name),
			caches: await caches.keys()
		}));
		expect(left).toEqual({ databases: [], caches: [] });
		// And after a reload too, with the name gone.
		await openProgress(page);
		await expect(page.locator('[data-empty]')).toBeVisible();
		await expect(page.locator('[data-trainee-input]')).toHaveValue('');
	});

	test('hostile files: a clear error or text shown as text; nothing runs, nothing is written', async ({ page }) => {
		test.setTimeout(120_000);
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		await openProgress(page);
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=export-json]').click()]);
		const good = readFileSync(await download.path(), 'utf8');
		const before = await stored(page);
		expect(before).toHaveLength(1);

		const refused: [string, string, RegExp][] = [
			['proto.json', '{"__proto__":{"polluted":1}}', /forbidden key \('__proto__'\)/],
			['nested-proto.json', good.replace('"caseId":', '"__proto__":{"polluted":1},"caseId":'), /forbidden key/],
			['constructor.json', good.replace('"app":', '"constructor":{"prototype":{"polluted":1}},"app":'), /forbidden key \('(constructor|prototype)'\)/],
			['truncated.json', good.slice(0, 200), /not a Confide progress file.*not valid JSON/],
			['other.json', '{"hello":"world"}', /^other\.json: This file is not a Confide progress file\./],
			['unknown-key.json', good.replace('"caseId":', '"onclick":"window.__xss=1","caseId":'), /attempt 1: unknown field 'onclick'/],
			['newer.json', good.replace('"version": 1', '"version": 7'), /newer version of Confide/],
			['page.html', '<img src=x onerror=window.__xss=1>', /not a Confide progress file/]
		];
		for (const [name, text, message] of refused) {
			await importFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
			await expect(page.locator('[data-import-error]'), name).toHaveText(message);
			await expect(page.locator('[data-import-preview]')).toHaveCount(0);
		}
		// Over 10 MB: refused before it is read.
		await importFile(page, { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) });
		await expect(page.locator('[data-import-error]')).toHaveText(/huge\.json: This file is larger than 10 MB/);

		expect(await stored(page)).toEqual(before);
		expect(await page.evaluate(() => ({ polluted: ({} as Record<string, unknown>).polluted, xss: (window as { __xss?: unknown }).__xss }))).toEqual({
			polluted: undefined,
			xss: undefined
		});

		// Markup inside a valid file is data: imported, and shown as text.
		const markup = '<img src=x onerror=window.__xss=1>';
		const file = JSON.parse(good) as { trainee: string | null; attempts: { attempt: Record<string, unknown> & { ledger: { optionText: string }[] } }[] };
		const hostileAttempt = { ...file.attempts[0]!.attempt, id: 'hostile-1', caseId: markup };
		hostileAttempt.ledger = hostileAttempt.ledger.map((e) => ({ ...e, optionText: markup }));
		const hostile = { ...file, trainee: `<script>window.__xss=1</script>`, attempts: [{ attempt: hostileAttempt, integrity: 'AAAA-AAAA-AAAA' }] };
		await importFile(page, { name: 'markup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
		const preview = page.locator('[data-import-preview]');
		await expect(preview).toContainText('exported for <script>window.__xss=1</script>');
		await expect(preview.locator('[data-import-warnings]')).toContainText('integrity code does not match');
		await page.locator('[data-action=confirm-import]').click();
		await expect(page.locator('[data-import-result]')).toContainText('1 attempt added');
		await expect(page.locator('section[data-case] h2').filter({ hasText: markup })).toHaveCount(1);
		expect(await page.locator('main img, main script').count()).toBe(0);
		expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
		expect((await stored(page)).map((r) => r.id).sort()).toEqual([before[0]!.id, 'hostile-1'].sort());
	});

	test('says so plainly when this browser has no IndexedDB', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
		await openProgress(page);
		await expect(page.locator('[data-storage-problem]')).toContainText("Progress can't be saved in this browser");
		await expect(page.locator('[data-action=export-json]')).toHaveCount(0);
	});

	test('empty, and usable at 320 px wide', async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 320, height: 640 });
		await openCase(page, 'tiny');
		await play(page, TINY, TINY_BEST);
		await openProgress(page);
		expect(Object.values(await listed(page)).map((r) => r.counts)).toEqual([{ ...zero, ...expectedCounts(TINY, TINY_BEST) }]);
		const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
		// The totals table is wider than the phone: it scrolls in its own box, not the page.
		await expect(page.locator('[data-totals] [role=region]')).toBeVisible();
		expect(width.scroll).toBeLessThanOrEqual(width.client);
		// The header links to this page.
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Progress' }).click();
		await expect(page).toHaveURL(/\/progress\/$/);
	});
});

test('totals across vignettes: the latest completed recorded attempt each vignette earned, critical errors first, then the total', async ({ page }) => {
	await openProgress(page);
	await expect(page.locator('[data-totals]')).toHaveCount(0);
	const at = (minute: number, over: Partial<AttemptRecord> = {}): Partial<AttemptRecord> => {
		const time = Date.UTC(2026, 2, 1, 9, minute);
		return { startedAt: time - 600_000, updatedAt: time, completedAt: time, ...over };
	};
	const unfinished = { completedAt: null, phase: 'choosing' } as const;
	await putRows(page, 'attempts', [
		attemptAt('tiny', TINY_WORST, { id: 'tiny-earlier', ...at(10) }),
		attemptAt('tiny', TINY_BEST, { id: 'tiny-latest', ...at(30) }),
		// Later than it, and never counted: unfinished, or a practice run.
		attemptAt('tiny', TINY_WORST.slice(0, 1), { id: 'tiny-open', ...at(40, { ...unfinished, status: 'active' }) }),
		attemptAt('tiny', TINY_WORST, { id: 'tiny-practice', ...at(50, { practice: { of: 'tiny-latest', fromDecision: 'V99.D99.1' } }) }),
		attemptAt('dana', DANA_WORST, { id: 'dana-earned', ...at(5) }),
		// Later, but left out as on the certificate: made with older content (nothing to replay it on),
		// and marked completed though its choices stop at the first decision.
		attemptAt('dana', DANA_BEST, { id: 'dana-older', ...at(20, { contentHash: 'content-1-hash', storyVersion: '1.0.0' }) }),
		attemptAt('dana', DANA_BEST.slice(0, 1), { id: 'dana-cut-short', ...at(25) }),
		attemptAt('dana', DANA_WORST.slice(0, 1), { id: 'dana-set-aside', ...at(60, { ...unfinished, status: 'abandoned' }) })
	]);
	await openProgress(page);
	const totals = page.locator('[data-totals]');
	await expect(totals.getByRole('table', { name: 'Your counts across vignettes' })).toBeVisible();
	// Critical errors first, then the five counts as the debrief names them; misses and unwarranted breaches apart.
	await expect(totals.locator('thead th')).toHaveText([
		'Vignette',
		'Attempt that counts',
		'Critical errors',
		'Correct breaches',
		'Correct holds',
		'Missed breaches (under-protection)',
		'Unwarranted breaches (over-disclosure)',
		'Process errors'
	]);
	const countsOf = (row: Locator) =>
		row.evaluate((tr) => Object.fromEntries([...tr.querySelectorAll<HTMLElement>('[data-count]')].map((c) => [c.dataset.count, Number(c.textContent)])));
	const tiny = expectedCounts(TINY, TINY_BEST);
	const dana = expectedCounts(DANA, DANA_WORST);
	await expect(totals.locator('tbody tr[data-case=tiny]')).toHaveAttribute('data-counted', 'tiny-latest');
	expect(await countsOf(totals.locator('tbody tr[data-case=tiny]'))).toEqual(tiny);
	const danaRow = totals.locator('tbody tr[data-case=dana]');
	await expect(danaRow).toHaveAttribute('data-counted', 'dana-earned');
	expect(await countsOf(danaRow)).toEqual(dana);
	await expect(totals.locator('[data-unearned-left-out]')).toHaveText(
		'2 completed attempts are left out of these totals: their scores could not be derived from their choices in this version of Confide (content it does not have, or a record edited outside Confide).'
	);
	// Every other vignette of this build is listed, not completed.
	const vignettes = await totals.locator('tbody tr').count();
	expect(vignettes).toBeGreaterThan(2);
	await expect(totals.locator('tbody [data-not-completed]')).toHaveCount(vignettes - 2);
	const total = totals.locator('tfoot tr[data-total]');
	await expect(total.locator('[data-completed]')).toHaveText(`2 of ${vignettes} vignettes completed`);
	expect(await countsOf(total)).toEqual(Object.fromEntries(COUNT_KEYS.map((k) => [k, tiny[k] + dana[k]])));
});

test('a long history shows its 30 most recent attempts and charts them; every one is a click away', async ({ page }) => {
	await openProgress(page);
	const rows = Array.from({ length: 35 }, (_, i) => attemptAt('tiny', i % 2 ? TINY_BEST : TINY_WORST, { id: `long-${String(i).padStart(2, '0')}` }));
	await putRows(page, 'attempts', rows);
	await openProgress(page);
	const section = page.locator('section[data-case=tiny]');
	await expect(section.locator('tr[data-attempt]')).toHaveCount(30);
	// The oldest five wait; the newest is there.
	await expect(section.locator('tr[data-attempt="long-04"]')).toHaveCount(0);
	await expect(section.locator('tr[data-attempt="long-34"]')).toHaveCount(1);
	await expect(section.locator('svg[data-chart] [data-point]')).toHaveCount(30);
	await expect(section.locator('figure')).toContainText('35 completed attempts, the latest 30 charted');
	const more = section.locator('[data-action=show-all-rows]');
	await expect(more).toHaveAttribute('aria-pressed', 'false');
	await more.click();
	await expect(section.locator('tr[data-attempt]')).toHaveCount(35);
	await expect(more).toHaveAttribute('aria-pressed', 'true');
	await expect(more).toBeFocused();
});

test("importing another trainee's file says whose it is before anything is written; an import leaves focus on what happened", async ({ page }) => {
	await openProgress(page);
	await page.locator('[data-trainee-input]').fill('Sam Lee');
	await expect(page.locator('[data-trainee-saved]')).not.toBeEmpty();
	await importFile(page, json('confide-progress-cy.json', exportFile('Cy', [attemptAt('tiny', TINY_BEST)])));
	const warning = page.locator('[data-import-other-trainee]');
	await expect(warning).toContainText('This file is Cy’s, and this browser’s name is Sam Lee');
	await expect(warning).toContainText('listed as yours');
	// The safe answer has focus: Enter cancels, and nothing is written.
	await expect(page.locator('[data-action=cancel-import]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-import-preview]')).toHaveCount(0);
	expect(await stored(page)).toEqual([]);

	// The trainee's own file (the same name, however written): no warning, Import has focus, and after
	// it focus is on the result, not lost to the page.
	await importFile(page, json('confide-progress-sam.json', exportFile(' sam lee ', [attemptAt('tiny', TINY_BEST)])));
	await expect(page.locator('[data-import-preview]')).toBeVisible();
	await expect(warning).toHaveCount(0);
	await expect(page.locator('[data-action=confirm-import]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-import-result]')).toHaveText('Imported: 1 attempt added, 0 already here.');
	await expect(page.locator('[data-import-result]')).toBeFocused();
	expect(await stored(page)).toHaveLength(1);
});
