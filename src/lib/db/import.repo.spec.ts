import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAttempt } from '../../../tests/unit/support/attempts';
import { dumpDatabase, freshDatabase } from '../../../tests/unit/support/db';
import type { AttemptRecord } from '../domain/attempt';
import { buildExport } from '../exchange/export';
import { AttemptsRepository } from './attempts.repo';
import type { ConfideDatabase } from './database';
import { ImportRepository, PlanChangedError } from './import.repo';

let db: ConfideDatabase;
let repo: ImportRepository;

beforeEach(async () => {
	db = await freshDatabase('import');
	repo = new ImportRepository(db);
	await db.settings.put({ key: 'trainee', value: 'R. Patel' });
	await new AttemptsRepository(db).save(sampleAttempt({ id: 'here', revision: 1 }));
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const fileOf = (...attempts: AttemptRecord[]) => buildExport(attempts, null, 'test', 0);

describe('ImportRepository', () => {
	it('writes the planned rows and nothing else', async () => {
		const file = fileOf(sampleAttempt({ id: 'here', revision: 1 }), sampleAttempt({ id: 'new' }));
		const plan = await repo.preview(file);
		expect(plan.added).toEqual(['new']);
		expect(plan.duplicates).toEqual(['here']);
		await repo.apply(file, plan);
		expect((await db.attempts.toCollection().primaryKeys()).sort()).toEqual(['here', 'new']);
		expect(await db.attempts.get('new')).toEqual(sampleAttempt({ id: 'new' }));
		expect(await db.settings.get('trainee')).toEqual({ key: 'trainee', value: 'R. Patel' });
	});

	it('writes nothing if stored progress changed after the preview', async () => {
		const file = fileOf(sampleAttempt({ id: 'here', revision: 5 }), sampleAttempt({ id: 'new' }));
		const plan = await repo.preview(file);
		// Another tab moved this attempt past the file's revision: the file's copy would no longer win.
		await db.attempts.put(sampleAttempt({ id: 'here', revision: 6 }));
		const before = await dumpDatabase(db);
		await expect(repo.apply(file, plan)).rejects.toBeInstanceOf(PlanChangedError);
		expect(await dumpDatabase(db)).toBe(before);
	});

	it('leaves the database byte-for-byte unchanged when a write fails halfway', async () => {
		const file = fileOf(...['n1', 'n2', 'n3', 'n4'].map((id) => sampleAttempt({ id })), sampleAttempt({ id: 'here', revision: 9 }));
		const plan = await repo.preview(file);
		expect(plan.writes).toHaveLength(5);
		const before = await dumpDatabase(db);
		let created = 0;
		const failThird = () => {
			if (++created === 3) throw new Error('disk full');
		};
		db.attempts.hook('creating', failThird);
		await expect(repo.apply(file, plan)).rejects.toThrow();
		db.attempts.hook('creating').unsubscribe(failThird);
		expect(created).toBeGreaterThanOrEqual(3);
		expect(await dumpDatabase(db)).toBe(before);
	});

	it('never overwrites a stored row it cannot read', async () => {
		await db.attempts.put({ id: 'broken', caseId: 'dana', nonsense: true });
		const file = fileOf(sampleAttempt({ id: 'broken' }));
		const plan = await repo.preview(file);
		expect(plan.writes).toEqual([]);
		await repo.apply(file, plan);
		expect(await db.attempts.get('broken')).toEqual({ id: 'broken', caseId: 'dana', nonsense: true });
	});
});
