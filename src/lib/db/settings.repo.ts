/** Small settings kept on this device only: never sent anywhere, exported only on request. */
import type { ConfideDatabase } from './database';

export interface Settings {
	/** Optional trainee name or id for exports and certificates; null when not given (the default). */
	trainee: string | null;
	/** When progress was last exported (ms since epoch), for the export reminder. */
	lastExportAt: number | null;
}

const DEFAULTS: Settings = { trainee: null, lastExportAt: null };
const KEYS = Object.keys(DEFAULTS) as (keyof Settings)[];

function valid<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
	if (value === null) return true;
	return key === 'trainee' ? typeof value === 'string' && value.length <= 200 : typeof value === 'number' && Number.isFinite(value);
}

export class SettingsRepository {
	constructor(private readonly db: ConfideDatabase) {}

	/** Every setting; a missing or invalid stored value reads as its default. */
	async read(): Promise<Settings> {
		const rows = await this.db.settings.bulkGet(KEYS);
		const settings = { ...DEFAULTS };
		rows.forEach((row, i) => {
			const key = KEYS[i]!;
			if (row && valid(key, row.value)) (settings as Record<string, unknown>)[key] = row.value;
		});
		return settings;
	}

	async write<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		if (!valid(key, value)) throw new Error(`invalid value for setting ${key}`);
		await this.db.settings.put({ key, value });
	}
}
