/** What the catalogue shows for each vignette, derived from the stored attempts. Pure. */
import { isRecorded, type AttemptRecord } from '../domain/attempt';
import { countLedger, type Counts } from '../domain/scoring';

export type CaseStatus =
	| { kind: 'not-started' }
	| { kind: 'in-progress'; decisionsMade: number; updatedAt: number }
	| { kind: 'completed'; counts: Counts; completedAt: number };

export function caseStatuses(attempts: readonly AttemptRecord[]): Map<string, CaseStatus> {
	const out = new Map<string, CaseStatus>();
	// Practice runs never change what the catalogue reports.
	const newestFirst = attempts.filter(isRecorded).sort((a, b) => b.updatedAt - a.updatedAt);
	for (const attempt of newestFirst) {
		if (out.get(attempt.caseId)?.kind === 'in-progress') continue;
		if (attempt.status === 'active') {
			out.set(attempt.caseId, { kind: 'in-progress', decisionsMade: attempt.ledger.length, updatedAt: attempt.updatedAt });
		} else if (attempt.status === 'completed' && !out.has(attempt.caseId)) {
			out.set(attempt.caseId, { kind: 'completed', counts: countLedger(attempt.ledger), completedAt: attempt.completedAt ?? attempt.updatedAt });
		}
	}
	return out;
}
