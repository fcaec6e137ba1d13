/**
 * The authoring rules of the content brief (CONTENT.md 2.4-2.6 and 8) that keep a vignette's key
 * from giving itself away: option lengths, the longest option, justifying clauses, the position of
 * the best option, blanket strategies, critical errors on both sides, citations, retired ids and
 * reviewer hedges. Pure: a manifest's decisions in, findings and the tables the checker prints out.
 */
import { scoreFor } from './profiles.ts';
import type { Action, DecisionInfo, OptionScore, ScoredOption } from './types.ts';

/** An option may differ from its decision's mean length (characters) by at most this share. */
export const MAX_LENGTH_DEVIATION = 0.2;
/** A blanket strategy ("always hold", "always disclose") may earn at most this share of points. */
export const MAX_BLANKET_SHARE = 0.6;
/** Points per verdict (CONTENT.md 2.3 and 2.5). */
export const POINTS = { best: 2, acceptable: 1, error: 0 } as const;

/**
 * Clauses that make an option argue for itself (CONTENT.md 8, rule 3). Whole words, any case.
 * "since" is listed even though it can be temporal: write "for three weeks", not "since".
 */
export const JUSTIFYING_CLAUSES = [
	'because',
	'since',
	'so that',
	'so as to',
	'in order to',
	'to calm',
	'to reassure',
	'to be safe',
	'to be on the safe side',
	'as a compromise',
	'no need',
	"there's no need",
	'just in case'
] as const;

/** A hedge meant for the reviewer, never for trainees (CONTENT.md 8). */
export const REVIEWER_HEDGE = /\(\s*verify[^)]*\)/i;

export type RuleId =
	| 'cite'
	| 'length'
	| 'longest'
	| 'justifying-clause'
	| 'best-position'
	| 'cross-action-acceptable'
	| 'blanket-share'
	| 'blanket-critical'
	| 'critical-under'
	| 'critical-over'
	| 'retired-id'
	| 'reviewer-hedge';

export interface RuleFinding {
	rule: RuleId;
	message: string;
	/** The decision or option the finding is about, for locating it in the source. */
	id?: string;
}

export interface OptionLength {
	optionId: string;
	chars: number;
	/** Signed deviation from the decision's mean, as a share (0.08 = 8 % longer). */
	deviation: number;
}

export interface DecisionLengths {
	decisionId: string;
	mean: number;
	min: number;
	max: number;
	/** The largest absolute deviation of any option, as a share. */
	maxDeviation: number;
	bestIsLongest: boolean;
	/** 1-based screen position of the best option. */
	bestPosition: number;
	options: OptionLength[];
}

export interface BlanketResult {
	action: Action;
	earned: number;
	possible: number;
	/** Decisions where every option of this action is a critical error. */
	criticalAt: string[];
}

export interface AuthoringReport {
	findings: RuleFinding[];
	lengths: DecisionLengths[];
	blanket: BlanketResult[];
	/** The best action at each decision, in decision order ('H' hold, 'D' disclose). */
	bestActions: string;
}

export interface AuthoringInput {
	decisions: readonly DecisionInfo[];
	/** The profile to score under (undefined: the primary values). */
	profile?: string;
	/** Option and decision ids retired by the brief; never to be used again. */
	retired?: ReadonlySet<string>;
	/** Every text a trainee can see (passages, choices, feedback, setting card...). */
	visibleText?: readonly string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLAUSE_PATTERNS = JUSTIFYING_CLAUSES.map((clause) => ({ clause, pattern: new RegExp(`\\b${escapeRegExp(clause)}\\b`, 'i') }));

/** The justifying clauses an option text contains (empty when none). */
export function justifyingClauses(text: string): string[] {
	const found = CLAUSE_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ clause }) => clause);
	// A clause inside a longer one that matched ("no need" in "there's no need") is reported once.
	return found.filter((clause) => !found.some((other) => other !== clause && other.includes(clause)));
}

