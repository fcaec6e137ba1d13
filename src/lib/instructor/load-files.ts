/**
 * Reads the files an instructor drops or picks, in the browser: each one on its own, so a bad file
 * gives its own message and never stops the others. Nothing is uploaded or stored.
 */
import { MAX_IMPORT_BYTES, parseExportText, tooLarge } from '../exchange/import';
import type { ExportFile } from '../exchange/format';

export type LoadedFile =
	| { key: number; name: string; ok: true; file: ExportFile; warnings: string[] }
	| { key: number; name: string; ok: false; error: string };

let nextKey = 1;

export async function readExportFile(blob: Pick<File, 'name' | 'size' | 'text'>, maxBytes = MAX_IMPORT_BYTES): Promise<LoadedFile> {
	const key = nextKey++;
	const name = blob.name || 'unnamed file';
	// Checked before reading, so a huge file is never pulled into memory.
	if (blob.size > maxBytes) return { key, name, ok: false, error: tooLarge(maxBytes) };
	let text: string;
	try {
		text = await blob.text();
	} catch {
		return { key, name, ok: false, error: 'This file could not be read (it may have been moved or deleted).' };
	}
	// Not imported: the class summary compares integrity codes itself and says so once.
	const result = parseExportText(text, { maxBytes, markEdited: false });
	return result.ok ? { key, name, ok: true, file: result.file, warnings: result.warnings } : { key, name, ok: false, error: result.error };
}

export function readExportFiles(files: Iterable<Pick<File, 'name' | 'size' | 'text'>>, maxBytes?: number): Promise<LoadedFile[]> {
	return Promise.all([...files].map((f) => readExportFile(f, maxBytes)));
}
