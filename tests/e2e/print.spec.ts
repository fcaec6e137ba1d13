/**
 * The printable report and certificate: rendered to PDF by Chromium (page.pdf), read back with
 * pdf.js, and checked against the vignettes' sources, the test's own verdict tables and integrity
 * codes recomputed here from the stored rows. Also: print media hides every control.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AttemptRecord } from '../../src/lib/domain/attempt';
import { attemptIntegrity, recordIntegrity } from '../../src/lib/domain/integrity';
import { DANA, DANA_BEST, DANA_WORST, DISCLAIMER, TINY, TINY_BEST, expectedCounts, openCase, play, putRows, storedRows, type Counts, type VerdictTable } from './support/case';
import { readPdf } from './support/pdf';

const INTEGRITY_SENTENCE =
	'This code lets an instructor check the record was not accidentally or carelessly edited. It is not proof against deliberate forgery.';
const NAME = 'Ada Q. Trainee';
const NAME_LABEL = 'Your name or trainee ID (optional)';

/** Title, version and decision titles, read from the vignette's ink source (not from the app). */
function storySource(file: string) {
	const source = readFileSync(file, 'utf8');
	const tag = (key: string) => source.match(new RegExp(`^# ${key}: (.+)$`, 'm'))?.[1]?.trim() ?? '';
	return { title: tag('title'), version: tag('version'), decisions: [...source.matchAll(/#decision: \S+ (.+)$/gm)].map((m) => m[1]!.trim()) };
}
const DANA_SOURCE = storySource('stories/dana/main.ink');
const TINY_SOURCE = storySource('tests/fixtures/stories/tiny/main.ink');

/** Plays a vignette from its first screen to the debrief and returns its stored, completed row. */
async function finish(page: Page, caseId: string, table: VerdictTable, picks: readonly string[]): Promise<AttemptRecord> {
	const before = new Set((await storedRows(page).catch(() => [])).map((r) => r.id));
	await openCase(page, caseId);
	await play(page, table, picks);
	const rows = (await storedRows(page)).filter((r) => r.caseId === caseId && r.status === 'completed' && !before.has(r.id));
	expect(rows, `one new completed ${caseId} attempt is stored`).toHaveLength(1);
	return rows[0] as unknown as AttemptRecord;
}

/** The certificate's counts line for one vignette, as it must read. */
const countsLine = (c: Counts) =>
	`Correct breaches: ${c.correct_breach} · Correct holds: ${c.correct_hold} · Missed breaches: ${c.missed_breach} · ` +
	`Unwarranted breaches: ${c.unwarranted_breach} · Process errors: ${c.process_error} · Critical errors: ${c.critical}`;

async function typeName(page: Page, name: string) {
	await page.getByLabel(NAME_LABEL).fill(name);
	await expect(page.getByRole('status').filter({ hasText: 'Name kept' })).toHaveText('Name kept on this device only.');
}

/** Dana's worst path, every decision with its best response and both sets of sources. */
const MAX_PAGES = { A4: 4, Letter: 5 } as const;

test('the report of a finished vignette prints on a few pages, with its facts, decisions and code', async ({ page }) => {
	test.slow(); // plays whole vignettes
	const attempt = await finish(page, 'dana', DANA, DANA_WORST);
	// A name given on the certificate page is kept and appears on reports too.
	await page.goto('/certificate/');
	await typeName(page, NAME);

	await page.goto(`/report/?attempt=${attempt.id}`);
	await expect(page.locator('main[data-report=ready]')).toBeAttached();
	const code = attemptIntegrity(attempt);
	await expect(page.locator('[data-integrity]')).toHaveText(code);
	await expect(page.locator('[data-trainee]')).toHaveText(NAME);
	await expect(page.locator('dd[data-mode]')).toHaveAttribute('data-mode', 'learning');
	await expect(page.locator('[data-recorded]')).toHaveAttribute('data-recorded', 'recorded');
	await expect(page.locator('[data-decision]')).toHaveCount(DANA_SOURCE.decisions.length);

	const counts = expectedCounts(DANA, DANA_WORST);
	for (const format of ['A4', 'Letter'] as const) {
		const pdf = await readPdf(await page.pdf({ format }));
		// Decisions are kept whole (below), so Letter, shorter than A4, takes one page more for the worst path.
		expect(pdf.pages, `${format}: a few pages`).toBeLessThanOrEqual(MAX_PAGES[format]);
		const text = pdf.all;
		for (const expected of [DANA_SOURCE.title, `version ${DANA_SOURCE.version}`, NAME, code, INTEGRITY_SENTENCE, DISCLAIMER, 'In other jurisdictions'])
			expect(text, `${format}: the PDF says "${expected}"`).toContain(expected);
		for (const title of DANA_SOURCE.decisions) expect(text, `${format}: decision "${title}"`).toContain(title);
		expect(text).toContain(`Critical errors: ${counts.critical}`);
		// Completed is not passed: critical errors fail the pass rule, and the report says so.
		expect(text).toMatch(/Completed, not passed: (a critical error|\d critical errors)/);
		const labels = { correct_breach: 'Correct breaches', correct_hold: 'Correct holds', missed_breach: 'Missed breaches', unwarranted_breach: 'Unwarranted breaches', process_error: 'Process errors' } as const;
		for (const [key, label] of Object.entries(labels)) {
			const printed = text.match(new RegExp(`${label} \\([^)]*\\) (\\d+)`))?.[1];
			expect(printed, `${format}: ${label}`).toBe(String(counts[key as keyof typeof labels]));
		}
		// The footer disclaimer ends the document: it is on the last page.
		expect(pdf.text.at(-1)).toContain(DISCLAIMER);
		// No control prints.
		expect(text).not.toContain('Print or save as PDF');
		expect(text).not.toContain('Play this case again');
		expect(text).not.toContain('Skip to content');
	}
});

test('the certificate lists the latest recorded attempt of each vignette on one page, with codes that check out', async ({ page }) => {
	test.slow(); // plays whole vignettes
	const dana = await finish(page, 'dana', DANA, DANA_BEST);
	const tinyFirst = await finish(page, 'tiny', TINY, TINY_BEST);
	const laterPicks = ['V99.D99.1.c', 'V99.D99.2.c'];
	const tinyLatest = await finish(page, 'tiny', TINY, laterPicks);
	// A practice run, finished last, never counts: a copy of the latest attempt marked as practice.
	await putRows(page, 'attempts', [{ ...tinyLatest, id: 'practice-run', practice: { of: tinyLatest.id, fromDecision: 'V99.D99.2' }, completedAt: (tinyLatest.completedAt ?? 0) + 60_000 }]);

	await page.goto('/certificate/');
	await expect(page.locator('main[data-certificate=ready]')).toBeAttached();
	const rows = page.locator('[data-cert-row]');
	// Catalogue order: Dana (vignette 1), then the tiny fixture (99).
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toHaveAttribute('data-attempt', dana.id);
	await expect(rows.nth(1)).toHaveAttribute('data-attempt', tinyLatest.id);
	await expect(rows.nth(0).locator('[data-integrity]')).toHaveText(attemptIntegrity(dana));
	await expect(rows.nth(1).locator('[data-integrity]')).toHaveText(attemptIntegrity(tinyLatest));
	// Completed and passed are told apart (no critical error and at least 75 % of points).
	await expect(rows.nth(0).locator('[data-outcome]')).toHaveAttribute('data-outcome', 'passed');
	await expect(rows.nth(1).locator('[data-outcome]')).toHaveText('Completed, not passed: 1 of 4 points (25 %), under 75 %.');
	await expect(page.locator('[data-passed-count]')).toHaveText('1');

	await typeName(page, `  ${NAME} `);
	const recordCode = recordIntegrity(NAME, [dana, tinyLatest]);
	await expect(page.locator('[data-record-code]')).toHaveText(recordCode);
	await expect(page.locator('[data-trainee]')).toHaveText(NAME);
	// The name is kept on this device, trimmed, and comes back on the next visit.
	expect((await storedRows(page, ['settings'])).find((r) => r.key === 'trainee')).toEqual({ key: 'trainee', value: NAME });
	await page.reload();
	await expect(page.getByLabel(NAME_LABEL)).toHaveValue(NAME);
	await expect(page.locator('[data-record-code]')).toHaveText(recordCode);

	for (const format of ['A4', 'Letter'] as const) {
		const pdf = await readPdf(await page.pdf({ format }));
		expect(pdf.pages, `${format}: the certificate is one page`).toBe(1);
		const text = pdf.all;
		for (const expected of [
			'Certificate of completion',
			NAME,
			DANA_SOURCE.title,
			TINY_SOURCE.title,
			countsLine(expectedCounts(DANA, DANA_BEST)),
			countsLine(expectedCounts(TINY, laterPicks)),
			`content version ${DANA_SOURCE.version}`,
			attemptIntegrity(dana),
			attemptIntegrity(tinyLatest),
			recordCode,
			'Completed, not passed: 1 of 4 points (25 %)',
			'Passing a vignette needs no critical error and at least 75 % of its points',
			INTEGRITY_SENTENCE,
			DISCLAIMER
		])
			expect(text, `${format}: the PDF says "${expected}"`).toContain(expected);
		expect(text).not.toContain(NAME_LABEL);
		expect(text).not.toContain('Print or save as PDF');
	}

	// The trainee may show an earlier attempt of a vignette instead; the record code follows. Each
	// option starts with what tells it apart (a phone's select shows only its start).
	const options = await rows.nth(1).getByLabel('Attempt shown').locator('option').allTextContents();
	expect(options.map((o) => o.trim())).toEqual([expect.stringMatching(/^\d+ critical · completed .+ \(latest\)$/), expect.stringMatching(/^\d+ critical · completed [^()]+$/)]);
	await rows.nth(1).getByLabel('Attempt shown').selectOption(tinyFirst.id);
	await expect(rows.nth(1)).toHaveAttribute('data-attempt', tinyFirst.id);
	await expect(rows.nth(1).locator('[data-integrity]')).toHaveText(attemptIntegrity(tinyFirst));
	await expect(rows.nth(1).locator('[data-counts]')).toHaveText(countsLine(expectedCounts(TINY, TINY_BEST)));
	await expect(page.locator('[data-record-code]')).toHaveText(recordIntegrity(NAME, [dana, tinyFirst]));
	expect(recordIntegrity(NAME, [dana, tinyFirst])).not.toBe(recordCode);
});

test('five completed rows (four vignettes, one with two profiles) still print on one Letter page', async ({ page }) => {
	test.slow(); // plays whole vignettes
	const dana = await finish(page, 'dana', DANA, DANA_BEST);
	await finish(page, 'tiny', TINY, TINY_BEST);
	// Three more rows, as the full catalogue can have five (Jordan under both its profiles):
	// Dana's attempt as if played under three profiles it does not have (long labels, as Jordan's).
	await putRows(page, 'attempts', ['p1', 'p2', 'p3'].map((profile) => ({ ...dana, id: `dana-${profile}`, profile })));
	await page.goto('/certificate/');
	await expect(page.locator('[data-cert-row]')).toHaveCount(5);
	await typeName(page, NAME);
	const pdf = await readPdf(await page.pdf({ format: 'Letter' }));
	expect(pdf.pages).toBe(1);
	expect(pdf.all).toContain(DISCLAIMER);
	expect(pdf.all).toContain(attemptIntegrity({ ...dana, id: 'dana-p3', profile: 'p3' }));
});

test.describe('print media, dark scheme', () => {
	test.use({ colorScheme: 'dark' });

	test('hides every control and the site nav, prints black on white, keeps the disclaimer and keeps decisions whole', async ({ page }) => {
		const attempt = await finish(page, 'tiny', TINY, ['V99.D99.1.c', 'V99.D99.2.b']);
		for (const path of [`/report/?attempt=${attempt.id}`, '/certificate/']) {
			await page.emulateMedia({ media: 'screen' });
			await page.goto(path);
			await expect(page.locator('main[data-ready]')).toBeAttached();
			const print = page.locator('[data-action=print]');
			await expect(print).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			await expect(print, `${path}: the print button is hidden on paper`).toBeHidden();
			await expect(page.locator('header nav'), `${path}: the site nav is hidden`).toBeHidden();
			const controls = await page.locator('main a.button, main button, main input, main select, .skip').all();
			expect(controls.length, `${path}: has controls on screen`).toBeGreaterThan(2);
			for (const control of controls)
				await expect(control, `${path}: no control prints`).toBeHidden();
			await expect(page.locator('footer')).toBeVisible();
			await expect(page.locator('footer')).toContainText(DISCLAIMER);
			const colours = await page.evaluate(() => {
				const style = (el: Element) => getComputedStyle(el);
				return {
					text: style(document.body).color,
					page: style(document.documentElement).backgroundColor,
					main: style(document.querySelector('main')!).color,
					footer: style(document.querySelector('footer')!).backgroundColor,
					link: [...document.querySelectorAll('main a')].filter((a) => a.checkVisibility()).map((a) => style(a).color)
				};
			});
			expect(colours.text).toBe('rgb(0, 0, 0)');
			expect(colours.main).toBe('rgb(0, 0, 0)');
			expect(colours.page).toBe('rgb(255, 255, 255)');
			expect(colours.footer).toBe('rgb(255, 255, 255)');
			for (const colour of colours.link) expect(colour, 'links print as text').toBe('rgb(0, 0, 0)');
		}
		await page.goto(`/report/?attempt=${attempt.id}`);
		await page.emulateMedia({ media: 'print' });
		const decisions = page.locator('[data-decision]');
		await expect(decisions).toHaveCount(2);
		for (const decision of await decisions.all()) expect(await decision.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
	});
});

test.describe('when there is nothing to show', () => {
	test('a report without an id, or of an unknown attempt, says so and creates no database', async ({ page }) => {
		await page.goto('/report/');
		await expect(page.locator('main[data-report=no-id] [role=alert]')).toContainText('No attempt was named');
		await page.goto('/report/?attempt=no-such-attempt');
		await expect(page.locator('main[data-report=not-found] [role=alert]')).toContainText('The attempt this link names is not saved in this browser');
		// An attempt id is internal: never shown.
		await expect(page.locator('main')).not.toContainText('no-such-attempt');
		await page.goto('/certificate/');
		await expect(page.locator('main[data-certificate=empty] [data-empty]')).toContainText('No vignette is completed yet');
		await expect(page.locator('[data-action=print]')).toHaveCount(0);
		expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('confide');
	});

	test('an unknown attempt among saved ones is not found; a practice-only history has nothing to certify', async ({ page }) => {
		const attempt = await finish(page, 'tiny', TINY, TINY_BEST);
		await page.goto(`/report/?attempt=${attempt.id}x`);
		await expect(page.locator('main[data-report=not-found]')).toBeAttached();
		await putRows(page, 'attempts', [{ ...attempt, practice: { of: 'elsewhere', fromDecision: 'V99.D99.1' } }]);
		await page.goto('/certificate/');
		await expect(page.locator('main[data-certificate=empty]')).toBeAttached();
		// The practice run still has its report, marked as practice.
		await page.goto(`/report/?attempt=${attempt.id}`);
		await expect(page.locator('[data-recorded]')).toHaveAttribute('data-recorded', 'practice');
	});

	test('a recorded attempt counts toward results once finished: the report says not yet, or no, before that', async ({ page }) => {
		const attempt = await finish(page, 'tiny', TINY, TINY_BEST);
		const recorded = page.locator('[data-recorded]');
		await page.goto(`/report/?attempt=${attempt.id}`);
		await expect(recorded).toHaveText('Yes: a recorded attempt');
		await putRows(page, 'attempts', [{ ...attempt, status: 'active', phase: 'choosing', completedAt: null }]);
		await page.goto(`/report/?attempt=${attempt.id}`);
		await expect(recorded).toHaveText('Not yet: a recorded attempt counts once it is finished');
		await putRows(page, 'attempts', [{ ...attempt, status: 'abandoned', phase: 'choosing', completedAt: null }]);
		await page.goto(`/report/?attempt=${attempt.id}`);
		await expect(recorded).toHaveText('No: it was not finished');
	});

	test('storage that will not open is named as the problem on both pages', async ({ page }) => {
		await page.addInitScript(() => {
			IDBFactory.prototype.databases = async () => [{ name: 'confide', version: 20 }];
			IDBFactory.prototype.open = () => {
				throw new DOMException('storage refused by the test', 'SecurityError');
			};
		});
		await page.goto('/report/?attempt=anything');
		await expect(page.locator('main[data-report=unavailable] [role=alert]')).toContainText("Saved progress can't be read in this browser");
		await page.goto('/certificate/');
		await expect(page.locator('main[data-certificate=unavailable] [role=alert]')).toContainText("Saved progress can't be read in this browser");
	});

	test('a browser without IndexedDB is told so', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
		await page.goto('/report/?attempt=anything');
		await expect(page.locator('main[data-report=unavailable] [role=alert]')).toContainText('keeps no local database');
	});
});
