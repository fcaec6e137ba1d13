/**
 * The shape of a facilitated session (a workshop): what the presenter drives, what is stored
 * (apart from trainees' attempts, with no names), and what the room sees. Plain data, no framework.
 */
import type { AttemptMode, AttemptRecord } from '../domain/attempt';
import type { SettingRow, Verdict } from '../domain/types';

/** 1: the first stored shape. */
export const WORKSHOP_SCHEMA_VERSION = 1;

/** The projector blanked to black or white (B or ".", W), or showing the step. */
export type Blank = 'black' | 'white' | null;

/** An option as the room saw it; its label is its place in the round's options (1, 2, 3...). */
export interface RoundOption {
	id: string;
	text: string;
}

/** How the option played at a choice point was picked. */
export type PlayedBy = 'majority' | 'override';

/** One choice point of the session: its options, the room's votes and what was played. */
export interface Round {
	/** The decision these options belong to; null for a narrative (unscored) choice. */
	decisionId: string | null;
	/** In the order shown: option n is `options[n - 1]`. */
	options: RoundOption[];
	/** Votes per option, in the same order. */
	votes: number[];
	/** When the vote opened (the decision's timer starts), if it has. */
	openedAt: number | null;
	/** When an option was played (the timer stops). */
	closedAt: number | null;
	played: { optionId: string; by: PlayedBy } | null;
	/** Options the room did not take whose meaning was shown, by id. */
	shown: string[];
}

/** The steps of a session, in order. */
export const STAGES = ['title', 'setting', 'reading', 'voting', 'results', 'review', 'reveals', 'summary'] as const;
export type Stage = (typeof STAGES)[number];

/** Where the presenter is: enough to come back to the same step after a reload or a crash. */
export interface Position {
	stage: Stage;
	/** The choice point the step belongs to (choices made before it). */
	round: number;
	/** The page within the step (long text is paged, never scrolled). */
	page: number;
	/** At the end of an assessment-style session: which decision's reveal. */
	item: number;
	/** An option's meaning shown instead of the reveal, by label. */
	showing: string | null;
}

export const START_POSITION: Position = { stage: 'title', round: 0, page: 0, item: 0, showing: null };

/** A session as stored in the `workshops` table. */
export interface WorkshopRecord {
	id: string;
	schemaVersion: typeof WORKSHOP_SCHEMA_VERSION;
	caseId: string;
	contentHash: string;
	storyVersion: string;
	profile: string | null;
	/** Feedback after each decision (learning) or all at the end (assessment). */
	reveal: AttemptMode;
	createdAt: number;
	updatedAt: number;
	/** The session reached its summary. */
	ended: boolean;
	position: Position;
	blank: Blank;
	rounds: Round[];
	/** The attempt the room plays, as the attempt machine saved it (null before the first choice). */
	attempt: AttemptRecord | null;
	/** What the room sees now, for an audience window opened while the presenter's is closed. */
	audience: AudienceFrame;
}

/** The part of a record the presenter writes (the attempt machine writes `attempt`). */
export type WorkshopPart = Omit<WorkshopRecord, 'attempt' | 'id' | 'schemaVersion' | 'caseId' | 'contentHash' | 'storyVersion' | 'profile' | 'reveal' | 'createdAt'>;

export interface LabelledText {
	label: string;
	text: string;
}

export interface PageOf {
	n: number;
	of: number;
}

/** One bar of the room's vote. */
export interface VoteBar extends LabelledText {
	votes: number;
	/** The option that was played. */
	played: boolean;
}

/** One decision of the room's path, on the summary. */
export interface PathStepView extends LabelledText {
	number: number;
	title: string;
	by: PlayedBy;
	verdict: Verdict;
	verdictLabel: string;
}

/** A block of text in a reveal: a paragraph, a sub-heading or a citation line. */
export interface TextBlock {
	kind: 'text' | 'heading' | 'cite';
	text: string;
}

/**
 * What the room sees at one step: plain data, so a second window, a reload or a stored session
 * shows exactly the same. A verdict, score or rationale is in it only once it is revealed.
 */
export type Slide =
	| { kind: 'waiting'; title: string | null }
	| { kind: 'title'; title: string; contentNotes: string[]; support: string[] }
	| { kind: 'setting'; title: string; intake: string | null; rows: SettingRow[]; profile: string | null; page: PageOf }
	| { kind: 'passage'; lines: string[]; page: PageOf }
	| { kind: 'options'; heading: string; options: LabelledText[]; votes: number; page: PageOf }
	| { kind: 'results'; heading: string; bars: VoteBar[]; total: number; withText: boolean }
	| { kind: 'review'; heading: string; played: LabelledText; by: PlayedBy; verdict: Verdict; verdictLabel: string; blocks: TextBlock[]; page: PageOf }
	| { kind: 'meaning'; heading: string; label: string; blocks: TextBlock[]; page: PageOf }
	| { kind: 'summary'; heading: string; steps: PathStepView[]; blocks: TextBlock[]; page: PageOf }
	| { kind: 'problem'; message: string };

export interface AudienceFrame {
	sessionId: string;
	/** When the presenter made it: a window keeps the latest it has seen. */
	at: number;
	/** The vignette and where in it, in small type at the top (never a verdict). */
	meta: string;
	blank: Blank;
	slide: Slide;
	/** The disclaimer: at the end only (the room sees the step alone until then). */
	footer: string | null;
}
