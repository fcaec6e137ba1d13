/**
 * Jurisdiction profiles on Jordan: `ca` (primary, CONTENT.md section 4) and `tx` (the brief's
 * `tx:` lines, JORDAN_TX in support/case.ts; practice only until a Texas reviewer signs). The picker on the setting card, the instructor's link
 * (`?profile=`), per-profile setting rows, feedback, debrief counts and label, and resume.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	JORDAN,
	JORDAN_PROFILES,
	JORDAN_TX,
	PROFILE_LEGEND,
	bestPath,
	begin,
	expectedCounts,
	isScoredId,
	jordanTable,
	pickProfile,
	play,
	playTo,
	readCounts,
	readSettingRows,
	readView,
	startSession,
	step,
	storedRows,
	waitReady,
	type JordanProfile
} from './support/case';

const TX_STATUTE = 'Tex. Health & Safety Code §611.004(a)(2)';
const CA_STATUTE = 'Cal. Civ. Code §43.92';

/** The two options whose verdicts the profiles disagree on, and a full path through both. */
const CONTESTED = ['V2.D2.2.b', 'V2.D2.3.a'] as const;
const CONTESTED_PATH = ['V2.D2.1.a', 'V2.D2.2.b', 'V2.D2.3.a', 'V2.D2.4.a'];
/** What the feedback panel must say for each contested option (the brief's table, literally). */
const CONTESTED_VERDICTS: Record<JordanProfile, Record<(typeof CONTESTED)[number], string>> = {
	ca: { 'V2.D2.2.b': 'best', 'V2.D2.3.a': 'best' },
	tx: { 'V2.D2.2.b': 'error', 'V2.D2.3.a': 'error' }
};

const scoredUnder = (page: Page) => page.locator('[data-debrief]').getByText(/^Scored under:/);

async function openJordanSetting(page: Page, query = '') {
	await page.goto(`/case/jordan/${query}`);
	const view = await waitReady(page);
	expect(view.screen).toBe('content-note');
	return begin(page);
}

/** Plays on from the current view to the debrief along `path`, keeping each scored feedback. */
async function playCollectingFeedback(page: Page, profile: JordanProfile, path: readonly string[]) {
	const feedback: Record<string, { verdict: string | null; text: string | null }> = {};
	let last: string | undefined;
	await play(page, jordanTable(profile), path, {
		stopAt: (v) => {
			if (v.screen === 'feedback' && last) feedback[last] = { verdict: v.verdict, text: v.feedback };
			if (v.screen === 'choosing') last = v.choiceIds.find((id) => isScoredId(id) && path.includes(id));
			return false;
		}
	});
	expect((await readView(page)).screen).toBe('debrief');
	return feedback;
}

test.describe('the profile picker on the setting card', () => {
	test('offers both profiles, ca (default) checked, and the setting rows follow the pick', async ({ page }) => {
		await openJordanSetting(page);
		const group = page.getByRole('group', { name: PROFILE_LEGEND });
		await expect(group).toBeVisible();
		const radios = group.locator('input[type=radio][name=profile]');
		await expect(radios).toHaveCount(2);
		expect(await radios.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['ca', 'tx']);
		await expect(group.getByRole('radio', { name: new RegExp(`^${JORDAN_PROFILES.ca}`) })).toBeChecked();
		await expect(group.getByRole('radio', { name: new RegExp(`^${JORDAN_PROFILES.tx}`) })).not.toBeChecked();
		await expect(page.locator('.profile-fixed')).toHaveCount(0);

		const ca = await readSettingRows(page);
		expect(ca['Statute'], 'the California statute row').toContain(CA_STATUTE);
		expect(ca['Statute']).not.toContain('Texas');
		expect(ca['State']).toMatch(/modeled on California/);
		expect(ca['Firearm law']).toContain('§8105(c)');

		await pickProfile(page, 'tx');
		await expect(page.locator('section[data-screen=setting] dd').filter({ hasText: TX_STATUTE })).toBeVisible();
		const tx = await readSettingRows(page);
		expect(tx['Statute'], 'the Texas statute row').toContain(TX_STATUTE);
		expect(tx['Statute']).not.toContain('43.92');
		expect(tx['State']).toMatch(/modeled on Texas/);
		expect(tx['Setting']).toBe(ca['Setting']);
		// The Texas card removes the California firearm row and adds its own emergency-detention row, in its place in the card.
		expect(tx['Firearm law']).toBeUndefined();
		expect(Object.keys(tx)).toEqual(['Setting', 'HIPAA', 'State', 'Statute', 'Case law', 'Emergency detention', 'Your role']);

		// And back again.
		await pickProfile(page, 'ca');
		await expect(page.locator('section[data-screen=setting] dd').filter({ hasText: CA_STATUTE })).toBeVisible();
		expect(await readSettingRows(page)).toEqual(ca);
	});
});

