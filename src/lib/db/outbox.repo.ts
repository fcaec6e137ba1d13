/**
 * The xAPI outbox: statements waiting for the learning record store, kept in a database of their
 * own (`confide-xapi-outbox`, so the progress database's schema is untouched). A statement is
 * queued once by its id and stays until the store acknowledged it, so a tab killed mid-send
 * sends it again at the next start, and the store (which keeps one statement per id) keeps it once.
 */
import Dexie, { type Table } from 'dexie';

export const OUTBOX_DB_NAME = 'confide-xapi-outbox';

export interface OutboxRow {
	id: string;
	statement: Record<string, unknown>;
	queuedAt: number;
	/** 0: waiting, 1: acknowledged by the store (kept, so the same id is never queued again). */
	sent: 0 | 1;
}

class OutboxDatabase extends Dexie {
	statements!: Table<OutboxRow, string>;
	constructor(name: string) {
		super(name);
		this.version(1).stores({ statements: 'id, [sent+queuedAt]' });
	}
}

export class OutboxRepository {
	private constructor(private readonly db: OutboxDatabase) {}

	static async open(name = OUTBOX_DB_NAME): Promise<OutboxRepository> {
		const db = new OutboxDatabase(name);
		await db.open();
		return new OutboxRepository(db);
	}

	/** Queues the statements not seen before; returns how many were new. */
	async enqueue(statements: readonly { id: string }[], now: number): Promise<number> {
		return this.db.transaction('rw', this.db.statements, async () => {
			const known = new Set((await this.db.statements.bulkGet(statements.map((s) => s.id))).filter((r) => r !== undefined).map((r) => r.id));
			const fresh = statements.filter((s) => !known.has(s.id));
			await this.db.statements.bulkAdd(fresh.map((statement, i) => ({ id: statement.id, statement, queuedAt: now + i, sent: 0 as const })));
			return fresh.length;
		});
	}

	/** The oldest statements still waiting. */
	async waiting(limit: number): Promise<OutboxRow[]> {
		return this.db.statements.where('[sent+queuedAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).limit(limit).toArray();
	}

	async markSent(ids: readonly string[]): Promise<void> {
		await this.db.statements.where('id').anyOf([...ids]).modify({ sent: 1 });
	}

	async countWaiting(): Promise<number> {
		return this.db.statements.where('[sent+queuedAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).count();
	}

	close() {
		this.db.close();
	}
}
