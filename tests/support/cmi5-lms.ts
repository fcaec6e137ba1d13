/**
 * A cmi5 LMS's server side, for tests: the one-time fetch URL (an auth token once, an error after),
 * the State API (LMS.LaunchData, written before each launch, and the package's own documents),
 * and the Statement API, which validates every statement with Learning Locker's xAPI validator,
 * keeps each id once (the same statement again is accepted, a different one under a used id is a
 * 409), and checks the cmi5 session rules the AU must keep: `initialized` first, nothing after
 * `terminated`, the registration and session id of the launch on every statement.
 * `faults` injects failures: the next N statement posts or state writes answer 500 (`statements`,
 * `state`), or statement posts are stored but answered 500, as when the answer is lost on the way
 * back (`lostAnswers`).
 */
import { createRequire } from 'node:module';

const validate = (createRequire(import.meta.url)('@learninglocker/xapi-validation') as { default: (statement: unknown) => unknown[] }).default;

export const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Cmi5Request {
	method: string;
	/** Path and query, relative to the LMS's base (`fetch/...`, `xapi/statements`, `xapi/activities/state?...`). */
	path: string;
	headers: Record<string, string>;
	body: string;
}

export interface Cmi5Answer {
	status: number;
	body: string;
	contentType?: string;
}

export interface LaunchOptions {
	launchMode?: 'Normal' | 'Browse' | 'Review';
	masteryScore?: number;
}

export function cmi5Lms(base: string) {
	const lms = {
		/** Every accepted statement, in the order received. */
		statements: [] as Record<string, unknown>[],
		/** Rule breaks found (the test asserts there are none). */
		problems: [] as string[],
		state: new Map<string, string>(),
		faults: { statements: 0, state: 0, lostAnswers: 0 },
		launches: 0,
		session: { id: '', token: '', fetched: false, terminated: false, initialized: false },
		registration: '7c1d7d8e-3f0a-4c3b-9f5e-2a9a1c0e6b11',
		actor: { objectType: 'Agent', name: 'Sam Student', account: { homePage: 'https://lms.test', name: 'sam-42' } },
		activityId: 'https://lms.test/course/1/au/confide-tiny',

		/** A new session: LMS.LaunchData written, a fresh fetch URL; returns the launch query. */
		launch(options: LaunchOptions = {}): string {
			lms.launches++;
			lms.session = { id: `session-${lms.launches}`, token: `token-${lms.launches}`, fetched: false, terminated: false, initialized: false };
			const launchData = {
				contextTemplate: {
					contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://confide.test/au/tiny' }] },
					extensions: { [SESSION_EXT]: lms.session.id }
				},
				launchMode: options.launchMode ?? 'Normal',
				moveOn: 'CompletedAndPassed',
				...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore })
			};
			lms.state.set(stateKey('LMS.LaunchData', lms.registration), JSON.stringify(launchData));
			const query = new URLSearchParams({
				endpoint: `${base}xapi/`,
				fetch: `${base}fetch/${lms.session.id}`,
				actor: JSON.stringify(lms.actor),
				registration: lms.registration,
				activityId: lms.activityId
			});
			return query.toString();
		},

		/** The statements of one verb (its last path segment), in order. */
		verbs: () => lms.statements.map((s) => String((s['verb'] as { id: string }).id).split('/').pop()),

		handle(request: Cmi5Request): Cmi5Answer {
			const url = new URL(request.path, base);
			const json = (status: number, body: unknown): Cmi5Answer => ({ status, body: JSON.stringify(body), contentType: 'application/json' });
			if (url.pathname.startsWith(new URL('fetch/', base).pathname)) {
				if (request.method !== 'POST') return { status: 405, body: '' };
				if (lms.session.fetched || !url.pathname.endsWith(lms.session.id)) return json(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
				lms.session.fetched = true;
				return json(200, { 'auth-token': lms.session.token });
			}
			if (request.headers['authorization'] !== `Basic ${lms.session.token}`) return { status: 401, body: 'unauthorized' };
			if (request.headers['x-experience-api-version'] !== '1.0.3') lms.problems.push(`a request without X-Experience-API-Version 1.0.3: ${request.method} ${url.pathname}`);
			if (url.pathname.endsWith('/activities/state')) {
				const key = stateKey(url.searchParams.get('stateId') ?? '', url.searchParams.get('registration') ?? '');
				if (url.searchParams.get('activityId') !== lms.activityId) lms.problems.push('a state request for another activity');
				if (request.method === 'GET') return lms.state.has(key) ? { status: 200, body: lms.state.get(key)!, contentType: 'application/json' } : { status: 404, body: '' };
				if (request.method === 'PUT') {
					if (url.searchParams.get('stateId') === 'LMS.LaunchData') lms.problems.push('the AU wrote LMS.LaunchData');
					if (lms.faults.state > 0) return (lms.faults.state--, { status: 500, body: 'state store down' });
					lms.state.set(key, request.body);
					return { status: 204, body: '' };
				}
			}
			if (url.pathname.endsWith('/statements') && request.method === 'POST') {
				if (lms.faults.statements > 0) return (lms.faults.statements--, { status: 500, body: 'statement store down' });
				const posted = JSON.parse(request.body) as unknown;
				const list = (Array.isArray(posted) ? posted : [posted]) as Record<string, unknown>[];
				for (const statement of list) {
					const errors = validate(statement);
					if (errors.length) return json(400, { errors });
				}
				for (const statement of list) {
					const known = lms.statements.find((s) => s['id'] === statement['id']);
					if (known) {
						if (JSON.stringify(known) !== JSON.stringify(statement)) return json(409, { error: `statement ${String(statement['id'])} exists with other content` });
						continue;
					}
					lms.check(statement);
					lms.statements.push(statement);
				}
				if (lms.faults.lostAnswers > 0) return (lms.faults.lostAnswers--, { status: 500, body: 'stored, but the answer was lost' });
				return json(200, list.map((s) => s['id']));
			}
			return { status: 404, body: 'no such LMS route' };
		},

		check(statement: Record<string, unknown>) {
			const verb = String((statement['verb'] as { id: string }).id).split('/').pop();
			const context = (statement['context'] ?? {}) as { registration?: string; extensions?: Record<string, unknown> };
			if (lms.session.terminated) lms.problems.push(`a ${verb} statement after terminated`);
			if (!lms.session.initialized && verb !== 'initialized') lms.problems.push(`a ${verb} statement before initialized`);
			if (verb === 'initialized') lms.session.initialized = true;
			if (verb === 'terminated') lms.session.terminated = true;
			if (context.registration !== lms.registration) lms.problems.push(`a ${verb} statement with registration ${context.registration}`);
			if (context.extensions?.[SESSION_EXT] !== lms.session.id) lms.problems.push(`a ${verb} statement without this session's id`);
			if (JSON.stringify(statement['actor']) !== JSON.stringify(lms.actor)) lms.problems.push(`a ${verb} statement with another actor`);
		}
	};
	return lms;
}

const stateKey = (stateId: string, registration: string) => `${registration}|${stateId}`;

export type Cmi5Lms = ReturnType<typeof cmi5Lms>;
