/**
 * The totals across vignettes (CONTENT.md 2.2: the counts "per vignette and overall"): for each
 * vignette this build has, the attempt that counts and its counts, and the sum over those. Built
 * from the progress page's groups, whose counts are what each attempt's choices earn. The attempt
 * that counts is chosen by the rule the certificate and the class summary use: completed,
 * recorded, and its result earned by its choices on this build's story (session/score-check.ts),
 * so an edited record or one made with other content (which could not be replayed, CONTENT.md
 * 2.4) is never summed. Pure.
 */
import { COUNT_KEYS, type CountKey, type Counts } from '../domain/scoring';
import { isCompletedRow, type AttemptRow, type CaseGroup, type CaseInfo, type CountedRow } from './progress-view';

/** The order totals are shown in: critical errors first (CONTENT.md 2.2), then the five counts as the debrief lists them. */
export const TOTALS_ORDER: readonly CountKey[] = ['critical', ...COUNT_KEYS.filter((k) => k !== 'critical')];

export interface VignetteTotal {
	caseId: string;
	title: string;
	/** The attempt that counts: the latest completed recorded one; null while the vignette is not completed. */
	counted: CountedRow | null;
	/** The profile it was scored under, when the vignette offers a choice of profiles; else null. */
	profile: string | null;
}

export interface OverallTotals {
	/** Every vignette of this build, in catalogue order. */
	vignettes: VignetteTotal[];
	/** How many of them have an attempt that counts. */
	completed: number;
	/** How many vignettes this build has. */
	of: number;
	/** The counts of the attempts that count, summed; under- and over-protection stay apart (CONTENT.md 2.3). */
	totals: Counts;
	/** Completed recorded attempts at this build's vignettes left out because their result is not earned. */
	leftOut: number;
}

const finishedAt = (row: AttemptRow) => row.attempt.completedAt ?? row.attempt.updatedAt;

/** Whether an attempt's result is earned by its choices (session/score-check.ts `earnedResult`). */
export type EarnedCheck = (attempt: AttemptRow['attempt']) => boolean;

/** The latest of `rows` to finish (the later id on a tie); null for none. */
function latestFinished(rows: readonly CountedRow[]): CountedRow | null {
	let latest: CountedRow | null = null;
	for (const row of rows) {
		if (!latest || finishedAt(row) > finishedAt(latest) || (finishedAt(row) === finishedAt(latest) && row.attempt.id > latest.attempt.id)) latest = row;
	}
	return latest;
}

/** Vignettes not in this build (their groups still list on the page) are left out: totals are over this build's vignettes. */
export function overallTotals(groups: readonly CaseGroup[], cases: readonly CaseInfo[], earned: EarnedCheck): OverallTotals {
	const byCase = new Map(groups.map((g) => [g.caseId, g]));
	const ordered = [...cases].sort((a, b) => a.vignette - b.vignette || (a.id < b.id ? -1 : 1));
	let leftOut = 0;
	const vignettes = ordered.map((c): VignetteTotal => {
		// A group's rows are its recorded attempts not under a practice-only profile (progress-view.ts):
		// practice runs and practice-only attempts never count; nor do unfinished, abandoned or superseded ones.
		const completed = (byCase.get(c.id)?.rows ?? []).filter(isCompletedRow);
		const earnedRows = completed.filter((row) => earned(row.attempt));
		leftOut += completed.length - earnedRows.length;
		const counted = latestFinished(earnedRows);
		return { caseId: c.id, title: c.title, counted, profile: counted && c.profiles.length ? counted.profileLabel : null };
	});
	const totals = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Counts;
	for (const { counted } of vignettes) if (counted) for (const k of COUNT_KEYS) totals[k] += counted.counts[k];
	return { vignettes, completed: vignettes.filter((v) => v.counted).length, of: vignettes.length, totals, leftOut };
}
