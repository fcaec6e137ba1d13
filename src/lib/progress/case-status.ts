/** What the catalogue shows for each vignette, derived from the stored attempts. Pure. */
import type { PracticeOnlyCheck } from '../content/review';
import { isRecorded, type AttemptRecord } from '../domain/attempt';
import { countLedger, type Counts } from '../domain/scoring';

export type CaseStatus =
	| { kind: 'not-started' }
	| { kind: 'in-progress'; decisionsMade: number; updatedAt: number }
	| { kind: 'completed'; counts: Counts; completedAt: number; attemptId: string };

export function caseStatuses(attempts: readonly AttemptRecord[], practiceOnly: PracticeOnlyCheck = () => false): Map<string, CaseStatus> {
	const out = new Map<string, CaseStatus>();
	// Practice runs never change what the catalogue reports, nor do attempts under a profile that
	// is now practice only (they are never resumed either).
	const newestFirst = attempts.filter((a) => isRecorded(a) && !practiceOnly(a)).sort((a, b) => b.updatedAt - a.updatedAt);
	for (const attempt of newestFirst) {
		if (out.get(attempt.caseId)?.kind === 'in-progress') continue;
		if (attempt.status === 'active') {
			out.set(attempt.caseId, { kind: 'in-progress', decisionsMade: attempt.ledger.length, updatedAt: attempt.updatedAt });
		} else if (attempt.status === 'completed' && !out.has(attempt.caseId)) {
			out.set(attempt.caseId, { kind: 'completed', counts: countLedger(attempt.ledger), completedAt: attempt.completedAt ?? attempt.updatedAt, attemptId: attempt.id });
		}
	}
	return out;
}
