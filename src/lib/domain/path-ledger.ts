/**
 * What the story checker remembers of a trainee's way through a story, beside the ink state:
 * decisions announced and not yet answered, decisions answered, and the last scored option (where
 * the path map draws its next arrow from). Two runs with the same ink state and the same ledger
 * can meet nothing different from there on, so the checker explores each pair once.
 * Pure: ledgers in, ledgers and problems out.
 */

export interface PathLedger {
	/** Announced with `#decision:` and not answered yet, sorted. */
	readonly open: readonly string[];
	/** Answered, sorted. A decision is answered once: the debrief and the path map list each once. */
	readonly answered: readonly string[];
	readonly lastScored: string | null;
}

export const EMPTY_LEDGER: PathLedger = { open: [], answered: [], lastScored: null };

export type LedgerProblem =
	/** A decision already answered comes round again: the debrief would list it twice. */
	| 'revisit'
	/** An option is offered before its decision is announced. */
	| 'unannounced';

const withItem = (list: readonly string[], item: string) => (list.includes(item) ? list : [...list, item].sort());

/** A `#decision:` line met. Announcing an answered decision again is a revisit. */
export function announce(ledger: PathLedger, decisionId: string): { ledger: PathLedger; problem?: LedgerProblem } {
	if (ledger.answered.includes(decisionId)) return { ledger, problem: 'revisit' };
	return { ledger: { ...ledger, open: withItem(ledger.open, decisionId) } };
}

/** The problem with offering an option of this decision now, if any. */
export function offerProblem(ledger: PathLedger, decisionId: string): LedgerProblem | undefined {
	if (ledger.answered.includes(decisionId)) return 'revisit';
	if (!ledger.open.includes(decisionId)) return 'unannounced';
	return undefined;
}

/** A scored option taken: its decision is answered. */
export function answer(ledger: PathLedger, option: { id: string; decisionId: string }): PathLedger {
	return {
		open: ledger.open.filter((id) => id !== option.decisionId),
		answered: withItem(ledger.answered, option.decisionId),
		lastScored: option.id
	};
}

export type EndProblem =
	/** The story ended before any scored decision: an empty debrief. */
	| 'no-debrief'
	/** The story ended with an announced decision never answered: the debrief misses it. */
	| 'unanswered';

export function endProblem(ledger: PathLedger): EndProblem | undefined {
	if (ledger.answered.length === 0) return 'no-debrief';
	if (ledger.open.length) return 'unanswered';
	return undefined;
}

/** A stable text for the ledger, part of the key under which the checker deduplicates states. */
export function ledgerKey(ledger: PathLedger): string {
	return `${ledger.open.join(',')}|${ledger.answered.join(',')}|${ledger.lastScored ?? ''}`;
}
