/**
 * Workshop sessions in IndexedDB, in their own table: never among trainees' attempts, never in
 * progress, exports or certificates. Two writers share a row without clobbering each other: the
 * presenter writes the session's own part, the attempt machine's save writes `attempt`.
 */
import type { AttemptRecord } from '../domain/attempt';
import type { WorkshopPart, WorkshopRecord } from '../workshop/types';
import type { ConfideDatabase } from './database';
import { parseWorkshop } from './workshop-schema';

export class WorkshopsRepository {
	constructor(private readonly db: ConfideDatabase) {}

	async create(record: WorkshopRecord): Promise<void> {
		await this.db.workshops.add(record);
	}

	/** The session, or undefined when it is missing or does not validate. */
	async get(id: string): Promise<WorkshopRecord | undefined> {
		return parseWorkshop(await this.db.workshops.get(id));
	}

	/** Sessions that validate, newest first, and how many did not. */
	async list(): Promise<{ value: WorkshopRecord[]; invalid: number }> {
		const rows = await this.db.workshops.toArray();
		const value = rows.flatMap((row) => parseWorkshop(row) ?? []);
		value.sort((a, b) => b.updatedAt - a.updatedAt);
		return { value, invalid: rows.length - value.length };
	}

	/** The presenter's part: where the room is, the votes, what the projector shows. */
	async savePart(id: string, part: WorkshopPart): Promise<void> {
		const changed = await this.db.workshops.update(id, { ...part });
		if (changed === 0 && !(await this.db.workshops.get(id))) throw new Error(`workshop session ${id} is not stored`);
	}

	/** The room's attempt, as the attempt machine saves it after each choice. */
	async saveAttempt(id: string, attempt: AttemptRecord): Promise<void> {
		await this.db.transaction('rw', this.db.workshops, async () => {
			const stored = parseWorkshop(await this.db.workshops.get(id));
			if (!stored) throw new Error(`workshop session ${id} is not stored`);
			const revision = stored.attempt?.revision ?? 0;
			if (attempt.revision !== revision + 1) throw new Error(`the room's attempt is at revision ${revision}; this write expected ${attempt.revision - 1}`);
			await this.db.workshops.update(id, { attempt, updatedAt: attempt.updatedAt });
		});
	}

	async delete(id: string): Promise<void> {
		await this.db.workshops.delete(id);
	}
}
