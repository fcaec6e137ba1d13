/** Made-up course records for the LMS reporters' unit tests (SCORM and cmi5). */
import type { CourseResult, DecisionInteraction } from '../../src/lib/domain/course-result';
import { ledgerEntry } from '../../src/lib/domain/scoring';
import type { LmsRecord } from '../../src/lib/lms/scorm-reporter';

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

/** An attempt `attemptId` after its first `decisions` decisions (option a each), finished or not. */
export function lmsRecord(prefix: string, attemptId: string, decisions: number, done = false, latencyMs = 60_000): LmsRecord {
	return {
		result: done ? courseResult('completed', 'passed', 1) : courseResult('incomplete', 'unknown', decisions / 4),
		interactions: Array.from({ length: decisions }, (_, i) => interaction(prefix, i + 1, latencyMs)),
		suspend: {
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
