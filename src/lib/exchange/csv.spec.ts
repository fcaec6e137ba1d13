import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptsArbitrary, sampleAttempt } from '../../../tests/unit/support/attempts';
import { attemptIntegrity } from '../domain/integrity';
import type { DecisionInfo, ScoredOption } from '../domain/types';
import { attemptsCsv, csvRows, CSV_COLUMNS, EDITED_PROVENANCE, type CsvLookup } from './csv';
import { commitSeed } from '../../../tests/unit/support/commit-seed';
import { csvCell, toCsv } from './csv-text';
import { REVIEW_NOTICE } from '../content/review';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	while (i < text.length) {
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quote');
				if (text[i] === '"' && text[i + 1] === '"') {
					cell += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else cell += text[i++];
			}
			if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
		} else if (text[i] === ',') {
			row.push(cell);
			cell = '';
			i++;
		} else if (text[i] === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i += 2;
		} else if (text[i] === '\n' || text[i] === '\r') throw new Error(`bare line break at ${i}`);
		else cell += text[i++];
	}
	if (cell !== '' || row.length > 0) throw new Error('last line has no CRLF');
	return rows;
}

const option = (id: string): ScoredOption => ({
	id,
	decisionId: 'V1.D1.1',
	text: id,
	base: { action: 'hold', verdict: 'acceptable', critical: false, rationale: 'r' },
	overrides: {}
});
/** Offered in the order c, a, b: the sample's choice (id letter a) is the second on screen. */
const askAboutRisk: DecisionInfo = { id: 'V1.D1.1', title: 'Ask about risk', options: ['V1.D1.1.c', 'V1.D1.1.a', 'V1.D1.1.b'].map(option) };
const lookup: CsvLookup = {
	caseTitle: (id) => (id === 'dana' ? 'Dana, 34: "I wish I would not wake up"' : undefined),
	decision: (caseId, id) => (id === askAboutRisk.id ? askAboutRisk : undefined),
	profileLabel: (caseId, profile) => (profile === null ? 'England & Wales' : undefined),
	reviewStatus: (a) => (a.contentHash === 'earlier' ? 'Review status not known (earlier content)' : 'Not yet reviewed')
};

