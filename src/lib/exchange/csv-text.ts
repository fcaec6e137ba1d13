/** CSV text (RFC 4180) that is also safe to open in a spreadsheet: progress exports and the class summary share it. Pure. */

/**
 * One cell. A cell that begins with = + - @ (or a tab or carriage return) would be run as a
 * formula by spreadsheet programs, so it gets a leading apostrophe; a cell holding a comma, a
 * quote or a line break is quoted, with quotes doubled.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 has it, ending with a line break. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
