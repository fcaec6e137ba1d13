/**
 * Reads an exported progress file as untrusted input: size first, then nesting depth, then JSON
 * without prototype keys, then older attempts migrated, then a strict schema. It never throws:
 * every input gives a ParseResult with a plain, specific message.
 */
import * as v from 'valibot';
import { migrateAttempt, SCHEMA_VERSION, type AttemptRecord } from '../domain/attempt';
import { attemptIntegrity, sameCode } from '../domain/integrity';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './format';
import { exportFileSchema, LIMITS } from './schema';

export type ParseResult = { ok: true; file: ExportFile; warnings: string[] } | { ok: false; error: string };

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** A real file nests six levels deep (file, attempts, item, attempt, transcript, entry). */
export const MAX_DEPTH = 10;

export const NOT_CONFIDE = 'This file is not a Confide progress file.';
/** Confide's other exports, read where its progress file was meant: said plainly, with what to load instead. */
const LOAD_JSON_INSTEAD = 'Load the file that “Export progress (JSON)” on the progress page writes.';
export const CSV_NOT_PROGRESS = `This is Confide’s spreadsheet export (CSV), which cannot be read back. ${LOAD_JSON_INSTEAD}`;
export const XAPI_NOT_PROGRESS = `This is Confide’s xAPI statements export, for a learning record store. ${LOAD_JSON_INSTEAD}`;

/** Confide's CSV export starts with its header row (exchange/csv.ts: notice, trainee, case id…). */
const looksLikeCsvExport = (text: string) => /^"?notice"?,"?trainee"?,"?case id"?,/.test(text);
/** Confide's xAPI export: an array of statements with Confide's activity ids. */
const looksLikeXapiExport = (value: unknown) =>
	Array.isArray(value) && value.length > 0 && value.every((s) => isObject(s) && isObject(s['verb']) && isObject(s['actor'])) && JSON.stringify(value[0]).includes('urn:confide:');
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
export const tooLarge = (maxBytes: number) => `This file is larger than ${megabytes(maxBytes)}, so it was not read.`;

/** UTF-8 length without allocating a copy of a large string. */
function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}

/** Whether brackets outside strings nest deeper than `limit`; checked before JSON.parse runs. */
function nestsDeeperThan(text: string, limit: number): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++; // backslash: skip the escaped character
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x7b || c === 0x5b) {
			if (++depth > limit) return true;
		} else if (c === 0x7d || c === 0x5d) depth--;
	}
	return false;
}

class ForbiddenKeyError extends Error {
	constructor(readonly key: string) {
		super(key);
	}
}

/** JSON.parse with a reviver that stops at the first prototype key, wherever it is. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
	try {
		const value: unknown = JSON.parse(text, (key, val: unknown) => {
			if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
			return val;
		});
		return { ok: true, value };
	} catch (error) {
		if (error instanceof ForbiddenKeyError) return { ok: false, error: `This file contains a forbidden key ('${error.key}'), so it was not read.` };
		return { ok: false, error: `${NOT_CONFIDE} It is not valid JSON (it may be incomplete or damaged).` };
	}
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Older attempts brought up to the current schema; the envelope is left for the schema to judge. */
function migrateAttempts(file: Record<string, unknown>): Record<string, unknown> {
	const attempts = file['attempts'];
	if (!Array.isArray(attempts)) return file;
	return {
		...file,
		attempts: attempts.map((item: unknown) => (isObject(item) && 'attempt' in item ? { ...item, attempt: migrateAttempt(item['attempt']) } : item))
	};
}

/** What is wrong with one field, in words: unknown, too long, out of range or out of order, or just invalid. */
function problemWith(issue: v.BaseIssue<unknown>, key: unknown): string {
	const name = `'${String(key)}'`;
	if (issue.type === 'strict_object' && issue.expected === 'never') return `unknown field ${name}`;
	if (issue.type === 'max_length') return `field ${name} is too long (at most ${issue.requirement as number} ${typeof issue.input === 'string' ? 'characters' : 'items'})`;
	// Meaning checks (a time out of range, out of order, counts that disagree) carry their own words.
	if (issue.type === 'raw_check' || issue.type === 'min_value' || issue.type === 'max_value') return `field ${name} is invalid: ${issue.message}`;
	return `field ${name} is invalid`;
}

