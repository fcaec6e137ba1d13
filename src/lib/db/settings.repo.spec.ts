import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfideDatabase } from './database';
import { SettingsRepository } from './settings.repo';

let db: ConfideDatabase;
let n = 0;
beforeEach(async () => {
	db = new ConfideDatabase(`settings-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

describe('SettingsRepository', () => {
	it('reads defaults (no trainee name) until something is written', async () => {
		expect(await new SettingsRepository(db).read()).toEqual({ trainee: null, lastExportAt: null });
	});

	it('writes and reads back each setting', async () => {
		const repo = new SettingsRepository(db);
		await repo.write('trainee', 'Sam K.');
		await repo.write('lastExportAt', 1234);
		expect(await repo.read()).toEqual({ trainee: 'Sam K.', lastExportAt: 1234 });
	});

	it('refuses an invalid value and reads a corrupted one as the default', async () => {
		const repo = new SettingsRepository(db);
		await expect(repo.write('trainee', 'x'.repeat(201))).rejects.toThrow(/invalid/);
		await db.settings.put({ key: 'lastExportAt', value: 'yesterday' });
		expect((await repo.read()).lastExportAt).toBeNull();
	});
});
