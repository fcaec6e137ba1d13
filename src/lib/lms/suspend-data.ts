/**
 * The course as an LMS keeps it between sessions (`cmi.suspend_data`, or cmi5's State API): for
 * each vignette, its current attempt as choice ids and the content hash (never the ink state), and
 * its standing in the course's result (its latest completed attempt's, or else its current one's). It fits SCORM 1.2's 4,096 characters with
 * every shipped vignette in one package. Resume replays the ids through the story
 * (session/resume.ts), the same way an edited story is replayed.
 */
import * as v from 'valibot';
import type { AttemptMode, AttemptPhase, AttemptRecord, LoggedChoice } from '../domain/attempt';
import { SCHEMA_VERSION } from '../domain/attempt';
import type { VignetteStanding } from '../domain/course-result';

/** SCORM 1.2's limit (2004 allows 64,000): the smaller one is the budget. */
export const SUSPEND_DATA_LIMIT = 4096;

/** One vignette's attempt: enough to rebuild it by replay. */
export interface SuspendedAttempt {
	attemptId: string;
	contentHash: string;
	profile: string | null;
	mode: AttemptMode;
	phase: AttemptPhase;
	startedAt: number;
	completedAt: number | null;
	choiceLog: LoggedChoice[];
}

/**
 * The course in the LMS, by vignette id: each current attempt (with how many of its decisions the
 * LMS holds), and each vignette's standing in the course total (domain/course-result.ts).
 */
export interface SuspendedCourse {
	attempts: Record<string, SuspendedAttempt & { reported: number }>;
	standings: Record<string, VignetteStanding>;
}

const PHASE_CODES: Record<AttemptPhase, string> = { setting: 's', choosing: 'c', feedback: 'f', ended: 'e' };
const PHASES = Object.fromEntries(Object.entries(PHASE_CODES).map(([phase, code]) => [code, phase])) as Record<string, AttemptPhase>;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const caseId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const attemptFields = {
	a: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	h: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
	p: v.nullable(v.pipe(v.string(), v.maxLength(64))),
	m: v.picklist(['l', 'a']),
	f: v.picklist(Object.keys(PHASES)),
	t: count,
	e: v.nullable(count),
	// Each choice as [id, seconds after the start]: ids are short, times need no milliseconds.
	c: v.array(v.tuple([v.pipe(v.string(), v.minLength(1), v.maxLength(128)), count]))
};
/** Version 1: one vignette's attempt, and the interaction index of its first decision (packages before the catalogue). */
const wireV1 = v.strictObject({ v: v.literal(1), ...attemptFields, b: count });
/** Version 2: the course. `k`: how many of the attempt's decisions the LMS holds; a standing is [raw, max, critical 0/1, completed 0/1]. */
const wireV2 = v.strictObject({
	v: v.literal(2),
	a: v.record(caseId, v.strictObject({ ...attemptFields, k: count })),
	r: v.record(caseId, v.tuple([count, count, v.picklist([0, 1]), v.picklist([0, 1])]))
});
type AttemptWire = Omit<v.InferOutput<typeof wireV1>, 'v' | 'b'>;

function attemptWire(s: SuspendedAttempt): AttemptWire {
	return {
		a: s.attemptId,
		h: s.contentHash,
		p: s.profile,
		m: s.mode === 'assessment' ? 'a' : 'l',
		f: PHASE_CODES[s.phase],
		t: Math.round(s.startedAt),
		e: s.completedAt === null ? null : Math.round((s.completedAt - s.startedAt) / 1000),
		c: s.choiceLog.map((c) => [c.choiceId, Math.max(0, Math.round((c.at - s.startedAt) / 1000))])
	};
}

function attemptOf(w: AttemptWire): SuspendedAttempt {
	return {
		attemptId: w.a,
		contentHash: w.h,
		profile: w.p,
		mode: w.m === 'a' ? 'assessment' : 'learning',
		phase: PHASES[w.f]!,
		startedAt: w.t,
		completedAt: w.e === null ? null : w.t + w.e * 1000,
		choiceLog: w.c.map(([choiceId, seconds]) => ({ choiceId, at: w.t + seconds * 1000 }))
	};
}

