/**
 * Writes the course record to a SCORM LMS, and remembers what the LMS acknowledged.
 *
 * Each report writes only what differs from the last committed values, then commits. Interactions
 * are a journal: each decision not yet acknowledged goes to the next free index, so a report
 * repeated after a failed commit writes the same indices again (nothing is reported twice), and
 * the vignettes of a catalogue can be played in any order. How many of each attempt's decisions
 * the LMS holds is kept in the suspend data, committed with them. Values count as acknowledged
 * only once a commit returned true: nothing acknowledged is lost.
 */
import type { DecisionInteraction } from '../domain/course-result';
import { suspendAfter, unheld, type LmsPart, type LmsRecord } from './course-record';
import type { ScormApi } from './scorm-api';
import { exitElements, interactionElements, READ, resultElements, type Element } from './scorm-model';
import { decodeSuspendData, encodeSuspendData, type SuspendedCourse } from './suspend-data';

export interface ScormStart {
	/** The course the LMS had suspended, if any (and ours). */
	suspended: SuspendedCourse | undefined;
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
	/**
	 * Connects and reads what the LMS suspended; throws when there is no LMS to report to.
	 * `soleCase`: a one-vignette package's vignette, which suspend data of the first version belongs to.
	 */
	start(soleCase?: string): ScormStart | Promise<ScormStart>;
	report(record: LmsRecord): ReportOutcome | Promise<ReportOutcome>;
	/** Ends the LMS session (the last thing it is told). Safe to call more than once. */
	finish(completed: boolean): void;
	readonly finished: boolean;
}

export interface ScormReporter extends LmsReporter {
	start(soleCase?: string): ScormStart;
	report(record: LmsRecord): ReportOutcome;
	/** Session time and exit, a last commit, and terminate. Safe to call more than once. */
	finish(completed: boolean): void;
}

/** A decision as a catalogue's gradebook lists it: named after its vignette, whose decision ids may repeat another's. */
export function namedInteraction(part: Pick<LmsPart, 'caseId' | 'title'>, interaction: DecisionInteraction, catalogue: boolean): DecisionInteraction {
	return catalogue ? { ...interaction, id: `${part.caseId}/${interaction.id}`, title: `${part.title}: ${interaction.title}` } : interaction;
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
	/** Interactions the LMS holds (acknowledged or there before this session): the next free index. */
	let lmsCount = 0;
	/** By attempt, how many of its decisions the LMS holds. */
	const held = new Map<string, number>();
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
		start(soleCase) {
			startedAt = now();
			const lms = connect();
			lmsCount = readCount(lms);
			const suspended = decodeSuspendData(lms.get(READ[lms.version].suspendData), { soleCase, interactionCount: lmsCount });
			for (const attempt of Object.values(suspended?.attempts ?? {})) held.set(attempt.attemptId, attempt.reported);
			const learner = learnerAgent(lms.get(READ[lms.version].learnerId), lms.get(READ[lms.version].learnerName), homePage);
			return { suspended, ...(learner ? { learner } : {}) };
		},
		report(record) {
			if (finished) return { ok: false, reason: 'the LMS session has ended' };
			try {
				const lms = connect();
				const pending: Element[] = [];
				let next = lmsCount;
				for (const part of record.parts)
					for (const interaction of unheld(part, held)) pending.push(...interactionElements(lms.version, next++, namedInteraction(part, interaction, record.catalogue)));
				const after = suspendAfter(record, held);
				pending.push(...resultElements(lms.version, record.result, encodeSuspendData(after.course)));
				for (const element of pending) write(lms, element);
				if (!lms.commit()) throw new ScormError('commit', lms.lastError());
				for (const [element, value] of pending) committed.set(element, value);
				for (const [attemptId, count] of after.held) held.set(attemptId, count);
				lmsCount = next;
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
