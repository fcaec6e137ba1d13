import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAttempt } from '../../../tests/unit/support/attempts';
import { cachesToDelete } from '../offline/cache-plan';
import { AttemptsRepository } from './attempts.repo';
import { BACKUP_CACHE, CacheBackup } from './backup';
import { backupMayExist } from './backup-kept';
import { restoreFromBackup } from './backup-restore';
import { onRestoredFromBackup } from './restore-notice';
import { isStepRow } from './attempt-rows';
import { ConfideDatabase } from './database';

/** Cache Storage as the browser has it, in memory: enough of the API for the backup. */
class MemoryCaches {
	readonly stores = new Map<string, Map<string, string>>();
	async has(name: string) {
		return this.stores.has(name);
	}
	async delete(name: string) {
		return this.stores.delete(name);
	}
	async open(name: string) {
		const store = this.stores.get(name) ?? new Map<string, string>();
		this.stores.set(name, store);
		return {
			put: async (key: string, response: Response) => void store.set(key, await response.text()),
			delete: async (key: string) => store.delete(key),
			keys: async () => [...store.keys()].map((url) => new Request(url)),
			match: async (request: Request) => (store.has(request.url) ? new Response(store.get(request.url)) : undefined)
		};
	}
}

class MemoryLocalStorage {
	private readonly items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

let caches: MemoryCaches;
let backup: CacheBackup;
let db: ConfideDatabase;
let n = 0;
const name = () => `backup-test-${++n}`;

beforeEach(async () => {
	caches = new MemoryCaches();
	backup = new CacheBackup(caches as unknown as CacheStorage, 'https://confide.example');
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryLocalStorage();
	db = new ConfideDatabase(name(), backup);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
	delete (globalThis as { localStorage?: unknown }).localStorage;
});

/** The attempts' own rows in the copy (not their steps). */
async function attemptRowsKept() {
	return (await backup.readAll()).filter((row) => !isStepRow(row));
}

/** What the browser does to a database it finds damaged: deletes it, and the next open finds it empty. */
async function discardAndReopen(): Promise<ConfideDatabase> {
	const dbName = db.name;
	db.close();
	await db.delete();
	db = new ConfideDatabase(dbName, backup);
	await db.open();
	return db;
}

describe('the backup copy of attempts', () => {
	it('keeps the latest copy of each row, in the order the saves were asked, and forgets removed ones', async () => {
		void backup.put([sampleAttempt({ id: 'a', revision: 1 })]);
		void backup.put([sampleAttempt({ id: 'a', revision: 2 }), sampleAttempt({ id: 'b' })]);
		void backup.remove(['b']);
		const rows = (await backup.readAll()) as { id: string; revision: number }[];
		expect(rows.map((r) => [r.id, r.revision])).toEqual([['a', 2]]);
	});

	it('a page knows at once whether a copy may exist: from the first write until Delete everything', async () => {
		(globalThis as { caches?: unknown }).caches = caches;
		try {
			expect(backupMayExist()).toBe(false);
			await backup.put([sampleAttempt({ id: 'a' })]);
			expect(backupMayExist()).toBe(true);
			await backup.clear();
			expect(backupMayExist()).toBe(false);
		} finally {
			delete (globalThis as { caches?: unknown }).caches;
		}
	});

	it('is never one of the caches the service worker deletes on an update', () => {
		expect(cachesToDelete([BACKUP_CACHE, 'confide-v1', 'confide-v2'], 'confide-v2', {})).not.toContain(BACKUP_CACHE);
	});

	it('a save is acknowledged only once its copy is in the backup too', async () => {
		const repo = new AttemptsRepository(db);
		await repo.save(sampleAttempt({ id: 'a', status: 'active', phase: 'choosing', completedAt: null, revision: 1 }));
		// Read from the store itself, not through the backup's queue: the copy is there when save() returns.
		// It holds the rows the database holds: the attempt's head and the step the save added.
		const stored = [...(caches.stores.get(BACKUP_CACHE)?.values() ?? [])].map((text) => JSON.parse(text));
		expect(stored).toHaveLength(2);
		expect(stored).toEqual(expect.arrayContaining([await db.attempts.get('a'), ...(await db.attemptSteps.toArray())]));
		await repo.setStatus('a', 'abandoned', 5);
		expect(await backup.readAll()).toMatchObject([{ id: 'a', status: 'abandoned', revision: 2 }]);
	});

	it('a retired attempt is copied with the save that retired it', async () => {
		const repo = new AttemptsRepository(db);
		const active = { status: 'active' as const, phase: 'choosing' as const, completedAt: null, revision: 1 };
		await repo.save(sampleAttempt({ id: 'old', ...active }));
		await repo.save(sampleAttempt({ id: 'new', ...active, updatedAt: 1_800_000_000_000 }));
		const rows = (await backup.readAll()) as { id: string; status: string }[];
		expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ old: 'abandoned', new: 'active' });
	});

	it('brings every attempt back when the browser discarded the database, and says so', async () => {
		const repo = new AttemptsRepository(db);
		await repo.save(sampleAttempt({ id: 'a', revision: 1 }));
		await repo.save(sampleAttempt({ id: 'b', caseId: 'jordan', revision: 1 }));
		const before = await db.attempts.orderBy('id').toArray();
		const reports: number[] = [];
		const stop = onRestoredFromBackup((r) => reports.push(r.restored));

		const reopened = await discardAndReopen();
		expect(await reopened.attempts.count()).toBe(0);
		expect(await restoreFromBackup(reopened)).toBe(2);
		expect(await reopened.attempts.orderBy('id').toArray()).toEqual(before);
		expect(reports).toEqual([2]);
		stop();
	});

