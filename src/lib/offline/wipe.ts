/**
 * The offline copy's part of "Delete everything": every Cache Storage cache and every service
 * worker registration of this site (the database is the repository's, db/progress.repo.ts).
 */
export interface WipeReport {
	caches: number;
	serviceWorkers: number;
}

export async function deleteOfflineCopy(): Promise<WipeReport> {
	let caches = 0;
	if (typeof globalThis.caches !== 'undefined')
		for (const key of await globalThis.caches.keys()) if (await globalThis.caches.delete(key)) caches++;
	let serviceWorkers = 0;
	if (typeof navigator !== 'undefined' && navigator.serviceWorker)
		for (const registration of await navigator.serviceWorker.getRegistrations()) if (await registration.unregister()) serviceWorkers++;
	return { caches, serviceWorkers };
}
