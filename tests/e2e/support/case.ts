/**
 * Helpers for driving a case page through its testing contract (data-ready, data-screen,
 * data-save-state, data-choice-id, data-action, data-feedback, data-debrief, data-count).
 * Every step waits for a condition (the view changed and the save settled), never a fixed time.
 */
import { expect, type Page } from '@playwright/test';

export type Screen = 'loading' | 'content-note' | 'setting' | 'choosing' | 'feedback' | 'debrief' | 'error';

export const COUNT_KEYS = ['correct_breach', 'correct_hold', 'missed_breach', 'unwarranted_breach', 'process_error', 'critical'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type Counts = Record<CountKey, number>;

export interface OptionVerdict {
	action: 'hold' | 'disclose';
	verdict: 'best' | 'acceptable' | 'error';
	kind?: 'under' | 'over' | 'process';
	critical?: boolean;
}
export type VerdictTable = Readonly<Record<string, OptionVerdict>>;

/** Dana's options, from CONTENT.md 2.0 section 3 (the source of truth the app must agree with). */
export const DANA: VerdictTable = {
	'V1.D1.1.a': { action: 'hold', verdict: 'best' },
	'V1.D1.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V1.D1.1.c': { action: 'hold', verdict: 'error', kind: 'process', critical: true },
	'V1.D1.2.a': { action: 'hold', verdict: 'best' },
	'V1.D1.2.b': { action: 'hold', verdict: 'error', kind: 'process' },
	'V1.D1.2.c': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V1.D1.2.d': { action: 'hold', verdict: 'acceptable' },
	'V1.D1.3.a': { action: 'disclose', verdict: 'best' },
	'V1.D1.3.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V1.D1.3.c': { action: 'disclose', verdict: 'acceptable' },
	'V1.D1.3.d': { action: 'disclose', verdict: 'error', kind: 'process', critical: true },
	'V1.D1.5.a': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V1.D1.5.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V1.D1.5.c': { action: 'disclose', verdict: 'best' },
	'V1.D1.5.d': { action: 'disclose', verdict: 'error', kind: 'over' }
};

/** The `tiny` fixture vignette (tests/fixtures/stories/tiny/main.ink). */
export const TINY: VerdictTable = {
	'V99.D99.1.a': { action: 'hold', verdict: 'best' },
	'V99.D99.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V99.D99.1.c': { action: 'hold', verdict: 'error', kind: 'process' },
	'V99.D99.2.a': { action: 'disclose', verdict: 'best' },
	'V99.D99.2.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V99.D99.2.c': { action: 'disclose', verdict: 'acceptable' }
};

export const DANA_BEST = ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c'];
export const DANA_WORST = ['V1.D1.1.c', 'V1.D1.2.b', 'V1.D1.3.b', 'V1.D1.5.a'];
export const TINY_BEST = ['V99.D99.1.a', 'V99.D99.2.a'];

/** CONTENT.md 2.1: what the debrief must count for a set of scored picks. */
export function expectedCounts(table: VerdictTable, picks: readonly string[]): Counts {
	const counts: Counts = { correct_breach: 0, correct_hold: 0, missed_breach: 0, unwarranted_breach: 0, process_error: 0, critical: 0 };
	for (const id of picks) {
		const option = table[id];
		if (!option) throw new Error(`no verdict for ${id} in the test's table`);
		if (option.verdict !== 'error') counts[option.action === 'disclose' ? 'correct_breach' : 'correct_hold']++;
		else if (option.kind === 'under') counts.missed_breach++;
		else if (option.kind === 'over') counts.unwarranted_breach++;
		else counts.process_error++;
		if (option.critical) counts.critical++;
	}
	return counts;
}

export const isScoredId = (id: string) => /^V\d+\.D\d+\.\d+\.[a-z]$/.test(id);

/** CONTENT.md 1.8: the persistent footer on every page. */
export const DISCLAIMER =
	'Educational simulation, not legal advice; laws vary by state and change. Check your state law, board, employer policy, and an attorney or risk line.';

/** What the case page shows, read in one go. */
export interface View {
	ready: boolean;
	screen: string | null;
	saveState: string | null;
	/** The run is under a practice-only profile (main[data-practice-only]): nothing is saved. */
	practiceOnly: boolean;
	/** The current passage (heading and text), when one is on screen. */
	passage: string | null;
	/** Earlier passages and the options chosen, in order. */
	transcript: string[];
	choiceIds: string[];
	/** The visible text of each option on offer, by id (without its number key). */
	choiceTexts: Record<string, string>;
	feedback: string | null;
	verdict: string | null;
}

export async function readView(page: Page): Promise<View> {
	return page.evaluate(() => {
		const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
		const main = document.querySelector('main');
		const passage = document.querySelector('[data-passage]');
		const transcript = document.querySelector('section[aria-label="Earlier in this session"]');
		const feedback = document.querySelector<HTMLElement>('[data-feedback]');
		return {
			ready: !!main?.hasAttribute('data-ready'),
			screen: main?.getAttribute('data-screen') ?? null,
			saveState: main?.getAttribute('data-save-state') ?? null,
			practiceOnly: !!main?.hasAttribute('data-practice-only'),
			passage: passage ? norm(passage.textContent) : null,
			transcript: transcript ? [...transcript.querySelectorAll('p')].map((p) => norm(p.textContent)) : [],
			choiceIds: [...document.querySelectorAll<HTMLElement>('[data-choice-id]')].map((b) => b.dataset.choiceId ?? ''),
			choiceTexts: Object.fromEntries(
				[...document.querySelectorAll<HTMLElement>('[data-choice-id]')].map((b) => [
					b.dataset.choiceId ?? '',
					norm([...b.childNodes].filter((n) => !(n instanceof HTMLElement && n.getAttribute('aria-hidden') === 'true')).map((n) => n.textContent).join(' '))
				])
			),
			feedback: feedback ? norm(feedback.textContent) : null,
			verdict: feedback?.dataset.verdict ?? null
		};
	});
}

/** The options chosen so far (their text), as the transcript announces them ("You chose: ..."). */
export const chosenEntries = (view: View) =>
	view.transcript.filter((line) => line.startsWith('You chose:')).map((line) => line.slice('You chose:'.length).trim());

const viewKey = (v: View) => JSON.stringify([v.screen, v.passage, v.choiceIds, v.feedback]);

/**
 * Runs `action`, then waits until the page shows something new and the save it started has
 * settled; fails unless that save succeeded (or, under a practice-only profile, unless the step
 * was marked not recorded).
 */
export async function act(page: Page, action: () => Promise<unknown>, { saves = true } = {}): Promise<View> {
	const before = viewKey(await readView(page));
	await action();
	let view = await readView(page);
	await expect
		.poll(
			async () => {
				view = await readView(page);
				return viewKey(view) !== before && (saves ? view.saveState !== null && view.saveState !== 'pending' : true);
			},
			{ message: saves ? 'the page moves on and saves' : 'the page moves on', timeout: 10_000, intervals: [20, 50, 100] }
		)
		.toBe(true);
	if (!saves) expect(view.saveState, 'nothing is saved before the first choice').toBeNull();
	else if (view.practiceOnly) expect(view.saveState, 'a practice-only step is not recorded').toBe('unrecorded');
	else expect(view.saveState, 'the step was saved').toBe('saved');
	return view;
}

/** Waits until the case page is interactive and past loading. */
export async function waitReady(page: Page): Promise<View> {
	await expect(page.locator('main[data-ready]')).toBeAttached({ timeout: 15_000 });
	await expect(page.locator('main')).not.toHaveAttribute('data-screen', 'loading');
	return readView(page);
}

export async function openCase(page: Page, id: string): Promise<View> {
	await page.goto(`/case/${id}/`);
	return waitReady(page);
}

/** Begin: the setting card shows; nothing is saved before the session starts. */
export async function begin(page: Page): Promise<View> {
	await page.locator('[data-action=begin]').click();
	await expect(page.locator('main')).toHaveAttribute('data-screen', 'setting');
	const view = await readView(page);
	expect(view.saveState === null || view.saveState === 'saved', 'no save is under way').toBe(true);
	return view;
}

/** Start the session: the first passage shows; nothing is saved until the first choice. */
export async function startSession(page: Page): Promise<View> {
	const view = await act(page, () => page.locator('main [data-action=continue]').click(), { saves: false });
	expect(view.screen).toBe('choosing');
	return view;
}

export async function choose(page: Page, id: string): Promise<View> {
	return act(page, () => page.locator(`[data-choice-id="${id}"]`).click());
}

export async function continueFeedback(page: Page): Promise<View> {
	return act(page, () => page.locator('[data-feedback] [data-action=continue]').click());
}

export interface PlayOptions {
	/** Stop (before acting) when this returns true; `left` is how many scored picks remain. */
	stopAt?: (view: View, left: number) => boolean;
	/** Which narrative (unscored) option to take: its index among those on offer. */
	narrative?: number;
}

/**
 * One step from wherever the case page is: Begin, Start the session, the next scored pick from
 * `queue` (checking its verdict against `table`), a narrative option, or Continue after feedback.
 * Returns the id chosen, if any, and the new view.
 */
export async function step(page: Page, table: VerdictTable, queue: string[], view: View, narrative = 0): Promise<{ view: View; chosen?: string }> {
	switch (view.screen) {
		case 'content-note':
			return { view: await begin(page) };
		case 'setting':
			return { view: await startSession(page) };
		case 'choosing': {
			const scored = view.choiceIds.filter(isScoredId);
			if (scored.length) {
				const pick = queue.shift();
				if (!pick || !scored.includes(pick)) throw new Error(`next pick ${pick} is not among the options on offer: ${view.choiceIds.join(', ')}`);
				const next = await choose(page, pick);
				expect(next.screen, `a scored choice (${pick}) shows feedback`).toBe('feedback');
				expect(next.verdict, `verdict of ${pick}`).toBe(table[pick]?.verdict);
				return { view: next, chosen: pick };
			}
			const id = view.choiceIds[narrative] ?? view.choiceIds[0];
			if (!id) throw new Error('choosing screen without options');
			const next = await choose(page, id);
			expect(next.screen, `a narrative choice (${id}) has no feedback`).toBe('choosing');
			return { view: next, chosen: id };
		}
		case 'feedback':
			return { view: await continueFeedback(page) };
		default:
			throw new Error(`no step from screen ${view.screen}`);
	}
}

/**
 * Plays on from wherever the case page is, taking the scored `picks` in order and any narrative
 * option, until the debrief or `stopAt`. Returns the ids chosen and the final view.
 */
export async function play(page: Page, table: VerdictTable, picks: readonly string[], options: PlayOptions = {}) {
	const queue = [...picks];
	const chosen: string[] = [];
	let view = await readView(page);
	for (let n = 0; n < 60; n++) {
		if (options.stopAt?.(view, queue.length)) return { view, chosen };
		if (view.screen === 'debrief') {
			expect(queue, 'every planned pick was offered').toEqual([]);
			return { view, chosen };
		}
		const next = await step(page, table, queue, view, options.narrative);
		view = next.view;
		if (next.chosen) chosen.push(next.chosen);
	}
	throw new Error('the vignette did not end within 60 steps');
}

export async function readCounts(page: Page): Promise<Counts> {
	const debrief = page.locator('[data-debrief]');
	await expect(debrief).toBeVisible();
	const counts = {} as Counts;
	for (const key of COUNT_KEYS) {
		const cell = debrief.locator(`[data-count=${key}]`);
		await expect(cell, `one [data-count=${key}]`).toHaveCount(1);
		const text = (await cell.innerText()).trim();
		expect(text, `[data-count=${key}] is a number`).toMatch(/^\d+$/);
		counts[key] = Number(text);
	}
	return counts;
}

/**
 * The debrief's critical-errors section (the outermost ancestor of [data-count=critical] that
 * does not also hold the other counts): whether it comes before the counts, its text, its items.
 */
export async function readCriticalSection(page: Page) {
	return page.evaluate(() => {
		const debrief = document.querySelector('[data-debrief]');
		const criticalCount = debrief?.querySelector('[data-count=critical]');
		const counts = debrief?.querySelector('[data-count=correct_hold]');
		if (!debrief || !criticalCount || !counts) return null;
		let section: Element = criticalCount;
		while (section.parentElement && section.parentElement !== debrief && !section.parentElement.contains(counts)) section = section.parentElement;
		return {
			criticalFirst: !!(section.compareDocumentPosition(counts) & Node.DOCUMENT_POSITION_FOLLOWING),
			holdsCounts: section.contains(counts),
			text: (section.textContent ?? '').replace(/\s+/g, ' ').trim(),
			items: section.querySelectorAll('li').length
		};
	});
}

/** Every row of the given stores (attempts by default) of the app's IndexedDB database (`confide`). */
export async function storedRows(page: Page, stores: readonly string[] = ['attempts']): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		(stores) =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const request = indexedDB.open('confide');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const names = [...db.objectStoreNames].filter((n) => stores.includes(n));
					if (!names.length) {
						db.close();
						resolve([]);
						return;
					}
					const rows: Record<string, unknown>[] = [];
					const tx = db.transaction(names, 'readonly');
					for (const name of names) {
						const all = tx.objectStore(name).getAll();
						all.onsuccess = () => rows.push(...(all.result as Record<string, unknown>[]));
					}
					tx.oncomplete = () => {
						db.close();
						resolve(rows);
					};
					tx.onerror = () => reject(tx.error);
				}
			}),
		stores
	);
}

