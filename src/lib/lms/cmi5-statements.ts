/**
 * The statements a cmi5 AU sends (cmi5 sections 7 and 9): `initialized` first and `terminated`
 * last in each session; `completed`, then `passed` or `failed`, once per registration, only in
 * Normal launch mode; and, between them, one cmi5 "allowed" `answered` statement per decision.
 * Every context starts from the LMS's context template and never overwrites what it holds.
 * Statement ids are derived from what they state, so a statement sent again is the same one.
 * Pure.
 */
import type { CourseResult, DecisionInteraction } from '../domain/course-result';
import { isoDuration } from '../domain/iso-duration';
import { answeredResult, decisionActivity, ids, stableUuid, VERBS, XAPI_VERSION, type Statement } from '../exchange/xapi';
import type { Cmi5Launch, LaunchData } from './cmi5-launch';

export const CMI5 = {
	category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
	moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
	masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
	sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
	terminated: 'http://adlnet.gov/expapi/verbs/terminated'
} as const;

export interface Cmi5Session {
	launch: Cmi5Launch;
	data: LaunchData;
}

type Kind = 'defined' | 'moveOn' | 'allowed';
type Activity = { objectType: 'Activity'; id: string };
const activity = (id: string): Activity => ({ objectType: 'Activity', id });
const en = (text: string) => ({ 'en-US': text });

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The session id the LMS put in the context template (every statement carries it). */
export const sessionIdOf = (session: Cmi5Session) => String(asRecord(asRecord(session.data.contextTemplate)['extensions'])[CMI5.sessionId] ?? '');

/**
 * The context template with the registration, the cmi5 categories a statement of this kind must
 * carry, and Confide's additions appended: template values always win.
 */
export function cmi5Context(session: Cmi5Session, kind: Kind, add: { parent?: Activity[]; other?: Activity[]; extensions?: Record<string, unknown> } = {}) {
	const template = structuredClone(session.data.contextTemplate);
	const activities = asRecord(template['contextActivities']);
	const category = [...asList(activities['category'])];
	if (kind !== 'allowed') category.push(activity(CMI5.category));
	if (kind === 'moveOn') category.push(activity(CMI5.moveOnCategory));
	const contextActivities: Record<string, unknown> = { ...activities };
	if (category.length) contextActivities['category'] = category;
	if (add.parent) contextActivities['parent'] = [...asList(activities['parent']), ...add.parent];
	if (add.other) contextActivities['other'] = [...asList(activities['other']), ...add.other];
	return {
		...template,
		registration: session.launch.registration,
		contextActivities,
		extensions: { ...(add.extensions ?? {}), ...asRecord(template['extensions']) }
	};
}

function statement(session: Cmi5Session, verb: { id: string; name: string }, key: string, at: number, body: Record<string, unknown>): Statement {
	return {
		id: stableUuid(`cmi5|${session.launch.registration}|${key}`),
		actor: session.launch.actor,
		verb: { id: verb.id, display: en(verb.name) },
		timestamp: new Date(at).toISOString(),
		version: XAPI_VERSION,
		...body
	};
}

const au = (session: Cmi5Session) => activity(session.launch.activityId);

/** The first statement of a session. */
export const initializedStatement = (session: Cmi5Session, at: number) =>
	statement(session, { id: VERBS.initialized, name: 'initialized' }, `${sessionIdOf(session)}|initialized`, at, { object: au(session), context: cmi5Context(session, 'defined') });

/** The last statement of a session; `durationMs` since it was initialized. */
export const terminatedStatement = (session: Cmi5Session, at: number, durationMs: number) =>
	statement(session, { id: CMI5.terminated, name: 'terminated' }, `${sessionIdOf(session)}|terminated`, at, {
		object: au(session),
		result: { duration: isoDuration(durationMs) },
		context: cmi5Context(session, 'defined')
	});

/** One decision of vignette `caseId` as made: a cmi5 allowed statement about the decision, within the AU. */
export function answeredStatement(session: Cmi5Session, caseId: string, attemptId: string, interaction: DecisionInteraction, about: Record<string, unknown>): Statement {
	return statement(session, { id: VERBS.answered, name: 'answered' }, `${attemptId}|answered|${interaction.id}`, interaction.at, {
		object: decisionActivity(caseId, interaction),
		result: answeredResult(interaction),
		context: cmi5Context(session, 'allowed', { parent: [au(session)], other: [activity(ids.option(caseId, interaction.response))], extensions: about })
	});
}

/**
 * Passed or failed, and with which score. The course's pass rule decides (points and no critical
 * error); where the LMS set a mastery score, a passed statement's score must reach it and a failed
 * one's must not (cmi5 9.3.4-5): the mastery score then also decides, and a fail the score alone
 * would pass (a critical error) is sent without a score.
 */
export function judgement(result: CourseResult, masteryScore: number | null): { verb: 'passed' | 'failed'; withScore: boolean } {
	const ours = result.success === 'passed';
	if (masteryScore === null) return { verb: ours ? 'passed' : 'failed', withScore: true };
	const reaches = result.scaled >= masteryScore;
	if (ours && reaches) return { verb: 'passed', withScore: true };
	return { verb: 'failed', withScore: !reaches };
}

/**
 * The course's `completed`, then `passed` or `failed`: once per registration (their ids name the
 * registration only, so a second send is the same statement), never outside Normal launch mode.
 */
export function completionStatements(session: Cmi5Session, result: CourseResult, startedAt: number, completedAt: number): Statement[] {
	if (session.data.launchMode !== 'Normal' || result.completion !== 'completed') return [];
	const duration = isoDuration(completedAt - startedAt);
	const { verb, withScore } = judgement(result, session.data.masteryScore);
	const mastery = session.data.masteryScore === null ? {} : { [CMI5.masteryScore]: session.data.masteryScore };
	return [
		statement(session, { id: VERBS.completed, name: 'completed' }, 'course|completed', completedAt, {
			object: au(session),
			result: { completion: true, duration },
			context: cmi5Context(session, 'moveOn')
		}),
		statement(session, { id: VERBS[verb], name: verb }, 'course|judged', completedAt, {
			object: au(session),
			result: {
				success: verb === 'passed',
				duration,
				...(withScore ? { score: { scaled: result.scaled, raw: result.raw, min: 0, max: result.max } } : {})
			},
			context: cmi5Context(session, 'moveOn', { extensions: mastery })
		})
	];
}
