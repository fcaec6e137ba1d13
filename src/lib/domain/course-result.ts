/**
 * What a course's records (an LMS gradebook, a learning record store) receive about one attempt,
 * in no standard's vocabulary: completion, success against the pass rule, the score, and one
 * interaction per decision. The SCORM and xAPI writers translate this; nothing here knows them.
 * Pure.
 */
import type { LoggedChoice } from './attempt';
import { bestOption, buildDebrief, type LedgerEntry } from './scoring';
import type { DecisionInfo, Verdict } from './types';
import type { PassRule } from './pass-rule';
import { POINTS } from './authoring-rules';

export type Completion = 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';

export interface CourseResult {
	completion: Completion;
	/** Decided only once the vignette is completed. */
	success: Success;
	/** Points earned (best 2, acceptable 1, error 0) out of `max`; `scaled` is their ratio, 0 to 1. */
	raw: number;
	max: number;
	scaled: number;
	critical: boolean;
}

export interface ResultInput {
	ended: boolean;
	ledger: readonly LedgerEntry[];
	decisions: readonly DecisionInfo[];
	profile: string | null;
}

export function courseResult(input: ResultInput, rule: PassRule): CourseResult {
	const { points } = buildDebrief(input.ledger, input.decisions, input.profile ?? undefined);
	const scaled = points.possible === 0 ? 0 : Math.round((points.earned / points.possible) * 10000) / 10000;
	const critical = points.cappedByCritical;
	const passes = points.possible > 0 && points.earned * 100 >= rule.minPercent * points.possible && !(rule.noCritical && critical);
	return {
		completion: input.ended ? 'completed' : 'incomplete',
		success: input.ended ? (passes ? 'passed' : 'failed') : 'unknown',
		raw: points.earned,
		max: points.possible,
		scaled,
		critical
	};
}

/** A vignette of a course, as the course total counts it. */
export interface CourseVignette {
	id: string;
	/** Each decision is worth POINTS.best at most: the vignette's share of the course's points. */
	decisionCount: number;
}

/** What a vignette brings to the course total: its points, and whether it is completed. */
export type VignetteStanding = Pick<CourseResult, 'completion' | 'raw' | 'max' | 'critical'>;

/**
 * The course's result over its vignettes (a package holding the catalogue; a one-vignette package
 * is a course of one): completed once every vignette is, its points summed over all of them (a
 * vignette not yet played adds its points to the maximum only), and judged by the same pass rule
 * as one vignette: enough of all the points, and no critical error in any.
 */
export function courseTotal(vignettes: readonly CourseVignette[], standings: ReadonlyMap<string, VignetteStanding>, rule: PassRule): CourseResult {
	let raw = 0;
	let max = 0;
	let critical = false;
	let completed = vignettes.length > 0;
	for (const vignette of vignettes) {
		const standing = standings.get(vignette.id);
		raw += standing?.raw ?? 0;
		max += standing?.max ?? vignette.decisionCount * POINTS.best;
		critical ||= standing?.critical ?? false;
		completed &&= standing?.completion === 'completed';
	}
	const scaled = max === 0 ? 0 : Math.round((raw / max) * 10000) / 10000;
	const passes = max > 0 && raw * 100 >= rule.minPercent * max && !(rule.noCritical && critical);
	return { completion: completed ? 'completed' : 'incomplete', success: completed ? (passes ? 'passed' : 'failed') : 'unknown', raw, max, scaled, critical };
}

/** How a decision's choice is judged in a gradebook: best is correct, acceptable neutral, an error incorrect. */
export type InteractionResult = 'correct' | 'neutral' | 'incorrect';

const RESULT_OF: Record<Verdict, InteractionResult> = { best: 'correct', acceptable: 'neutral', error: 'incorrect' };

/** One decision as made: a multiple-choice interaction. */
export interface DecisionInteraction {
	/** The decision's id (`V1.D1.1`): stable across content versions. */
	id: string;
	/** The decision's title, for a gradebook's description column. */
	title: string;
	/** The option chosen (its id). */
	response: string;
	/** The best option's id under the attempt's profile, when the decision is known. */
	correct: string | null;
	result: InteractionResult;
	entry: LedgerEntry;
	/** When the choice was made (ms since the epoch). */
	at: number;
	/** Time since the previous choice, or since the attempt started (ms). */
	latencyMs: number;
}

/**
 * One interaction per scored decision, in the order made. The ledger holds the scored choices in
 * the order of the choice log (a scored choice's id is its option id), so the log gives each one
 * its time.
 */
export function decisionInteractions(
	attempt: { ledger: readonly LedgerEntry[]; choiceLog: readonly LoggedChoice[]; startedAt: number },
	decisions: readonly DecisionInfo[],
	profile: string | null
): DecisionInteraction[] {
	const byId = new Map(decisions.map((d) => [d.id, d]));
	const interactions: DecisionInteraction[] = [];
	let logIndex = 0;
	let previous = attempt.startedAt;
	for (const entry of attempt.ledger) {
		while (logIndex < attempt.choiceLog.length && attempt.choiceLog[logIndex]!.choiceId !== entry.optionId) previous = attempt.choiceLog[logIndex++]!.at;
		const logged = attempt.choiceLog[logIndex];
		if (!logged) throw new Error(`the choice log has no choice '${entry.optionId}' for decision ${entry.decisionId}`);
		logIndex++;
		const decision = byId.get(entry.decisionId);
		const best = decision ? bestOption(decision, profile ?? undefined) : undefined;
		interactions.push({
			id: entry.decisionId,
			title: decision?.title ?? entry.decisionId,
			response: entry.optionId,
			correct: best?.id ?? null,
			result: RESULT_OF[entry.verdict],
			entry,
			at: logged.at,
			latencyMs: Math.max(0, logged.at - previous)
		});
		previous = logged.at;
	}
	return interactions;
}
