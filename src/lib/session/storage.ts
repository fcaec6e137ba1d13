/** One shared handle on the attempts store, or the reason there is none. */
import { AttemptsRepository } from '../db/attempts.repo';
import { openDatabase } from '../db/database';

export type Storage = { ok: true; attempts: AttemptsRepository } | { ok: false; reason: string };

let opening: Promise<Storage> | undefined;

export function openStorage(): Promise<Storage> {
	opening ??= openDatabase().then(
		(db): Storage => ({ ok: true, attempts: new AttemptsRepository(db) }),
		(error: unknown): Storage => ({ ok: false, reason: (error as Error).message })
	);
	return opening;
}