const pct = (share: number) => `${Math.round(share * 100)} %`;

function lengthsOf(decision: DecisionInfo, profile: string | undefined): DecisionLengths {
	const chars = decision.options.map((o) => o.text.trim().length);
	const mean = chars.reduce((a, b) => a + b, 0) / Math.max(chars.length, 1);
	const max = Math.max(...chars);
	const bestIndex = decision.options.findIndex((o) => scoreFor(o, profile).verdict === 'best');
	const options = decision.options.map((o, i) => ({ optionId: o.id, chars: chars[i]!, deviation: mean ? (chars[i]! - mean) / mean : 0 }));
	return {
		decisionId: decision.id,
		mean,
		min: Math.min(...chars),
		max,
		maxDeviation: Math.max(...options.map((o) => Math.abs(o.deviation))),
		bestIsLongest: bestIndex !== -1 && chars[bestIndex] === max,
		bestPosition: bestIndex + 1,
		options
	};
}

/** The option a blanket strategy picks at a decision: the highest-scoring, non-critical on a tie. */
function blanketPick(options: readonly OptionScore[]): OptionScore | undefined {
	let pick: OptionScore | undefined;
	for (const o of options) {
		if (!pick) pick = o;
		else if (POINTS[o.verdict] > POINTS[pick.verdict] || (POINTS[o.verdict] === POINTS[pick.verdict] && pick.critical && !o.critical)) pick = o;
	}
	return pick;
}

/** "Always hold" and "always disclose" (CONTENT.md 2.5). */
export function blanketStrategies(decisions: readonly DecisionInfo[], profile?: string): BlanketResult[] {
	return (['hold', 'disclose'] as const).map((action) => {
		let earned = 0;
		const criticalAt: string[] = [];
		for (const decision of decisions) {
			const pick = blanketPick(decision.options.map((o) => scoreFor(o, profile)).filter((s) => s.action === action));
			if (!pick) continue;
			earned += POINTS[pick.verdict];
			if (pick.critical) criticalAt.push(decision.id);
		}
		return { action, earned, possible: decisions.length * POINTS.best, criticalAt };
	});
}

