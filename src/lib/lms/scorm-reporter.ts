/**
 * Writes an attempt's course record to a SCORM LMS, and remembers what the LMS acknowledged.
 *
 * Each report writes only what differs from the last committed values, then commits. A decision
 * always goes to the same interaction index (this attempt's first index + its position), so a
 * report repeated after a failed commit overwrites itself: nothing is reported twice. Values
 * count as acknowledged only once a commit returned true: nothing acknowledged is lost.
 */
import type { CourseResult, DecisionInteraction } from '../domain/course-result';
import type { ScormApi } from './scorm-api';
import { exitElements, interactionElements, READ, resultElements, type Element } from './scorm-model';
import { decodeSuspendData, encodeSuspendData, type Suspended } from './suspend-data';

/** What the LMS should hold about the attempt now. */
export interface LmsRecord {
	result: CourseResult;
	interactions: readonly DecisionInteraction[];
	suspend: Omit<Suspended, 'interactionBase'>;
}

export interface ScormStart {
	/** The attempt the LMS had suspended, if any (and ours). */
	suspended: Suspended | undefined;
	/** The learner as the LMS knows them, as an xAPI agent (for a build's own record store), if it says. */
	learner?: Record<string, unknown>;
}

/** The LMS's learner as an xAPI agent: their LMS id as an account on the LMS's site, with their name. */
export function learnerAgent(id: string, name: string, homePage: string): Record<string, unknown> | undefined {
	if (!id.trim()) return undefined;
	return { objectType: 'Agent', ...(name.trim() ? { name: name.trim() } : {}), account: { homePage, name: id.trim() } };
}

/** The answer of one report: acknowledged, or why not (the caller retries). */
export type ReportOutcome = { ok: true } | { ok: false; reason: string };

export class ScormError extends Error {
	constructor(call: string, code: number) {
		super(`${call} failed (LMS error ${code})`);
		this.name = 'ScormError';
	}
}

/** What the LMS link reports through: a SCORM API (synchronous calls) or a cmi5 LMS over xAPI (requests). */
export interface LmsReporter {
	/** Connects and reads what the LMS suspended; throws when there is no LMS to report to. */
	start(): ScormStart | Promise<ScormStart>;
	report(record: LmsRecord): ReportOutcome | Promise<ReportOutcome>;
	/** Ends the LMS session (the last thing it is told). Safe to call more than once. */
	finish(completed: boolean): void;
	readonly finished: boolean;
}

export interface ScormReporter extends LmsReporter {
	start(): ScormStart;
	report(record: LmsRecord): ReportOutcome;
	/** Session time and exit, a last commit, and terminate. Safe to call more than once. */
	finish(completed: boolean): void;
}

/**
 * `findApi` is asked again after the API went away (a frame torn down and rebuilt); `now` is the
 * clock for the session time.
 */
export function scormReporter(findApi: () => ScormApi | undefined, now: () => number = Date.now, homePage = typeof location === 'undefined' ? 'https://lms.invalid/' : `${location.origin}/`): ScormReporter {
	let api: ScormApi | undefined;
	let startedAt = 0;
	let finished = false;
	/** element -> value, as of the last successful commit. */
	const committed = new Map<string, string>();
	/** Interactions the LMS holds (acknowledged or there before this session). */
	let lmsCount = 0;
	/** The attempt being reported and the index of its first interaction. */
	let current: { attemptId: string; base: number } | undefined;
	/** Elements the LMS refused as values (a data model error): never retried. */
	const refused = new Set<string>();

	function connect(): ScormApi {
		if (api) return api;
		const found = findApi();
		if (!found) throw new Error('no LMS connection was found');
		if (!found.initialize()) {
			// 1.2's 101 / 2004's 103: already initialised (a reconnect to the same session) is fine.
			const code = found.lastError();
			if (code !== 101 && code !== 103) throw new ScormError('initialize', code);
		}
		api = found;
		return api;
	}

	function readCount(lms: ScormApi) {
		const count = Number(lms.get(READ[lms.version].interactionCount));
		return Number.isInteger(count) && count >= 0 ? count : 0;
	}

	function write(lms: ScormApi, [element, value]: Element) {
		if (committed.get(element) === value || refused.has(element)) return;
		if (lms.set(element, value)) return;
		const code = lms.lastError();
		// Data model errors (1.2: 401-405, 2004: 401-408) will not pass by retrying.
		if (code >= 401 && code <= 408) {
			refused.add(element);
			return;
		}
		throw new ScormError(`set ${element}`, code);
	}

	return {
		get finished() {
			return finished;
		},
		start() {
			startedAt = now();
			const lms = connect();
			lmsCount = readCount(lms);
			const suspended = decodeSuspendData(lms.get(READ[lms.version].suspendData));
			if (suspended) current = { attemptId: suspended.attemptId, base: suspended.interactionBase };
			const learner = learnerAgent(lms.get(READ[lms.version].learnerId), lms.get(READ[lms.version].learnerName), homePage);
			return { suspended, ...(learner ? { learner } : {}) };
		},
		report(record) {
			if (finished) return { ok: false, reason: 'the LMS session has ended' };
			try {
				const lms = connect();
				if (current?.attemptId !== record.suspend.attemptId) current = { attemptId: record.suspend.attemptId, base: lmsCount };
				const base = current.base;
				const pending: Element[] = [];
				record.interactions.forEach((interaction, i) => {
					// Interactions the LMS already holds for this attempt are not sent again.
					if (base + i >= lmsCount) pending.push(...interactionElements(lms.version, base + i, interaction));
				});
				pending.push(...resultElements(lms.version, record.result, encodeSuspendData({ ...record.suspend, interactionBase: base })));
				for (const element of pending) write(lms, element);
				if (!lms.commit()) throw new ScormError('commit', lms.lastError());
				for (const [element, value] of pending) committed.set(element, value);
				lmsCount = Math.max(lmsCount, base + record.interactions.length);
				return { ok: true };
			} catch (error) {
				// A call that throws means the API went away: look for it again next time.
				if (!(error instanceof ScormError)) api = undefined;
				return { ok: false, reason: (error as Error).message };
			}
		},
		finish(completed) {
			if (finished) return;
			finished = true;
			try {
				const lms = connect();
				for (const element of exitElements(lms.version, now() - startedAt, completed)) write(lms, element);
				lms.commit();
				lms.terminate();
			} catch {
				// The page is going away: nothing more can be done, and what was committed stays.
			}
		}
	};
}
