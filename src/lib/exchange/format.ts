/**
 * The exported progress file: one versioned JSON document. The strict schema that checks an
 * imported file lives beside it (import); this is the shape every part of the app agrees on.
 */
import type { AttemptRecord } from '../domain/attempt';

export const EXPORT_FORMAT = 'confide-progress';
export const EXPORT_VERSION = 1;

export interface ExportedAttempt {
	attempt: AttemptRecord;
	/** attemptIntegrity(attempt) when exported; an instructor's copy recomputes and compares. */
	integrity: string;
}

export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	/**
	 * The review notice (content/review.ts), written while the build has unreviewed content.
	 * Optional, so files from before it, and from a fully reviewed build, read the same; it is not
	 * covered by the integrity codes, which cover attempts only.
	 */
	notice?: string;
	/** ISO 8601 time of export. */
	exportedAt: string;
	/** The app build that wrote it (kit version name). */
	app: string;
	/** The optional trainee name or id typed on this device; null when not given. */
	trainee: string | null;
	attempts: ExportedAttempt[];
}
