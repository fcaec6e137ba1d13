/** Vocabulary of the domain core. Pure data: no framework, no I/O. */

export const ACTIONS = ['disclose', 'hold'] as const;
export const VERDICTS = ['best', 'acceptable', 'error'] as const;
export const ERROR_KINDS = ['under', 'over', 'process'] as const;

export type Action = (typeof ACTIONS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** What an option means for one profile (after profile overrides are applied). */
export interface OptionScore {
	action: Action;
	verdict: Verdict;
	/** Present exactly when verdict is 'error'. */
	kind?: ErrorKind;
	critical: boolean;
	rationale: string;
	cite?: string;
}

/** A scored option as authored: the plain values plus per-profile overrides. */
export interface ScoredOption {
	id: string;
	decisionId: string;
	text: string;
	base: OptionScore;
	/** profile id -> the fields that differ under that profile. */
	overrides: Record<string, Partial<OptionScore>>;
}

/** A decision as the first screens know it: where it falls and what it is called. */
export interface DecisionOutline {
	id: string;
	title: string;
}

/** A decision with its options: what each scores, and why. */
export interface DecisionInfo extends DecisionOutline {
	options: ScoredOption[];
}

export interface SettingRow {
	label: string;
	value: string;
}

export interface ProfileInfo {
	id: string;
	label: string;
	/**
	 * Practice only (`# practice_only: <id>`): playable, but its runs are never recorded in
	 * attempts, exports, reports, certificates or class summaries (CONTENT.md 0.4 item 3).
	 */
	practiceOnly: boolean;
	/**
	 * Setting-card rows that differ under this profile: same label replaces, new label adds, and
	 * a row whose whole value is REMOVED_ROW removes the primary row with that label.
	 */
	setting: SettingRow[];
	/** Replaces the "In other jurisdictions" note under this profile, when given. */
	jurisdictions: string[];
}

export interface StoryMeta {
	id: string;
	vignette: number;
	title: string;
	summary: string;
	version: string;
	/** `none` (not yet reviewed, CONTENT.md 0.1) or the ISO date a named reviewer signed. */
	reviewed: string;
	contentNotes: string[];
	intake: string;
	setting: SettingRow[];
	jurisdictions: string[];
	objectives: string[];
	profiles: ProfileInfo[];
}

/** The value of a profile's setting row that removes the primary row with its label. */
export const REMOVED_ROW = '-';

/** The `reviewed` value of content no named reviewer has signed (CONTENT.md 0.1). */
export const NOT_REVIEWED = 'none';

/** Where the path map's arrows start and end besides options and decisions. */
export const GRAPH_START = 'start';
export const GRAPH_END = 'end';

/** How decisions follow one another (as the story runs under its default profile): the path map. */
export interface DecisionGraph {
	/** Decision ids or GRAPH_END, for each option id and for GRAPH_START. */
	next: Record<string, string[]>;
}

/** The build's output for one vignette: everything but the story JSON. */
export interface CaseManifest {
	meta: StoryMeta;
	/** Hash of the normalised ink sources (not the compiled JSON). */
	contentHash: string;
	decisions: DecisionInfo[];
	graph: DecisionGraph;
}

/**
 * A manifest without its options: what a case page needs before its story has loaded (its
 * screens, the decision count and titles). The options, verdicts and rationales load with the
 * story, so the prerendered page does not carry them.
 */
export interface CaseOutline extends Omit<CaseManifest, 'decisions'> {
	decisions: DecisionOutline[];
}

/** The outline of a manifest: each decision down to its id and title. */
export function outlineOf(manifest: CaseManifest): CaseOutline {
	return { ...manifest, decisions: manifest.decisions.map(({ id, title }) => ({ id, title })) };
}

/** A problem found in authored content. Line and file are filled in where known. */
export interface ContentIssue {
	message: string;
	file?: string;
	line?: number;
	/** The choices that led there (the shortest found), for problems met while playing the story. */
	path?: PathStep[];
}

/** One choice on a path through a story: its text, and its id where the author gave one. */
export interface PathStep {
	text: string;
	id?: string;
}