/** Writes rows straight into one store of the app's database, as another tab, an old version or a
 *  damaged disk might have left them (the app's own code is bypassed on purpose). */
export async function putRows(page: Page, store: string, rows: readonly unknown[]): Promise<void> {
	await page.evaluate(
		({ store, rows }) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('confide');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(store, 'readwrite');
					for (const row of rows) tx.objectStore(store).put(row);
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ store, rows }
	);
}

/** The stored active attempt of a vignette: how many choices it logged. */
export async function storedChoiceCount(page: Page, caseId: string): Promise<number> {
	const rows = (await storedRows(page)).filter((r) => r.caseId === caseId && r.status === 'active');
	expect(rows, `one active ${caseId} attempt is stored`).toHaveLength(1);
	const log = rows[0]?.choiceLog;
	expect(Array.isArray(log), 'the stored attempt has a choice log').toBe(true);
	return (log as unknown[]).length;
}

/*
 * Jordan, Eleanor, Maya and Theo (CONTENT.md sections 4-6A), and Jordan's Texas-modeled profile.
 * Written from the brief, never read from the app, so the expected debrief counts are the brief's.
 */

/** Jordan's options, from CONTENT.md section 4 (the primary, California-modelled profile `ca`). */
export const JORDAN: VerdictTable = {
	'V2.D2.1.a': { action: 'hold', verdict: 'best' },
	'V2.D2.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V2.D2.1.c': { action: 'hold', verdict: 'error', kind: 'process' },
	'V2.D2.2.b': { action: 'disclose', verdict: 'best' },
	'V2.D2.2.c': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.2.d': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.2.e': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.2.f': { action: 'disclose', verdict: 'error', kind: 'under' },
	'V2.D2.3.a': { action: 'disclose', verdict: 'best' },
	'V2.D2.3.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.3.c': { action: 'disclose', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.3.e': { action: 'disclose', verdict: 'error', kind: 'under' },
	'V2.D2.3.f': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V2.D2.4.a': { action: 'hold', verdict: 'best' },
	'V2.D2.4.b': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.4.c': { action: 'hold', verdict: 'acceptable' },
	'V2.D2.4.d': { action: 'disclose', verdict: 'error', kind: 'over' }
};

/**
 * Jordan under the Texas-modeled profile `tx` (CONTENT.md section 4, the `tx:` lines): practice
 * only until a Texas-licensed reviewer signs the brief.
 */
export const JORDAN_TX: VerdictTable = {
	...JORDAN,
	'V2.D2.1.a': { action: 'hold', verdict: 'best' },
	'V2.D2.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V2.D2.2.b': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.2.c': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.2.d': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.2.e': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.2.f': { action: 'disclose', verdict: 'best' },
	'V2.D2.3.a': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.3.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.3.c': { action: 'disclose', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.3.e': { action: 'disclose', verdict: 'best' },
	'V2.D2.3.f': { action: 'disclose', verdict: 'error', kind: 'over', critical: true }
};

/** Eleanor's options, from CONTENT.md section 5. */
export const ELEANOR: VerdictTable = {
	'V3.D3.1.a': { action: 'hold', verdict: 'best' },
	'V3.D3.1.b': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V3.D3.1.c': { action: 'hold', verdict: 'acceptable' },
	'V3.D3.2.a': { action: 'disclose', verdict: 'best' },
	'V3.D3.2.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V3.D3.2.c': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V3.D3.2.d': { action: 'disclose', verdict: 'error', kind: 'process' },
	'V3.D3.3.a': { action: 'disclose', verdict: 'best' },
	'V3.D3.3.b': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V3.D3.3.c': { action: 'hold', verdict: 'error', kind: 'under' },
	'V3.D3.4.a': { action: 'hold', verdict: 'best' },
	'V3.D3.4.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V3.D3.4.d': { action: 'hold', verdict: 'error', kind: 'process' }
};

/** Maya's options, from CONTENT.md section 6. */
export const MAYA: VerdictTable = {
	'V4.D4.1.a': { action: 'hold', verdict: 'best' },
	'V4.D4.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V4.D4.1.c': { action: 'hold', verdict: 'error', kind: 'process' },
	'V4.D4.1.d': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V4.D4.2.a': { action: 'hold', verdict: 'best' },
	'V4.D4.2.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V4.D4.2.c': { action: 'hold', verdict: 'error', kind: 'process', critical: true },
	'V4.D4.3.a': { action: 'disclose', verdict: 'best' },
	'V4.D4.3.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V4.D4.3.c': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V4.D4.6.a': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V4.D4.6.b': { action: 'disclose', verdict: 'best' },
	'V4.D4.6.c': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V4.D4.6.d': { action: 'disclose', verdict: 'error', kind: 'over' }
};

/** Theo's options, from CONTENT.md section 6A. */
export const THEO: VerdictTable = {
	'V5.D5.1.a': { action: 'hold', verdict: 'acceptable' },
	'V5.D5.1.b': { action: 'hold', verdict: 'error', kind: 'process' },
	'V5.D5.1.c': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V5.D5.1.d': { action: 'hold', verdict: 'best' },
	'V5.D5.2.a': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V5.D5.2.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V5.D5.2.c': { action: 'disclose', verdict: 'best' },
	'V5.D5.2.d': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.2.e': { action: 'disclose', verdict: 'error', kind: 'process' },
	'V5.D5.3.a': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.3.b': { action: 'hold', verdict: 'best' },
	'V5.D5.3.c': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.3.d': { action: 'hold', verdict: 'error', kind: 'process' },
	'V5.D5.4.a': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.4.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.4.c': { action: 'hold', verdict: 'error', kind: 'under' },
	'V5.D5.4.d': { action: 'disclose', verdict: 'best' }
};

/** The five vignettes in catalogue (vignette-number) order, with their tables. */
export const VIGNETTES = [
	{ id: 'dana', name: 'Dana', table: DANA },
	{ id: 'jordan', name: 'Jordan', table: JORDAN },
	{ id: 'eleanor', name: 'Eleanor', table: ELEANOR },
	{ id: 'maya', name: 'Maya', table: MAYA },
	{ id: 'theo', name: 'Theo', table: THEO }
] as const;

/** The decision id of an option id: `V2.D2.3.a` -> `V2.D2.3`. */
export const decisionOf = (optionId: string) => optionId.replace(/\.[a-z]$/, '');

/** A table's options grouped by decision, decisions in order (D1, D2, ...), options in letter order. */
export function decisionsOf(table: VerdictTable): string[][] {
	const byDecision = new Map<string, string[]>();
	for (const id of Object.keys(table).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
		const decision = decisionOf(id);
		byDecision.set(decision, [...(byDecision.get(decision) ?? []), id]);
	}
	return [...byDecision.values()];
}

/** The best option at every decision (each decision must have exactly one). */
export function bestPath(table: VerdictTable): string[] {
	return decisionsOf(table).map((options) => {
		const best = options.filter((id) => table[id]?.verdict === 'best');
		if (best.length !== 1) throw new Error(`${decisionOf(options[0] ?? '?')} has ${best.length} best options in the test's table`);
		return best[0]!;
	});
}

/**
 * A worst path: at every decision a critical error if there is one, else an error. Among the
 * candidates, the one whose kind (under, over, process) was picked least so far, so the path
 * exercises as many kinds as the table allows; ties go to the earliest letter.
 */
export function worstPath(table: VerdictTable): string[] {
	const used: Record<string, number> = {};
	return decisionsOf(table).map((options) => {
		const errors = options.filter((id) => table[id]?.verdict === 'error');
		const critical = errors.filter((id) => table[id]?.critical);
		const candidates = critical.length ? critical : errors;
		if (!candidates.length) throw new Error(`${decisionOf(options[0] ?? '?')} has no error option in the test's table`);
		const pick = [...candidates].sort((a, b) => (used[table[a]!.kind!] ?? 0) - (used[table[b]!.kind!] ?? 0))[0]!;
		used[table[pick]!.kind!] = (used[table[pick]!.kind!] ?? 0) + 1;
		return pick;
	});
}

/** Jordan's jurisdiction profiles: id and how its label starts (the primary one first). */
export const JORDAN_PROFILES = { ca: 'Modeled on California', tx: 'Modeled on Texas' } as const;
export type JordanProfile = keyof typeof JORDAN_PROFILES;
export const jordanTable = (profile: JordanProfile): VerdictTable => (profile === 'tx' ? JORDAN_TX : JORDAN);

export const PROFILE_LEGEND = 'Which law is this case scored under?';

/** On the setting card: picks a profile with its radio input and waits until the card shows it. */
export async function pickProfile(page: Page, profile: string): Promise<View> {
	const group = page.getByRole('group', { name: PROFILE_LEGEND });
	await expect(group).toBeVisible();
	const radio = group.locator(`input[type=radio][name=profile][value="${profile}"]`);
	await radio.check();
	await expect(radio).toBeChecked();
	await expect(page.locator('fieldset[data-profile]')).toHaveAttribute('data-profile', profile);
	await expect(page.locator('[data-screen=setting] [data-action=continue]')).not.toHaveAttribute('aria-disabled', 'true');
	return readView(page);
}

/** The Practice Setting card's rows, label -> value (whitespace collapsed). */
export async function readSettingRows(page: Page): Promise<Record<string, string>> {
	await expect(page.locator('main[data-screen=setting] section[data-screen=setting] dl')).toBeVisible();
	return page.evaluate(() => {
		const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
		const rows: Record<string, string> = {};
		for (const row of document.querySelectorAll('section[data-screen=setting] dl > div')) {
			const label = norm(row.querySelector('dt')?.textContent);
			rows[label] = norm(row.querySelector('dd')?.textContent);
		}
		return rows;
	});
}

/** Plays to the first offer of `decision` (narrative choices and earlier `picks` on the way); stops on its options. */
export async function playTo(page: Page, table: VerdictTable, picks: readonly string[], decision: string) {
	const played = await play(page, table, picks, { stopAt: (v) => v.screen === 'choosing' && v.choiceIds.some((id) => decisionOf(id) === decision) });
	expect(played.view.screen, `${decision} is on offer`).toBe('choosing');
	return played;
}
