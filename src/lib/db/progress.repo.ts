/**
 * The progress page's storage: attempts, settings, import and deleting the database. Loaded only
 * by that page (dynamic import), so Dexie stays off every first screen.
 */
import Dexie from 'dexie';
import type { AttemptRecord } from '../domain/attempt';
import { AttemptsRepository } from './attempts.repo';
import { browserBackup } from './backup';
import { DB_NAME, openDatabase, type ConfideDatabase } from './database';
import { ImportRepository } from './import.repo';
import { SettingsRepository, type Settings } from './settings.repo';
import { deleteAttemptRows } from './stored-attempts';
import type { ExportFile } from '../exchange/format';
import type { ImportPlan } from '../exchange/merge';
import { casesOpenInTabs } from '../session/attempt-lock';

export class ProgressRepository {
	private db: ConfideDatabase | undefined;

	private constructor(db: ConfideDatabase) {
		this.db = db;
	}

	static async open(): Promise<{ ok: true; store: ProgressRepository } | { ok: false; reason: string }> {
		try {
			return { ok: true, store: new ProgressRepository(await openDatabase()) };
		} catch (error) {
			return { ok: false, reason: (error as Error).message };
		}
	}

	/** After a wipe the database is gone; it is created again only when something is stored. */
	private async handle(): Promise<ConfideDatabase> {
		this.db ??= await openDatabase();
		return this.db;
	}

	async attempts(): Promise<{ value: AttemptRecord[]; invalid: number }> {
		return new AttemptsRepository(await this.handle()).list();
	}

	async settings(): Promise<Settings> {
		return new SettingsRepository(await this.handle()).read();
	}

	async setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		await new SettingsRepository(await this.handle()).write(key, value);
	}

	async deleteAttempt(id: string): Promise<void> {
		const db = await this.handle();
		await db.transaction('rw', db.attempts, db.attemptSteps, () => deleteAttemptRows(db, id));
		await db.backup?.remove([id]);
	}

	/** Asked again at each step: a case page may open or close between preview and confirmation. */
	async previewImport(file: ExportFile): Promise<ImportPlan> {
		return new ImportRepository(await this.handle()).preview(file, await casesOpenInTabs());
	}

	async applyImport(file: ExportFile, plan: ImportPlan): Promise<ImportPlan> {
		return new ImportRepository(await this.handle()).apply(file, plan, await casesOpenInTabs());
	}

	/**
	 * Deletes the database (attempts, settings, set-aside rows) and the attempts' backup copy.
	 * Other tabs' connections close themselves (Dexie's default on a version change), so the
	 * delete is not blocked by them.
	 */
	async deleteDatabase(): Promise<void> {
		this.db?.close();
		this.db = undefined;
		await Dexie.delete(DB_NAME);
		await browserBackup()?.clear();
	}
}