test.describe('the same choices, scored under each profile', () => {
	for (const profile of ['ca', 'tx'] as const) {
		test(`under ${profile}: D2.2.b and D2.3.a get the ${profile} verdicts, and the debrief counts and label follow`, async ({ page }) => {
			await openJordanSetting(page);
			// Pick the other profile first, then this one: the last pick is the one that counts.
			await pickProfile(page, profile === 'ca' ? 'tx' : 'ca');
			await pickProfile(page, profile);
			await startSession(page);

			const feedback = await playCollectingFeedback(page, profile, CONTESTED_PATH);
			for (const id of CONTESTED) {
				expect(feedback[id]?.verdict, `${id} under ${profile}`).toBe(CONTESTED_VERDICTS[profile][id]);
				expect(feedback[id]?.text, `${id}'s feedback has a Sources line`).toMatch(/Sources:\s*\S/);
			}
			// The Texas rationale of D2.2.b is its own, and cites the Texas statute.
			if (profile === 'tx') expect(feedback['V2.D2.2.b']?.text).toContain('§611.004(a)(2)');
			else expect(feedback['V2.D2.2.b']?.text).not.toContain('§611.004(a)(2)');

			const expected = expectedCounts(jordanTable(profile), CONTESTED_PATH);
			// The two tables disagree on this path, so a wrong profile cannot pass.
			expect(expectedCounts(JORDAN, CONTESTED_PATH)).not.toEqual(expectedCounts(JORDAN_TX, CONTESTED_PATH));
			expect(await readCounts(page)).toEqual(expected);
			await expect(scoredUnder(page)).toHaveCount(1);
			await expect(scoredUnder(page)).toContainText(`Scored under: ${JORDAN_PROFILES[profile]}`);
			const other = profile === 'ca' ? 'tx' : 'ca';
			await expect(scoredUnder(page)).not.toContainText(JORDAN_PROFILES[other]);
			// The debrief's decision list agrees with the feedback.
			for (const id of CONTESTED)
				await expect(page.locator(`[data-debrief] [data-decision="${id.replace(/\.[a-z]$/, '')}"]`)).toHaveAttribute('data-verdict', CONTESTED_VERDICTS[profile][id]);
		});
	}
});

