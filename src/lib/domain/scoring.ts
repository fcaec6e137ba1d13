/** Scoring (CONTENT.md 2.1): turns tagged options into a ledger, and a ledger into a debrief. */
import { optionLabel } from './option-labels';
import { scoreFor } from './profiles';
import type { DecisionInfo, OptionScore, ScoredOption } from './types';

/** One scored decision as it was made. Plain data: stored with the attempt. */
export interface LedgerEntry extends OptionScore {
	decisionId: string;
	optionId: string;
	optionText: string;
}

export const COUNT_KEYS = [
	'correct_breach',
	'correct_hold',
	'missed_breach',
	'unwarranted_breach',
	'process_error',
	'critical'
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type Counts = Record<CountKey, number>;

export function ledgerEntry(option: ScoredOption, profile?: string): LedgerEntry {
	return { decisionId: option.decisionId, optionId: option.id, optionText: option.text, ...scoreFor(option, profile) };
}

/** Everything a ledger entry states, in one order, so two ledgers compare by value. */
const entryFacts = (e: LedgerEntry) => [e.decisionId, e.optionId, e.optionText, e.action, e.verdict, e.kind ?? null, e.critical, e.rationale, e.cite ?? null];

/** Whether two ledgers state the same decisions, choices and scores, in the same order. */
export const sameLedger = (a: readonly LedgerEntry[], b: readonly LedgerEntry[]) =>
	JSON.stringify(a.map(entryFacts)) === JSON.stringify(b.map(entryFacts));

/** The one bucket of 2.1 an entry falls in (critical is counted on top of it). */
export function bucketOf(entry: OptionScore): Exclude<CountKey, 'critical'> {
	if (entry.verdict !== 'error') return entry.action === 'disclose' ? 'correct_breach' : 'correct_hold';
	if (entry.kind === 'under') return 'missed_breach';
	if (entry.kind === 'over') return 'unwarranted_breach';
	return 'process_error';
}

export function countLedger(ledger: readonly LedgerEntry[]): Counts {
	const counts: Counts = { correct_breach: 0, correct_hold: 0, missed_breach: 0, unwarranted_breach: 0, process_error: 0, critical: 0 };
	for (const entry of ledger) {
		counts[bucketOf(entry)]++;
		if (entry.critical) counts.critical++;
	}
	return counts;
}

export interface DecisionReview {
	decisionId: string;
	title: string;
	chosen: LedgerEntry;
	/** The chosen option's display label ("2"); null when the current content no longer has it. */
	chosenLabel: string | null;
	/** The citation shown: the option's own, else the best option's (CONTENT.md 0). */
	cite?: string;
	/** The best option, when the trainee did not choose it. */
	best?: { optionId: string; label: string; text: string; rationale: string; cite?: string };
	/** For a process error: whether the call itself was right (processCall). */
	call?: ProcessCall;
}

export interface Debrief {
	counts: Counts;
	criticalErrors: DecisionReview[];
	decisions: DecisionReview[];
	/** Suggested weights of 2.3, shown only beside the subscales: best 2, acceptable 1, error 0. */
	points: { earned: number; possible: number; cappedByCritical: boolean };
}

export function bestOption(decision: DecisionInfo, profile?: string): ScoredOption | undefined {
	return decision.options.find((o) => scoreFor(o, profile).verdict === 'best');
}

/** Whether a process error's call (hold or disclose) was the right one: 'right call, wrong way' or not (CONTENT.md 2.2). */
export type ProcessCall = 'right' | 'wrong';

/**
 * The call a process error made, judged against the decision's best option under the profile: the
 * right call is the best option's action (every acceptable option shares it: CONTENT.md 2.4).
 * Undefined for anything but a process error, or when the decision is not known.
 */
export function processCall(score: Pick<OptionScore, 'verdict' | 'kind' | 'action'>, decision: DecisionInfo | undefined, profile?: string): ProcessCall | undefined {
	if (score.verdict !== 'error' || score.kind !== 'process' || !decision) return undefined;
	const best = bestOption(decision, profile);
	if (!best) return undefined;
	return scoreFor(best, profile).action === score.action ? 'right' : 'wrong';
}

export function reviewDecision(entry: LedgerEntry, decision: DecisionInfo | undefined, profile?: string): DecisionReview {
	const best = decision ? bestOption(decision, profile) : undefined;
	const bestScore = best ? scoreFor(best, profile) : undefined;
	const review: DecisionReview = {
		decisionId: entry.decisionId,
		// A decision the content no longer has (an attempt made with older content) is named as such, never by id.
		title: decision?.title ?? 'A decision no longer in this vignette',
		chosen: entry,
		chosenLabel: optionLabel(decision, entry.optionId)
	};
	const cite = entry.cite ?? bestScore?.cite;
	if (cite) review.cite = cite;
	const call = processCall(entry, decision, profile);
	if (call) review.call = call;
	if (best && bestScore && best.id !== entry.optionId)
		review.best = {
			optionId: best.id,
			label: optionLabel(decision, best.id)!,
			text: best.text,
			rationale: bestScore.rationale,
			...(bestScore.cite ? { cite: bestScore.cite } : {})
		};
	return review;
}

const POINTS = { best: 2, acceptable: 1, error: 0 } as const;

export function buildDebrief(ledger: readonly LedgerEntry[], decisions: readonly DecisionInfo[], profile?: string): Debrief {
	const byId = new Map(decisions.map((d) => [d.id, d]));
	const reviews = ledger.map((entry) => reviewDecision(entry, byId.get(entry.decisionId), profile));
	const earned = ledger.reduce((sum, e) => sum + POINTS[e.verdict], 0);
	const cappedByCritical = ledger.some((e) => e.critical);
	return {
		counts: countLedger(ledger),
		criticalErrors: reviews.filter((r) => r.chosen.critical),
		decisions: reviews,
		points: { earned, possible: decisions.length * POINTS.best, cappedByCritical }
	};
}
