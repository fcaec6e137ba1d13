/**
 * The instructor's pages: the class summary from several trainees' export files (read in the
 * browser only) and the printable answer key.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { scoreFor } from '../../src/lib/domain/profiles';
import { compileCase } from '../../src/lib/ink/compile';
import { optionLabel } from '../../src/lib/domain/option-labels';
import { DISCLAIMER, decisionOf } from './support/case';
import { attemptAt, classFiles, exportFile, json, loadClass, manifestOf } from './support/exports';
import { readPdf } from './support/pdf';
import { readCsv as parseCsv } from '../support/read-csv';

const option = (page: Page, caseId: string, optionId: string): Locator =>
	page.locator(`[data-vignette=${caseId}] [data-option="${optionId}"]`);

/** An option id, or a lone letter where an option is named ("Option b:", "chose a,"). */
const ID_OR_LETTER = /V\d+\.D\d+\.\d+\.[a-z]|\b(?:chose|was|is|[Oo]ption) [a-z]\b[,:)]/;

/** What a person reads in a part of the page: its text, tooltips and accessible names. */
const readable = (locator: Locator) =>
	locator.evaluate((el) =>
		[el.textContent ?? '', ...[...el.querySelectorAll('[title], [aria-label]')].flatMap((e) => [e.getAttribute('title') ?? '', e.getAttribute('aria-label') ?? ''])].join(' ')
	);

async function expectOption(page: Page, caseId: string, optionId: string, count: number, reached: number, share: string) {
	const row = option(page, caseId, optionId);
	await expect(row).toHaveAttribute('data-count', String(count));
	await expect(row.locator('[data-numbers]')).toHaveText(`${count} of ${reached} (${share}%)`);
}