/**
 * The suspend data of a course. Should it not fit, the attempts of completed vignettes go first,
 * oldest first: their standings stay, so only the chance to reopen their debrief from the LMS is
 * lost. Throws when even that is not enough (a course far longer than any shipped).
 */
export function encodeSuspendData(course: SuspendedCourse): string {
	const standings = Object.fromEntries(Object.entries(course.standings).map(([id, r]) => [id, [r.raw, r.max, r.critical ? 1 : 0, r.completion === 'completed' ? 1 : 0]]));
	const attempts = Object.entries(course.attempts);
	const droppable = attempts.filter(([, a]) => a.phase === 'ended').sort(([, x], [, y]) => (x.completedAt ?? 0) - (y.completedAt ?? 0));
	for (let dropped = 0; ; dropped++) {
		const gone = new Set(droppable.slice(0, dropped).map(([id]) => id));
		const kept = attempts.filter(([id]) => !gone.has(id)).map(([id, a]) => [id, { ...attemptWire(a), k: a.reported }]);
		const text = JSON.stringify({ v: 2, a: Object.fromEntries(kept), r: standings });
		if (text.length <= SUSPEND_DATA_LIMIT) return text;
		if (dropped >= droppable.length) throw new Error(`suspend data is ${text.length} characters; SCORM 1.2 keeps ${SUSPEND_DATA_LIMIT}`);
	}
}

export interface DecodeContext {
	/** A one-vignette package's vignette: what version 1 data (which names none) belongs to. */
	soleCase?: string;
	/** How many interactions the LMS holds (version 1 counted from its first index). */
	interactionCount?: number;
}

/** Suspend data read back from the LMS; undefined when there is none or it is not ours (validated, never trusted). */
export function decodeSuspendData(text: string, context: DecodeContext = {}): SuspendedCourse | undefined {
	if (!text) return undefined;
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return undefined;
	}
	const v2 = v.safeParse(wireV2, raw);
	if (v2.success) {
		const attempts = Object.fromEntries(Object.entries(v2.output.a).map(([id, w]) => [id, { ...attemptOf(w), reported: w.k }]));
		const standings = Object.fromEntries(
			Object.entries(v2.output.r).map(([id, [raw, max, critical, completed]]) => [id, { raw, max, critical: critical === 1, completion: completed ? ('completed' as const) : ('incomplete' as const) }])
		);
		return { attempts, standings };
	}
	const v1 = v.safeParse(wireV1, raw);
	if (!v1.success || !context.soleCase) return undefined;
	const reported = Math.max(0, (context.interactionCount ?? 0) - v1.output.b);
	// Its standing is not in it: the case page replays the attempt and reports it again.
	return { attempts: { [context.soleCase]: { ...attemptOf(v1.output), reported } }, standings: {} };
}

/**
 * A stored-attempt shape to replay: only the choice log is real; transcript, ledger and ink
 * state are rebuilt by the replay.
 */
export function suspendedRecord(s: SuspendedAttempt, caseId: string, storyVersion: string, revision: number): AttemptRecord {
	return {
		id: s.attemptId,
		caseId,
		contentHash: s.contentHash,
		storyVersion,
		profile: s.profile,
		schemaVersion: SCHEMA_VERSION,
		mode: s.mode,
		practice: null,
		status: s.phase === 'ended' ? 'completed' : 'active',
		phase: s.phase,
		startedAt: s.startedAt,
		updatedAt: s.choiceLog.at(-1)?.at ?? s.startedAt,
		completedAt: s.completedAt,
		inkState: null,
		choiceLog: s.choiceLog,
		transcript: [],
		passageStart: 0,
		ledger: [],
		revision
	};
}
