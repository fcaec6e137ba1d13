/**
 * The soak's bookkeeping, pure: what the page acknowledged before a kill, what a stored attempt
 * row must therefore hold after it, and whether a row is consistent in itself. No browser, no ink.
 *
 * An attempt is followed as a summary of its row. Each step the soak took is applied to it:
 * acknowledged steps (the page showed `data-save-state=saved` for them) must all be in the row;
 * the one step a kill may have interrupted may be there or not, never half. Begin and a profile
 * pick are not saved (the content note and the setting card are never stored): the first save of
 * an attempt is "Start the session".
 */

/**
 * @typedef {'begin' | 'profile' | 'continue' | 'choice' | 'feedback' | 'restart'} StepKind
 * @typedef {'setting' | 'choosing' | 'feedback' | 'ended'} Phase
 *
 * @typedef {object} Step one thing the soak did on the page
 * @property {StepKind} kind
 * @property {string} [choiceId] for `choice`
 * @property {string} [profile] for `profile`: the profile picked
 * @property {boolean | null} acked true: the page acknowledged it (saved, or shown for a step that saves nothing); false: it had not when last read; null: never read
 * @property {string} [screen] for acknowledged steps: the screen the page showed once saved
 *
 * @typedef {object} Summary what a stored attempt row says, reduced to what the soak can predict
 * @property {boolean} exists
 * @property {string} [id]
 * @property {string} status
 * @property {Phase[]} phases the phases allowed (one, unless a kill left it open)
 * @property {string | null} profile
 * @property {number} revision
 * @property {string[]} log the choice ids, in order
 *
 * @typedef {object} StoredRow the fields of an attempt row the soak reads
 * @property {string} id
 * @property {string} caseId
 * @property {string} status
 * @property {string} phase
 * @property {string | null} profile
 * @property {number} revision
 * @property {number} startedAt
 * @property {number} updatedAt
 * @property {string | null} inkState
 * @property {{ choiceId: string, at: number }[]} choiceLog
 * @property {({ kind: 'text', text: string } | { kind: 'choice', text: string, choiceId: string })[]} transcript
 * @property {number} passageStart
 * @property {{ optionId: string, decisionId: string, verdict: string }[]} ledger
 *
 * @typedef {object} Judgement
 * @property {'clean' | 'kept' | 'lost'} outcome clean: nothing was unacknowledged; kept / lost: the interrupted step
 * @property {string[]} problems empty when the row is as the acknowledged steps require
 * @property {boolean} ackedLost an acknowledged choice (or the attempt itself) is missing from the row
 */

/** Scored option ids (`V1.D1.2.a`); narrative choices have other ids. */
export const SCORED_ID = /^V\d+\.D\d+\.\d+\.[a-z]$/;

/** @type {Record<string, Phase>} */
const PHASE_OF_SCREEN = { setting: 'setting', choosing: 'choosing', feedback: 'feedback', debrief: 'ended' };

/**
 * The phase a stored attempt has when the page shows `screen` (undefined for other screens).
 * @param {string | null | undefined} screen
 * @returns {Phase | undefined}
 */
export const phaseOfScreen = (screen) => (screen ? PHASE_OF_SCREEN[screen] : undefined);

/**
 * The screen a resumed attempt in `phase` must show (an ended attempt is not resumed: a new one starts).
 * @param {string} phase
 */
export const screenOfPhase = (phase) => (phase === 'ended' ? 'content-note' : phase);

/**
 * Whether a step is saved: only choices and closing feedback are. Nothing is saved before the first
 * choice (begin, a profile pick, starting the session), nor by a restart, which only marks the
 * attempt it leaves.
 * @param {StepKind} kind
 */
export const saves = (kind) => kind === 'choice' || kind === 'feedback';

/**
 * Whether an attempt can have a stored row after `steps`: a known one always does; a new one only
 * once a step saved (begin, profile picks, starting the session and a restart before the first
 * choice save nothing, so such an attempt takes no row from the fresh ones).
 * @param {Summary} before
 * @param {readonly Step[]} steps
 */
export const hasRow = (before, steps) => before.exists || steps.some((s) => saves(s.kind));