/** Checks a vignette's decisions under one profile against every authoring rule. */
export function checkAuthoringRules(input: AuthoringInput): AuthoringReport {
	const { decisions, profile } = input;
	const findings: RuleFinding[] = [];
	const under = profile ? ` under profile '${profile}'` : '';
	const scored = (o: ScoredOption) => scoreFor(o, profile);

	for (const decision of decisions)
		for (const option of decision.options) {
			const score = scored(option);
			if (!score.cite) findings.push({ rule: 'cite', id: option.id, message: `option '${option.id}' has no 'cite'${under}: every option needs its own citation` });
			const clauses = justifyingClauses(option.text);
			if (clauses.length)
				findings.push({
					rule: 'justifying-clause',
					id: option.id,
					message: `option '${option.id}' argues for itself ('${clauses.join("', '")}'): write what the clinician does; the reasons go in the rationale`
				});
		}

	const lengths = decisions.map((d) => lengthsOf(d, profile));
	for (const l of lengths)
		for (const o of l.options)
			if (Math.abs(o.deviation) > MAX_LENGTH_DEVIATION)
				findings.push({
					rule: 'length',
					id: o.optionId,
					message: `option '${o.optionId}' is ${o.chars} characters, ${pct(Math.abs(o.deviation))} ${o.deviation > 0 ? 'longer' : 'shorter'} than its decision's mean of ${Math.round(l.mean)} (at most ${pct(MAX_LENGTH_DEVIATION)})`
				});

	const longest = lengths.filter((l) => l.bestIsLongest);
	if (decisions.length && longest.length * 2 > decisions.length)
		findings.push({
			rule: 'longest',
			id: longest[0]?.decisionId,
			message: `the best option is the longest in ${longest.length} of ${decisions.length} decisions${under} (${longest.map((l) => l.decisionId).join(', ')}): at most half, or "pick the longest" wins`
		});

	const positions = new Map<number, string[]>();
	for (const l of lengths) positions.set(l.bestPosition, [...(positions.get(l.bestPosition) ?? []), l.decisionId]);
	for (const [position, ids] of positions)
		if (decisions.length > 1 && ids.length * 2 > decisions.length)
			findings.push({
				rule: 'best-position',
				id: ids[0],
				message: `the best option is shown in position ${position} in ${ids.length} of ${decisions.length} decisions${under} (${ids.join(', ')}): vary where it sits`
			});

	for (const decision of decisions) {
		const best = decision.options.map(scored).find((s) => s.verdict === 'best');
		for (const option of decision.options) {
			const score = scored(option);
			if (best && score.verdict === 'acceptable' && score.action !== best.action)
				findings.push({
					rule: 'cross-action-acceptable',
					id: option.id,
					message: `option '${option.id}' is an acceptable ${score.action} where the best option is a ${best.action}${under}: an acceptable option takes the best option's action`
				});
		}
	}

	const blanket = blanketStrategies(decisions, profile);
	for (const b of blanket) {
		const name = `"always ${b.action}"`;
		if (b.possible && b.earned / b.possible > MAX_BLANKET_SHARE)
			findings.push({
				rule: 'blanket-share',
				message: `${name} earns ${b.earned} of ${b.possible} points (${pct(b.earned / b.possible)})${under}: at most ${pct(MAX_BLANKET_SHARE)}`
			});
		if (decisions.length && b.criticalAt.length === 0)
			findings.push({
				rule: 'blanket-critical',
				message: `${name} avoids every critical error${under}: some decision must make every ${b.action} option a critical error`
			});
	}

	const errors = decisions.flatMap((d) => d.options.map(scored)).filter((s) => s.verdict === 'error' && s.critical);
	if (!errors.some((s) => s.kind === 'under'))
		findings.push({ rule: 'critical-under', message: `no critical under-protection error${under}: every vignette needs one` });
	if (!errors.some((s) => s.kind === 'over'))
		findings.push({ rule: 'critical-over', message: `no critical over-disclosure error${under}: every vignette needs one` });

	const retired = input.retired ?? new Set<string>();
	for (const decision of decisions) {
		if (retired.has(decision.id))
			findings.push({ rule: 'retired-id', id: decision.id, message: `decision '${decision.id}' was retired and its number is never reused: give the decision a new number` });
		for (const option of decision.options)
			if (retired.has(option.id) && !retired.has(decision.id))
				findings.push({ rule: 'retired-id', id: option.id, message: `option id '${option.id}' was retired and is never reused: give the option a new letter` });
	}

	for (const text of input.visibleText ?? []) {
		const hedge = REVIEWER_HEDGE.exec(text);
		if (hedge)
			findings.push({
				rule: 'reviewer-hedge',
				message: `trainee-visible text contains '${hedge[0]}' ("${text.length > 60 ? `${text.slice(0, 57)}...` : text}"): tell the trainee what to check instead, e.g. "check your state's current statute"`
			});
	}

	return { findings, lengths, blanket, bestActions: decisions.map((d) => (d.options.map(scored).find((s) => s.verdict === 'best')?.action === 'disclose' ? 'D' : 'H')).join('') };
}

/**
 * The authoring rule of CONTENT.md 2.4: a vignette teaches both directions, so under every
 * profile at least one decision is best answered by holding and one by disclosing.
 */
export function missingBestActions(decisions: readonly DecisionInfo[], profile?: string): Array<'hold' | 'disclose'> {
	const bestActions = new Set(
		decisions.flatMap((d) => d.options.map((o) => scoreFor(o, profile)).filter((s) => s.verdict === 'best').map((s) => s.action))
	);
	return (['hold', 'disclose'] as const).filter((a) => !bestActions.has(a));
}
