/**
 * Only one tab writes an attempt: the case page holds a Web Lock named after the case while it
 * has the attempt open. Another tab finds it taken (and can steal it); the tab it was stolen from
 * is told, and stops writing. Where Web Locks are missing, the repository's revision check is the
 * only guard (a conflicting write is refused and reported the same way).
 */
export type LockOutcome = 'held' | 'elsewhere' | 'unsupported';

type LockRequest = (name: string, options: { ifAvailable?: boolean; steal?: boolean }, callback: (lock: unknown) => Promise<void>) => Promise<unknown>;

export interface Locks {
	request: LockRequest;
	/** Held and pending locks of this origin (every tab's). */
	query?: () => Promise<{ held?: { name?: string }[] }>;
}

const LOCK_PREFIX = 'confide-attempt-';
export const lockName = (caseId: string) => `${LOCK_PREFIX}${caseId}`;

/**
 * The vignettes a tab has open on its case page right now (their locks are held). An import
 * leaves those attempts as they are, so the tab playing one never meets a changed row.
 * Without Web Locks nothing is known to be open.
 */
export async function casesOpenInTabs(locks: Locks | undefined = browserLocks()): Promise<ReadonlySet<string>> {
	if (!locks?.query) return new Set();
	const { held = [] } = await locks.query();
	return new Set(held.flatMap((l) => (l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [])));
}

export class AttemptLock {
	private release: (() => void) | undefined;
	/** Bumped on every request, so a stale request's loss is not reported. */
	private generation = 0;

	constructor(
		private readonly name: string,
		private readonly locks: Locks | undefined,
		/** Called when another tab steals the lock from this one. */
		private readonly onLost: () => void
	) {}

	/** Takes the lock if it is free (or from whoever has it, with `steal`); resolves once known. */
	acquire(steal = false): Promise<LockOutcome> {
		const locks = this.locks;
		if (!locks) return Promise.resolve('unsupported');
		this.release?.();
		const generation = ++this.generation;
		return new Promise((resolve) => {
			const held = new Promise<void>((r) => (this.release = r));
			locks
				.request(this.name, steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
					if (!lock) return resolve('elsewhere');
					resolve('held');
					await held; // kept until released
				})
				.catch((error: unknown) => {
					// A steal rejects the holder's request with an AbortError.
					if ((error as Error)?.name === 'AbortError' && generation === this.generation) this.onLost();
					resolve('elsewhere');
				});
		});
	}

	/** Lets go (the page is leaving); the browser also releases it when the tab closes. */
	dispose() {
		this.generation++;
		this.release?.();
		this.release = undefined;
	}
}

/** The browser's lock manager, where there is one. */
export function browserLocks(): Locks | undefined {
	const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
	return locks && typeof locks.request === 'function' ? (locks as unknown as Locks) : undefined;
}
