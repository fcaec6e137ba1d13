/**
 * The instructor's class summary: several trainees' export files, read against the content this
 * build ships, become per-vignette, per-profile, per-decision tallies. Pure: parsed files in, plain
 * data out; nothing leaves the browser.
 *
 * Which attempts count: per trainee and vignette, one completed recorded attempt in the summary's
 * mode (assessment when any file holds one, else learning: modes are never mixed), the first by
 * default (what an assessment measures) or the latest. Practice runs, unfinished attempts and
 * attempts under a practice-only profile (files from before it was one) never count. Scores are
 * derived from each attempt's choices on the current content (options.check), never taken from
 * the file: an attempt whose stored scores its choices do not earn, or made with content this
 * build does not have, is named in its trainee's notes and not counted.
 */
import { countLabel, errorKindLabel } from '../content/labels';
import { practiceOnlyCheck, practiceOnlyLeftOut, reviewNotice } from '../content/review';
import { isRecorded, type AttemptMode, type AttemptRecord } from '../domain/attempt';
import { attemptIntegrity, sameCode } from '../domain/integrity';
import { NOT_IN_VIGNETTE, optionLabel } from '../domain/option-labels';
import { decisionNumbers } from '../domain/decision-routes';
import { processCall, type LedgerEntry, type ProcessCall } from '../domain/scoring';
import { scoreFor } from '../domain/profiles';
import type { CaseManifest, ErrorKind, OptionScore } from '../domain/types';
import type { ExportFile } from '../exchange/format';
import { plural } from '../plural';
import type { ScoreCheck } from '../session/score-check';

export type Which = 'first' | 'latest';

export interface LoadedExport {
	/** The file's name as the instructor picked it. */
	name: string;
	file: ExportFile;
}

export interface SummaryOptions {
	/**
	 * What an attempt's choices earn (session/score-check.ts): scores are derived from the choice
	 * log, never taken from the file. Only an attempt whose stored scores its choices earn, and
	 * whose choices finish the vignette, is counted.
	 */
	check: (attempt: AttemptRecord) => ScoreCheck;
	/** Which completed recorded attempt counts per trainee and vignette (default 'first'). */
	which?: Which;
	/** Leave out attempts whose integrity code does not match (default: count them, labelled). */
	skipMismatched?: boolean;
	/** Which mode's attempts count (default: assessment when any completed recorded attempt has it, else learning). */
	mode?: AttemptMode;
}

export type NoteKind =
	| 'duplicate'
	| 'integrity'
	| 'edited'
	| 'older-content'
	| 'unknown-case'
	| 'not-counted'
	| 'practice-only'
	| 'scores'
	| 'conflict'
	| 'same-name'
	| 'look-alike'
	| 'other-mode';

/** Something the instructor should know about a trainee's file, in words. */
export interface TraineeNote {
	kind: NoteKind;
	text: string;
}

export interface TraineeSummary {
	/** Unique among the summary's trainees (two trainees may carry the same name). */
	key: string;
	label: string;
	/** The files read as this trainee's (more than one when files share attempts). */
	files: string[];
	/** Distinct attempts in those files. */
	attempts: number;
	/** Attempts counted in the summary, one per vignette at most. */
	counted: number;
	notes: TraineeNote[];
}

export interface OptionTally {
	optionId: string;
	/** The display label ("2"), as trainees saw it; null when the current content no longer has the option. */
	label: string | null;
	text: string;
	count: number;
	/** count / the decision's `reached`, 0..1. */
	share: number;
	/** The option's meaning under the profile: current content, or as recorded when it is gone. */
	score: OptionScore;
	/** For a process error of the current content: whether its call was right (scoring.ts processCall). */
	call?: ProcessCall;
	/** False when the current content no longer has this option. */
	current: boolean;
}

export interface DecisionSummary {
	decisionId: string;
	/** Its place in the vignette as trainees meet it ("Decision 4"); null when the content no longer has it. */
	number: number | null;
	title: string;
	/** How many counted attempts made this decision. */
	reached: number;
	/** Current options in authored order, then options the content no longer has. */
	options: OptionTally[];
	/** False when the current content no longer has this decision. */
	current: boolean;
}

