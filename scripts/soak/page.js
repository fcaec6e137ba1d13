/**
 * The soak's hands and eyes on the case page, through its testing contract (data-ready,
 * data-screen, data-save-state, data-choice-id, data-action, data-feedback, data-debrief) and its
 * IndexedDB database. Plain Playwright (playwright-core) calls; every wait is for a condition.
 */

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('./model.js').StoredRow} StoredRow
 *
 * @typedef {object} View what the case page shows, read in one go
 * @property {boolean} ready
 * @property {string | null} screen
 * @property {string | null} saveState
 * @property {string | null} profile the profile picked on the setting card, if it offers a choice
 * @property {string | null} passage the current passage (heading and text)
 * @property {string[]} passageLines its paragraphs
 * @property {string[]} transcript earlier passages and the options chosen ("You chose: ...")
 * @property {string[]} choiceIds
 * @property {string | null} feedback
 * @property {string | null} verdict
 */

/** Runs in the page: reads the view. Self-contained (it is sent as source). @returns {View} */
function readViewInPage() {
	const norm = (/** @type {string | null | undefined} */ s) => (s ?? '').replace(/\s+/g, ' ').trim();
	const main = document.querySelector('main');
	// What is on screen: the opening's other stages are in the page too, hidden (HTML-first).
	const shown = (/** @type {string} */ selector) => [...document.querySelectorAll(selector)].filter((e) => !e.closest('[hidden]'));
	// The current passage's heading and paragraphs, and the earlier entries, are one list (Transcript.svelte).
	const passage = shown('[data-passage]');
	const transcript = shown('[data-transcript]');
	const feedback = /** @type {HTMLElement | undefined} */ (shown('[data-feedback]')[0]);
	return {
		ready: !!main?.hasAttribute('data-ready'),
		screen: main?.getAttribute('data-screen') ?? null,
		saveState: main?.getAttribute('data-save-state') ?? null,
		profile: shown('fieldset[data-profile]')[0]?.getAttribute('data-profile') ?? null,
		passage: passage.length ? norm(passage.map((e) => e.textContent).join(' ')) : null,
		passageLines: passage.filter((e) => e.matches('p')).map((p) => norm(p.textContent)),
		transcript: transcript.map((p) => norm(p.textContent)),
		choiceIds: shown('[data-choice-id]').map((b) => /** @type {HTMLElement} */ (b).dataset.choiceId ?? ''),
		feedback: feedback ? norm(feedback.textContent) : null,
		verdict: feedback?.dataset.verdict ?? null
	};
}

/** The longest any one step may take: generous, so a loaded CI machine does not fail a cycle, yet a hang does. */
export const STEP_TIMEOUT_MS = 20_000;

const VIEW_SOURCE = `(${readViewInPage.toString()})()`;

/**
 * What identifies a screen: it changes with every step the page takes.
 * @param {View} v
 */
export const viewKey = (v) => JSON.stringify([v.screen, v.passage, v.choiceIds, v.feedback, v.profile]);

/**
 * @param {Page} page
 * @returns {Promise<View>}
 */
export const readView = (page) => page.evaluate(VIEW_SOURCE);

/**
 * Opens a case and waits until it is interactive and past loading.
 * @param {Page} page
 * @param {string} url
 * @returns {Promise<View>}
 */
export async function openCase(page, url) {
	await page.goto(url);
	await page.waitForSelector('main[data-ready]:not([data-screen=loading])', { state: 'attached', timeout: STEP_TIMEOUT_MS });
	return readView(page);
}

/**
 * Waits until the page shows something other than `beforeKey` and its save has settled.
 * @param {Page} page
 * @param {string} beforeKey
 * @param {number} [timeout]
 * @returns {Promise<View>}
 */
export async function waitAcknowledged(page, beforeKey, timeout = STEP_TIMEOUT_MS) {
	// Polled from Node with page.evaluate (CDP): a string predicate in waitForFunction is compiled
	// in the page, which the app's Trusted Types policy rightly refuses.
	const deadline = Date.now() + timeout;
	for (;;) {
		const v = /** @type {View} */ (await page.evaluate(VIEW_SOURCE));
		const key = JSON.stringify([v.screen, v.passage, v.choiceIds, v.feedback, v.profile]);
		// A step that saves shows its new view and `pending` together (one machine step), so a changed
		// view that is not pending is settled; begin and profile picks save nothing (no save state).
		if (key !== beforeKey && (v.screen === 'error' || v.saveState !== 'pending')) return v;
		if (Date.now() > deadline) throw new Error(`no acknowledgement within ${Math.round(timeout / 1000)} s`);
		await new Promise((r) => setTimeout(r, 10));
	}
}

/**
 * Waits for the content note of a new attempt (after a restart).
 * @param {Page} page
 * @returns {Promise<View>}
 */
export async function waitContentNote(page, timeout = STEP_TIMEOUT_MS) {
	await page.waitForSelector('main[data-ready][data-screen=content-note] [data-action=begin]', { state: 'attached', timeout });
	return readView(page);
}

