/** Which attempts a completion record lists. Pure. */
import { isRecorded, type AttemptRecord } from '../domain/attempt';

/** The completed recorded attempts of one vignette under one profile, newest first. */
export interface CertificateGroup {
	key: string;
	caseId: string;
	profile: string | null;
	attempts: AttemptRecord[];
}

export const groupKey = (a: Pick<AttemptRecord, 'caseId' | 'profile'>) => `${a.caseId}|${a.profile ?? ''}`;

const finishedAt = (a: AttemptRecord) => a.completedAt ?? a.updatedAt;

/**
 * Completed recorded attempts (never practice runs, never unfinished ones), grouped by vignette
 * and profile: vignettes in `caseOrder` (unknown ones after, by id), the default profile first.
 */
export function certificateGroups(attempts: readonly AttemptRecord[], caseOrder: readonly string[]): CertificateGroup[] {
	const groups = new Map<string, CertificateGroup>();
	for (const attempt of attempts) {
		if (attempt.status !== 'completed' || !isRecorded(attempt)) continue;
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

/** One attempt per group: the one chosen by id, else (or if that id is not in the group) the latest. */
export function chosenAttempts(groups: readonly CertificateGroup[], choice: Readonly<Record<string, string>> = {}): AttemptRecord[] {
	return groups.map((g) => g.attempts.find((a) => a.id === choice[g.key]) ?? g.attempts[0]!);
}

/** A trainee name as records state it: trimmed, and null when empty. */
export function traineeName(value: string | null | undefined): string | null {
	const name = (value ?? '').trim();
	return name === '' ? null : name;
}