test.describe('class summary', () => {
	test('says nothing is uploaded, and sends nothing while reading files', async ({ page }) => {
		const requests: string[] = [];
		// A trainee page names the visit's mode; the instructor's page, about a class, does not.
		await page.goto('/glossary/');
		await expect(page.locator('header [data-visit-mode]')).toHaveText('Learning mode');
		await page.locator('header').getByRole('link', { name: 'Instructors' }).click();
		await expect(page.locator('main[data-ready]')).toBeAttached();
		await expect(page.locator('header [data-visit-mode]')).toHaveCount(0);
		await expect(page.locator('[data-privacy]')).toContainText('Nothing is uploaded');
		page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
		const files = classFiles();
		await page.getByLabel('Export files', { exact: true }).setInputFiles([json('ann.json', files.ann)]);
		await expect(page.locator('[data-vignette=dana]')).toBeVisible();
		expect(requests.filter((r) => !r.startsWith('GET ') || !r.includes('127.0.0.1'))).toEqual([]);
	});

	test('counts each option, names the commonest error, labels edited attempts', async ({ page }) => {
		await loadClass(page);
		const dana = manifestOf('dana');

		// Files: the broken one says why and blocks nothing; the edited one warns.
		await expect(page.locator('[data-file="broken.json"]')).toHaveAttribute('data-file-state', 'error');
		await expect(page.locator('[data-file="broken.json"] [data-file-error]')).toContainText('not valid JSON');
		await expect(page.locator('[data-file="cy.json"] [data-file-warning]')).toContainText('integrity code does not match');
		await expect(page.locator('[data-file="ann.json"]')).toContainText('Trainee: Ann · 4 attempts');

		// Trainees: the duplicate file is counted once; the unnamed one is labelled by place and file.
		const trainees = page.locator('[data-trainee]');
		await expect(trainees).toHaveCount(3);
		await expect(trainees.nth(0)).toHaveAttribute('data-trainee', 'Ann');
		await expect(trainees.nth(1)).toHaveAttribute('data-trainee', 'Trainee 2 (ben.json)');
		await expect(page.locator('[data-trainee="Ann"] [data-note=duplicate]')).toHaveText('ann-again.json holds the same attempts as ann.json: counted once.');
		await expect(page.locator('[data-trainee="Ann"] [data-note=not-counted]')).toHaveText('1 practice run: never counted.');
		await expect(page.locator('[data-trainee="Cy"] [data-note=integrity]')).toContainText('does not match its integrity code');

		// Dana, first attempts: Ann's worst path, Ben's and Cy's (scores derived from each one's choices).
		const v = page.locator('[data-vignette=dana]');
		await expect(v).toContainText('3 trainees counted');
		await expectOption(page, 'dana', 'V1.D1.1.a', 1, 3, '33.3');
		await expectOption(page, 'dana', 'V1.D1.1.b', 0, 3, '0.0');
		await expectOption(page, 'dana', 'V1.D1.1.c', 2, 3, '66.7');
		await expectOption(page, 'dana', 'V1.D1.3.a', 2, 3, '66.7');
		await expectOption(page, 'dana', 'V1.D1.3.b', 1, 3, '33.3');
		await expectOption(page, 'dana', 'V1.D1.5.d', 1, 3, '33.3');
		// Decisions are numbered as trainees meet them (V1.D1.5 is the fourth), the id kept beside.
		await expect(v.locator('section[data-decision="V1.D1.5"] h4')).toHaveText(/^Decision 4: \S.* \(V1\.D1\.5\)$/);
		// Options are named by the labels trainees saw (their place in the order offered), never by id.
		const labelOf = (id: string) => optionLabel(dana.decisions.find((d) => d.id === decisionOf(id)), id);
		for (const id of ['V1.D1.1.a', 'V1.D1.1.c', 'V1.D1.3.b'])
			await expect(option(page, 'dana', id).locator('[data-option-label]')).toHaveText(`Option ${labelOf(id)}`);
		expect(await readable(page.locator('main'))).not.toMatch(ID_OR_LETTER);
		// The verdict is in words, not only colour.
		await expect(option(page, 'dana', 'V1.D1.1.c').locator('[data-verdict-label]')).toHaveText('Critical error: process error (right call, wrong way)');
		await expect(option(page, 'dana', 'V1.D1.2.d').locator('[data-verdict-label]')).toHaveText('Acceptable, not best');
		await expectOption(page, 'dana', 'V1.D1.2.d', 1, 3, '33.3');

		// Most common errors.
		const process = v.locator('[data-error-kind=process]');
		await expect(process).toHaveAttribute('data-total', '3');
		await expect(process.locator('[data-error-option]').first()).toHaveAttribute('data-error-option', 'V1.D1.1.c');
		await expect(process.locator('[data-error-option]').first()).toContainText(`Option ${labelOf('V1.D1.1.c')} (`);
		await expect(process.locator('[data-error-option]').first()).toContainText('2 of 3, 66.7%');
		const critical = v.locator('[data-error-kind=critical]');
		await expect(critical).toHaveAttribute('data-total', '4');
		await expect(critical.locator('[data-error-option]').first()).toHaveAttribute('data-error-option', 'V1.D1.1.c');
		await expect(v.locator('[data-error-kind=under]')).toHaveAttribute('data-total', '2');

		// Paths: the path map carries each option's count, the table each full path's.
		await expect(v.locator('[data-path-map] [data-option-id="V1.D1.1.c"]')).toHaveAttribute('data-count', '2');
		await expect(v.locator('[data-path-map] [data-option-id="V1.D1.1.b"]')).toHaveAttribute('data-count', '0');
		await expect(v.locator('[data-path]')).toHaveCount(3);
		const path = ['V1.D1.1.c', 'V1.D1.2.b', 'V1.D1.3.b', 'V1.D1.5.a'];
		await expect(v.locator(`[data-path="${path.join(' ')}"]`)).toContainText('1 (33.3%)');
		await expect(v.locator(`[data-path="${path.join(' ')}"] td`).first()).toHaveText(path.map((id, i) => `D${i + 1}: ${labelOf(id)}`).join(' → '));

		// Tiny: only Ann played it.
		await expect(page.locator('[data-vignette=tiny]')).toContainText('1 trainee counted');
		await expectOption(page, 'tiny', 'V99.D99.2.b', 1, 1, '100.0');

		// Latest attempt instead of first, chosen with the keyboard: Ann's later best path counts.
		await page.getByLabel('First completed attempt').focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByLabel('Latest completed attempt')).toBeChecked();
		await expect(page.locator('[data-summary]')).toHaveAttribute('data-which', 'latest');
		await expectOption(page, 'dana', 'V1.D1.1.a', 2, 3, '66.7');
		await expectOption(page, 'dana', 'V1.D1.1.c', 1, 3, '33.3');

		// Leaving out the edited attempt.
		await page.getByLabel('Leave out attempts whose integrity code does not match').check();
		await expect(page.locator('[data-vignette=dana]')).toContainText('2 trainees counted');
		await expectOption(page, 'dana', 'V1.D1.5.d', 0, 2, '0.0');
	});

	test('downloads the summary as CSV', async ({ page }) => {
		await loadClass(page);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download summary (CSV)' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^confide-class-summary-\d{4}-\d{2}-\d{2}\.csv$/);
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const rows = parseCsv(text.slice(1));
		const header = rows[0]!;
		const at = (name: string) => header.indexOf(name);
		expect(at('Share (%)')).toBeGreaterThan(-1);
		const danaOptions = manifestOf('dana').decisions.flatMap((d) => d.options).length;
		const tinyOptions = manifestOf('tiny').decisions.flatMap((d) => d.options).length;
		// Every option of both vignettes.
		expect(rows).toHaveLength(1 + danaOptions + tinyOptions);
		// Options are named by label in 'Option'; the id stays in its own column for matching files.
		const row = (id: string) => rows.find((r) => r[at('Option id')] === id)!;
		const c = row('V1.D1.1.c');
		const d1 = manifestOf('dana').decisions[0]!;
		expect([c[at('Option')], c[at('Option text')]]).toEqual([optionLabel(d1, 'V1.D1.1.c'), d1.options.find((o) => o.id === 'V1.D1.1.c')!.text]);
		expect([c[at('Vignette')], c[at('Chosen')], c[at('Reached by')], c[at('Share (%)')], c[at('Verdict')], c[at('Error kind')], c[at('Critical')]]).toEqual(
			['dana', '2', '3', '66.7', 'error', 'Process error', 'yes']
		);
		expect(row('V1.D1.2.d')[at('Verdict')]).toBe('acceptable, not best');
		expect(row('V1.D1.2.d')[at('In current content')]).toBe('yes');
		expect(row('V99.D99.2.b')[at('Error kind')]).toBe('Missed breach (under-protection)');
		expect(c[at('Counting')]).toBe('first completed learning-mode attempt');
	});

	test('removes a file and keeps focus in the list; works at 320 px', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 700 });
		await loadClass(page);
		const remove = page.getByRole('button', { name: 'Remove broken.json' });
		await remove.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-file="broken.json"]')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Remove cy.json' })).toBeFocused();
		await expect(page.locator('[data-announcement]')).toHaveText('Removed broken.json.');
		// Removing Cy's file takes Cy out of the summary.
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-trainee="Cy"]')).toHaveCount(0);
		await expect(page.locator('[data-vignette=dana]')).toContainText('2 trainees counted');
		const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
		expect(widths.scroll).toBeLessThanOrEqual(widths.client);
	});

	test('prints without its controls, saying which attempts were counted', async ({ page }) => {
		await loadClass(page);
		await expect(page.locator('[data-action=print]')).toBeVisible();
		const printed = async () => (await readPdf(await page.pdf({ format: 'Letter' }))).all;
		let text = await printed();
		expect(text).toContain('Counted: the first completed learning-mode attempt of each trainee and vignette.');
		for (const shown of ['Instructors: class summary', 'Nothing is uploaded', 'Dana: a passive wish to be dead', 'Trainee 2 (ben.json)', DISCLAIMER])
			expect(text, `the printed summary says "${shown}"`).toContain(shown);
		for (const control of ['Drop export files here', 'Which attempt counts', 'Print this summary', 'Download summary (CSV)', 'Remove'])
			expect(text, `"${control}" is not printed`).not.toContain(control);

		await page.getByLabel('Latest completed attempt').check();
		await page.getByLabel('Leave out attempts whose integrity code does not match').check();
		await expect(page.locator('[data-summary]')).toHaveAttribute('data-which', 'latest');
		text = await printed();
		expect(text).toContain('Counted: the latest completed learning-mode attempt of each trainee and vignette; attempts whose integrity code does not match are left out.');
		// The screen says it too.
		await expect(page.locator('[data-counted-rule]')).toBeVisible();
	});
});

