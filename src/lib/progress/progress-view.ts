/** What the progress page shows, derived from the stored attempts. Pure: no storage, no DOM. */
import { timeOnTask } from '../content/time';
import { isRecorded, keyShown, type AttemptRecord } from '../domain/attempt';
import { profileOf } from '../domain/profiles';
import { countLedger, type Counts } from '../domain/scoring';
import { isPracticeOnly } from '../domain/profiles';
import { plural } from '../plural';
import type { ProfileInfo } from '../domain/types';

/** What the page needs to know of a vignette (the catalogue entry has all of this). */
export interface CaseInfo {
	id: string;
	vignette: number;
	title: string;
	profiles: ProfileInfo[];
	/** The content version this build has; an attempt made with another one says so. */
	version?: string;
}

/** 'practice only': stored under a profile that is now practice only (before it was one). */
export type StatusLabel = 'in progress' | 'completed' | 'abandoned' | 'superseded' | 'practice' | 'practice only';

export interface AttemptRow {
	attempt: AttemptRecord;
	status: StatusLabel;
	/** startedAt to completedAt, or to the last update while unfinished. */
	durationMs: number;
	profileLabel: string;
	/** Null while an assessment is in progress: its counts would give its verdicts away (domain/attempt.ts keyShown). */
	counts: Counts | null;
	/** "content 1.0.0" when the attempt was made with content other than this build's; else null. */
	contentVersion: string | null;
}

/** A completed attempt's row, whose counts are always shown. */
export type CountedRow = AttemptRow & { counts: Counts };

export const isCompletedRow = (row: AttemptRow): row is CountedRow => row.attempt.status === 'completed' && row.counts !== null;

/** One point of the chart: a recorded, completed attempt. */
export interface ChartPoint {
	attemptId: string;
	completedAt: number;
	missed: number;
	unwarranted: number;
	process: number;
}

export interface CaseGroup {
	caseId: string;
	title: string;
	/** Recorded attempts, oldest first. */
	rows: AttemptRow[];
	/** Practice runs and attempts under a practice-only profile, oldest first: listed apart, never charted. */
	practice: AttemptRow[];
	chart: ChartPoint[];
}

/** Whether an attempt counts towards results: recorded, and not under a profile now practice only. */
function counts(a: AttemptRecord, info: CaseInfo | undefined): boolean {
	return isRecorded(a) && !(info && isPracticeOnly(info, a.profile));
}

export function statusLabel(a: AttemptRecord, info?: CaseInfo): StatusLabel {
	if (!isRecorded(a)) return 'practice';
	if (info && isPracticeOnly(info, a.profile)) return 'practice only';
	return a.status === 'active' ? 'in progress' : a.status;
}

/** A vignette with no choice of profiles is scored under its own setting, as its debrief says. */
export const OWN_SETTING = 'The case’s own setting';

export function profileLabel(info: CaseInfo | undefined, profile: string | null): string {
	if (!info) return profile ?? OWN_SETTING;
	return profileOf(info.profiles, profile)?.label ?? profile ?? OWN_SETTING;
}

function row(a: AttemptRecord, info: CaseInfo | undefined): AttemptRow {
	return {
		attempt: a,
		status: statusLabel(a, info),
		// Time on task, as the report and certificate give it (breaks capped).
		durationMs: timeOnTask(a),
		profileLabel: profileLabel(info, a.profile),
		contentVersion: info?.version && a.storyVersion !== info.version ? `content ${a.storyVersion}` : null,
		counts: keyShown(a) === 'none' ? null : countLedger(a.ledger)
	};
}

/** Attempts grouped per vignette, in catalogue order; vignettes not in this build come last, by id. */
export function groupAttempts(attempts: readonly AttemptRecord[], cases: readonly CaseInfo[]): CaseGroup[] {
	const byId = new Map(cases.map((c) => [c.id, c]));
	const groups = new Map<string, CaseGroup>();
	const sorted = [...attempts].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
	for (const a of sorted) {
		const info = byId.get(a.caseId);
		let group = groups.get(a.caseId);
		if (!group) {
			group = { caseId: a.caseId, title: info?.title ?? a.caseId, rows: [], practice: [], chart: [] };
			groups.set(a.caseId, group);
		}
		(counts(a, info) ? group.rows : group.practice).push(row(a, info));
	}
	for (const group of groups.values()) {
		group.chart = group.rows
			.filter(isCompletedRow)
			.filter((r) => r.attempt.completedAt !== null)
			.sort((x, y) => x.attempt.completedAt! - y.attempt.completedAt!)
			.map((r) => ({
				attemptId: r.attempt.id,
				completedAt: r.attempt.completedAt!,
				missed: r.counts.missed_breach,
				unwarranted: r.counts.unwarranted_breach,
				process: r.counts.process_error
			}));
	}
	const order = (id: string) => byId.get(id)?.vignette ?? Number.POSITIVE_INFINITY;
	return [...groups.values()].sort((a, b) => order(a.caseId) - order(b.caseId) || (a.caseId < b.caseId ? -1 : 1));
}

/** The chart's text alternative: how many attempts, how many charted, and the latest one's errors. */
export function chartSummary(all: readonly ChartPoint[], charted: number): string {
	const latest = all.at(-1);
	if (!latest || charted === 0) return 'No completed attempts to chart yet.';
	const shown = charted < all.length ? `, the latest ${charted} charted` : '';
	return `${plural(all.length, 'completed attempt')}${shown}. Latest: ${latest.missed} missed, ${latest.unwarranted} unwarranted, ${plural(latest.process, 'process error')}.`;
}

/** "45 s", "12 min", "1 h 5 min". */
