/**
 * The pass rule a course reports (build option CONFIDE_PASS). Imports nothing: the Vite config
 * reads it at build time.
 */

/** When an attempt passes: finished, without a critical error (if required), and enough points. */
export interface PassRule {
	/** The share of points needed, 0 to 1. */
	minScore: number;
	/** A critical error fails the attempt whatever the points. */
	noCritical: boolean;
}

/** The default: completed, no critical error, at least 75 % of the points. */
export const DEFAULT_PASS_RULE: PassRule = { minScore: 0.75, noCritical: true };

/** Reads a pass rule written as `75` or `75,critical-ok` (build option CONFIDE_PASS); loud when malformed. */
export function parsePassRule(text: string | undefined): PassRule {
	if (!text) return DEFAULT_PASS_RULE;
	const match = /^(\d{1,3})(,critical-ok)?$/.exec(text.trim());
	const percent = match ? Number(match[1]) : NaN;
	if (!match || percent > 100) throw new Error(`pass rule '${text}' is not of the form 75 or 75,critical-ok`);
	return { minScore: percent / 100, noCritical: match[2] === undefined };
}
