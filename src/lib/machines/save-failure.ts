/**
 * Why a save failed, sorted into the few cases the trainee is told about differently. Errors
 * are recognised by name (Dexie wraps IndexedDB's in `inner`), so this stays free of Dexie.
 */
export type SaveFailureKind =
	/** The device (or the browser's share for this site) is full. */
	| 'quota'
	/** Another tab saved this attempt since this tab last did (the revision check refused the write). */
	| 'conflict'
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

function names(error: unknown): string[] {
	const out: string[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
		if (typeof e.name === 'string') out.push(e.name);
		current = e.inner ?? e.cause;
	}
	return out;
}

export function classifySaveError(error: unknown): SaveFailure {
	const detail = error instanceof Error ? error.message : String(error);
	if (error instanceof SaveRefusedError) return { kind: error.kind, detail };
	const all = names(error);
	if (all.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) return { kind: 'quota', detail };
	if (all.includes('RevisionConflictError')) return { kind: 'conflict', detail };
	if (all.includes('DatabaseClosedError')) return { kind: 'closed', detail };
	return { kind: 'other', detail };
}

/** Worth trying again by itself: space may be freed, a passing error may pass. */
export const isRetryable = (failure: SaveFailure) => failure.kind === 'quota' || failure.kind === 'other';
