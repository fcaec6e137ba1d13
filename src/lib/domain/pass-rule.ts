/**
 * Whether a completed attempt passed. The rule (the same default as a course's LMS result): no
 * critical error and at least `minPercent` % of the points a vignette offers (best 2,
 * acceptable 1, error 0, CONTENT.md 2.3). A build sets the share (CONFIDE_PASS_PERCENT). Pure.
 */
import { POINTS } from './authoring-rules';
import type { LedgerEntry } from './scoring';

export interface PassRule {
	/** The share of points needed, in percent (0 to 100). */
	minPercent: number;
}

export const DEFAULT_PASS_RULE: PassRule = { minPercent: 75 };

export interface PassResult {
	passed: boolean;
	earned: number;
	possible: number;
	/** Points earned as a whole percentage of those possible (rounded down: 74.9 % is not 75 %). */
	percent: number;
	critical: number;
}

/** `decisionCount` is how many decisions the vignette has (each worth 2 points at best). */
export function passResult(ledger: readonly Pick<LedgerEntry, 'verdict' | 'critical'>[], decisionCount: number, rule: PassRule = DEFAULT_PASS_RULE): PassResult {
	const earned = ledger.reduce((sum, e) => sum + POINTS[e.verdict], 0);
	const possible = decisionCount * POINTS.best;
	const critical = ledger.filter((e) => e.critical).length;
	const percent = possible > 0 ? Math.floor((earned * 100) / possible) : 0;
	return { passed: critical === 0 && possible > 0 && earned * 100 >= rule.minPercent * possible, earned, possible, percent, critical };
}

/** The rule in words, for pages and printouts. */
export function passRuleText(rule: PassRule = DEFAULT_PASS_RULE): string {
	return `Passing a vignette needs no critical error and at least ${rule.minPercent} % of its points (best response 2, acceptable 1, error 0).`;
}

/** Why an attempt did or did not pass, in words. */
export function passVerdictText(result: PassResult, rule: PassRule = DEFAULT_PASS_RULE): string {
	const points = `${result.earned} of ${result.possible} points (${result.percent} %)`;
	if (result.passed) return `Passed: ${points}, no critical error.`;
	const why = [
		...(result.critical ? [result.critical === 1 ? 'a critical error' : `${result.critical} critical errors`] : []),
		...(result.earned * 100 < rule.minPercent * result.possible ? [`${points}, under ${rule.minPercent} %`] : [])
	];
	return `Completed, not passed: ${why.join(' and ')}.`;
}
