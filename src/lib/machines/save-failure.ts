/**
 * Why a save failed, sorted into the few cases the trainee is told about differently. Errors
 * are recognised by name (Dexie wraps IndexedDB's in `inner`), so this stays free of Dexie.
 */
export type SaveFailureKind =
	/** The device (or the browser's share for this site) is full. */
	| 'quota'
	/** Another tab saved this attempt since this tab last did (the revision check refused the write). */
	| 'conflict'
	/** The attempt was deleted (on the progress page) while this tab had it open: it is not revived. */
	| 'deleted'
	/** An import set the attempt aside (no longer active) while this tab had it open. */
	| 'set-aside'
	/** Another tab upgraded the database; this tab closed its connection. */
	| 'closed'
	/** There is no database in this browser at all. */
	| 'unavailable'
	/** Another tab holds the attempt: this tab does not write. */
	| 'not-owner'
	| 'other';

export interface SaveFailure {
	kind: SaveFailureKind;
	detail: string;
}

/** Thrown by the case session itself when it may not or cannot write. */
export class SaveRefusedError extends Error {
	constructor(
		readonly kind: 'unavailable' | 'not-owner' | 'closed',
		message: string
	) {
		super(message);
		this.name = 'SaveRefusedError';
	}
}

/** The error and those it wraps (Dexie's `inner`, a `cause`), outermost first. */
function chain(error: unknown): { name?: unknown; reason?: unknown }[] {
	const out: { name?: unknown; reason?: unknown; inner?: unknown; cause?: unknown }[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const e = current as (typeof out)[number];
		out.push(e);
		current = e.inner ?? e.cause;
	}
	return out;
}

export function classifySaveError(error: unknown): SaveFailure {
	const detail = error instanceof Error ? error.message : String(error);
	if (error instanceof SaveRefusedError) return { kind: error.kind, detail };
	const errors = chain(error);
	const all = errors.map((e) => e.name);
	if (all.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) return { kind: 'quota', detail };
	const conflict = errors.find((e) => e.name === 'RevisionConflictError');
	// Said in the save status ("Your last choice was not saved: ..."), so in the trainee's words.
	if (conflict?.reason === 'deleted') return { kind: 'deleted', detail: 'this attempt was deleted on Your progress' };
	if (conflict?.reason === 'set-aside') return { kind: 'set-aside', detail: 'an import set this attempt aside' };
	if (conflict) return { kind: 'conflict', detail: 'another tab saved this attempt since' };
	if (all.includes('DatabaseClosedError')) return { kind: 'closed', detail };
	return { kind: 'other', detail };
}

/** Worth trying again by itself: space may be freed, a passing error may pass. */
export const isRetryable = (failure: SaveFailure) => failure.kind === 'quota' || failure.kind === 'other';