/**
 * A new attempt before its first save.
 * @param {string | null} profile the vignette's default profile
 * @returns {Summary}
 */
export const unsaved = (profile) => ({ exists: false, status: 'active', phases: ['setting'], profile, revision: 0, log: [] });

/**
 * @param {StoredRow} row
 * @returns {Summary}
 */
export const summarize = (row) => ({
	exists: true,
	id: row.id,
	status: row.status,
	phases: [/** @type {Phase} */ (row.phase)],
	profile: row.profile,
	revision: row.revision,
	log: row.choiceLog.map((c) => c.choiceId)
});

/**
 * The summary after `step` was saved. An acknowledged step names its phase (from the screen the
 * page showed); an interrupted one allows each phase it could lead to.
 * @param {Summary} s
 * @param {Step} step
 * @returns {Summary}
 */
export function apply(s, step) {
	const known = phaseOfScreen(step.screen);
	/** @param {Phase[]} phases */
	const saved = (phases, changes = {}) => {
		const next = { ...s, exists: true, revision: s.revision + 1, phases: known ? [known] : phases, ...changes };
		return { ...next, status: next.phases.length === 1 && next.phases[0] === 'ended' ? 'completed' : 'active' };
	};
	switch (step.kind) {
		case 'begin':
			return s;
		case 'profile':
			return { ...s, profile: step.profile ?? null };
		case 'continue':
			return s;
		case 'choice': {
			const id = step.choiceId ?? '';
			return saved(SCORED_ID.test(id) ? ['feedback'] : ['choosing', 'ended'], { log: [...s.log, id] });
		}
		case 'feedback':
			return saved(['choosing', 'ended']);
		case 'restart':
			// The page marks an unfinished attempt abandoned before it starts a new one.
			return s.exists && !s.phases.includes('ended') ? { ...s, status: 'abandoned', revision: s.revision + 1 } : s;
	}
}

/**
 * @param {Summary} expected
 * @param {StoredRow | undefined} row
 * @returns {string[]} how the row differs (empty: it matches)
 */
export function differences(expected, row) {
	if (!expected.exists) return row ? [`a row ${row.id} exists, but no save of this attempt was made`] : [];
	if (!row) return ['no row is stored'];
	/** @type {string[]} */
	const out = [];
	const log = row.choiceLog.map((c) => c.choiceId);
	if (expected.id !== undefined && row.id !== expected.id) out.push(`id ${row.id}, expected ${expected.id}`);
	// Where a kill left the phase open, the status follows the phase the row has.
	const status = expected.phases.length > 1 && expected.status !== 'abandoned' ? (row.phase === 'ended' ? 'completed' : 'active') : expected.status;
	if (row.status !== status) out.push(`status ${row.status}, expected ${status}`);
	if (!expected.phases.includes(/** @type {Phase} */ (row.phase))) out.push(`phase ${row.phase}, expected ${expected.phases.join(' or ')}`);
	if (row.profile !== expected.profile) out.push(`profile ${row.profile}, expected ${expected.profile}`);
	if (row.revision !== expected.revision) out.push(`revision ${row.revision}, expected ${expected.revision}`);
	if (JSON.stringify(log) !== JSON.stringify(expected.log)) out.push(`choice log [${log.join(' ')}], expected [${expected.log.join(' ')}]`);
	return out;
}

/**
 * Judges one attempt's stored row against the steps taken on it since `before` (its verified
 * summary, or `unsaved` for a new attempt). Every step but the last must be acknowledged.
 * @param {Summary} before
 * @param {readonly Step[]} steps
 * @param {StoredRow | undefined} row
 * @returns {Judgement}
 */