export interface ErrorTally extends OptionTally {
	decisionId: string;
	decisionTitle: string;
	/** How many counted attempts made that decision (the share's denominator). */
	reached: number;
}

export interface ErrorGroup {
	kind: ErrorKind | 'critical';
	/** Errors of this kind made across the counted attempts. */
	total: number;
	/** The options behind them, most chosen first. */
	options: ErrorTally[];
}

export interface PathCount {
	/** Chosen option ids in order. */
	options: string[];
	/** The same path in words, one step per choice: "D1: 3" (decision as numbered on the path map: option label). */
	steps: string[];
	count: number;
	share: number;
}

export interface VignetteSummary {
	caseId: string;
	title: string;
	vignette: number;
	/** The profile id the attempts were scored under (null: the vignette has no profiles). */
	profile: string | null;
	profileLabel: string | null;
	version: string;
	/** The current content's `reviewed` tag: 'none' or a reviewer's date. */
	reviewed: string;
	attempts: number;
	trainees: string[];
	decisions: DecisionSummary[];
	/** Errors by kind (missed breach, unwarranted breach, process) and critical. */
	errors: ErrorGroup[];
	paths: PathCount[];
}

export interface ClassSummary {
	which: Which;
	/** The mode whose attempts were counted; attempts in the other mode never are. */
	mode: AttemptMode;
	/** Completed recorded attempts in each mode across the files, before the mode filter. */
	completedByMode: Record<AttemptMode, number>;
	/** The review notice the summary carries on screen, on paper and in its CSV; null when none applies. */
	notice: string | null;
	trainees: TraineeSummary[];
	vignettes: VignetteSummary[];
}



/** How an attempt's content differs from the current content, in words; null when it does not. */
export function contentVersionLabel(attempt: Pick<AttemptRecord, 'storyVersion' | 'contentHash'>, manifest: CaseManifest): string | null {
	const current = manifest.meta.version;
	if (attempt.storyVersion !== current) return `made with content version ${attempt.storyVersion}; current ${current}`;
	if (attempt.contentHash !== manifest.contentHash)
		return `made with an earlier edit of content version ${current} (content hash ${attempt.contentHash}; current ${manifest.contentHash})`;
	return null;
}

/** The profile an attempt was scored under, with null read as the vignette's primary profile. */
export function effectiveProfile(attempt: Pick<AttemptRecord, 'profile'>, manifest: CaseManifest): string | null {
	return attempt.profile ?? manifest.meta.profiles[0]?.id ?? null;
}

interface Entry {
	attempt: AttemptRecord;
	integrityOk: boolean;
}

interface Trainee {
	key: string;
	/** The name the files give (trimmed), or null. */
	name: string | null;
	label: string;
	files: string[];
	/** By attempt id: the copy with the highest revision wins. */
	attempts: Map<string, Entry>;
	notes: TraineeNote[];
}

const nameIn = (loaded: LoadedExport) => loaded.file.trainee?.trim() || null;

/**
 * Files that share an attempt and name the same trainee (or none) are one trainee's (the same file
 * loaded twice, or a laptop's and a phone's export): their attempts are merged by id, so nothing is
 * counted twice. Files that share an attempt id but name different trainees are never merged: both
 * are told, and the disputed attempts count for neither.
 */
