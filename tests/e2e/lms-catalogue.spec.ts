/**
 * One package holding the catalogue as one course: the test catalogue package (`tiny` and
 * `facilitated`) in the test LMS (scorm-again, support/lms-player.ts). The LMS launches the home
 * page, which lists the package's vignettes and the course's standing; each vignette played reports
 * into the one record, with interaction ids named after their vignette; the course is completed,
 * scored and judged over both once both are completed; a new launch on another device resumes a
 * half-played vignette from the LMS's suspend data alone.
 *
 * Needs the test packages: CONFIDE_FIXTURES=1 node scripts/build-lms.js --case tiny,facilitated --packages vignette,catalogue --out .tmp/lms-test
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type FrameLocator } from '@playwright/test';
import { installLms, lmsRecord, packagePath, type Standard } from './support/lms-player';
import { choose, committed, continueFeedback, get, interactionsOf, screen, start, type Cmi } from './support/lms-sco';
import { readZip } from '../support/read-zip';

const STANDARDS: Standard[] = ['scorm12', 'scorm2004'];

test.beforeAll(() => {
	for (const standard of STANDARDS)
		if (!existsSync(packagePath(standard, 'catalogue')))
			throw new Error(`No LMS test package ${packagePath(standard, 'catalogue')}. Build it first: CONFIDE_FIXTURES=1 node scripts/build-lms.js --case tiny,facilitated --packages vignette,catalogue --out .tmp/lms-test`);
});

/** The package's home page, as launched: it lists the course's vignettes. */
async function home(sco: FrameLocator) {
	await expect(sco.locator('main[data-ready]')).toBeVisible({ timeout: 15_000 });
	await expect(sco.locator('[data-case]')).toHaveCount(2);
}

async function open(sco: FrameLocator, caseId: string) {
	await sco.locator(`[data-case="${caseId}"] h2 a`).click();
}

test('the catalogue package holds the chosen vignettes and launches on the home page', () => {
	const files = readZip(readFileSync(packagePath('scorm2004', 'catalogue')));
	expect([...files.keys()].filter((f) => /^case\/[^/]+\/index\.html$/.test(f)).sort()).toEqual(['case/facilitated/index.html', 'case/tiny/index.html']);
	const manifest = files.get('imsmanifest.xml')!.toString('utf8');
	expect(manifest).toMatch(/<resource [^>]*href="index.html"/);
	expect(manifest).toContain('parameters="?lms=scorm2004&amp;course=tiny%2Cfacilitated"');
});

for (const standard of STANDARDS) {
	const v12 = standard === 'scorm12';
	const status = (cmi: Cmi) => (v12 ? get(cmi, 'core.lesson_status') : [get(cmi, 'completion_status'), get(cmi, 'success_status')].join('/'));

	test(`${standard}: one course over both vignettes, played in turn, resumed on another device, completed with the last`, async ({ page, context, browser }) => {
		const lms = await installLms(context, standard, { name: 'catalogue' });
		await page.goto(lms.url);
		const sco = page.frameLocator('#sco');
		await home(sco);
		await expect(sco.locator('[data-course-summary]')).toContainText('0 of 2 vignettes completed');

		// The first vignette, all of it: best (2) and acceptable (1) of 4 points.
		await open(sco, 'tiny');
		await start(sco);
		await choose(sco, 'V99.D99.1.a', 'feedback');
		await continueFeedback(sco, 'choosing');
		await choose(sco, 'tiny-carry-on', 'choosing');
		await choose(sco, 'V99.D99.2.c', 'feedback');
		await continueFeedback(sco, 'debrief');
		let cmi = await committed(page, (c) => interactionsOf(c).length === 2 && String(get(c, 'suspend_data')).includes('"f":"e"'), 'the first vignette is committed');
		// One vignette of two: the course is not complete, whatever that vignette scored.
		expect(status(cmi)).toBe(v12 ? 'incomplete' : 'incomplete/unknown');
		expect(interactionsOf(cmi).map((i) => i['id'])).toEqual(['tiny/V99.D99.1', 'tiny/V99.D99.2']);

		// Back to the course (in-app: one LMS session), then the second vignette's first decision.
		await sco.locator('[data-debrief] [data-action=exit]').click();
		await home(sco);
		await expect(sco.locator('[data-course-summary]')).toContainText('1 of 2 vignettes completed');
		await open(sco, 'facilitated');
		await start(sco);
		await choose(sco, 'facilitated-listen', 'choosing');
		await choose(sco, 'V101.D101.1.a', 'feedback');
		cmi = await committed(page, (c) => interactionsOf(c).length === 3, "the second vignette's first decision is committed");
		expect(interactionsOf(cmi).map((i) => i['id'])).toEqual(['tiny/V99.D99.1', 'tiny/V99.D99.2', 'facilitated/V101.D101.1']);
		expect(await page.evaluate(() => (window as unknown as { lmsCalls: { finish: number } }).lmsCalls.finish)).toBe(0);

		// Another device (nothing stored locally): the LMS's record alone brings both vignettes back.
		const other = await browser.newContext();
		const otherLms = await installLms(other, standard, { name: 'catalogue' });
		await other.addInitScript((text) => localStorage.getItem('lms-record') ?? localStorage.setItem('lms-record', text), JSON.stringify(await lmsRecord(page)));
		const fresh = await other.newPage();
		await fresh.goto(otherLms.url);
		const resumed = fresh.frameLocator('#sco');
		await home(resumed);
		await expect(resumed.locator('[data-course-summary]')).toContainText('1 of 2 vignettes completed');
		await open(resumed, 'facilitated');
		await screen(resumed, 'feedback');
		await continueFeedback(resumed, 'choosing');
		await choose(resumed, 'V101.D101.2.a', 'feedback');
		await continueFeedback(resumed, 'debrief');

		// Both completed: 3 + 4 of 8 points, no critical error: the course passed, each decision once.
		const done = await committed(fresh, (c) => interactionsOf(c).length === 4 && String(status(c)).includes('passed'), 'the course is completed and judged');
		expect(interactionsOf(done).map((i) => [i['id'], i['result']])).toEqual([
			['tiny/V99.D99.1', 'correct'],
			['tiny/V99.D99.2', 'neutral'],
			['facilitated/V101.D101.1', 'correct'],
			['facilitated/V101.D101.2', 'correct']
		]);
		if (v12) expect(get(done, 'core.score')).toMatchObject({ raw: '87.5', min: '0', max: '100' });
		else expect(get(done, 'score')).toMatchObject({ scaled: '0.875', raw: '7', max: '8' });
		expect(String(get(done, 'suspend_data')).length).toBeLessThan(4096);
		await resumed.locator('[data-debrief] [data-action=exit]').click();
		await home(resumed);
		await expect(resumed.locator('[data-course-summary]')).toContainText('2 of 2 vignettes completed. Passed: 7 of 8 points (87 %)');
		await other.close();
	});
}
