/**
 * How an attempt is laid out in IndexedDB, so that a save writes what changed.
 *
 * An attempt being played grows by a few entries per choice (transcript, choice log, ledger) while
 * the rest of it stays small. So an active attempt is stored **split**: a head row (everything but
 * the three lists, with how long each is and which step rows hold them) in `attempts`, and one
 * step row per save in `attemptSteps` with only the entries that save added. An attempt that
 * is no longer active (completed, abandoned, set aside), and any imported one, is stored
 * **whole** in its `attempts` row, as before: it is read far more than it is written, and a
 * history of thousands of attempts stays one row each.
 *
 * Step numbers are never reused while an attempt stays split: lists written afresh start after the
 * last step. So the head, written last, always names steps that are all there, in the database
 * and in the backup copy alike (db/backup.ts writes one row at a time, and a kill can fall between).
 *
 * Pure: the repositories (attempts.repo.ts, import.repo.ts, backup-restore.ts) do the reading and
 * writing; this decides what to write and puts rows back together.
 */
import type { AttemptRecord, LoggedChoice, TranscriptEntry } from '../domain/attempt';
import type { LedgerEntry } from '../domain/scoring';

/** The three lists that grow as an attempt is played. */
export const GROWING = ['transcript', 'choiceLog', 'ledger'] as const;
type Growing = (typeof GROWING)[number];

export interface SplitCounts {
	/** Step rows first to end - 1 hold the lists, in order. */
	first: number;
	end: number;
	transcript: number;
	choiceLog: number;
	ledger: number;
}

/** An active attempt's row in `attempts`: the attempt without its lists, and where they are. */
export type AttemptHead = Omit<AttemptRecord, Growing> & { split: SplitCounts };

/** What one save added to an active attempt's lists (`attemptSteps`, key [attemptId+seq]). */
export interface AttemptStepRow {
	attemptId: string;
	seq: number;
	/** The head's updatedAt when it was written (the backup's "deleted since" check reads it). */
	updatedAt: number;
	transcript: TranscriptEntry[];
	choiceLog: LoggedChoice[];
	ledger: LedgerEntry[];
}

/** The lists a repository last wrote for an attempt, at that revision (held in memory only). */
export interface WrittenLists {
	revision: number;
	transcript: readonly TranscriptEntry[];
	choiceLog: readonly LoggedChoice[];
	ledger: readonly LedgerEntry[];
}

export interface AttemptWrite {
	/** The row for `attempts`: a head when split, the whole attempt when not. Written after the step. */
	row: AttemptHead | AttemptRecord;
	/** A step row to add (none when the save added no entries, or the attempt is stored whole). */
	step: AttemptStepRow | null;
	/** Step rows no longer part of the attempt once the row is written (stored whole now, or written afresh). */
	stale: { first: number; end: number } | null;
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The split counts of a stored `attempts` row, or null if it is stored whole (or unreadable). */
export function splitOf(row: unknown): SplitCounts | null {
	const split = (row as { split?: unknown } | null | undefined)?.split;
	if (typeof split !== 'object' || split === null) return null;
	const s = split as Record<string, unknown>;
	const counts = isCount(s['first']) && isCount(s['end']) && isCount(s['transcript']) && isCount(s['choiceLog']) && isCount(s['ledger']);
	return counts && (s['first'] as number) <= (s['end'] as number) ? (s as unknown as SplitCounts) : null;
}

/** Whether `now` begins with the very entries of `before`. */
const beginsWith = (now: readonly unknown[], before: readonly unknown[]) => now.length >= before.length && before.every((entry, i) => now[i] === entry);

/**
 * What to write for `record`. It appends a step only when this repository wrote the stored
 * revision itself (`written`, same revision, the same counts on disk) and the record's lists
 * begin with those very entries (the same objects: the attempt machine only ever appends).
 * Anything else (a first save, a resumed attempt, lists re-derived on load, another writer) writes
 * the lists afresh in one step; an attempt that is not active is written whole.
 */
export function planAttemptWrite(record: AttemptRecord, stored: unknown, written: WrittenLists | undefined): AttemptWrite {
	const storedSplit = splitOf(stored);
	const stale = storedSplit && { first: storedSplit.first, end: storedSplit.end };
	if (record.status !== 'active') return { row: record, step: null, stale };
	const { transcript, choiceLog, ledger, ...rest } = record;
	const appends =
		storedSplit !== null &&
		written !== undefined &&
		written.revision === record.revision - 1 &&
		GROWING.every((list) => storedSplit[list] === written[list].length && beginsWith(record[list], written[list]));
	const counts = { transcript: transcript.length, choiceLog: choiceLog.length, ledger: ledger.length };
	if (appends) {
		const from = storedSplit;
		const added = { transcript: transcript.slice(from.transcript), choiceLog: choiceLog.slice(from.choiceLog), ledger: ledger.slice(from.ledger) };
		const any = GROWING.some((list) => added[list].length > 0);
		return {
			row: { ...rest, split: { first: from.first, end: from.end + (any ? 1 : 0), ...counts } },
			step: any ? { attemptId: record.id, seq: from.end, updatedAt: record.updatedAt, ...added } : null,
			stale: null
		};
	}
	const seq = storedSplit?.end ?? 0;
	return {
		row: { ...rest, split: { first: seq, end: seq + 1, ...counts } },
		step: { attemptId: record.id, seq, updatedAt: record.updatedAt, transcript, choiceLog, ledger },
		stale
	};
}

/**
 * The attempt a stored row stands for: a whole row as it is; a head with its step rows (in any
 * order) put back together. A head whose steps are missing, or do not add up to its counts, comes
 * back as it is (without lists, still split), so validation sets it aside as damaged rather than
 * trusting a shorter attempt.
 */
export function joinAttempt(row: unknown, steps: readonly AttemptStepRow[]): unknown {
	const split = splitOf(row);
	if (split === null) return row;
	// Steps outside the head's range are left over (from before the lists were written afresh, or
	// written just before a kill that stopped the head): not part of it.
	const ordered = steps.filter((step) => inRange(split, step.seq)).sort((a, b) => a.seq - b.seq);
	const complete =
		ordered.length === split.end - split.first && ordered.every((step, i) => step.seq === split.first + i && GROWING.every((list) => Array.isArray(step[list])));
	if (!complete) return row;
	const lists = { transcript: ordered.flatMap((s) => s.transcript), choiceLog: ordered.flatMap((s) => s.choiceLog), ledger: ordered.flatMap((s) => s.ledger) };
	if (!GROWING.every((list) => lists[list].length === split[list])) return row;
	const { split: _split, ...head } = row as AttemptHead;
	return { ...head, ...lists };
}

/** Why a row read back is not an attempt, when it is a split one that could not be put back together. */
export function whyUnjoined(row: unknown): string | undefined {
	return splitOf(row) === null ? undefined : 'some of the steps saved for this attempt are missing or damaged';
}

/** Whether step `seq` is one of the head's. */
export const inRange = (split: SplitCounts, seq: number) => seq >= split.first && seq < split.end;

/** Whether a stored row is a step row (the backup keeps both kinds side by side). */
export function isStepRow(row: unknown): row is AttemptStepRow {
	const r = row as Partial<AttemptStepRow> | null;
	return typeof r === 'object' && r !== null && typeof r.attemptId === 'string' && isCount(r.seq);
}