function groupTrainees(files: readonly LoadedExport[]): Trainee[] {
	const trainees: Trainee[] = [];
	const ownerOf = new Map<string, Trainee>();
	const disputed = new Set<string>();
	files.forEach((loaded, index) => {
		const ids = loaded.file.attempts.map((a) => a.attempt.id);
		const name = nameIn(loaded);
		const owners = [...new Set(ids.flatMap((id) => ownerOf.get(id) ?? []))];
		const same = owners.filter((t) => t.name === name);
		let trainee = same[0];
		if (!trainee) {
			trainee = { key: `file-${index}`, name, label: name ?? `Trainee ${index + 1} (${loaded.name})`, files: [], attempts: new Map(), notes: [] };
			trainees.push(trainee);
		} else {
			const shared = ids.filter((id) => ownerOf.get(id) === trainee).length;
			const text =
				shared === ids.length && new Set(ids).size === trainee.attempts.size
					? `${loaded.name} holds the same attempts as ${trainee.files[0]}: counted once.`
					: `${loaded.name} shares ${plural(shared, 'attempt')} with ${trainee.files[0]}: read as the same trainee, each attempt counted once.`;
			trainee.notes.push({ kind: 'duplicate', text });
			// A file that links two files of the same trainee already loaded joins them.
			for (const other of same.slice(1)) {
				trainee.files.push(...other.files);
				trainee.notes.push(...other.notes);
				for (const [id, entry] of other.attempts) mergeAttempt(trainee, id, entry);
				for (const id of other.attempts.keys()) ownerOf.set(id, trainee);
				trainees.splice(trainees.indexOf(other), 1);
			}
		}
		for (const other of owners.filter((t) => t.name !== name)) {
			const shared = ids.filter((id) => ownerOf.get(id) === other);
			for (const id of shared) disputed.add(id);
			// The commonest case: one export made before the trainee gave a name, one after. Never
			// merged silently (the file without a name could be anyone's copy), but the way out is said.
			const unnamed = name === null ? loaded.name : other.name === null ? (other.files[0] ?? '') : null;
			const text = (mine: string, theirs: Trainee, theirName: string | null) =>
				`${mine} and ${theirs.files[0]} share ${plural(shared.length, 'attempt id')} but name different trainees ` +
				`(${name === null && theirName === null ? 'no names' : `${JSON.stringify(theirName ?? 'no name')}`}): not merged, and ${shared.length === 1 ? 'that attempt counts' : 'those attempts count'} for neither.` +
				(unnamed ? ` If both are one trainee's, remove ${unnamed}, the file without a name.` : '');
			trainee.notes.push({ kind: 'conflict', text: text(loaded.name, other, other.name) });
			other.notes.push({ kind: 'conflict', text: text(other.files[0] ?? '', { ...trainee, files: [loaded.name] }, name) });
		}
		trainee.files.push(loaded.name);
		for (const { attempt, integrity } of loaded.file.attempts) {
			mergeAttempt(trainee, attempt.id, { attempt, integrityOk: sameCode(attemptIntegrity(attempt), integrity) });
			if (!ownerOf.has(attempt.id) || ownerOf.get(attempt.id)?.name === name) ownerOf.set(attempt.id, trainee);
		}
	});
	for (const trainee of trainees) for (const id of disputed) trainee.attempts.delete(id);
	// Two trainees listed under one name (two students called Sam) are told apart by their files.
	const byLabel = new Map<string, Trainee[]>();
	for (const t of trainees) byLabel.set(t.label, [...(byLabel.get(t.label) ?? []), t]);
	for (const same of byLabel.values())
		if (same.length > 1)
			for (const t of same)
				t.notes.push({ kind: 'same-name', text: `Another trainee in these files is also named ${JSON.stringify(t.label)}: they are listed apart (this one from ${t.files.join(', ')}).` });
	// Names that look the same but are written differently (invisible marks, other alphabets).
	const bySkeleton = new Map<string, Trainee[]>();
	for (const t of trainees) bySkeleton.set(nameSkeleton(t.label), [...(bySkeleton.get(nameSkeleton(t.label)) ?? []), t]);
	for (const alike of bySkeleton.values()) {
		const labels = new Set(alike.map((t) => t.label));
		if (labels.size > 1)
			for (const t of alike)
				t.notes.push({
					kind: 'look-alike',
					text: `This name looks like another trainee's in these files but is written with different characters (${JSON.stringify(t.label)}): check whether they are one person, or someone posing as another.`
				});
	}
	return trainees;
}

