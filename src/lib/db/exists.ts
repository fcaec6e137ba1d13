import { backupMayExist } from './backup-kept';
import { DB_NAME } from './name';

/**
 * Whether this browser may hold saved progress, answered without loading Dexie or creating
 * a database: a first visit then starts without waiting for storage code.
 * Where the browser cannot list databases, assume it may. A backup copy counts: the browser may
 * have discarded the database, and opening it brings the attempts back (db/backup-restore.ts).
 */
export async function mayHaveSavedProgress(): Promise<boolean> {
	if (typeof indexedDB === 'undefined') return false;
	if (typeof indexedDB.databases !== 'function') return true;
	try {
		const list = await indexedDB.databases();
		return list.some((d) => d.name === DB_NAME) || backupMayExist();
	} catch {
		return true;
	}
}

/**
 * Whether this browser lets the site store anything, checked without Dexie or the app's database:
 * opens (and deletes) a throwaway database. Null when it works, else why not, within `timeoutMs`.
 */
export function probeStorage(timeoutMs = 3000): Promise<string | null> {
	if (typeof indexedDB === 'undefined') return Promise.resolve('IndexedDB is not available');
	return new Promise((resolve) => {
		const name = 'confide-probe';
		const timer = setTimeout(() => resolve('opening the database timed out'), timeoutMs);
		const done = (reason: string | null) => {
			clearTimeout(timer);
			resolve(reason);
		};
		try {
			const request = indexedDB.open(name);
			request.onsuccess = () => {
				request.result.close();
				indexedDB.deleteDatabase(name);
				done(null);
			};
			request.onerror = () => done(request.error?.message || 'the browser refused to open a database');
		} catch (error) {
			done((error as Error).message);
		}
	});
}
