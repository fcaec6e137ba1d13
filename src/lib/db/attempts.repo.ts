/**
 * Attempts in IndexedDB: one transaction per save, every row validated on the way out. A save of
 * an attempt being played writes only the entries it added (db/attempt-rows.ts).
 */
import type { AttemptRecord, AttemptStatus } from '../domain/attempt';
import { planAttemptWrite, splitOf, whyUnjoined, type WrittenLists } from './attempt-rows';
import type { ConfideDatabase } from './database';
import { parseAttempt, whyInvalid } from './schemas';
import {
	copyToBackup,
	deleteAttemptRows,
	joinAttemptRows,
	putWholeAttempts,
	readAttemptRow,
	readStepRows,
	storedRowsOf,
	writeAttemptRows,
	type StaleSteps
} from './stored-attempts';

/**
 * Why a write was refused: the row was deleted (on the progress page), set aside (no longer
 * active: an import retired it), or written by someone else since (another tab).
 */
export type ConflictReason = 'deleted' | 'set-aside' | 'newer';

export class RevisionConflictError extends Error {
	readonly reason: ConflictReason;
	/** `stored` null: the row is gone while this write continued it. */
	constructor(id: string, stored: { revision: number; status: AttemptStatus } | null, attempted: number) {
		super(
			stored === null
				? `attempt ${id} was deleted; this write continued revision ${attempted - 1}`
				: `attempt ${id} is at revision ${stored.revision} (${stored.status}); this write expected ${attempted - 1}`
		);
		this.name = 'RevisionConflictError';
		this.reason = stored === null ? 'deleted' : stored.status === 'active' ? 'newer' : 'set-aside';
	}
}

/** A save writes at most the attempt and the one it retires; a restart also retires one. */
const RECENT_ROWS_REFRESHED = 3;

export interface LoadResult<T> {
	value: T;
	/** Rows that failed validation: moved to the quarantine table, to be reported. */
	invalid: number;
}

function validRows(rows: unknown[]): LoadResult<AttemptRecord[]> {
	const value: AttemptRecord[] = [];
	for (const row of rows) {
		const parsed = parseAttempt(row);
		if (parsed) value.push(parsed);
	}
	return { value, invalid: rows.length - value.length };
}

/** What a save checks of the stored row: read from the head alone, without putting the lists back together. */
interface StoredHead {
	revision: number;
	status: AttemptStatus;
	profile: string | null;
}

function headOf(row: unknown): StoredHead | undefined {
	const r = row as Partial<StoredHead> | null | undefined;
	if (typeof r !== 'object' || r === null) return undefined;
	const ok =
		typeof r.revision === 'number' && Number.isInteger(r.revision) && r.revision >= 0 && typeof r.status === 'string' && (r.profile === null || typeof r.profile === 'string');
	return ok ? { revision: r.revision!, status: r.status!, profile: r.profile! } : undefined;
}

export class AttemptsRepository {
	/** The lists this repository last wrote, per attempt: a save that only appends to them writes only what it added. */
	private readonly written = new Map<string, WrittenLists>();

	constructor(private readonly db: ConfideDatabase) {}

	private get tables() {
		return [this.db.attempts, this.db.attemptSteps];
	}

	/**
	 * Writes the whole attempt in one transaction. The write must carry the stored revision + 1,
	 * so a stale writer cannot interleave. A first save retires any other active attempt of
	 * the same vignette and profile (one active attempt each).
	 */
	async save(record: AttemptRecord): Promise<void> {
		const copy: unknown[] = [];
		const stale: StaleSteps[] = [];
		await this.db.transaction('rw', this.tables, async () => {
			const row: unknown = await this.db.attempts.get(record.id);
			// Only a first write may create the row: a later one finding none would revive a deleted attempt.
			if (row === undefined && record.revision > 1) throw new RevisionConflictError(record.id, null, record.revision);
			const stored = headOf(row);
			if (stored && stored.revision !== record.revision - 1) throw new RevisionConflictError(record.id, stored, record.revision);
			if ((!stored || stored.profile !== record.profile) && record.status === 'active') {
				const others = validRows(await joinAttemptRows(this.db, await this.db.attempts.where({ caseId: record.caseId, status: 'active' }).toArray())).value;
				for (const other of others)
					// Practice runs and recorded attempts never retire each other.
					if (other.id !== record.id && other.profile === record.profile && (other.practice === null) === (record.practice === null)) {
						const retired = { ...other, status: 'abandoned' as const, updatedAt: record.updatedAt };
						stale.push(...(await putWholeAttempts(this.db, [retired])));
						this.written.delete(other.id);
						copy.push(retired);
					}
			}
			const write = planAttemptWrite(record, row, this.written.get(record.id));
			stale.push(...(await writeAttemptRows(this.db, write)));
			if (write.step) copy.push(write.step);
			copy.push(write.row);
		});
		if (record.status === 'active') this.written.set(record.id, record);
		else this.written.delete(record.id);
		// The second copy is part of the save: acknowledged means it is in both. It holds the same
		// rows as the database, so it too takes only what the save added.
		await copyToBackup(this.db, copy, stale);
	}

