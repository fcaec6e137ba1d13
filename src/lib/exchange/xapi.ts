/**
 * Attempts as xAPI statements (xAPI 1.0.3), for a learning record store or an export file:
 * `initialized` when an attempt starts, `answered` for each decision (the response, success,
 * and the action, verdict, error kind and critical flag as result extensions), `completed` with
 * the score, then `passed` or `failed` under the pass rule. A practice run's statements carry
 * the practice category and extension, and are never passed or failed.
 *
 * Ids are stable: activities are URNs of the vignette, the decision and the option; each attempt
 * is a registration (its id); each statement's id is derived from what it states, so the same
 * attempt exported twice gives the same ids and a record store keeps each statement once. Pure.
 */
import type { AttemptRecord } from '../domain/attempt';
import { courseResult, decisionInteractions, type DecisionInteraction } from '../domain/course-result';
import type { PassRule } from '../domain/pass-rule';
import type { DecisionInfo } from '../domain/types';
import { isoDuration } from '../domain/iso-duration';

export const XAPI_VERSION = '1.0.3';

const ADL = 'http://adlnet.gov/expapi';
export const VERBS = {
	initialized: `${ADL}/verbs/initialized`,
	answered: `${ADL}/verbs/answered`,
	completed: `${ADL}/verbs/completed`,
	passed: `${ADL}/verbs/passed`,
	failed: `${ADL}/verbs/failed`
} as const;
type VerbName = keyof typeof VERBS;

/** Confide's own identifiers: URNs, so they depend on no web address. */
export const ids = {
	vignette: (caseId: string) => `urn:confide:vignette:${encodeURIComponent(caseId)}`,
	decision: (caseId: string, decisionId: string) => `${ids.vignette(caseId)}:decision:${encodeURIComponent(decisionId)}`,
	option: (caseId: string, optionId: string) => `${ids.vignette(caseId)}:option:${encodeURIComponent(optionId)}`,
	extension: (name: string) => `urn:confide:extension:${name}`,
	practice: 'urn:confide:category:practice'
};

export type Statement = Record<string, unknown> & { id: string };

/** What the statements need beyond the attempts. */
export interface StatementSources {
	/**
	 * Who: the learner an LMS named (`agent`, used as it is); else a name or id the trainee gave, or
	 * an anonymous account on this site.
	 */
	actor: { name: string | null; homePage: string; agent?: Record<string, unknown> };
	/** The vignette's title and decisions (undefined: a vignette this build no longer has). */
	vignette: (caseId: string) => { title: string; decisions: readonly DecisionInfo[] } | undefined;
	passRule: PassRule;
	/**
	 * The review notice (content/review.ts) while the build has unreviewed content: carried by every
	 * statement (an extension of its context), as every export carries it (CONTENT.md 0.4 item 2).
	 */
	notice?: string | null;
}

/**
 * A UUID (RFC 9562 version 8, "custom") derived from a text: four FNV-1a hashes with different
 * offsets give its 128 bits. Not cryptographic; it only has to be stable and spread.
 */
export function stableUuid(text: string): string {
	const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
		let hash = seed >>> 0;
		for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
		return hash.toString(16).padStart(8, '0');
	});
	const hex = words.join('').split('');
	hex[12] = '8';
	hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	const h = hex.join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const en = (text: string) => ({ 'en-US': text });
/** A registration must be a UUID; attempt ids are, but one read from an old file might not be. */
const registrationOf = (attemptId: string) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(attemptId) ? attemptId.toLowerCase() : stableUuid(`registration:${attemptId}`));

/** A decision as an xAPI activity: a choice interaction, with its options when the decision is known. */
export function decisionActivity(caseId: string, interaction: DecisionInteraction, decision?: DecisionInfo) {
	return {
		objectType: 'Activity',
		id: ids.decision(caseId, interaction.id),
		definition: {
			type: `${ADL}/activities/cmi.interaction`,
			name: en(interaction.title),
			interactionType: 'choice',
			...(interaction.correct ? { correctResponsesPattern: [interaction.correct] } : {}),
			...(decision ? { choices: decision.options.map((o) => ({ id: o.id, description: en(o.text) })) } : {})
		}
	};
}

