/** Which attempts a completion record lists. Pure. */
import type { PracticeOnlyCheck } from '../content/review';
import { isRecorded, type AttemptRecord } from '../domain/attempt';

/** The completed recorded attempts of one vignette under one profile, newest first. */
export interface CertificateGroup {
	key: string;
	caseId: string;
	profile: string | null;
	attempts: AttemptRecord[];
}

export const groupKey = (a: Pick<AttemptRecord, 'caseId' | 'profile'>) => JSON.stringify([a.caseId, a.profile]);

const finishedAt = (a: AttemptRecord) => a.completedAt ?? a.updatedAt;

/** A completed recorded attempt: what a record could list, unless its profile is now practice only. */
const finished = (a: AttemptRecord) => a.status === 'completed' && isRecorded(a);

/**
 * Completed recorded attempts (never practice runs, never unfinished ones, never attempts under a
 * profile `practiceOnly` names, never ones whose scores their choices do not `earn`: see
 * session/score-check.ts), grouped by vignette and profile: vignettes in `caseOrder`, the default
 * profile first.
 */
export function certificateGroups(
	attempts: readonly AttemptRecord[],
	caseOrder: readonly string[],
	practiceOnly: PracticeOnlyCheck,
	earned: (attempt: AttemptRecord) => boolean
): CertificateGroup[] {
	const groups = new Map<string, CertificateGroup>();
	for (const attempt of attempts) {
		if (!finished(attempt) || practiceOnly(attempt) || !earned(attempt)) continue;
		const key = groupKey(attempt);
		const group = groups.get(key) ?? { key, caseId: attempt.caseId, profile: attempt.profile, attempts: [] };
		group.attempts.push(attempt);
		groups.set(key, group);
	}
	const rank = (caseId: string) => {
		const i = caseOrder.indexOf(caseId);
		return i === -1 ? caseOrder.length : i;
	};
	const sorted = [...groups.values()].sort(
		(a, b) => rank(a.caseId) - rank(b.caseId) || a.caseId.localeCompare(b.caseId) || (a.profile ?? '').localeCompare(b.profile ?? '')
	);
	for (const group of sorted) group.attempts.sort((a, b) => finishedAt(b) - finishedAt(a) || b.id.localeCompare(a.id));
	return sorted;
}

/** How many completed attempts the record leaves out because their profile is now practice only. */
export function practiceOnlyLeftOutCount(attempts: readonly AttemptRecord[], practiceOnly: PracticeOnlyCheck): number {
	return attempts.filter((a) => finished(a) && practiceOnly(a)).length;
}

/** How many completed recorded attempts the record leaves out because their scores are not earned by their choices. */
export function unearnedLeftOutCount(attempts: readonly AttemptRecord[], practiceOnly: PracticeOnlyCheck, earned: (attempt: AttemptRecord) => boolean): number {
	return attempts.filter((a) => finished(a) && !practiceOnly(a) && !earned(a)).length;
}

/** One attempt per group: the one chosen by id, else (or if that id is not in the group) the latest. */
export function chosenAttempts(groups: readonly CertificateGroup[], choice: Readonly<Record<string, string>> = {}): AttemptRecord[] {
	return groups.map((g) => g.attempts.find((a) => a.id === choice[g.key]) ?? g.attempts[0]!);
}

/** A trainee name as records state it: trimmed, and null when empty. */
export function traineeName(value: string | null | undefined): string | null {
	const name = (value ?? '').trim();
	return name === '' ? null : name;
}
