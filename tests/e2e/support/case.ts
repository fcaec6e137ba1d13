/**
 * Helpers for driving a case page through its testing contract (data-ready, data-screen,
 * data-save-state, data-choice-id, data-action, data-feedback, data-debrief, data-count).
 * Every step waits for a condition (the view changed and the save settled), never a fixed time.
 */
import { expect, type Page } from '@playwright/test';
import { COUNT_KEYS, decisionOf, isScoredId, type Counts, type VerdictTable } from '../../support/verdict-tables';
import { isStepRow, joinAttempt, type AttemptStepRow } from '../../../src/lib/db/attempt-rows';

export * from '../../support/verdict-tables';

export type Screen = 'loading' | 'content-note' | 'setting' | 'choosing' | 'feedback' | 'debrief' | 'error';

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
		// What is on screen: the opening's other stages are in the page too, hidden (HTML-first).
		const shown = <T extends Element>(selector: string) => [...document.querySelectorAll<T>(selector)].filter((e) => !e.closest('[hidden]'));
		// The current passage's heading and paragraphs, and the earlier entries, are one list (Transcript.svelte).
		const passage = shown('[data-passage]');
		const transcript = shown('[data-transcript]');
		const feedback = shown<HTMLElement>('[data-feedback]')[0] ?? null;
		const choices = shown<HTMLElement>('[data-choice-id]');
		return {
			ready: !!main?.hasAttribute('data-ready'),
			screen: main?.getAttribute('data-screen') ?? null,
			saveState: main?.getAttribute('data-save-state') ?? null,
			practiceOnly: !!main?.hasAttribute('data-practice-only'),
			passage: passage.length ? norm(passage.map((e) => e.textContent).join(' ')) : null,
			transcript: transcript.map((p) => norm(p.textContent)),
			choiceIds: choices.map((b) => b.dataset.choiceId ?? ''),
			choiceTexts: Object.fromEntries(
				choices.map((b) => [
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
	// A case page's own main: after a client-side link from a page that is itself ready (a
	// report), the old main[data-ready] is still there for a moment.
	await expect(page.locator('main[data-case][data-ready]')).toBeAttached({ timeout: 15_000 });
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

/**
 * Every row of the given stores (attempts by default) of the app's IndexedDB database (`confide`).
 * An attempt being played is stored split (a head, and a step row per save: db/attempt-rows.ts);
 * it comes back put together, as the app reads it.
 */
export async function storedRows(page: Page, stores: readonly string[] = ['attempts']): Promise<Record<string, unknown>[]> {
	const read = stores.includes('attempts') && !stores.includes('attemptSteps') ? [...stores, 'attemptSteps'] : stores;
	const rows = await rawRows(page, read);
	if (read === stores) return rows;
	const steps: AttemptStepRow[] = [];
	for (const row of rows) if (isStepRow(row)) steps.push(row);
	return rows.filter((row) => !isStepRow(row)).map((row) => joinAttempt(row, steps.filter((step) => step.attemptId === row['id'])) as Record<string, unknown>);
}

async function rawRows(page: Page, stores: readonly string[]): Promise<Record<string, unknown>[]> {
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