	it('brings an attempt being played back whole: its head and the step each save added', async () => {
		const repo = new AttemptsRepository(db);
		const first = sampleAttempt({ id: 'a', status: 'active', phase: 'choosing', completedAt: null, revision: 1 });
		await repo.save(first);
		const second = {
			...first,
			revision: 2,
			updatedAt: first.updatedAt + 1,
			transcript: [...first.transcript, { kind: 'text' as const, text: 'The next passage.' }],
			choiceLog: [...first.choiceLog, { choiceId: 'next', at: first.updatedAt + 1 }]
		};
		await repo.save(second);
		expect(await db.attemptSteps.count()).toBe(2);

		const reopened = await discardAndReopen();
		expect(await restoreFromBackup(reopened)).toBe(1);
		expect(await new AttemptsRepository(reopened).get('a')).toEqual(second);
	});

	it('a kill between a step and the head that names it leaves the copy as it was', async () => {
		const repo = new AttemptsRepository(db);
		const first = sampleAttempt({ id: 'a', status: 'active', phase: 'choosing', completedAt: null, revision: 1 });
		await repo.save(first);
		// The next save wrote its lists afresh (another tab wrote revision 1) as step 1, and the
		// browser was killed before the head: the old head and step 0 must still read back.
		await backup.put([{ attemptId: 'a', seq: 1, updatedAt: first.updatedAt + 1, transcript: [], choiceLog: [], ledger: [] }]);
		const reopened = await discardAndReopen();
		expect(await restoreFromBackup(reopened)).toBe(1);
		expect(await new AttemptsRepository(reopened).get('a')).toEqual(first);
	});

	it('forgets an attempt with every step of it when it is deleted', async () => {
		const repo = new AttemptsRepository(db);
		await repo.save(sampleAttempt({ id: 'a', status: 'active', phase: 'choosing', completedAt: null, revision: 1 }));
		await repo.save(sampleAttempt({ id: 'b', caseId: 'jordan', status: 'active', phase: 'choosing', completedAt: null, revision: 1 }));
		await backup.remove(['a']);
		expect(((await backup.readAll()) as { id?: string; attemptId?: string }[]).map((r) => r.id ?? r.attemptId).sort()).toEqual(['b', 'b']);
	});

	it('leaves a database that holds attempts alone', async () => {
		await new AttemptsRepository(db).save(sampleAttempt({ id: 'a', revision: 1 }));
		await backup.put([sampleAttempt({ id: 'other' })]);
		expect(await restoreFromBackup(db)).toBe(0);
		expect(await db.attempts.toCollection().primaryKeys()).toEqual(['a']);
	});

	it('never restores what "Delete everything" deleted, even a copy written in the same moment', async () => {
		await backup.put([sampleAttempt({ id: 'a', updatedAt: Date.now() - 1000 })]);
		// Read before the clear, not after it: "now - 1" taken after it was later than the clear
		// whenever the clear took 2 ms or more (a busy CI machine), and the test failed.
		const changedBeforeClear = Date.now();
		await backup.clear();
		// Another tab's save landing just after the clear, of a row changed before it:
		await backup.put([sampleAttempt({ id: 'late', updatedAt: changedBeforeClear })]);
		const reopened = await discardAndReopen();
		expect(await restoreFromBackup(reopened)).toBe(0);
		// A save made after the deletion is restored as usual.
		await backup.put([sampleAttempt({ id: 'after', updatedAt: Date.now() + 1 })]);
		expect(await restoreFromBackup(reopened)).toBe(1);
		expect(await reopened.attempts.toCollection().primaryKeys()).toEqual(['after']);
	});

	it('a failing backup never fails the save: the database stays the record', async () => {
		const broken = new CacheBackup({ open: () => Promise.reject(new Error('quota')), has: () => Promise.reject(new Error('quota')) } as unknown as CacheStorage, 'https://x');
		const dbName = db.name;
		db.close();
		db = new ConfideDatabase(dbName, broken);
		await db.open();
		await new AttemptsRepository(db).save(sampleAttempt({ id: 'a', revision: 1 }));
		expect(await db.attempts.count()).toBe(1);
		expect(await broken.readAll()).toEqual([]);
	});
});

describe('catching the backup copy up', () => {
	it("rewrites a vignette's active and latest rows when a kill left the copy a step behind, never older over newer", async () => {
		const repo = new AttemptsRepository(db);
		await repo.save(sampleAttempt({ id: 'a', status: 'active', phase: 'choosing', completedAt: null, revision: 1 }));
		// The commit of revision 2 landed, its copy did not (the browser was killed in between).
		await db.attempts.put(sampleAttempt({ id: 'a', status: 'completed', revision: 2, updatedAt: 1_800_000_000_000 }));
		await db.attempts.put(sampleAttempt({ id: 'other-case', caseId: 'jordan', revision: 1 }));
		expect(await attemptRowsKept()).toMatchObject([{ id: 'a', revision: 1 }]);

		const refreshed = repo.refreshBackup('dana');
		// A save asked for after the refresh lands after it.
		void backup.put([sampleAttempt({ id: 'a', status: 'completed', revision: 3, updatedAt: 1_800_000_000_001 })]);
		await refreshed;
		const rows = (await backup.readAll()) as { id: string; revision: number }[];
		expect(rows.map((r) => [r.id, r.revision])).toEqual([['a', 3]]);
	});

	it('keeps old finished attempts as they are: only the latest rows are read again', async () => {
		for (let i = 0; i < 6; i++) await db.attempts.put(sampleAttempt({ id: `done-${i}`, updatedAt: 1_700_000_000_000 + i }));
		await new AttemptsRepository(db).refreshBackup('dana');
		const ids = ((await backup.readAll()) as { id: string }[]).map((r) => r.id).sort();
		expect(ids).toEqual(['done-3', 'done-4', 'done-5']);
	});
});