/** A plain sentence naming where the first problem is. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = (issue.path ?? []).map((item) => item.key);
	if (path[0] === 'attempts' && typeof path[1] === 'number') {
		const where = `attempt ${path[1] + 1}`;
		if (path[2] === 'attempt' && path.length > 3) return `${where}: ${problemWith(issue, path[3])}.`;
		if (path.length > 2) return `${where}: ${problemWith(issue, path[2])}.`;
		return `${where} is not an attempt.`;
	}
	if (path[0] === 'attempts' && issue.type === 'max_length') return `This file lists more than ${LIMITS.attempts} attempts.`;
	if (path.length > 0) return `${NOT_CONFIDE.slice(0, -1)}: ${problemWith(issue, path[0])}.`;
	return NOT_CONFIDE;
}

/**
 * `markEdited` (on by default): an attempt whose integrity code does not match is marked `edited`,
 * provenance that stays with it once imported. The instructor view reads files without importing
 * them and compares codes itself, so it turns this off.
 */
export function parseExportText(text: string, options: { maxBytes?: number; markEdited?: boolean } = {}): ParseResult {
	const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
	if (typeof text !== 'string') return { ok: false, error: NOT_CONFIDE };
	// Some editors save a byte order mark; JSON.parse would choke on it.
	if (text.startsWith('\uFEFF')) text = text.slice(1);
	// UTF-8 never takes fewer bytes than UTF-16 code units, so the cheap check comes first.
	if (text.length > maxBytes || utf8Length(text) > maxBytes) return { ok: false, error: tooLarge(maxBytes) };
	if (text.trim() === '') return { ok: false, error: 'This file is empty.' };
	if (nestsDeeperThan(text, MAX_DEPTH)) return { ok: false, error: `${NOT_CONFIDE} It is nested too deeply.` };

	if (looksLikeCsvExport(text)) return { ok: false, error: CSV_NOT_PROGRESS };
	const json = parseJson(text);
	if (!json.ok) return json;
	const raw = json.value;
	if (looksLikeXapiExport(raw)) return { ok: false, error: XAPI_NOT_PROGRESS };
	if (!isObject(raw) || raw['format'] !== EXPORT_FORMAT) return { ok: false, error: NOT_CONFIDE };
	const version = raw['version'];
	if (version !== EXPORT_VERSION) {
		if (typeof version === 'number' && version > EXPORT_VERSION)
			return { ok: false, error: `This file was written by a newer version of Confide (file format ${version}); this version reads format ${EXPORT_VERSION}.` };
		return { ok: false, error: `${NOT_CONFIDE} Its format version is not one Confide knows.` };
	}

	const migrated = migrateAttempts(raw);
	const items = migrated['attempts'];
	if (Array.isArray(items))
		for (const [i, item] of items.entries()) {
			const schemaVersion = isObject(item) && isObject(item['attempt']) ? item['attempt']['schemaVersion'] : undefined;
			if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION)
				return { ok: false, error: `attempt ${i + 1} was saved by a newer version of Confide; update Confide to import this file.` };
		}

	const result = v.safeParse(exportFileSchema, migrated, { abortEarly: true });
	if (!result.success) return { ok: false, error: describeIssue(result.issues[0]) };
	const file = result.output as ExportFile;

	const seen = new Map<string, number>();
	const warnings: string[] = [];
	for (const [i, { attempt, integrity }] of file.attempts.entries()) {
		const first = seen.get(attempt.id);
		if (first !== undefined) return { ok: false, error: `attempt ${i + 1} has the same id as attempt ${first + 1}.` };
		seen.set(attempt.id, i);
		if (!sameCode(integrity, attemptIntegrity(attempt as AttemptRecord))) {
			warnings.push(`attempt ${i + 1} (${attempt.caseId}): its integrity code does not match its content, so it may have been edited.`);
			// The provenance stays with the attempt once imported, whatever is done with it later.
			if (options.markEdited !== false) (attempt as AttemptRecord).edited = true;
		}
	}
	return { ok: true, file, warnings };
}
