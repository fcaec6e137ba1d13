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

export const SCHEMA_VERSION = 1;

export interface AttemptRecord {
	id: string;
	caseId: string;
	contentHash: string;
	storyVersion: string;
	/** Jurisdiction profile id; null means the vignette's primary profile. */
	profile: string | null;
	schemaVersion: number;
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
}