describe('csvCell', () => {
	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "no"')).toBe('"say ""no"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('')).toBe('');
	});

	it('neutralises cells a spreadsheet would run as a formula', () => {
		for (const danger of ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tx', '\rx'])
			expect(csvCell(danger).replace(/^"/, '').startsWith("'")).toBe(true);
		expect(csvCell('=1,2')).toBe(`"'=1,2"`);
		expect(csvCell('a=1')).toBe('a=1');
	});

	it('quotes a cell with a semicolon or tab, and neutralises a formula after any separator inside it (OWASP)', () => {
		// A semicolon-locale spreadsheet splits on ';': the formula must not begin a cell there.
		expect(csvCell("x;=cmd|' /C calc'!A0")).toBe(`"x;'=cmd|' /C calc'!A0"`);
		expect(csvCell('a; -1')).toBe(`"a; '-1"`);
		expect(csvCell('a,"+1"')).toBe('"a,""\'+1"""');
		expect(csvCell('a\t@SUM(A1)')).toBe(`"a\t'@SUM(A1)"`);
		expect(csvCell('line\n=1')).toBe(`"line\n'=1"`);
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell(-2)).toBe('-2');
	});

	it('leaves no cell that starts a formula, whichever separator a spreadsheet splits on', () => {
		const hostile = fc
			.array(fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', '\r', '\n', '"', "'", ' ', 'x', 'cmd|', '!A0'), { maxLength: 12 })
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(fc.array(fc.oneof(hostile, fc.string()), { minLength: 1, maxLength: 4 }), (cells) => {
				const line = toCsv([cells]);
				// A naive reader that ignores quotes and splits on any separator or line break.
				for (const piece of line.split(/[,;\t\r\n]/)) expect(piece.replace(/^[\s"]*/, '')).not.toMatch(/^[=+\-@]/);
				// A reader that honours quotes gets one cell per cell, none starting a formula.
				const read = readCsv(line)[0]!;
				expect(read).toHaveLength(cells.length);
				for (const cell of read) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
			}),
			{ numRuns: 300, seed: commitSeed(5) }
		);
	});
});

describe('attemptsCsv', () => {
	it('writes one row per decision with every column, titles from the manifests', () => {
		const a = sampleAttempt({ id: 'a1' });
		const rows = readCsv(attemptsCsv([a], 'R. Patel', lookup).replace(/^\uFEFF/, ''));
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows[1]).toEqual([
			'',
			'R. Patel',
			'dana',
			'Dana, 34: "I wish I would not wake up"',
			'1.0.0',
			'Not yet reviewed',
			'England & Wales',
			'learning',
			'no',
			'a1',
			'completed',
			'2023-11-14T22:13:20.000Z',
			'2023-11-14T22:23:20.000Z',
			'V1.D1.1',
			'Ask about risk',
			'2',
			'Ask directly.',
			'hold',
			'best',
			'',
			'no',
			attemptIntegrity(a),
			''
		]);
		expect(rows).toHaveLength(2);
		// An attempt imported with a mismatched code says so in its own column.
		const edited = readCsv(attemptsCsv([{ ...a, edited: true }], null, lookup).replace(/^\uFEFF/, ''));
		expect(edited[1]!.at(-1)).toBe(EDITED_PROVENANCE);
	});

	it('names options by their display labels, never by id, and says when the content no longer has one', () => {
		const a = sampleAttempt();
		a.ledger = [a.ledger[0]!, { ...a.ledger[0]!, optionId: 'V1.D1.1.z' }, { ...a.ledger[0]!, decisionId: 'V1.D1.9', optionId: 'V1.D1.9.a' }];
		const rows = readCsv(attemptsCsv([a], null, lookup).slice(1));
		const option = CSV_COLUMNS.indexOf('option');
		expect(rows.slice(1).map((r) => r[option])).toEqual(['2', 'no longer in this vignette', 'no longer in this vignette']);
		expect(rows.flat().join('\n')).not.toMatch(/V\d+\.D\d+\.\d+\.[a-z]/);
	});

	it('keeps an attempt without decisions as one row, and marks practice runs', () => {
		const a = sampleAttempt({ ledger: [], practice: { of: 'a0', fromDecision: 'D1' }, completedAt: null, profile: 'scotland' });
		const rows = readCsv(attemptsCsv([a], null, lookup).slice(1));
		expect(rows[1]!.slice(0, 14)).toEqual(['', '', 'dana', rows[1]![3], '1.0.0', 'Not yet reviewed', 'scotland', 'learning', 'yes', 'a1', 'completed', '2023-11-14T22:13:20.000Z', '', '']);
	});

	it('puts the review notice in the first column of every row, and names each row\'s review status', () => {
		const a = sampleAttempt({ id: 'a1' });
		const b = sampleAttempt({ id: 'a2', contentHash: 'earlier', ledger: [] });
		const rows = readCsv(attemptsCsv([a, b], null, lookup, REVIEW_NOTICE).replace(/^\uFEFF/, ''));
		// Still one table: a header, then rows of the header's width (RFC 4180 section 2.4).
		expect(rows[0]![0]).toBe('notice');
		for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
		expect(rows.slice(1).map((r) => r[0])).toEqual([REVIEW_NOTICE, REVIEW_NOTICE]);
		const status = CSV_COLUMNS.indexOf('review status');
		expect(rows.slice(1).map((r) => [r[CSV_COLUMNS.indexOf('attempt id')], r[status]])).toEqual([
			['a1', 'Not yet reviewed'],
			['a2', 'Review status not known (earlier content)']
		]);
		// A fully reviewed build leaves the column empty, the table the same shape.
		const reviewed = readCsv(attemptsCsv([a], null, lookup, null).replace(/^\uFEFF/, ''));
		expect(reviewed[1]![0]).toBe('');
		expect(reviewed[1]).toHaveLength(CSV_COLUMNS.length);
	});

	it('reads back as exactly the cells written, formula starters prefixed, for any text', () => {
		fc.assert(
			fc.property(attemptsArbitrary(4), fc.option(fc.string(), { nil: null }), fc.option(fc.string(), { nil: null }), (attempts, trainee, notice) => {
				const text = attemptsCsv(attempts, trainee, lookup, notice);
				expect(text.startsWith('\uFEFF')).toBe(true);
				const neutralised = (cell: string) => {
					const inner = cell.replace(/([,;\t\r\n][\s"]*)(?=[=+\-@])/g, "$1'");
					return /^(?:[\s"]*[=+\-@]|[\t\r])/.test(inner) ? `'${inner}` : inner;
				};
				const read = readCsv(text.slice(1));
				expect(read).toEqual(csvRows(attempts, trainee, lookup, notice).map((r) => r.map(neutralised)));
				for (const row of read) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
			}),
			{ numRuns: 100, seed: 4180 }
		);
	}, 20_000);
});
