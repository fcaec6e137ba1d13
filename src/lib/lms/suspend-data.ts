/**
 * The attempt as an LMS keeps it between sessions (`cmi.suspend_data`): the choice ids and the
 * content hash, never the ink state, so it fits SCORM 1.2's 4,096 characters. Resume replays the
 * ids through the story (session/resume.ts), the same way an edited story is replayed.
 */
import * as v from 'valibot';
import type { AttemptMode, AttemptPhase, AttemptRecord, LoggedChoice } from '../domain/attempt';
import { SCHEMA_VERSION } from '../domain/attempt';

/** SCORM 1.2's limit (2004 allows 64,000): the smaller one is the budget. */
export const SUSPEND_DATA_LIMIT = 4096;

/** What is suspended: enough to rebuild the attempt by replay, and to know what the LMS already has. */
export interface Suspended {
	attemptId: string;
	contentHash: string;
	profile: string | null;
	mode: AttemptMode;
	phase: AttemptPhase;
	startedAt: number;
	completedAt: number | null;
	choiceLog: LoggedChoice[];
	/** The interaction index this attempt's first decision was reported at (earlier ones belong to an earlier attempt). */
	interactionBase: number;
}

const PHASE_CODES: Record<AttemptPhase, string> = { setting: 's', choosing: 'c', feedback: 'f', ended: 'e' };
const PHASES = Object.fromEntries(Object.entries(PHASE_CODES).map(([phase, code]) => [code, phase])) as Record<string, AttemptPhase>;

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const wire = v.strictObject({
	v: v.literal(1),
	a: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	h: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
	p: v.nullable(v.pipe(v.string(), v.maxLength(64))),
	m: v.picklist(['l', 'a']),
	f: v.picklist(Object.keys(PHASES)),
	t: time,
	e: v.nullable(time),
	b: v.pipe(v.number(), v.integer(), v.minValue(0)),
	// Each choice as [id, seconds after the start]: ids are short, times need no milliseconds.
	c: v.array(v.tuple([v.pipe(v.string(), v.minLength(1), v.maxLength(128)), time]))
});

/** The suspend data of an attempt; throws when it would not fit (a vignette far longer than any shipped). */
export function encodeSuspendData(s: Suspended): string {
	const text = JSON.stringify({
		v: 1,
		a: s.attemptId,
		h: s.contentHash,
		p: s.profile,
		m: s.mode === 'assessment' ? 'a' : 'l',
		f: PHASE_CODES[s.phase],
		t: Math.round(s.startedAt),
		e: s.completedAt === null ? null : Math.round((s.completedAt - s.startedAt) / 1000),
		b: s.interactionBase,
		c: s.choiceLog.map((c) => [c.choiceId, Math.max(0, Math.round((c.at - s.startedAt) / 1000))])
	});
	if (text.length > SUSPEND_DATA_LIMIT) throw new Error(`suspend data is ${text.length} characters; SCORM 1.2 keeps ${SUSPEND_DATA_LIMIT}`);
	return text;
}

/** Suspend data read back from the LMS; undefined when there is none or it is not ours (validated, never trusted). */
export function decodeSuspendData(text: string): Suspended | undefined {
	if (!text) return undefined;
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return undefined;
	}
	const parsed = v.safeParse(wire, raw);
	if (!parsed.success) return undefined;
	const w = parsed.output;
	return {
		attemptId: w.a,
		contentHash: w.h,
		profile: w.p,
		mode: w.m === 'a' ? 'assessment' : 'learning',
		phase: PHASES[w.f]!,
		startedAt: w.t,
		completedAt: w.e === null ? null : w.t + w.e * 1000,
		interactionBase: w.b,
		choiceLog: w.c.map(([choiceId, seconds]) => ({ choiceId, at: w.t + seconds * 1000 }))
	};
}

/**
 * A stored-attempt shape to replay: only the choice log is real; transcript, ledger and ink
 * state are rebuilt by the replay.
 */
export function suspendedRecord(s: Suspended, caseId: string, storyVersion: string, revision: number): AttemptRecord {
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
