/**
 * Reports the course to a cmi5 LMS over xAPI (cmi5 sections 8 to 10): fetches the session's
 * credential once, reads LMS.LaunchData and the course the package suspended (in the State API,
 * as the SCORM packages keep it in cmi.suspend_data), sends `initialized`, then after every
 * acknowledged step the decisions not yet acknowledged (and, once every vignette is completed,
 * completed and passed or failed, once per registration), then writes the suspend state. A step
 * counts as acknowledged only when the LMS took both: nothing acknowledged is lost, and statement
 * ids are derived from what they state, so a report repeated after a failure sends the same
 * statements again, never new ones.
 */
import { ids } from '../exchange/xapi';
import { readCmi5Launch, readLaunchData, type Cmi5Launch } from './cmi5-launch';
import { answeredStatement, completionStatements, initializedStatement, terminatedStatement, type Cmi5Session } from './cmi5-statements';
import { suspendAfter, unheld } from './course-record';
import type { LmsReporter, ReportOutcome, ScormStart } from './scorm-reporter';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

/** Where the package keeps its suspended attempt in the LMS's State API. */
export const SUSPEND_STATE_ID = 'urn:confide:state:suspended';
const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';

export interface Cmi5Options {
	/** The launch URL's query and the page address it resolves against. */
	query: URLSearchParams;
	base: string;
	fetch?: typeof fetch;
	now?: () => number;
}

export class Cmi5Error extends Error {
	constructor(what: string, status: number | string) {
		super(`the LMS refused ${what} (${status})`);
		this.name = 'Cmi5Error';
	}
}

export function cmi5Reporter(options: Cmi5Options): LmsReporter {
	const request = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
	const now = options.now ?? Date.now;
	let session: Cmi5Session | undefined;
	let auth = '';
	let initializedAt = 0;
	let finished = false;
	/** By attempt, how many of its decisions the LMS holds (kept in the suspend state, as SCORM's). */
	let held = new Map<string, number>();
	/** The course's completed and passed/failed were acknowledged in this registration. */
	let completionAcked = false;

	const headers = (json: boolean) => ({ Authorization: auth, 'X-Experience-API-Version': '1.0.3', ...(json ? { 'Content-Type': 'application/json' } : {}) });

	function stateUrl(launch: Cmi5Launch, stateId: string) {
		const url = new URL('activities/state', launch.endpoint);
		url.searchParams.set('activityId', launch.activityId);
		url.searchParams.set('agent', JSON.stringify(launch.actor));
		url.searchParams.set('registration', launch.registration);
		url.searchParams.set('stateId', stateId);
		return url.href;
	}

	async function call(what: string, url: string, init: RequestInit): Promise<Response> {
		// keepalive: a report made as the page goes away still arrives.
		const response = await request(url, { ...init, keepalive: true, credentials: 'omit' });
		// 409: a statement with that id is there already (an earlier try arrived; the answer did not).
		if (!response.ok && !(what === 'statements' && response.status === 409)) throw new Cmi5Error(what, response.status);
		return response;
	}

	const postStatements = (launch: Cmi5Launch, statements: unknown[]) =>
		call('statements', new URL('statements', launch.endpoint).href, { method: 'POST', headers: headers(true), body: JSON.stringify(statements) });

	async function fetchToken(launch: Cmi5Launch): Promise<string> {
		const response = await request(launch.fetchUrl, { method: 'POST', credentials: 'omit' });
		const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
		const token = body['auth-token'];
		if (!response.ok || typeof token !== 'string' || !token) throw new Cmi5Error('the session credential', String(body['error-text'] ?? body['error-code'] ?? response.status));
		return token;
	}

	return {
		get finished() {
			return finished;
		},
		async start(soleCase): Promise<ScormStart> {
			const read = readCmi5Launch(options.query, options.base);
			if (!read.ok) throw new Error(read.reason);
			const launch = read.launch;
			auth = `Basic ${await fetchToken(launch)}`;
			const launchData = readLaunchData(await (await call('the launch data', stateUrl(launch, LAUNCH_DATA_STATE_ID), { headers: headers(false) })).json());
			if (!launchData.ok) throw new Error(launchData.reason);
			session = { launch, data: launchData.data };
			const stored = await request(stateUrl(launch, SUSPEND_STATE_ID), { headers: headers(false), credentials: 'omit' });
			if (!stored.ok && stored.status !== 404) throw new Cmi5Error('the suspended attempt', stored.status);
			const suspended = stored.ok ? decodeSuspendData(await stored.text(), { soleCase }) : undefined;
			// What the LMS holds was acknowledged in an earlier session: never sent again.
			for (const attempt of Object.values(suspended?.attempts ?? {})) held.set(attempt.attemptId, attempt.reported);
			initializedAt = now();
			await postStatements(launch, [initializedStatement(session, initializedAt)]);
			return { suspended, learner: launch.actor };
		},
		async report(record): Promise<ReportOutcome> {
			if (finished) return { ok: false, reason: 'the LMS session has ended' };
			if (!session) return { ok: false, reason: 'no LMS connection was found' };
			const statements = record.parts.flatMap((part) => {
				const { attempt } = part;
				const about = { [ids.extension('profile')]: attempt.profile, [ids.extension('mode')]: attempt.mode, [ids.extension('content-hash')]: attempt.contentHash };
				return unheld(part, held).map((i) => answeredStatement(session!, part.caseId, attempt.attemptId, i, about));
			});
			const { result, span } = record;
			const completing = result.completion === 'completed' && !completionAcked && !record.completedAtLaunch && span.completedAt !== null;
			if (completing) statements.push(...completionStatements(session, result, span.startedAt, span.completedAt!));
			const after = suspendAfter(record, held);
			try {
				if (statements.length) await postStatements(session.launch, statements);
				await call('the suspended attempt', stateUrl(session.launch, SUSPEND_STATE_ID), {
					method: 'PUT',
					headers: headers(true),
					body: encodeSuspendData(after.course)
				});
			} catch (error) {
				return { ok: false, reason: (error as Error).message };
			}
			held = after.held;
			completionAcked ||= completing;
			return { ok: true };
		},
		finish() {
			if (finished || !session) return;
			finished = true;
			const at = now();
			void postStatements(session.launch, [terminatedStatement(session, at, at - initializedAt)]).catch(() => {
				// The page is going away: the LMS abandons the session itself (cmi5 9.3.6).
			});
		}
	};
}