test.describe("the instructor's link", () => {
	test('?profile=tx fixes the profile: no picker, the Texas rows, the Texas best path scored as such', async ({ page }) => {
		await openJordanSetting(page, '?profile=tx');
		await expect(page.locator('input[type=radio][name=profile]')).toHaveCount(0);
		await expect(page.getByRole('group', { name: PROFILE_LEGEND })).toHaveCount(0);
		const fixed = page.locator('.profile-fixed');
		await expect(fixed).toHaveCount(1);
		await expect(fixed).toHaveAttribute('data-profile', 'tx');
		await expect(fixed).toContainText(JORDAN_PROFILES.tx);
		await expect(fixed).toContainText(/instructor/i);
		const rows = await readSettingRows(page);
		expect(rows['Statute']).toContain(TX_STATUTE);
		await startSession(page);

		// Under tx the best responses to D2.2 and D2.3 are the police-only options f and e.
		const path = bestPath(JORDAN_TX);
		expect(path).toEqual(['V2.D2.1.a', 'V2.D2.2.f', 'V2.D2.3.e', 'V2.D2.4.a']);
		const feedback = await playCollectingFeedback(page, 'tx', path);
		expect(feedback['V2.D2.3.e']?.verdict).toBe('best');
		const expected = expectedCounts(JORDAN_TX, path);
		expect(expected).not.toEqual(expectedCounts(JORDAN, path));
		expect(await readCounts(page)).toEqual(expected);
		await expect(scoredUnder(page)).toContainText(`Scored under: ${JORDAN_PROFILES.tx}`);
	});

	test('?profile=zz shows a notice and the picker, with the default (ca) checked and used', async ({ page }) => {
		await openJordanSetting(page, '?profile=zz');
		const notice = page.getByRole('status').filter({ hasText: "'zz'" });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(/default/);
		await expect(page.locator('.profile-fixed')).toHaveCount(0);
		const group = page.getByRole('group', { name: PROFILE_LEGEND });
		await expect(group.locator('input[type=radio][name=profile]')).toHaveCount(2);
		await expect(group.locator('input[value=ca]')).toBeChecked();
		await expect(group.locator('input[value=tx]')).not.toBeChecked();
		expect((await readSettingRows(page))['Statute']).toContain(CA_STATUTE);
		await startSession(page);

		// Scored under ca: D2.2.b is best (under tx it is an error).
		await playTo(page, JORDAN, ['V2.D2.1.a'], 'V2.D2.2');
		const view = await step(page, JORDAN, ['V2.D2.2.b'], await readView(page));
		expect(view.view.verdict).toBe('best');
	});
});

test.describe('resume', () => {
	test('a recorded profile comes back after a reload; a practice-only one is never stored, so a reload starts again', async ({ page }) => {
		await openJordanSetting(page);
		await pickProfile(page, 'tx');
		await pickProfile(page, 'ca');
		await startSession(page);
		const { view: atFeedback } = await play(page, JORDAN, ['V2.D2.1.a', 'V2.D2.2.b'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		expect(atFeedback.verdict).toBe('best');
		await page.reload();
		const resumed = await waitReady(page);
		expect(resumed.screen).toBe('feedback');
		expect(resumed.verdict, 'D2.2.b after the reload, still under ca').toBe('best');
		expect(resumed.feedback).toBe(atFeedback.feedback);

		// Under tx (practice only) the same steps leave nothing to come back to.
		await page.goto('/case/jordan/?profile=tx');
		await waitReady(page);
		await begin(page);
		await startSession(page);
		const { view: practised } = await play(page, JORDAN_TX, ['V2.D2.1.a', 'V2.D2.2.b'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		expect(practised.verdict).toBe('error');
		expect((await storedRows(page)).filter((r) => r.caseId === 'jordan' && r.profile === 'tx')).toEqual([]);
		await page.reload();
		expect((await waitReady(page)).screen).toBe('content-note');
	});
});

test('a profile picked on the setting card is not stored before the session starts: a reload starts again', async ({ page }) => {
	await page.goto('/case/jordan/');
	await waitReady(page);
	await begin(page);
	await pickProfile(page, 'tx');
	await expect(page.locator('main')).not.toHaveAttribute('data-save-state');
	// No row under either profile: switching profiles on the card leaves nothing behind.
	expect((await storedRows(page)).filter((r) => r.caseId === 'jordan')).toEqual([]);
	await page.reload();
	await waitReady(page);
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'content-note');
	await begin(page);
	await expect(page.getByRole('group', { name: PROFILE_LEGEND }).locator('input[value="ca"]')).toBeChecked();
});
