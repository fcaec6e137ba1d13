/**
 * The course as the LMS link reports it: a package's vignettes (all of the catalogue, or one), each
 * with its current attempt and its standing, and the course's result over them. A vignette's
 * standing is its latest completed attempt's result; until it has one, its current attempt's. So a
 * completed vignette played again keeps the course completed until the new attempt ends. Pure.
 */
import { courseResult, courseTotal, decisionInteractions, type CourseResult, type CourseVignette, type DecisionInteraction, type VignetteStanding } from '../domain/course-result';
import type { PassRule } from '../domain/pass-rule';
import { isPracticeOnly } from '../domain/profiles';
import type { AttemptSnapshot } from '../machines/attempt.machine';
import type { SuspendedAttempt, SuspendedCourse } from './suspend-data';

/** One vignette's attempt as played on this page: what the LMS may not hold yet. */
export interface LmsPart {
	caseId: string;
	/** The vignette's title (a catalogue's gradebook names it with each decision). */
	title: string;
	attempt: SuspendedAttempt;
	interactions: readonly DecisionInteraction[];
	result: CourseResult;
}

/** What the LMS should hold now. */
export interface LmsRecord {
	/** The course's result, over every vignette of the package. */
	result: CourseResult;
	/** From the earliest attempt's start to the latest completion (the course's duration once completed). */
	span: { startedAt: number; completedAt: number | null };
	/** The package holds more than one vignette: interaction ids name their vignette. */
	catalogue: boolean;
	/** Every vignette of the course was completed before this page was launched (cmi5 sends completion once per registration). */
	completedAtLaunch: boolean;
	/** The attempts played on this page, in the order first played. */
	parts: readonly LmsPart[];
	/** The course to suspend; how many decisions of each attempt the LMS holds is the reporter's to add. */
	suspend: { attempts: Record<string, SuspendedAttempt>; standings: Record<string, VignetteStanding> };
}

/** The course at a glance: how many of its vignettes are completed, and its result. */
export interface CourseSummary {
	completed: number;
	total: number;
	result: CourseResult;
}

/** A vignette's attempt as the LMS should know it, or undefined when there is nothing to report (not started, practice, practice-only). */
export function lmsPartOf(snapshot: AttemptSnapshot, rule: PassRule): LmsPart | undefined {
	const c = snapshot.context;
	if (c.practice !== null || c.recorded !== null || c.choiceLog.length === 0 || c.phase === 'setting') return undefined;
	if (isPracticeOnly(c.manifest.meta, c.profile)) return undefined;
	return {
		caseId: c.manifest.meta.id,
		title: c.manifest.meta.title,
		result: courseResult({ ended: c.phase === 'ended', ledger: c.ledger, decisions: c.decisions, profile: c.profile }, rule),
		interactions: decisionInteractions(c, c.decisions, c.profile),
		attempt: {
			attemptId: c.attemptId,
			contentHash: c.manifest.contentHash,
			profile: c.profile,
			mode: c.mode,
			phase: c.phase,
			startedAt: c.startedAt,
			completedAt: c.completedAt,
			choiceLog: c.choiceLog
		}
	};
}

/** Identifies a part's progress: a part whose key was acknowledged need not be reported again. */
export const partKey = (part: LmsPart) => `${part.caseId}:${part.attempt.attemptId}:${part.attempt.choiceLog.length}:${part.attempt.phase}`;

export class CourseRecord {
	private readonly attempts = new Map<string, SuspendedAttempt>();
	private readonly standings = new Map<string, VignetteStanding>();
	private readonly parts = new Map<string, LmsPart>();
	private readonly completedAtLaunch: boolean;

	/** `suspended`: what the LMS held at launch. */
	constructor(
		private readonly vignettes: readonly CourseVignette[],
		private readonly rule: PassRule,
		suspended?: SuspendedCourse
	) {
		for (const [id, attempt] of Object.entries(suspended?.attempts ?? {})) this.attempts.set(id, attempt);
		for (const [id, standing] of Object.entries(suspended?.standings ?? {})) this.standings.set(id, standing);
		this.completedAtLaunch = courseTotal(vignettes, this.standings, rule).completion === 'completed';
	}

	/** The attempt the LMS holds for a vignette (to resume), if any. */
	suspendedFor(caseId: string): SuspendedAttempt | undefined {
		return this.attempts.get(caseId);
	}

	/** Whether a vignette is part of this course (a package's other pages report nothing). */
	has(caseId: string): boolean {
		return this.vignettes.some((v) => v.id === caseId);
	}

	/** The attempts played on this page, in the order first played. */
	played(): LmsPart[] {
		return [...this.parts.values()];
	}

	/** A vignette's attempt moved on. */
	update(part: LmsPart) {
		this.attempts.set(part.caseId, part.attempt);
		this.parts.set(part.caseId, part);
		// A completed vignette's standing holds until a newer attempt completes.
		if (part.result.completion === 'completed' || this.standings.get(part.caseId)?.completion !== 'completed') this.standings.set(part.caseId, part.result);
	}

	/** How far the course is, as its home page shows it. */
	summary(): CourseSummary {
		const completed = this.vignettes.filter((v) => this.standings.get(v.id)?.completion === 'completed').length;
		return { completed, total: this.vignettes.length, result: courseTotal(this.vignettes, this.standings, this.rule) };
	}

	/** What the LMS should hold now; undefined while nothing was played on this page. */
	record(): LmsRecord | undefined {
		if (this.parts.size === 0) return undefined;
		const result = courseTotal(this.vignettes, this.standings, this.rule);
		const attempts = [...this.attempts.values()];
		const completions = attempts.flatMap((a) => (a.completedAt === null ? [] : [a.completedAt]));
		const startedAt = Math.min(...attempts.map((a) => a.startedAt));
		return {
			result,
			span: { startedAt, completedAt: result.completion === 'completed' ? Math.max(startedAt, ...completions) : null },
			catalogue: this.vignettes.length > 1,
			completedAtLaunch: this.completedAtLaunch,
			parts: [...this.parts.values()],
			suspend: { attempts: Object.fromEntries(this.attempts), standings: Object.fromEntries(this.standings) }
		};
	}
}

/** A record's progress: what the link compares with what was acknowledged. */
export const recordKey = (record: LmsRecord) => record.parts.map(partKey).join('|');

/** A part's decisions the LMS does not hold yet (`held`: how many of each attempt's it holds); they are in the order made. */
export const unheld = (part: LmsPart, held: ReadonlyMap<string, number>) => part.interactions.slice(held.get(part.attempt.attemptId) ?? 0);

/**
 * The course to suspend once the LMS holds every decision of the attempts played here, with how
 * many of each attempt's decisions it then holds (`held`: what it held before, by attempt id).
 */
export function suspendAfter(record: LmsRecord, held: ReadonlyMap<string, number>): { course: SuspendedCourse; held: Map<string, number> } {
	const after = new Map(held);
	for (const part of record.parts) after.set(part.attempt.attemptId, Math.max(after.get(part.attempt.attemptId) ?? 0, part.interactions.length));
	const attempts = Object.fromEntries(Object.entries(record.suspend.attempts).map(([id, a]) => [id, { ...a, reported: after.get(a.attemptId) ?? 0 }]));
	return { course: { attempts, standings: record.suspend.standings }, held: after };
}