	/**
	 * Moves rows that fail validation out of `attempts` into `quarantine`, with the reason and the
	 * raw row, each in one transaction (re-checked inside it), so the rest loads and the bad row is
	 * kept for inspection instead of being deleted or trusted. Returns the valid rows.
	 */
	private async quarantineInvalid(rows: unknown[]): Promise<LoadResult<AttemptRecord[]>> {
		const result = validRows(rows);
		if (result.invalid === 0) return result;
		const bad = rows.filter((row) => !parseAttempt(row));
		for (const row of bad) {
			const key = (row as { id?: unknown } | null)?.id;
			if (typeof key !== 'string' && typeof key !== 'number') continue;
			await this.db.transaction('rw', [...this.tables, this.db.quarantine], async () => {
				const current = await readAttemptRow(this.db, key as string);
				const reason = current === undefined ? undefined : (whyUnjoined(current) ?? whyInvalid(current));
				if (reason === undefined) return;
				// A split row is kept with what is left of its steps.
				const row = splitOf(current) ? { ...(current as object), steps: await readStepRows(this.db, key as string) } : current;
				await this.db.quarantine.add({ at: Date.now(), table: 'attempts', reason, row });
				await deleteAttemptRows(this.db, key as string);
			});
			if (typeof key === 'string') await this.db.backup?.remove([key]);
		}
		return result;
	}

	async get(id: string): Promise<AttemptRecord | undefined> {
		return parseAttempt(await this.db.transaction('r', this.tables, () => readAttemptRow(this.db, id)));
	}

	/** Rows of `attempts` matching `query` (all when undefined), put back together, in one read transaction. */
	private rows(query?: { caseId: string; status?: AttemptStatus }): Promise<unknown[]> {
		return this.db.transaction('r', this.tables, async () =>
			joinAttemptRows(this.db, await (query ? this.db.attempts.where(query) : this.db.attempts.toCollection()).toArray())
		);
	}

	/**
	 * The latest active attempt of a vignette: a recorded one, or (with `kind`) a practice run;
	 * under `profile`, or under any profile when it is undefined, and only under profiles
	 * `profileOk` accepts (the newest, if there are several).
	 */
	async findActive(
		caseId: string,
		profile?: string | null,
		kind: 'recorded' | 'practice' = 'recorded',
		profileOk: (profile: string | null) => boolean = () => true
	): Promise<LoadResult<AttemptRecord | undefined>> {
		const { value, invalid } = await this.quarantineInvalid(await this.rows({ caseId, status: 'active' }));
		const mine = value
			.filter((a) => (a.practice === null) === (kind === 'recorded') && (profile === undefined || a.profile === profile) && profileOk(a.profile))
			.sort((a, b) => b.updatedAt - a.updatedAt);
		return { value: mine[0], invalid };
	}

	async list(): Promise<LoadResult<AttemptRecord[]>> {
		// Not orderBy('updatedAt'): an index skips rows that lack the field, and a broken row
		// must be counted, not silently missed.
		const result = await this.quarantineInvalid(await this.rows());
		result.value.sort((a, b) => a.updatedAt - b.updatedAt);
		return result;
	}

	/**
	 * Brings the backup copy of a vignette's latest rows up to what is stored. A browser killed
	 * between a save's commit and its copy leaves the copy one step behind (the step was never
	 * acknowledged, but the next visit resumes from it); such a save touched only the vignette's
	 * active rows and the ones it changed last, which this rewrites.
	 */
	async refreshBackup(caseId: string): Promise<void> {
		await this.db.backup?.refresh(async () => {
			const rows = validRows(await this.rows({ caseId })).value.sort((a, b) => b.updatedAt - a.updatedAt);
			const ids = rows.filter((row, i) => i < RECENT_ROWS_REFRESHED || row.status === 'active').map((row) => row.id);
			return this.db.transaction('r', this.tables, () => storedRowsOf(this.db, ids));
		});
	}

	async setStatus(id: string, status: AttemptStatus, now: number): Promise<void> {
		const written = await this.db.transaction('rw', this.tables, async () => {
			const stored = parseAttempt(await readAttemptRow(this.db, id));
			if (!stored) return null;
			const row = { ...stored, status, updatedAt: now, revision: stored.revision + 1 };
			// Written whole: a split attempt is one being played, and the next save writes it afresh.
			return { row, stale: await putWholeAttempts(this.db, [row]) };
		});
		this.written.delete(id);
		if (written) await copyToBackup(this.db, [written.row], written.stale);
	}
}