/** Invisible and direction-changing code points (ranges): they make two different names print alike. */
const INVISIBLE: readonly [number, number][] = [
	[0x00ad, 0x00ad],
	[0x034f, 0x034f],
	[0x061c, 0x061c],
	[0x115f, 0x1160],
	[0x17b4, 0x17b5],
	[0x180b, 0x180f],
	[0x200b, 0x200f],
	[0x202a, 0x202e],
	[0x2060, 0x206f],
	[0x3164, 0x3164],
	[0xfe00, 0xfe0f],
	[0xfeff, 0xfeff],
	[0xffa0, 0xffa0]
];
const invisible = (c: string) => {
	const code = c.codePointAt(0)!;
	return INVISIBLE.some(([from, to]) => code >= from && code <= to);
};
/** Cyrillic and Greek letters that print like Latin ones. */
const LOOK_ALIKE: Record<string, string> = Object.fromEntries(
	[...'аеорсухіјѕԁһӏԛԝаАВЕКМНОРСТХІЈЅԌαοτυνικΑΒΕΖΗΙΚΜΝΟΡΤΥΧ'].map((c, i) => [c, 'aeopcyxijsdhlqwaABEKMHOPCTXIJSGaotvvikABEZHIKMNOPTYX'[i]!])
);

/** A name as it looks: compatibility forms folded, invisible marks dropped, look-alike letters mapped, case ignored. */
export function nameSkeleton(name: string): string {
	return [...name.normalize('NFKC')]
		.filter((c) => !invisible(c))
		.map((c) => LOOK_ALIKE[c] ?? c)
		.join('')
		.toLowerCase();
}

function mergeAttempt(trainee: Trainee, id: string, entry: Entry): void {
	const known = trainee.attempts.get(id);
	if (!known || entry.attempt.revision > known.attempt.revision) trainee.attempts.set(id, entry);
}

/** The attempt that counts among one trainee's completed recorded attempts at a vignette. */
function pick(entries: readonly Entry[], which: Which): Entry | undefined {
	const order = [...entries].sort(
		(a, b) =>
			(a.attempt.completedAt ?? a.attempt.updatedAt) - (b.attempt.completedAt ?? b.attempt.updatedAt) ||
			a.attempt.startedAt - b.attempt.startedAt ||
			a.attempt.id.localeCompare(b.attempt.id)
	);
	return which === 'first' ? order[0] : order.at(-1);
}

interface Counted {
	trainee: string;
	attempt: AttemptRecord;
	manifest: CaseManifest;
	profile: string | null;
}

