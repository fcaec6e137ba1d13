/**
 * A second copy of every attempt row, kept outside IndexedDB (in Cache Storage), so that progress
 * survives the browser discarding its database. Chromium deletes an origin's whole IndexedDB store
 * when it finds it damaged on opening (`dataLoss: "total"`, e.g. "checksum mismatch" after a crash or
 * power loss tore a write), and tells the page nothing but an empty database. The soak hit this.
 *
 * Written after each committed transaction and before the save is acknowledged; read only when the
 * database comes back without a single attempt (see restoreFromBackup). Never leaves the device:
 * the entries are keyed by made-up same-origin URLs and no request is ever made for them.
 * Where Cache Storage is missing (file://, insecure origins) there is no second copy.
 */
import { inRange, isStepRow, splitOf } from './attempt-rows';
import { KEPT_KEY, setStorageItem, storageItem } from './backup-kept';

/** Not under the service worker's `confide-` prefix: its clean-up deletes those (offline/cache-plan.ts). */
export const BACKUP_CACHE = 'confide.progress-backup';
const KEY_PATH = '/__confide-backup/attempts/';
/** Step rows of split attempts (db/attempt-rows.ts): `<attempt id>/<seq>` under this. */
const STEP_PATH = '/__confide-backup/attempt-steps/';
/**
 * When "Delete everything" last ran (localStorage): a copy written by another tab's save in the same
 * moment must not bring an attempt back, so rows last changed before it are never restored.
 */
const CLEARED_AT_KEY = 'confide.progress-backup-cleared-at';


function clearedAt(): number {
	return Number(storageItem(CLEARED_AT_KEY)) || 0;
}

export interface AttemptBackupStore {
	/**
	 * Stores these rows, replacing older copies: the rows of `attempts` (each has a string `id`) and
	 * of `attemptSteps` (an `attemptId` and a `seq`), as they are in the database. False if it could not.
	 */
	put(rows: readonly unknown[]): Promise<boolean>;
	/** Removes these attempts' rows, with every step row kept for them. */
	remove(ids: readonly string[]): Promise<boolean>;
	/** Removes an attempt's step rows `first` to `end` - 1 (its lists are now written afresh, or whole). */
	removeSteps(attemptId: string, first: number, end: number): Promise<boolean>;
	/**
	 * Stores the rows `read` returns, read in the backup's own turn: a save asked for before is
	 * already in, one asked for after lands after, so an older row never replaces a newer copy.
	 */
	refresh(read: () => Promise<readonly unknown[]>): Promise<boolean>;
	/** Every row kept, in no particular order. */
	readAll(): Promise<unknown[]>;
	clear(): Promise<void>;
}

const idOf = (row: unknown): string | undefined => {
	const id = (row as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? id : undefined;
};

/** Where a row of either table is kept, relative to the origin; undefined for a row with no key. */
function pathOf(row: unknown): string | undefined {
	if (isStepRow(row)) return stepPath(row.attemptId, row.seq);
	const id = idOf(row);
	return id === undefined ? undefined : KEY_PATH + encodeURIComponent(id);
}

const stepPrefix = (attemptId: string) => `${STEP_PATH}${encodeURIComponent(attemptId)}/`;
const stepPath = (attemptId: string, seq: number) => stepPrefix(attemptId) + seq;

/** The backup in this browser's Cache Storage, or null where there is none to use. */
export function browserBackup(): AttemptBackupStore | null {
	if (typeof caches === 'undefined' || typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return null;
	return new CacheBackup(caches, location.origin);
}


export class CacheBackup implements AttemptBackupStore {
	/** Writes run one at a time, in the order asked: a later save's copy never lands under an earlier one. */
	private queue: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly storage: CacheStorage,
		private readonly origin: string
	) {}

	private url(path: string): string {
		return this.origin + path;
	}

	private serial<T>(work: () => Promise<T>, fallback: T): Promise<T> {
		const next = this.queue.then(work, work).catch(() => fallback);
		this.queue = next;
		return next;
	}

	put(rows: readonly unknown[]): Promise<boolean> {
		return this.serial(() => this.write(rows), false);
	}

	refresh(read: () => Promise<readonly unknown[]>): Promise<boolean> {
		return this.serial(async () => this.write(await read()), false);
	}

	private async write(rows: readonly unknown[]): Promise<boolean> {
		const cache = await this.storage.open(BACKUP_CACHE);
		setStorageItem(KEPT_KEY, '1');
		for (const row of rows) {
			const path = pathOf(row);
			if (path === undefined) continue;
			await cache.put(this.url(path), new Response(JSON.stringify(row), { headers: { 'content-type': 'application/json' } }));
		}
		return true;
	}

	remove(ids: readonly string[]): Promise<boolean> {
		return this.serial(async () => {
			const cache = await this.storage.open(BACKUP_CACHE);
			const prefixes = ids.map(stepPrefix);
			for (const id of ids) await cache.delete(this.url(KEY_PATH + encodeURIComponent(id)));
			// Deleting an attempt is rare: listing the keys to find its steps costs nothing on a save.
			for (const request of await cache.keys()) {
				const path = new URL(request.url).pathname;
				if (prefixes.some((prefix) => path.startsWith(prefix))) await cache.delete(request);
			}
			return true;
		}, false);
	}

	removeSteps(attemptId: string, first: number, end: number): Promise<boolean> {
		return this.serial(async () => {
			const cache = await this.storage.open(BACKUP_CACHE);
			for (let seq = first; seq < end; seq++) await cache.delete(this.url(stepPath(attemptId, seq)));
			return true;
		}, false);
	}

	readAll(): Promise<unknown[]> {
		return this.serial(async () => {
			if (!(await this.storage.has(BACKUP_CACHE))) return [];
			const cache = await this.storage.open(BACKUP_CACHE);
			const rows: unknown[] = [];
			for (const request of await cache.keys()) {
				const path = new URL(request.url).pathname;
				if (!path.startsWith(KEY_PATH) && !path.startsWith(STEP_PATH)) continue;
				try {
					rows.push(await (await cache.match(request))?.json());
				} catch {
					// an unreadable copy: the rest still comes back
				}
			}
			const since = clearedAt();
			const kept = rows.filter((row) => pathOf(row) !== undefined && !(Number((row as { updatedAt?: unknown }).updatedAt) <= since));
			// A step counts only under a split head that names it: any other is left over (its attempt
			// was since stored whole or written afresh, or a kill fell between a step and its head).
			const splits = new Map(kept.flatMap((row) => (isStepRow(row) ? [] : [[idOf(row), splitOf(row)] as const])));
			return kept.filter((row) => {
				if (!isStepRow(row)) return true;
				const split = splits.get(row.attemptId);
				return split != null && inRange(split, row.seq);
			});
		}, []);
	}

	clear(): Promise<void> {
		return this.serial(async () => {
			setStorageItem(CLEARED_AT_KEY, String(Date.now()));
			setStorageItem(KEPT_KEY, null);
			await this.storage.delete(BACKUP_CACHE);
		}, undefined);
	}
}
