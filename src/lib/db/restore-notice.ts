/**
 * Tells the page that attempts came back from the backup copy (db/backup-restore.ts). Apart from
 * the restore itself, which loads with the database: every page's layout listens from its first
 * screen (RestoredNotice.svelte).
 */

export interface RestoreReport {
	restored: number;
}

let last: RestoreReport | null = null;
const listeners = new Set<(report: RestoreReport) => void>();

/** Calls `listener` when this page restored attempts (at once, if it already has). */
export function onRestoredFromBackup(listener: (report: RestoreReport) => void): () => void {
	if (last) listener(last);
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Attempts were restored: every listener hears it, and one that comes later hears it at once. */
export function announceRestored(report: RestoreReport) {
	last = report;
	for (const listener of listeners) listener(report);
}