export function summariseClass(files: readonly LoadedExport[], manifests: readonly CaseManifest[], options: SummaryOptions): ClassSummary {
	const which = options.which ?? 'first';
	const byCase = new Map(manifests.map((m) => [m.meta.id, m]));
	const underPracticeOnly = practiceOnlyCheck(manifests.map((m) => m.meta));
	const counted: Counted[] = [];
	const grouped = groupTrainees(files);
	const completedByMode: Record<AttemptMode, number> = { learning: 0, assessment: 0 };
	for (const t of grouped)
		for (const { attempt } of t.attempts.values())
			if (byCase.has(attempt.caseId) && isRecorded(attempt) && !underPracticeOnly(attempt) && attempt.status === 'completed') completedByMode[attempt.mode]++;
	const mode: AttemptMode = options.mode ?? (completedByMode.assessment > 0 ? 'assessment' : 'learning');
	const otherMode: AttemptMode = mode === 'assessment' ? 'learning' : 'assessment';

	const trainees: TraineeSummary[] = grouped.map((trainee) => {
		const notes = [...trainee.notes];
		// Scores as the choices earn them: the file's ledger is replaced by the derived one.
		const checked = new Map<Entry, ScoreCheck>();
		const all = [...trainee.attempts.values()].map((e) => {
			const check = options.check(e.attempt);
			const entry = check.kind === 'derived' || check.kind === 'mismatch' ? { ...e, attempt: { ...e.attempt, ledger: check.ledger } } : e;
			checked.set(entry, check);
			return entry;
		});
		const earned = (e: Entry) => {
			const check = checked.get(e)!;
			return check.kind === 'derived' && check.finished;
		};
		const recordedKnown = all.filter((e) => byCase.has(e.attempt.caseId) && isRecorded(e.attempt) && e.attempt.status === 'completed');
		const forged = recordedKnown.filter((e) => ['mismatch', 'unplayable'].includes(checked.get(e)!.kind));
		if (forged.length)
			notes.push({
				kind: 'scores',
				text:
					`${plural(forged.length, 'attempt')} (${forged.map((e) => `${e.attempt.caseId} ${e.attempt.id}`).join(', ')}): ` +
					`${forged.length === 1 ? 'its' : 'their'} stored scores do not follow from ${forged.length === 1 ? 'its' : 'their'} choices in this content: not counted.`
			});
		const otherContent = recordedKnown.filter((e) => checked.get(e)!.kind === 'not-in-build');
		for (const e of otherContent) {
			const label = contentVersionLabel(e.attempt, byCase.get(e.attempt.caseId)!);
			notes.push({
				kind: 'older-content',
				text: `${byCase.get(e.attempt.caseId)!.meta.title}: ${label ?? 'made with other content'}, which this version of Confide does not have, so its scores cannot be checked: not counted.`
			});
		}
		const edited = all.filter((e) => e.attempt.edited);
		if (edited.length)
			notes.push({
				kind: 'edited',
				text: `${plural(edited.length, 'attempt')} (${edited.map((e) => `${e.attempt.caseId} ${e.attempt.id}`).join(', ')}) ${edited.length === 1 ? 'was' : 'were'} imported into Confide with an integrity code that did not match: ${edited.length === 1 ? 'it' : 'they'} may have been edited before.`
			});
		const unknown = new Set(all.filter((e) => !byCase.has(e.attempt.caseId)).map((e) => e.attempt.caseId));
		for (const caseId of unknown)
			notes.push({ kind: 'unknown-case', text: `Attempts at '${caseId}', a vignette this version of Confide does not have: not counted.` });

		const practiceOnly = all.filter((e) => isRecorded(e.attempt) && underPracticeOnly(e.attempt)).length;
		if (practiceOnly) notes.push({ kind: 'practice-only', text: practiceOnlyLeftOut(practiceOnly, 'summary') });
		const eligible = all.filter(
			(e) =>
				byCase.has(e.attempt.caseId) &&
				isRecorded(e.attempt) &&
				!underPracticeOnly(e.attempt) &&
				e.attempt.status === 'completed' &&
				earned(e) &&
				(e.integrityOk || !options.skipMismatched)
		);
		// Said once per attempt, with what happens to it: one left out for another reason (its scores,
		// its content) is not also called counted.
		const mismatched = all.filter((e) => !e.integrityOk);
		if (mismatched.length) {
			const countable = mismatched.filter((e) => eligible.includes(e));
			const outcome = options.skipMismatched
				? 'Left out.'
				: countable.length === mismatched.length
					? 'Counted, but check with the trainee.'
					: countable.length === 0
						? 'Not counted (see the reason given).'
						: `Counted (${countable.map((e) => `${e.attempt.caseId} ${e.attempt.id}`).join(', ')}), but check with the trainee; the others are not counted (see the reason given).`;
			notes.push({
				kind: 'integrity',
				text:
					`${plural(mismatched.length, 'attempt')} (${mismatched.map((e) => `${e.attempt.caseId} ${e.attempt.id}`).join(', ')}) ` +
					`${mismatched.length === 1 ? 'does' : 'do'} not match ${mismatched.length === 1 ? 'its' : 'their'} integrity code: changed after export. ${outcome}`
			});
		}
		const inOtherMode = eligible.filter((e) => e.attempt.mode !== mode).length;
		if (inOtherMode)
			notes.push({ kind: 'other-mode', text: `${plural(inOtherMode, `completed ${otherMode}-mode attempt`)}: not counted (this summary counts ${mode}-mode attempts).` });
		const practice = all.filter((e) => !isRecorded(e.attempt)).length;
		const unfinished = all.filter((e) => isRecorded(e.attempt) && !underPracticeOnly(e.attempt) && e.attempt.status !== 'completed').length;
		if (practice || unfinished)
			notes.push({
				kind: 'not-counted',
				text: [practice ? `${plural(practice, 'practice run')}` : '', unfinished ? `${plural(unfinished, 'unfinished attempt')}` : '']
					.filter(Boolean)
					.join(' and ')
					.concat(': never counted.')
			});

		let countedHere = 0;
		for (const [caseId, manifest] of byCase) {
			const chosen = pick(eligible.filter((e) => e.attempt.caseId === caseId && e.attempt.mode === mode), which);
			if (!chosen) continue;
			countedHere++;
			counted.push({ trainee: trainee.label, attempt: chosen.attempt, manifest, profile: effectiveProfile(chosen.attempt, manifest) });
		}
		return { key: trainee.key, label: trainee.label, files: trainee.files, attempts: all.length, counted: countedHere, notes };
	});

	const groups = new Map<string, Counted[]>();
	for (const c of counted) {
		const key = JSON.stringify([c.manifest.meta.id, c.profile]);
		groups.set(key, [...(groups.get(key) ?? []), c]);
	}
	const vignettes = [...groups.values()].map(summariseVignette);
	vignettes.sort((a, b) => a.vignette - b.vignette || profileRank(byCase.get(a.caseId)!, a.profile) - profileRank(byCase.get(b.caseId)!, b.profile));
	return { which, mode, completedByMode, notice: reviewNotice(manifests.map((m) => m.meta)), trainees, vignettes };
}

