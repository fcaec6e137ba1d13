/** One shared handle on the attempts store, or the reason there is none. Dexie loads lazily. */
import type { AttemptsRepository } from './attempts.repo';
import type { SettingsRepository } from './settings.repo';
import type { WorkshopsRepository } from './workshops.repo';

export type Storage =
	| { ok: true; attempts: AttemptsRepository; settings: SettingsRepository; workshops: WorkshopsRepository }
	| { ok: false; reason: string };

let opening: Promise<Storage> | undefined;
let closedByUpgrade = false;
const closedListeners = new Set<() => void>();

/**
 * Calls `listener` once the database has been closed because another tab upgraded it (at once
 * if it already was). This tab must not write old-format rows any more; a reload brings the new code.
 */
export function onClosedByUpgrade(listener: () => void): () => void {
	if (closedByUpgrade) listener();
	closedListeners.add(listener);
	return () => closedListeners.delete(listener);
}

export function openStorage(): Promise<Storage> {
	opening ??= Promise.all([import('./database'), import('./attempts.repo'), import('./settings.repo'), import('./workshops.repo')]).then(
		async ([{ openDatabase }, { AttemptsRepository }, { SettingsRepository }, { WorkshopsRepository }]): Promise<Storage> => {
			try {
				// 3 s: a healthy IndexedDB opens in well under a second, and a hanging one is then named
				// within 5 s of the page appearing, even on a slow, busy device.
				const db = await openDatabase(undefined, 3000);
				// Another tab opens a newer schema: close for good (no auto-reopen), so the upgrade
				// goes ahead and this tab never writes rows in the old shape.
				db.on('versionchange', () => {
					db.close({ disableAutoOpen: true });
					closedByUpgrade = true;
					for (const listener of closedListeners) listener();
				});
				return { ok: true, attempts: new AttemptsRepository(db), settings: new SettingsRepository(db), workshops: new WorkshopsRepository(db) };
			} catch (error) {
				return { ok: false, reason: (error as Error).message };
			}
		},
		(error: unknown): Storage => ({ ok: false, reason: `the storage code did not load (${(error as Error).message})` })
	);
	return opening;
}
