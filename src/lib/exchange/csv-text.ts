/**
 * CSV text (RFC 4180) that is also safe to open in a spreadsheet: progress exports and the class
 * summary share it. Pure. Follows OWASP's CSV-injection guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection) for every cell of text.
 */

/**
 * What a spreadsheet runs as a formula when a cell begins with it (after any spaces or quotes a
 * reader may trim: a "trim spaces" import option would otherwise uncover the formula).
 */
const FORMULA_START = /^(?:[\s"]*[=+\-@]|[\t\r])/;
/**
 * Where a spreadsheet may begin a new cell inside our text: a comma, a semicolon (the separator
 * in most of continental Europe), a tab, or a line break. A formula starter there (after any
 * spaces or quotes) would begin a cell of its own in a spreadsheet that splits on it.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n][\s"]*)(?=[=+\-@])/g;
/** A cell holding any of these is quoted, so a reader that honours quotes keeps it one cell. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One cell. Text that begins with = + - @ (or a tab or carriage return) gets a leading
 * apostrophe, as does a formula starter just after a separator or line break inside the text;
 * a cell holding a comma, a semicolon, a tab, a quote or a line break is quoted, with quotes
 * doubled. Numbers and booleans (the app's own counts) are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	let text = value ?? '';
	text = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
	if (FORMULA_START.test(text)) text = `'${text}`;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 has it, ending with a line break. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