test('never mixes modes: assessment attempts count when any exist, learning ones are named as left out', async ({ page }) => {
	// Dana in learning mode first (best path), then in assessment mode (worst path).
	const learning = attemptAt('dana', ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c']);
	const assessed = attemptAt('dana', ['V1.D1.1.c', 'V1.D1.2.b', 'V1.D1.3.b', 'V1.D1.5.a'], { mode: 'assessment' });
	await page.goto('/instructor/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await page.getByLabel('Export files', { exact: true }).setInputFiles([json('dee.json', exportFile('Dee', [learning, assessed]))]);
	const rule = page.locator('[data-counted-rule]');
	await expect(rule).toHaveAttribute('data-counted-rule', 'assessment');
	await expect(rule).toHaveText('Counted: the first completed assessment-mode attempt of each trainee and vignette (1 completed learning-mode attempt not counted).');
	await expect(page.locator('[data-trainee=Dee] [data-note=other-mode]')).toBeVisible();
	// The first completed attempt is the learning one, yet the assessment's choice is what is counted.
	await expect(option(page, 'dana', 'V1.D1.1.c')).toHaveAttribute('data-count', '1');
	await expect(option(page, 'dana', 'V1.D1.1.a')).toHaveAttribute('data-count', '0');
	await page.locator('[data-mode-choice=learning]').check();
	await expect(rule).toHaveAttribute('data-counted-rule', 'learning');
	await expect(option(page, 'dana', 'V1.D1.1.a')).toHaveAttribute('data-count', '1');
});

test.describe('answer key', () => {
	test('/instructor/key/ lists every vignette\'s key by its title, each link opening that key', async ({ page }) => {
		// The catalogue as trainees see it on the home page.
		await page.goto('/');
		await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
		const vignettes = await page.locator('li[data-case]').evaluateAll((items) =>
			items.map((li) => ({ id: li.getAttribute('data-case') ?? '', title: li.querySelector('h2')?.textContent?.trim() ?? '' }))
		);
		expect(vignettes.length).toBeGreaterThan(3);

		await page.goto('/instructor/key/');
		await expect(page).toHaveTitle('Answer keys · Confide');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answer keys');
		const links = page.locator('main [data-answer-key-link]');
		await expect(links).toHaveText(vignettes.map((v) => v.title));
		expect(await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(
			vignettes.map((v) => `/instructor/key/${v.id}/`)
		);
		const back = page.locator('main').getByRole('link', { name: 'Instructors: class summary' });
		expect(await back.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname)).toBe('/instructor/');
		const tiny = vignettes.find((v) => v.id === 'tiny')!;
		await links.filter({ hasText: tiny.title }).click();
		await expect(page).toHaveURL(/\/instructor\/key\/tiny\/$/);
		await expect(page.locator('h1')).toHaveText(`Answer key: ${tiny.title}`);
		// And back to the index from the key.
		await page.locator('main').getByRole('link', { name: 'All answer keys' }).click();
		await expect(page).toHaveURL(/\/instructor\/key\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answer keys');
	});

	test("lists every Dana option with its verdict, rationale and citation, and prints", async ({ page }) => {
		const dana = manifestOf('dana');
		await page.goto('/instructor/');
		await page.locator('[data-answer-key-link=dana]').click();
		await expect(page).toHaveURL(/\/instructor\/key\/dana\/$/);
		await expect(page.locator('h1')).toHaveText(`Answer key: ${dana.meta.title}`);
		await expect(page.locator('[data-content-version]')).toHaveText(dana.meta.version);
		await expect(page.locator('[data-reviewed]')).toHaveAttribute('data-reviewed', dana.meta.reviewed);
		// No named reviewer has signed content 2.0 (CONTENT.md 0.1).
		expect(dana.meta.reviewed).toBe('none');
		await expect(page.locator('[data-reviewed]')).toHaveText('Not yet reviewed');
		for (const note of dana.meta.contentNotes) await expect(page.locator('main')).toContainText(note);
		// The objectives, so a course can match the vignette to its own outcomes.
		expect(dana.meta.objectives.length).toBeGreaterThan(2);
		await expect(page.locator('[data-key-objectives] li')).toHaveText(dana.meta.objectives);
		const options = dana.decisions.flatMap((d) => d.options);
		await expect(page.locator('[data-key-option]')).toHaveCount(options.length);
		// In the order offered, labelled 1, 2, 3 as trainees saw them; no id or id letter anywhere.
		await expect(page.locator('[data-key-option] h3')).toHaveText(dana.decisions.flatMap((d) => d.options.map((o, i) => `Option ${i + 1}: ${o.text}`)));
		expect(await readable(page.locator('main'))).not.toMatch(ID_OR_LETTER);
		for (const o of options) {
			const score = scoreFor(o);
			const row = page.locator(`[data-key-option="${o.id}"]`);
			await expect(row).toContainText(o.text);
			await expect(row.locator('[data-verdict]').first()).toHaveAttribute('data-verdict', score.verdict);
			await expect(row.locator('[data-field=verdict]').first()).toHaveText(
				{ best: 'Best', acceptable: 'Acceptable, not best', error: 'Error' }[score.verdict]
			);
			await expect(row.locator('[data-field=rationale]').first()).toHaveText(score.rationale);
			const cite = row.locator('[data-field=cite]').first();
			if (score.cite) await expect(cite).toHaveText(score.cite);
			else await expect(cite).toContainText("(the best option's; this option has none of its own)");
			if (score.verdict === 'error') await expect(row.locator('[data-field=critical]').first()).toHaveText(score.critical ? /^Yes/ : 'No');
		}

		// On paper: no header or buttons, the footer disclaimer stays.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('[data-action=print]')).toBeHidden();
		await expect(page.locator('footer')).toContainText('not legal advice');
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
		expect(pages).toBeGreaterThan(1);
	});

	test('shows a profile override beside the option it changes (Jordan, Texas-modelled)', async ({ page }) => {
		const jordan = compileCase('stories/jordan/main.ink').manifest;
		const tx = jordan.meta.profiles.find((p) => p.id === 'tx')!;
		await page.goto('/instructor/key/jordan/');
		await expect(page.locator('main')).toContainText(tx.label);
		for (const [i, d] of jordan.decisions.entries())
			await expect(page.locator(`[data-key-decision="${d.id}"] h2`)).toHaveText(`Decision ${i + 1}: ${d.title} (${d.id})`);
		expect(tx.label).toContain('practice only until reviewed');
		expect(tx.practiceOnly).toBe(true);
		const overridden = jordan.decisions.flatMap((d) => d.options).filter((o) => o.overrides['tx']);
		expect(overridden.length).toBeGreaterThan(0);
		await expect(page.locator('[data-profile=tx]')).toHaveCount(overridden.length);
		for (const o of overridden) {
			const beside = page.locator(`[data-key-option="${o.id}"] [data-profile=tx]`);
			await expect(beside).toContainText(`Override, scored under the profile “${tx.label}”`);
			await expect(beside).toHaveAttribute('data-verdict', scoreFor(o, 'tx').verdict);
			await expect(beside.locator('[data-field=rationale]')).toHaveText(scoreFor(o, 'tx').rationale);
		}
	});
});
