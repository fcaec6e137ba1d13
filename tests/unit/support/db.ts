/** Database helpers for unit tests (fake-indexeddb must be imported first by the spec). */
import { ConfideDatabase } from '../../../src/lib/db/database';

let n = 0;

export async function freshDatabase(prefix = 'test'): Promise<ConfideDatabase> {
	const db = new ConfideDatabase(`${prefix}-${++n}-${Math.random().toString(36).slice(2)}`);
	await db.open();
	return db;
}

/** Every table's rows, in key order, as one string: equal strings mean byte-for-byte equal contents. */
export async function dumpDatabase(db: ConfideDatabase): Promise<string> {
	const tables: Record<string, unknown> = {};
	for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
		tables[table.name] = { keys: await table.toCollection().primaryKeys(), rows: await table.toArray() };
	}
	return JSON.stringify(tables);
}
