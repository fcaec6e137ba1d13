/** The only module that opens Dexie. Schema versions live here. */
import Dexie, { type Table } from 'dexie';
import { migrateAttempt } from '../domain/attempt';
import { browserBackup, type AttemptBackupStore } from './backup';
import { restoreFromBackup } from './backup-restore';
import { DB_NAME } from './name';

export { DB_NAME };

export class ConfideDatabase extends Dexie {
	/** Rows are `unknown` until schemas.ts has validated them. */
	attempts!: Table<unknown, string>;
	/** Small key/value settings kept on this device (trainee name, last export time). */
	settings!: Table<SettingRow, string>;
	/** Rows that failed validation, moved aside with the reason so the rest loads. */
	quarantine!: Table<QuarantinedRow, number>;
	/** Facilitated sessions (workshops): apart from trainees' attempts, with no names. Validated like attempts. */
	workshops!: Table<unknown, string>;
	/** What each save added to an active attempt's lists (db/attempt-rows.ts); rows are `unknown` like attempts'. */
	attemptSteps!: Table<unknown, [string, number]>;
	/** The copy of every attempt row outside IndexedDB (db/backup.ts); null where there is none. */
	readonly backup: AttemptBackupStore | null;

	constructor(name: string = DB_NAME, backup: AttemptBackupStore | null = null) {
		super(name);
		this.backup = backup;
		this.version(1).stores({ attempts: 'id, caseId, [caseId+status], updatedAt' });
		this.version(2)
			.stores({ attempts: 'id, caseId, [caseId+status], updatedAt', settings: 'key', quarantine: '++seq, at' })
			.upgrade((tx) =>
				tx
					.table('attempts')
					.toCollection()
					.modify((row: Record<string, unknown>) => {
						Object.assign(row, migrateAttempt(row));
					})
			);
		// Adds a table only: every attempt, setting and set-aside row stays as it is.
		this.version(3).stores({ workshops: 'id, updatedAt' });
		// Adds a table only: rows stored whole stay whole (db/attempt-rows.ts reads both layouts);
		// an active attempt is split at its next save.
		this.version(4).stores({ attemptSteps: '[attemptId+seq]' });
	}
}

export interface SettingRow {
	key: string;
	value: unknown;
}

export interface QuarantinedRow {
	seq?: number;
	/** When it was set aside. */
	at: number;
	table: string;
	reason: string;
	row: unknown;
}

export class DatabaseUnavailableError extends Error {
	constructor(cause: unknown) {
		super(`Progress can't be saved in this browser (${(cause as Error)?.message ?? String(cause)}).`);
		this.name = 'DatabaseUnavailableError';
	}
}

/**
 * Opens the database, failing within `timeoutMs` if IndexedDB is missing, refuses or hangs, and
 * restores the attempts from the backup copy if the browser discarded them (db/backup-restore.ts).
 * An open held up by another tab on an older version (`blocked`) says so in its error.
 */
export async function openDatabase(name: string = DB_NAME, timeoutMs = 5000): Promise<ConfideDatabase> {
	if (typeof indexedDB === 'undefined') throw new DatabaseUnavailableError('IndexedDB is not available');
	// Only the app's own database has a backup copy (tests open others).
	const db = new ConfideDatabase(name, name === DB_NAME ? browserBackup() : null);
	let blocked = false;
	db.on('blocked', () => {
		blocked = true;
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new Error(blocked ? 'another Confide tab is still open on an older version: close it, then reload' : 'opening the database timed out')),
			timeoutMs
		);
	});
	try {
		await Promise.race([db.open().then(() => restoreFromBackup(db).catch(() => 0)), timeout]);
		return db;
	} catch (error) {
		db.close();
		throw new DatabaseUnavailableError(error);
	} finally {
		clearTimeout(timer);
	}
}
