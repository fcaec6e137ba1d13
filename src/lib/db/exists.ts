import { DB_NAME } from './name';

/**
 * Whether this browser may hold saved progress, answered without loading Dexie or creating
 * a database: a first visit then starts without waiting for storage code.
 * Where the browser cannot list databases, assume it may.
 */
export async function mayHaveSavedProgress(): Promise<boolean> {
	if (typeof indexedDB === 'undefined') return false;
	if (typeof indexedDB.databases !== 'function') return true;
	try {
		const list = await indexedDB.databases();
		return list.some((d) => d.name === DB_NAME);
	} catch {
		return true;
	}
}