/** Selectors of the controls the soak presses. */
export const CONTROL = {
	begin: '[data-action=begin]:not([aria-disabled=true])',
	continue: 'main[data-screen=setting] [data-action=continue]:not([aria-disabled=true])',
	feedback: '[data-feedback] [data-action=continue]:not([aria-disabled=true])',
	pause: '[data-action=pause]',
	pauseRestart: 'dialog[open] [data-action=restart]',
	debriefRestart: '[data-debrief] [data-action=restart]',
	/** @param {string} id */
	choice: (id) => `[data-choice-id="${id}"]:not([aria-disabled=true])`,
	/** @param {string} id */
	profile: (id) => `input[type=radio][name=profile][value="${id}"]:not([disabled])`
};

/**
 * Every attempt row in the app's IndexedDB database (`confide`), or none if it does not exist yet.
 * Rows of other vignettes than `caseId` come without their transcript, ledger and ink state, so
 * the read stays small however many attempts a long soak piles up.
 * Never creates the database: that would change what the app finds on its next start.
 * @param {Page} page
 * @param {string} caseId
 * @returns {Promise<StoredRow[]>}
 */
export function readRows(page, caseId) {
	return page.evaluate(async (caseId) => {
		const names = (await indexedDB.databases()).map((d) => d.name);
		if (!names.includes('confide')) return [];
		return new Promise((resolve, reject) => {
			const request = indexedDB.open('confide');
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const db = request.result;
				if (!db.objectStoreNames.contains('attempts')) {
					db.close();
					resolve([]);
					return;
				}
				// An attempt being played is stored split: a head, and a step row per save with what it
				// added (src/lib/db/attempt-rows.ts). Put together here independently of the app's code.
				const withSteps = db.objectStoreNames.contains('attemptSteps');
				const tx = db.transaction(withSteps ? ['attempts', 'attemptSteps'] : ['attempts'], 'readonly');
				const all = tx.objectStore('attempts').getAll();
				const steps = withSteps ? tx.objectStore('attemptSteps').getAll() : null;
				const join = (r) => {
					if (!r.split) return r;
					const { split, ...head } = r;
					const mine = (steps?.result ?? []).filter((s) => s.attemptId === r.id && s.seq >= split.first && s.seq < split.end).sort((a, b) => a.seq - b.seq);
					const lists = Object.fromEntries(['transcript', 'choiceLog', 'ledger'].map((k) => [k, mine.flatMap((s) => s[k])]));
					// Steps missing: left without lists, as the app sets such a row aside.
					return mine.length === split.end - split.first ? { ...head, ...lists } : r;
				};
				tx.oncomplete = () => {
					db.close();
					resolve(all.result.map((r) => (r.caseId === caseId ? join(r) : { ...join(r), transcript: [], ledger: [], inkState: null })));
				};
				tx.onerror = () => reject(tx.error);
			};
		});
	}, caseId);
}

/**
 * How the page must look for a stored attempt it resumed: the transcript and passage the row
 * holds, the choices the story offers there, the verdict of the last scored choice.
 * @param {View} view
 * @param {StoredRow} row
 * @param {readonly string[]} offered the ids the story offers at the row's place
 * @returns {string[]} the differences
 */
export function viewProblems(view, row, offered) {
	/** @type {string[]} */
	const out = [];
	if (view.saveState !== 'saved') out.push(`a resumed attempt shows save state ${view.saveState}`);
	const line = (/** @type {StoredRow['transcript'][number]} */ e) => (e.kind === 'choice' ? `You chose: ${e.text}` : e.text).replace(/\s+/g, ' ').trim();
	// The hidden "You chose: " prefix loses its space in textContent; compare the words only.
	const words = (/** @type {string[]} */ lines) => lines.map((l) => l.replace(/^You chose:\s*/, 'You chose: '));
	const earlier = row.transcript.slice(0, row.phase === 'feedback' ? row.transcript.length : row.passageStart).map(line);
	const passage = row.transcript.slice(row.passageStart).map(line);
	if (row.phase !== 'setting' && JSON.stringify(words(view.transcript)) !== JSON.stringify(earlier))
		out.push(`the page's transcript (${view.transcript.length} paragraphs) differs from the row's (${earlier.length})`);
	if (row.phase === 'choosing' && JSON.stringify(view.passageLines) !== JSON.stringify(passage)) out.push("the page's passage differs from the row's");
	const shown = view.choiceIds.join(' ');
	const expected = row.phase === 'choosing' ? offered.join(' ') : '';
	if (shown !== expected) out.push(`the page offers [${shown}], the story offers [${expected}] at the row's place`);
	if (row.phase === 'feedback') {
		const last = row.ledger.at(-1);
		if (view.verdict !== (last?.verdict ?? null)) out.push(`the feedback shows verdict ${view.verdict}, the ledger's last entry ${last?.verdict}`);
	}
	if (row.phase === 'setting' && view.profile !== null && view.profile !== row.profile) out.push(`the setting card shows profile ${view.profile}, the row ${row.profile}`);
	return out;
}
