import { describe, expect, it } from 'vitest';
import { summariseClass } from './class-summary';
import { csvCell, toCsv } from '../exchange/csv-text';
import { SUMMARY_CSV_HEADER, percent, summaryCsv } from './summary-csv';
import { MANIFEST, attempt, demoCheck, exportOf } from '../../../tests/unit/support/instructor-demo';
import { readCsv as parseCsv } from '../../../tests/support/read-csv';
import { REVIEW_NOTICE } from '../content/review';

describe('CSV', () => {
	it('quotes cells with commas, quotes or line breaks, doubling quotes', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "no"')).toBe('"say ""no"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(3)).toBe('3');
		expect(csvCell(null)).toBe('');
	});

	it('neutralises cells a spreadsheet would run as formulas', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csvCell('a=b')).toBe('a=b');
	});

	it('writes CRLF rows that read back to the same cells', () => {
		const rows = [
			['id', 'text', 'n'],
			['V1.D1.1.a', 'Ask her, "directly"\nand calmly', '2'],
			['V1.D1.1.b', '-1 or =2', '0']
		];
		const text = toCsv(rows);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text)).toEqual([rows[0], rows[1], ['V1.D1.1.b', "'-1 or =2", '0']]);
	});
});

describe('summary CSV', () => {
	it('has one row per vignette, profile, decision and option, with counts, share, verdict and kind', () => {
		const files = [
			exportOf('a.json', 'A', [attempt(['V7.D7.1.c', 'V7.D7.2.b'])]),
			exportOf('b.json', 'B', [attempt(['V7.D7.1.a', 'V7.D7.2.b'])]),
			exportOf('c.json', 'C', [attempt(['V7.D7.1.c', 'V7.D7.2.a'], { profile: 'tx' })])
		];
		const rows = parseCsv(summaryCsv(summariseClass(files, [MANIFEST], demoCheck(MANIFEST))));
		expect(rows[0]).toEqual([...SUMMARY_CSV_HEADER]);
		// 2 profiles x (3 + 2) options.
		expect(rows).toHaveLength(1 + 10);
		const col = (name: (typeof SUMMARY_CSV_HEADER)[number]) => SUMMARY_CSV_HEADER.indexOf(name);
		const row = (profile: string, optionId: string) => rows.find((r) => r[col('Profile')] === profile && r[col('Option id')] === optionId)!;
		const c = row('Modelled on California', 'V7.D7.1.c');
		// Options are named by their labels (screen order); the id is kept in its own column.
		expect([c[col('Option')], c[col('Option text')]]).toEqual(['3', 'Move on']);
		expect([c[col('Chosen')], c[col('Share (%)')], c[col('Reached by')], c[col('Verdict')], c[col('Error kind')], c[col('Critical')]]).toEqual([
			'1',
			'50.0',
			'2',
			'error',
			'Process error',
			'yes'
		]);
		expect(row('Modelled on California', 'V7.D7.2.b')[col('Error kind')]).toBe('Missed breach (under-protection)');
		expect(row('Modelled on Texas', 'V7.D7.2.a')[col('Verdict')]).toBe('error');
		expect(row('Modelled on Texas', 'V7.D7.2.b')[col('Verdict')]).toBe('best');
		expect(row('Modelled on Texas', 'V7.D7.2.a')[col('Counting')]).toBe('first completed learning-mode attempt');
	});

	it('puts the review notice first on every row while it applies, and each vignette\'s review status', () => {
		const files = [exportOf('a.json', 'A', [attempt(['V7.D7.1.a', 'V7.D7.2.a'])])];
		const col = (name: (typeof SUMMARY_CSV_HEADER)[number]) => SUMMARY_CSV_HEADER.indexOf(name);
		const draft = { ...MANIFEST, meta: { ...MANIFEST.meta, reviewed: 'none' } };
		const rows = parseCsv(summaryCsv(summariseClass(files, [draft], demoCheck(draft))));
		expect(rows[0]![0]).toBe('Notice');
		for (const row of rows) expect(row).toHaveLength(SUMMARY_CSV_HEADER.length);
		expect(new Set(rows.slice(1).map((r) => r[col('Notice')]))).toEqual(new Set([REVIEW_NOTICE]));
		expect(new Set(rows.slice(1).map((r) => r[col('Review status')]))).toEqual(new Set(['Not yet reviewed']));
		const reviewed = parseCsv(summaryCsv(summariseClass(files, [MANIFEST], demoCheck(MANIFEST))));
		expect(new Set(reviewed.slice(1).map((r) => r[col('Notice')]))).toEqual(new Set(['']));
		expect(new Set(reviewed.slice(1).map((r) => r[col('Review status')]))).toEqual(new Set(['Reviewed 2026-01-01']));
	});

	it('neutralises option text that looks like a formula', () => {
		const a = attempt(['V7.D7.1.a']);
		a.ledger = [{ ...a.ledger[0]!, optionId: 'V7.D7.1.q', optionText: '=cmd|"/c calc"!A1' }];
		const text = summaryCsv(summariseClass([exportOf('a.json', 'A', [a])], [MANIFEST], demoCheck(MANIFEST)));
		const retired = parseCsv(text).find((r) => r[SUMMARY_CSV_HEADER.indexOf('Option id')] === 'V7.D7.1.q')!;
		expect(retired[SUMMARY_CSV_HEADER.indexOf('Option')]).toBe('no longer in this vignette');
		expect(retired[SUMMARY_CSV_HEADER.indexOf('Option text')]).toBe(`'=cmd|"/c calc"!A1`);
		expect(retired[SUMMARY_CSV_HEADER.indexOf('In current content')]).toBe('no');
	});

	it('writes shares as percentages with one decimal', () => {
		expect(percent(2 / 3)).toBe('66.7');
		expect(percent(1)).toBe('100.0');
		expect(percent(0)).toBe('0.0');
	});
});
