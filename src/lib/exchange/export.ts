/**
 * Builds the progress file: every attempt with its integrity code, the optional trainee name, and
 * the review notice when the build has one (near the top, where a reader of the file sees it).
 */
import type { AttemptRecord } from '../domain/attempt';
import { attemptIntegrity } from '../domain/integrity';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './format';

export function buildExport(attempts: readonly AttemptRecord[], trainee: string | null, app: string, now: Date | number, notice: string | null = null): ExportFile {
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		...(notice ? { notice } : {}),
		exportedAt: new Date(now).toISOString(),
		app,
		trainee,
		attempts: attempts.map((attempt) => ({ attempt, integrity: attemptIntegrity(attempt) }))
	};
}

/** Sorts the keys of every object below the top level, so the same data always gives the same bytes. */
function sortedKeys(this: unknown, key: string, value: unknown): unknown {
	if (key === '' || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
	const out: Record<string, unknown> = {};
	for (const k of Object.keys(value).sort()) out[k] = (value as Record<string, unknown>)[k];
	return out;
}

/** Pretty, stable JSON: the envelope in its own order, everything inside with sorted keys. */
export function exportText(file: ExportFile): string {
	return `${JSON.stringify(file, sortedKeys, 2)}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A name as a file name part: letters and digits of any script, runs of anything else as one hyphen. */
function fileNamePart(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
}

/**
 * `confide-progress-2025-03-14.json`, dated in the trainee's own time zone, with the trainee's name
 * when one is given (`confide-progress-sam-lee-2025-03-14.json`): a class's files then differ by name
 * in the instructor's downloads folder and in the instructor view.
 */
export function exportFilename(now: Date | number, extension: 'json' | 'csv' = 'json', trainee: string | null = null): string {
	const d = new Date(now);
	const who = trainee ? fileNamePart(trainee) : '';
	return `confide-progress-${who ? `${who}-` : ''}${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
