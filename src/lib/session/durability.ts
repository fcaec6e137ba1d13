/**
 * How safe saved progress is from the browser's own clean-ups, and when to remind the trainee
 * to export. Browsers may evict "best-effort" storage under pressure; Safari (and every iOS
 * browser) deletes script-writable storage of a site not used for 7 days unless it was added to
 * the home screen. Persistent storage is asked for after the first completed attempt, when there
 * is something worth keeping and the request is less likely to look like a first-visit prompt.
 */
import { isRecorded, type AttemptRecord } from '../domain/attempt';

export type Persistence = 'persistent' | 'best-effort' | 'unknown';

interface StorageManagerLike {
	persisted?: () => Promise<boolean>;
	persist?: () => Promise<boolean>;
}

function manager(): StorageManagerLike | undefined {
	return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined);
}

export async function persistence(storage: StorageManagerLike | undefined = manager()): Promise<Persistence> {
	if (typeof storage?.persisted !== 'function') return 'unknown';
	try {
		return (await storage.persisted()) ? 'persistent' : 'best-effort';
	} catch {
		return 'unknown';
	}
}

/** Asks once, quietly: Chromium decides by engagement, Firefox may prompt. Never throws. */
export async function requestPersistence(storage: StorageManagerLike | undefined = manager()): Promise<Persistence> {
	if (typeof storage?.persist !== 'function') return persistence(storage);
	try {
		if (await storage.persisted?.()) return 'persistent';
		return (await storage.persist()) ? 'persistent' : 'best-effort';
	} catch {
		return 'unknown';
	}
}

/** When the newest completed recorded attempt finished, or null if none has. */
export function newestCompletion(attempts: readonly AttemptRecord[]): number | null {
	let newest: number | null = null;
	for (const a of attempts)
		if (a.status === 'completed' && isRecorded(a)) {
			const at = a.completedAt ?? a.updatedAt;
			if (newest === null || at > newest) newest = at;
		}
	return newest;
}

/** Remind to export: completed work exists that no export covers, and the browser may clear it. */
export function needsExportReminder(attempts: readonly AttemptRecord[], lastExportAt: number | null, state: Persistence): boolean {
	if (state === 'persistent') return false;
	const newest = newestCompletion(attempts);
	return newest !== null && (lastExportAt === null || lastExportAt < newest);
}
