/**
 * Reads and writes attempt rows in the two layouts of db/attempt-rows.ts (whole, or a head and its
 * steps). Every function runs inside the caller's transaction when there is one, which must
 * include both `attempts` and `attemptSteps`.
 */
import type { AttemptRecord } from '../domain/attempt';
import { joinAttempt, splitOf, type AttemptStepRow, type AttemptWrite } from './attempt-rows';
import type { ConfideDatabase } from './database';

/** An attempt's step rows, by key range (they sort by seq within it). */
const stepsOf = (db: ConfideDatabase, attemptId: string) => db.attemptSteps.where('[attemptId+seq]').between([attemptId, 0], [attemptId, Infinity], true, true);

/** An attempt's step rows as stored. */
export async function readStepRows(db: ConfideDatabase, attemptId: string): Promise<AttemptStepRow[]> {
	return (await stepsOf(db, attemptId).toArray()) as AttemptStepRow[];
}

/** The stored attempt `id`, put back together (not validated), or undefined if there is none. */
export async function readAttemptRow(db: ConfideDatabase, id: string): Promise<unknown> {
	const row: unknown = await db.attempts.get(id);
	if (row === undefined || splitOf(row) === null) return row;
	return joinAttempt(row, await readStepRows(db, id));
}

/** Rows read from `attempts`, each put back together with its steps (not validated). */
export async function joinAttemptRows(db: ConfideDatabase, rows: readonly unknown[]): Promise<unknown[]> {
	const split = rows.filter((row) => splitOf(row) !== null);
	if (split.length === 0) return [...rows];
	// Only active attempts are split, so the table is small: one read beats a range per attempt.
	const byAttempt = new Map<string, AttemptStepRow[]>();
	for (const step of (await db.attemptSteps.toArray()) as AttemptStepRow[]) {
		const list = byAttempt.get(step.attemptId);
		if (list) list.push(step);
		else byAttempt.set(step.attemptId, [step]);
	}
	return rows.map((row) => (splitOf(row) === null ? row : joinAttempt(row, byAttempt.get((row as { id: string }).id) ?? [])));
}

/** Step rows an attempt no longer names, to be removed from the backup copy too. */
export interface StaleSteps {
	id: string;
	first: number;
	end: number;
}

/** Writes what `planAttemptWrite` decided (in one transaction, so the order within it is free). */
export async function writeAttemptRows(db: ConfideDatabase, write: AttemptWrite): Promise<StaleSteps[]> {
	if (write.stale) await stepsOf(db, write.row.id).delete();
	if (write.step) await db.attemptSteps.put(write.step);
	await db.attempts.put(write.row);
	return write.stale ? [{ id: write.row.id, ...write.stale }] : [];
}

/** Stores these attempts whole (imported, retired, set to a new status), in place of any split copy. */
export async function putWholeAttempts(db: ConfideDatabase, records: readonly AttemptRecord[]): Promise<StaleSteps[]> {
	const stale: StaleSteps[] = [];
	const before = await db.attempts.bulkGet(records.map((r) => r.id));
	for (const [i, record] of records.entries()) {
		const split = splitOf(before[i]);
		if (split) stale.push({ id: record.id, first: split.first, end: split.end });
		await stepsOf(db, record.id).delete();
	}
	await db.attempts.bulkPut(records as AttemptRecord[]);
	return stale;
}

/**
 * Writes the backup copy of what a transaction stored (db/backup.ts): the rows in the order given
 * (each step before the head that names it), then removes the steps no head names any more, so a
 * kill between two of its writes always leaves a copy that reads back whole.
 */
export async function copyToBackup(db: ConfideDatabase, rows: readonly unknown[], stale: readonly StaleSteps[]): Promise<void> {
	if (!db.backup) return;
	await db.backup.put(rows);
	for (const { id, first, end } of stale) await db.backup.removeSteps(id, first, end);
}

/** Deletes an attempt's row and its steps. */
export async function deleteAttemptRows(db: ConfideDatabase, id: string): Promise<void> {
	await stepsOf(db, id).delete();
	await db.attempts.delete(id);
}

/**
 * The rows of `attempts` and `attemptSteps` that make up these attempts as stored, for the backup
 * copy: each attempt's steps before the head that names them.
 */
export async function storedRowsOf(db: ConfideDatabase, ids: readonly string[]): Promise<unknown[]> {
	const out: unknown[] = [];
	for (const id of ids) {
		const row: unknown = await db.attempts.get(id);
		if (row === undefined) continue;
		if (splitOf(row) !== null) out.push(...(await readStepRows(db, id)));
		out.push(row);
	}
	return out;
}
