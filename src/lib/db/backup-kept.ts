/**
 * Whether the backup copy (db/backup.ts) may exist, known from localStorage alone: every page's
 * first screen asks (db/exists.ts), so this stays apart from the copy's code, which loads with the
 * database.
 */

/**
 * Set in localStorage once a copy is written, cleared with it: whether a copy may exist is then
 * known at once on a page's first screen, without asking Cache Storage (a round trip to the browser).
 */
export const KEPT_KEY = 'confide.progress-backup-kept';

export function storageItem(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

export function setStorageItem(key: string, value: string | null) {
	try {
		if (value === null) globalThis.localStorage?.removeItem(key);
		else if (globalThis.localStorage?.getItem(key) !== value) globalThis.localStorage?.setItem(key, value);
	} catch {
		// no localStorage (a locked-down frame): the copy works all the same
	}
}

/** Whether a backup copy may exist: answered at once, without creating one or asking Cache Storage. */
export function backupMayExist(): boolean {
	return typeof caches !== 'undefined' && storageItem(KEPT_KEY) !== null;
}