export function judge(before, steps, row) {
	const pending = steps.filter((s) => s.acked !== true);
	if (pending.length > 1 || (pending.length === 1 && steps.at(-1) !== pending[0]))
		throw new Error('the soak took a step before the previous one was acknowledged');
	const acked = steps.filter((s) => s.acked === true).reduce(apply, before);
	const interrupted = pending[0];
	const ackedDiff = differences(acked, row);
	if (!interrupted) return { outcome: 'clean', problems: ackedDiff.map((d) => `acknowledged state: ${d}`), ackedLost: lostAcked(acked, row) };
	const keptDiff = differences(apply(acked, interrupted), row);
	if (keptDiff.length === 0) return { outcome: 'kept', problems: [], ackedLost: false };
	if (ackedDiff.length === 0) return { outcome: 'lost', problems: [], ackedLost: false };
	return {
		outcome: 'lost',
		problems: [`the row fits neither the acknowledged state (${ackedDiff.join('; ')}) nor that plus the interrupted ${describe(interrupted)} (${keptDiff.join('; ')})`],
		ackedLost: lostAcked(acked, row)
	};
}

/**
 * Whether the row misses an acknowledged save: the attempt itself or a choice of its log.
 * @param {Summary} acked
 * @param {StoredRow | undefined} row
 */
function lostAcked(acked, row) {
	if (!acked.exists) return false;
	if (!row) return true;
	const log = row.choiceLog.map((c) => c.choiceId);
	return acked.log.some((id, i) => log[i] !== id) || row.revision < acked.revision;
}

/** @param {Step} step */
export const describe = (step) => (step.kind === 'choice' ? `choice ${step.choiceId}` : step.kind === 'profile' ? `profile pick ${step.profile}` : step.kind);

/**
 * Consistency of a row in itself: the transcript's choices and the ledger's options agree with the
 * choice log, and the revision counts at least the saves the log implies.
 * @param {StoredRow} row
 * @returns {string[]}
 */
export function rowProblems(row) {
	/** @type {string[]} */
	const out = [];
	const log = row.choiceLog.map((c) => c.choiceId);
	const transcriptChoices = row.transcript.filter((e) => e.kind === 'choice').map((e) => /** @type {{ choiceId: string }} */ (e).choiceId);
	if (JSON.stringify(transcriptChoices) !== JSON.stringify(log))
		out.push(`the transcript's choices [${transcriptChoices.join(' ')}] differ from the choice log [${log.join(' ')}]`);
	const scored = log.filter((id) => SCORED_ID.test(id));
	const ledger = row.ledger.map((e) => e.optionId);
	if (JSON.stringify(ledger) !== JSON.stringify(scored)) out.push(`the ledger [${ledger.join(' ')}] differs from the scored choices of the log [${scored.join(' ')}]`);
	if (row.passageStart > row.transcript.length) out.push(`passageStart ${row.passageStart} is past the transcript's end (${row.transcript.length})`);
	// One save per choice + one per feedback closed (the open one is not); nothing before the first
	// choice. (Rows on the setting card come only from older versions, which saved it.)
	const minSaves = row.phase === 'setting' ? 1 : log.length + scored.length - (row.phase === 'feedback' ? 1 : 0);
	if (row.revision < minSaves) out.push(`revision ${row.revision} is below the ${minSaves} saves its log implies`);
	if (row.phase === 'setting' && (log.length || row.inkState !== null || row.transcript.length)) out.push('a row on the setting card has story progress');
	if (row.phase !== 'setting' && row.inkState === null) out.push(`a row in phase ${row.phase} has no ink state`);
	if (row.status === 'active' || row.status === 'completed' ? (row.phase === 'ended') !== (row.status === 'completed') : row.phase === 'ended')
		out.push(`phase ${row.phase} with status ${row.status}`);
	if (row.phase === 'feedback' && !SCORED_ID.test(log.at(-1) ?? '')) out.push('phase feedback, but the last logged choice is not scored');
	return out;
}

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same decisions.
 * @param {number} seed
 */
export function prng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		/** @param {number} n @returns {number} an integer in [0, n) */
		int: (n) => Math.floor(next() * n),
		/** @param {number} p */
		chance: (p) => next() < p,
		/** @template T @param {readonly T[]} items @returns {T} */
		pick: (items) => /** @type {T} */ (items[Math.floor(next() * items.length)])
	};
}

/**
 * The seed of one cycle's own PRNG: a cycle's decisions do not depend on how the ones before it
 * went (a kill may or may not have kept a step, which changes what the next screens offer).
 * @param {number} seed
 * @param {number} cycle
 */
export const cycleSeed = (seed, cycle) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(cycle, 0xc2b2ae35)) >>> 0;
