/**
 * One attempt as a Confide export file, for "Download this attempt" when it cannot be saved
 * here. The full export/import of all progress lives in src/lib/exchange; this writes the same format.
 */
import type { AttemptRecord } from '../domain/attempt';
import { attemptIntegrity } from '../domain/integrity';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../exchange/format';

export interface ExportMeta {
	/** Time of export, ms since the epoch. */
	now: number;
	/** The app build that writes it. */
	app: string;
	trainee: string | null;
	/** The build's review notice, or null (content/review.ts). */
	notice?: string | null;
}

export function attemptExportFile(attempt: AttemptRecord, meta: ExportMeta): ExportFile {
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		...(meta.notice ? { notice: meta.notice } : {}),
		exportedAt: new Date(meta.now).toISOString(),
		app: meta.app,
		trainee: meta.trainee,
		attempts: [{ attempt, integrity: attemptIntegrity(attempt) }]
	};
}

/** e.g. `confide-dana-2026-11-02.json` (the case id is a slug already). */
export function attemptExportName(attempt: Pick<AttemptRecord, 'caseId'>, now: number): string {
	return `confide-${attempt.caseId}-${new Date(now).toISOString().slice(0, 10)}.json`;
}
