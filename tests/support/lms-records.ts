/** Made-up course records for the LMS reporters' unit tests (SCORM and cmi5). */
import type { CourseResult, DecisionInteraction } from '../../src/lib/domain/course-result';
import { DEFAULT_PASS_RULE } from '../../src/lib/domain/pass-rule';
import { ledgerEntry } from '../../src/lib/domain/scoring';
import { CourseRecord, type LmsPart, type LmsRecord } from '../../src/lib/lms/course-record';

export const T0 = 1_700_000_000_000;

export const courseResult = (completion: CourseResult['completion'], success: CourseResult['success'], scaled: number, critical = false): CourseResult => ({
	completion,
	success,
	raw: scaled * 4,
	max: 4,
	scaled,
	critical
});

/** Decision `n` of a vignette whose decisions are `${prefix}.n`, its option `a` chosen. */
export function interaction(prefix: string, n: number, latencyMs = 60_000): DecisionInteraction {
	const entry = ledgerEntry({ id: `${prefix}.${n}.a`, decisionId: `${prefix}.${n}`, text: 't', base: { action: 'hold', verdict: 'best', critical: false, rationale: 'r' }, overrides: {} });
	return { id: `${prefix}.${n}`, title: `Decision ${n}`, response: `${prefix}.${n}.a`, correct: `${prefix}.${n}.a`, result: 'correct', entry, at: T0 + n * 60_000, latencyMs };
}

/** Vignette `caseId`'s attempt `attemptId` after its first `decisions` of 2 decisions (option a each, 2 points each), finished or not. */
export function lmsPart(caseId: string, prefix: string, attemptId: string, decisions: number, done = false, latencyMs = 60_000): LmsPart {
	return {
		caseId,
		title: `Vignette ${caseId}`,
		result: done ? courseResult('completed', 'passed', 1) : courseResult('incomplete', 'unknown', decisions / 4),
		interactions: Array.from({ length: decisions }, (_, i) => interaction(prefix, i + 1, latencyMs)),
		attempt: {
			attemptId,
			contentHash: 'hash',
			profile: null,
			mode: 'learning',
			phase: done ? 'ended' : 'choosing',
			startedAt: T0,
			completedAt: done ? T0 + 300_000 : null,
			choiceLog: Array.from({ length: decisions }, (_, i) => ({ choiceId: `${prefix}.${i + 1}.a`, at: T0 + (i + 1) * 60_000 }))
		}
	};
}

/** The record of a one-vignette package (`v1`, 2 decisions) after attempt `attemptId`'s first `decisions` decisions. */
export function lmsRecord(prefix: string, attemptId: string, decisions: number, done = false, latencyMs = 60_000): LmsRecord {
	const course = new CourseRecord([{ id: 'v1', decisionCount: 2 }], DEFAULT_PASS_RULE);
	course.update(lmsPart('v1', prefix, attemptId, decisions, done, latencyMs));
	return course.record()!;
}
