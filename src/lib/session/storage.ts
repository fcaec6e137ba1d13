/** One shared handle on the attempts store, or the reason there is none. Dexie loads lazily. */
import type { AttemptsRepository } from '../db/attempts.repo';

export type Storage = { ok: true; attempts: AttemptsRepository } | { ok: false; reason: string };

let opening: Promise<Storage> | undefined;

export function openStorage(): Promise<Storage> {
	opening ??= Promise.all([import('../db/database'), import('../db/attempts.repo')]).then(
		async ([{ openDatabase }, { AttemptsRepository }]): Promise<Storage> => {
			try {
				return { ok: true, attempts: new AttemptsRepository(await openDatabase()) };
			} catch (error) {
				return { ok: false, reason: (error as Error).message };
			}
		},
		(error: unknown): Storage => ({ ok: false, reason: `the storage code did not load (${(error as Error).message})` })
	);
	return opening;
}