function profileRank(manifest: CaseManifest, profile: string | null): number {
	const i = manifest.meta.profiles.findIndex((p) => p.id === profile);
	return i === -1 ? manifest.meta.profiles.length : i;
}

const scoreOf = (entry: LedgerEntry): OptionScore => {
	const { action, verdict, kind, critical, rationale, cite } = entry;
	return { action, verdict, ...(kind ? { kind } : {}), critical, rationale, ...(cite ? { cite } : {}) };
};

function summariseVignette(group: Counted[]): VignetteSummary {
	const { manifest, profile } = group[0]!;
	const profileArg = profile ?? undefined;
	const total = group.length;
	const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

	// Tallies keyed by decision, then option; the first ledger entry seen stands for a retired option.
	const chosen = new Map<string, Map<string, { count: number; recorded: LedgerEntry }>>();
	const reached = new Map<string, number>();
	const paths = new Map<string, { count: number; steps: string[] }>();
	const numbers = decisionNumbers(manifest);
	const decisionById = new Map(manifest.decisions.map((d) => [d.id, d]));
	const stepName = (entry: LedgerEntry) => {
		const n = numbers.get(entry.decisionId);
		return n === undefined ? `(a decision ${NOT_IN_VIGNETTE})` : `D${n}: ${optionLabel(decisionById.get(entry.decisionId), entry.optionId) ?? NOT_IN_VIGNETTE}`;
	};
	for (const { attempt } of group) {
		for (const entry of attempt.ledger) {
			const options = chosen.get(entry.decisionId) ?? new Map();
			const known = options.get(entry.optionId);
			options.set(entry.optionId, { count: (known?.count ?? 0) + 1, recorded: known?.recorded ?? entry });
			chosen.set(entry.decisionId, options);
		}
		for (const decisionId of new Set(attempt.ledger.map((e) => e.decisionId))) reached.set(decisionId, (reached.get(decisionId) ?? 0) + 1);
		const path = JSON.stringify(attempt.ledger.map((e) => e.optionId));
		paths.set(path, { count: (paths.get(path)?.count ?? 0) + 1, steps: attempt.ledger.map(stepName) });
	}

	const decisions: DecisionSummary[] = manifest.decisions.map((decision, index) => {
		const tallies = chosen.get(decision.id) ?? new Map();
		const n = reached.get(decision.id) ?? 0;
		const currentIds = new Set(decision.options.map((o) => o.id));
		const options: OptionTally[] = decision.options.map((o) => {
			const count = tallies.get(o.id)?.count ?? 0;
			const score = scoreFor(o, profileArg);
			const call = processCall(score, decision, profileArg);
			return { optionId: o.id, label: optionLabel(decision, o.id), text: o.text, count, share: share(count, n), score, current: true, ...(call ? { call } : {}) };
		});
		for (const [optionId, t] of tallies)
			if (!currentIds.has(optionId))
				options.push({ optionId, label: null, text: t.recorded.optionText, count: t.count, share: share(t.count, n), score: scoreOf(t.recorded), current: false });
		return { decisionId: decision.id, number: index + 1, title: decision.title, reached: n, options, current: true };
	});
	const currentDecisions = new Set(manifest.decisions.map((d) => d.id));
	for (const [decisionId, tallies] of chosen) {
		if (currentDecisions.has(decisionId)) continue;
		const n = reached.get(decisionId) ?? 0;
		const options = [...tallies].map(([optionId, t]) => ({
			optionId,
			label: null,
			text: t.recorded.optionText,
			count: t.count,
			share: share(t.count, n),
			score: scoreOf(t.recorded),
			current: false
		}));
		decisions.push({ decisionId, number: null, title: decisionId, reached: n, options, current: false });
	}

	const errorTallies: ErrorTally[] = decisions.flatMap((d) =>
		d.options.filter((o) => o.count > 0 && o.score.verdict === 'error').map((o) => ({ ...o, decisionId: d.decisionId, decisionTitle: d.title, reached: d.reached }))
	);
	const byCount = (a: ErrorTally, b: ErrorTally) => b.count - a.count || Number(b.score.critical) - Number(a.score.critical) || a.optionId.localeCompare(b.optionId);
	const errorGroup = (kind: ErrorGroup['kind'], list: ErrorTally[]): ErrorGroup => ({
		kind,
		total: list.reduce((sum, o) => sum + o.count, 0),
		options: [...list].sort(byCount)
	});
	const errors = [
		...(['under', 'over', 'process'] as const).map((kind) => errorGroup(kind, errorTallies.filter((o) => o.score.kind === kind))),
		errorGroup('critical', errorTallies.filter((o) => o.score.critical))
	];

	return {
		caseId: manifest.meta.id,
		title: manifest.meta.title,
		vignette: manifest.meta.vignette,
		profile,
		profileLabel: manifest.meta.profiles.find((p) => p.id === profile)?.label ?? (profile ? `profile '${profile}' (not in the current content)` : null),
		version: manifest.meta.version,
		reviewed: manifest.meta.reviewed,
		attempts: total,
		trainees: group.map((c) => c.trainee),
		decisions,
		errors,
		paths: [...paths]
			.map(([path, { count, steps }]) => ({ options: JSON.parse(path) as string[], steps, count, share: share(count, total) }))
			.sort((a, b) => b.count - a.count || JSON.stringify(a.options).localeCompare(JSON.stringify(b.options)))
	};
}

/** An error group's heading: "Missed breach (under-protection)", "Critical errors"… */
export function errorGroupName(kind: ErrorGroup['kind']): string {
	return kind === 'critical' ? countLabel('critical') : errorKindLabel(kind);
}

/** A file the summary had to leave out, and why. */
export interface ExcludedFile {
	name: string;
	error: string;
}

/**
 * The summary of every file that can be summarised: should the whole class fail, each file is tried
 * on its own and the ones that fail are named and left out, so one bad file never blanks the others.
 */
export function summariseSafely(
	files: readonly LoadedExport[],
	manifests: readonly CaseManifest[],
	options: SummaryOptions
): { summary: ClassSummary; excluded: ExcludedFile[] } {
	try {
		return { summary: summariseClass(files, manifests, options), excluded: [] };
	} catch {
		const excluded: ExcludedFile[] = [];
		const kept = files.filter((file) => {
			try {
				summariseClass([file], manifests, options);
				return true;
			} catch (error) {
				excluded.push({ name: file.name, error: (error as Error).message });
				return false;
			}
		});
		return { summary: summariseClass(kept, manifests, options), excluded };
	}
}