/** What an `answered` statement says of the choice: the response, success, and how it was judged. */
export function answeredResult({ entry, response, latencyMs }: DecisionInteraction) {
	return {
		response,
		success: entry.verdict !== 'error',
		duration: isoDuration(latencyMs),
		extensions: {
			[ids.extension('action')]: entry.action,
			[ids.extension('verdict')]: entry.verdict,
			[ids.extension('error-kind')]: entry.kind ?? null,
			[ids.extension('critical')]: entry.critical
		}
	};
}

/** Every statement one attempt makes, in the order they happened. */
export function attemptStatements(attempt: AttemptRecord, sources: StatementSources): Statement[] {
	const vignette = sources.vignette(attempt.caseId);
	const decisions = vignette?.decisions ?? [];
	const vignetteActivity = {
		objectType: 'Activity',
		id: ids.vignette(attempt.caseId),
		definition: { type: `${ADL}/activities/simulation`, name: en(vignette?.title ?? attempt.caseId) }
	};
	const practice = attempt.practice;
	const context = (extra: Record<string, unknown> = {}) => ({
		registration: registrationOf(attempt.id),
		contextActivities: {
			...(extra['parent'] ? { parent: extra['parent'] } : {}),
			...(extra['other'] ? { other: extra['other'] } : {}),
			...(practice ? { category: [{ objectType: 'Activity', id: ids.practice }] } : {})
		},
		extensions: {
			[ids.extension('profile')]: attempt.profile,
			[ids.extension('mode')]: attempt.mode,
			[ids.extension('content-version')]: attempt.storyVersion,
			[ids.extension('content-hash')]: attempt.contentHash,
			[ids.extension('practice')]: practice ? { of: practice.of, fromDecision: practice.fromDecision } : null,
			...(sources.notice ? { [ids.extension('review-notice')]: sources.notice } : {})
		}
	});
	const actor = sources.actor.agent
		? sources.actor.agent
		: sources.actor.name
		? { objectType: 'Agent', name: sources.actor.name, account: { homePage: sources.actor.homePage, name: sources.actor.name } }
		: { objectType: 'Agent', account: { homePage: sources.actor.homePage, name: 'anonymous' } };
	const statement = (verb: VerbName, key: string, at: number, body: Record<string, unknown>): Statement => ({
		id: stableUuid(`${attempt.id}|${verb}|${key}`),
		actor,
		verb: { id: VERBS[verb], display: en(verb) },
		timestamp: new Date(at).toISOString(),
		version: XAPI_VERSION,
		...body
	});

	const statements: Statement[] = [statement('initialized', '', attempt.startedAt, { object: vignetteActivity, context: context() })];
	for (const interaction of decisionInteractions(attempt, decisions, attempt.profile)) {
		const decision = decisions.find((d) => d.id === interaction.id);
		statements.push(
			statement('answered', interaction.id, interaction.at, {
				object: decisionActivity(attempt.caseId, interaction, decision),
				result: answeredResult(interaction),
				context: context({
					parent: [{ objectType: 'Activity', id: vignetteActivity.id }],
					other: [{ objectType: 'Activity', id: ids.option(attempt.caseId, interaction.response) }]
				})
			})
		);
	}
	if (attempt.phase === 'ended' && attempt.completedAt !== null) {
		const result = courseResult({ ended: true, ledger: attempt.ledger, decisions, profile: attempt.profile }, sources.passRule);
		const score = { scaled: result.scaled, raw: result.raw, min: 0, max: result.max };
		const duration = isoDuration(attempt.completedAt - attempt.startedAt);
		statements.push(statement('completed', '', attempt.completedAt, { object: vignetteActivity, result: { completion: true, score, duration }, context: context() }));
		// A practice run never changes the recorded result: it is completed, never passed or failed.
		if (!practice) {
			const verb = result.success === 'passed' ? 'passed' : 'failed';
			statements.push(statement(verb, '', attempt.completedAt, { object: vignetteActivity, result: { success: verb === 'passed', completion: true, score, duration }, context: context() }));
		}
	}
	return statements;
}

/** The statements of every attempt given, oldest first. */
export function statementsOf(attempts: readonly AttemptRecord[], sources: StatementSources): Statement[] {
	return [...attempts].sort((a, b) => a.startedAt - b.startedAt).flatMap((a) => attemptStatements(a, sources));
}
