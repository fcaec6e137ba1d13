/** The shape of one play-through, as the session machine keeps it and the repository stores it. */
import type { LedgerEntry } from './scoring';

export type TranscriptEntry = { kind: 'text'; text: string } | { kind: 'choice'; text: string; choiceId: string };

/** A choice offered to the trainee: plain data, no inkjs objects. */
export interface ChoiceView {
	id: string;
	text: string;
	scored: boolean;
}

export interface LoggedChoice {
	choiceId: string;
	at: number;
}

export type AttemptStatus = 'active' | 'completed' | 'abandoned' | 'superseded';
/** Where in the flow the attempt was last acknowledged. */
export type AttemptPhase = 'setting' | 'choosing' | 'feedback' | 'ended';

/** How feedback is given: after each decision (learning) or all at the debrief (assessment). */
export const ATTEMPT_MODES = ['learning', 'assessment'] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];

/** A practice run replays a finished attempt up to one decision and plays on from there. */
export interface PracticeOrigin {
	/** The attempt it practises; that attempt's recorded result never changes. */
	of: string;
	/** The decision it starts at. */
	fromDecision: string;
}

/** 2: adds `mode` and `practice`. Version 1 rows are migrated by `migrateAttempt`. */
export const SCHEMA_VERSION = 2;

export interface AttemptRecord {
	id: string;
	caseId: string;
	contentHash: string;
	storyVersion: string;
	/** Jurisdiction profile id; null means the vignette's primary profile. */
	profile: string | null;
	schemaVersion: number;
	mode: AttemptMode;
	/** Set on a practice run; null on a recorded attempt. */
	practice: PracticeOrigin | null;
	status: AttemptStatus;
	phase: AttemptPhase;
	startedAt: number;
	updatedAt: number;
	completedAt: number | null;
	/** inkjs state JSON at the last acknowledged choice (null before the story starts). */
	inkState: string | null;
	choiceLog: LoggedChoice[];
	transcript: TranscriptEntry[];
	/** Index in the transcript where the current passage starts. */
	passageStart: number;
	ledger: LedgerEntry[];
	/** Increments with every save; a write must carry the stored revision + 1. */
	revision: number;
	/**
	 * Provenance: set when the attempt was imported from a file whose integrity code did not match
	 * it (it may have been edited outside Confide). Kept for good: every report, export, certificate
	 * and class summary says so, and the integrity code covers it.
	 */
	edited?: true;
}

/**
 * Brings a stored or imported row of an older schema version up to SCHEMA_VERSION. Rows of the
 * current version, and anything that is not an object, come back as they are (validation follows).
 */
export function migrateAttempt(row: unknown): unknown {
	if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
	const r = row as Record<string, unknown>;
	if (r['schemaVersion'] === 1) return { ...r, schemaVersion: 2, mode: 'learning', practice: null };
	return row;
}

/** A recorded attempt counts towards results; practice runs never do. */
export const isRecorded = (attempt: Pick<AttemptRecord, 'practice'>) => attempt.practice === null;

/**
 * How much of the key (verdicts, best responses, counts) a view of a saved attempt may show:
 * - 'all' once it has ended (finished, set aside or replaced): the whole debrief, path map included;
 * - 'made' while a learning attempt is in progress: the decisions made, whose feedback the trainee
 *   has seen, but nothing of those ahead (the path map marks every decision's best option);
 * - 'none' while an assessment is in progress: it defers all feedback to its debrief, and an
 *   attempt that could be resumed and finished with the answers known would assess nothing.
 */
export type KeyShown = 'all' | 'made' | 'none';

export function keyShown(attempt: Pick<AttemptRecord, 'status' | 'mode'>): KeyShown {
	if (attempt.status !== 'active') return 'all';
	return attempt.mode === 'assessment' ? 'none' : 'made';
}

/** The part of a practice run's ledger that was practised (from its first decision on): what its debrief covers. */
export function practisedEntries(attempt: Pick<AttemptRecord, 'practice' | 'ledger'>): LedgerEntry[] {
	if (!attempt.practice) return attempt.ledger;
	const from = attempt.ledger.findIndex((e) => e.decisionId === attempt.practice!.fromDecision);
	return from === -1 ? [] : attempt.ledger.slice(from);
}
