/**
 * Whether a completed attempt passed: one rule for certificates, the debrief and a course's LMS
 * or record store. By default no critical error and at least 75 % of the points a vignette
 * offers (best 2, acceptable 1, error 0, CONTENT.md 2.3). A build sets it with CONFIDE_PASS
 * (`75`, or `75,critical-ok` to let a critical error pass); the Vite config parses it. Pure.
 */
import { POINTS } from './authoring-rules.ts';
import type { LedgerEntry } from './scoring.ts';

export interface PassRule {
	/** The share of points needed, in percent (0 to 100). */
	minPercent: number;
	/** A critical error fails the attempt whatever the points. */
	noCritical: boolean;
}

export const DEFAULT_PASS_RULE: PassRule = { minPercent: 75, noCritical: true };

/** Reads a pass rule written as `75` or `75,critical-ok` (CONFIDE_PASS); loud when malformed. */
export function parsePassRule(text: string | undefined): PassRule {
	if (!text) return DEFAULT_PASS_RULE;
	const match = /^(\d{1,3})(,critical-ok)?$/.exec(text.trim());
	const percent = match ? Number(match[1]) : NaN;
	if (!match || percent > 100) throw new Error(`CONFIDE_PASS: pass rule '${text}' is not of the form 75 or 75,critical-ok (a percentage of points, 0 to 100)`);
	return { minPercent: percent, noCritical: match[2] === undefined };
}

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
	const enough = possible > 0 && earned * 100 >= rule.minPercent * possible;
	return { passed: enough && !(rule.noCritical && critical > 0), earned, possible, percent, critical };
}

/** The rule in words, for pages and printouts. */
export function passRuleText(rule: PassRule = DEFAULT_PASS_RULE): string {
	const critical = rule.noCritical ? 'no critical error and ' : '';
	return `Passing a vignette needs ${critical}at least ${rule.minPercent} % of its points (best response 2, acceptable 1, error 0).`;
}

/** Why an attempt did or did not pass, in words. */
export function passVerdictText(result: PassResult, rule: PassRule = DEFAULT_PASS_RULE): string {
	const points = `${result.earned} of ${result.possible} points (${result.percent} %)`;
	if (result.passed) return `Passed: ${points}${result.critical ? '' : ', no critical error'}.`;
	const why = [
		...(rule.noCritical && result.critical ? [result.critical === 1 ? 'a critical error' : `${result.critical} critical errors`] : []),
		...(result.earned * 100 < rule.minPercent * result.possible ? [`${points}, under ${rule.minPercent} %`] : [])
	];
	return `Completed, not passed: ${why.join(' and ')}.`;
}
