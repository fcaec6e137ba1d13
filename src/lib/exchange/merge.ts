/**
 * How an imported file joins the attempts already on this device. Pure: the repository plans
 * once for the preview and again inside its write transaction, and applies the same rules.
 */
import type { AttemptRecord } from '../domain/attempt';
import type { ExportFile } from './format';

export type Side = 'device' | 'file';

export interface Conflict {
	id: string;
	caseId: string;
	/** Which copy is kept. */
	kept: Side;
	/** Why, in a few plain words. */
	reason: string;
}

/**
 * An active attempt set to 'abandoned' because another active one of the same vignette and profile
 * stays: the newer one, or the one a tab is playing (`open`).
 */
export interface Retirement {
	id: string;
	caseId: string;
	from: Side;
	/** Set aside because the vignette is open in a tab, whatever its age. */
	open: boolean;
}

export interface ImportPlan {
	/** Attempts from the file with ids new to this device. */
	added: string[];
	/** Ids in the file whose content is already here: skipped. */
	duplicates: string[];
	conflicts: Conflict[];
	retired: Retirement[];
	/** Every row to write, as it will be written. */
	writes: AttemptRecord[];
}

/** Key order does not matter; everything else does. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, val: unknown) =>
		typeof val === 'object' && val !== null && !Array.isArray(val)
			? Object.fromEntries(Object.keys(val).sort().map((k) => [k, (val as Record<string, unknown>)[k]]))
			: val
	);
}

export const sameRecord = (a: AttemptRecord, b: AttemptRecord) => canonical(a) === canonical(b);

/** Same id, different content: the higher revision wins, then the later update, then this device. */
function resolve(local: AttemptRecord, imported: AttemptRecord): Conflict {
	const base = { id: local.id, caseId: local.caseId };
	if (imported.revision !== local.revision)
		return imported.revision > local.revision
			? { ...base, kept: 'file', reason: 'the file has a later revision' }
			: { ...base, kept: 'device', reason: 'this device has a later revision' };
	if (imported.updatedAt !== local.updatedAt)
		return imported.updatedAt > local.updatedAt
			? { ...base, kept: 'file', reason: 'the file was updated more recently' }
			: { ...base, kept: 'device', reason: 'this device was updated more recently' };
	return { ...base, kept: 'device', reason: 'both are equally recent, so the copy on this device is kept' };
}

/** Practice runs and recorded attempts never retire each other (as in the repository). */
const activeKey = (a: AttemptRecord) => JSON.stringify([a.caseId, a.profile, a.practice === null]);

/**
 * @param existing the valid attempts on this device
 * @param unreadable ids of stored rows that fail validation: never overwritten by an import
 * @param openCases vignettes open in a tab: their active attempts on this device are never
 *   replaced or set aside (the tab would find its next save refused)
 */
export function planImport(
	existing: readonly AttemptRecord[],
	file: ExportFile,
	unreadable: ReadonlySet<string> = new Set(),
	openCases: ReadonlySet<string> = new Set()
): ImportPlan {
	const inPlay = (a: AttemptRecord) => a.status === 'active' && openCases.has(a.caseId);
	const local = new Map(existing.map((a) => [a.id, a]));
	const plan: ImportPlan = { added: [], duplicates: [], conflicts: [], retired: [], writes: [] };
	// The resulting state of every row the import touches or might retire.
	const result = new Map(local);
	const written = new Map<string, AttemptRecord>();

	for (const { attempt } of file.attempts) {
		const mine = local.get(attempt.id);
		if (unreadable.has(attempt.id)) {
			plan.conflicts.push({ id: attempt.id, caseId: attempt.caseId, kept: 'device', reason: 'the copy on this device cannot be read, so it is left alone' });
		} else if (!mine) {
			plan.added.push(attempt.id);
			result.set(attempt.id, attempt);
			written.set(attempt.id, attempt);
		} else if (sameRecord(mine, attempt)) {
			plan.duplicates.push(attempt.id);
		} else if (inPlay(mine)) {
			plan.conflicts.push({ id: attempt.id, caseId: attempt.caseId, kept: 'device', reason: 'it is open in a tab here, so the copy on this device is kept' });
		} else {
			const conflict = resolve(mine, attempt);
			plan.conflicts.push(conflict);
			if (conflict.kept === 'file') {
				result.set(attempt.id, attempt);
				written.set(attempt.id, attempt);
			}
		}
	}

	// At most one active attempt per vignette, profile and kind: the most recently updated stays.
	const groups = new Map<string, AttemptRecord[]>();
	for (const a of result.values())
		if (a.status === 'active') groups.set(activeKey(a), [...(groups.get(activeKey(a)) ?? []), a]);
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const played = (a: AttemptRecord) => Number(!written.has(a.id) && inPlay(a));
		group.sort(
			(a, b) => played(b) - played(a) || b.updatedAt - a.updatedAt || Number(written.has(a.id)) - Number(written.has(b.id)) || (a.id < b.id ? -1 : 1)
		);
		const open = played(group[0]!) === 1;
		for (const older of group.slice(1)) {
			const from: Side = written.has(older.id) ? 'file' : 'device';
			plan.retired.push({ id: older.id, caseId: older.caseId, from, open });
			// A revision step, so a tab still writing the old row meets a conflict instead of reviving it.
			written.set(older.id, { ...older, status: 'abandoned', revision: older.revision + 1 });
		}
	}
	plan.writes = [...written.values()];
	return plan;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 attempts will be added, 1 is already here, 0 conflicts." */
export function planSummary(plan: ImportPlan): string {
	return `${count(plan.added.length, 'attempt will be added', 'attempts will be added')}, ${count(plan.duplicates.length, 'is already here', 'are already here')}, ${count(plan.conflicts.length, 'conflict', 'conflicts')}.`;
}

/** What a plan does, compared when the repository re-plans inside its transaction. */
export const planSignature = (plan: ImportPlan) =>
	canonical({ ...plan, writes: plan.writes.map((a) => [a.id, a.revision, a.status, a.updatedAt]) });
