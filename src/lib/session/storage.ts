/** One shared handle on the attempts store, or the reason there is none. Dexie loads lazily. */
import type { AttemptsRepository } from '../db/attempts.repo';
import type { SettingsRepository } from '../db/settings.repo';

export type Storage = { ok: true; attempts: AttemptsRepository; settings: SettingsRepository } | { ok: false; reason: string };

let opening: Promise<Storage> | undefined;

export function openStorage(): Promise<Storage> {
	opening ??= Promise.all([import('../db/database'), import('../db/attempts.repo'), import('../db/settings.repo')]).then(
		async ([{ openDatabase }, { AttemptsRepository }, { SettingsRepository }]): Promise<Storage> => {
			try {
				const db = await openDatabase();
				return { ok: true, attempts: new AttemptsRepository(db), settings: new SettingsRepository(db) };
			} catch (error) {
				return { ok: false, reason: (error as Error).message };
			}
		},
		(error: unknown): Storage => ({ ok: false, reason: `the storage code did not load (${(error as Error).message})` })
	);
	return opening;
}
