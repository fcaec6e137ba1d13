import { describe, expect, it } from 'vitest';
import { exportText } from '../exchange/export';
import { readExportFiles } from './load-files';
import { MANIFEST, attempt, demoCheck, exportOf } from '../../../tests/unit/support/instructor-demo';
import { summariseClass } from './class-summary';

const good = exportOf('ann.json', 'Ann', [attempt(['V7.D7.1.a', 'V7.D7.2.a'])]);

describe('reading dropped files', () => {
	it('reads each file on its own: a bad file gets its message, the others load', async () => {
		const files = [
			new File([exportText(good.file)], 'ann.json'),
			new File(['{"hello": 1}'], 'other.json'),
			new File(['not json'], 'notes.txt'),
			new File([''], 'empty.json')
		];
		const results = await readExportFiles(files);
		expect(results.map((r) => [r.name, r.ok])).toEqual([
			['ann.json', true],
			['other.json', false],
			['notes.txt', false],
			['empty.json', false]
		]);
		expect(results[0]).toMatchObject({ ok: true, file: { trainee: 'Ann' }, warnings: [] });
		expect(results[1]).toMatchObject({ error: 'This file is not a Confide progress file.' });
		expect(results[2]).toMatchObject({ error: expect.stringMatching(/not valid JSON/) });
		expect(results[3]).toMatchObject({ error: 'This file is empty.' });
		expect(new Set(results.map((r) => r.key)).size).toBe(4);
	});

	it('refuses a file over the size cap without reading it', async () => {
		let read = false;
		const huge = { name: 'huge.json', size: 2000, text: async () => ((read = true), '') };
		const [result] = await readExportFiles([huge], 1000);
		expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/larger than/) });
		expect(read).toBe(false);
	});

	it('passes on the warning for an attempt changed after export', async () => {
		const tampered = exportOf('t.json', 'T', [attempt(['V7.D7.1.c'])], (a) => ({ ...a, completedAt: (a.completedAt ?? 0) + 1 }));
		const [result] = await readExportFiles([new File([exportText(tampered.file)], 't.json')]);
		expect(result).toMatchObject({ ok: true, warnings: [expect.stringMatching(/integrity code does not match/)] });
		// Read, not imported: no provenance is written into the attempt, so the summary says it once.
		expect(result!.ok && result!.file.attempts[0]!.attempt.edited).toBeFalsy();
		const summary = summariseClass([{ name: 't.json', file: (result as Extract<typeof result, { ok: true }>).file }], [MANIFEST], demoCheck(MANIFEST));
		expect(summary.trainees[0]!.notes.map((n) => n.kind)).toEqual(['integrity']);
	});

	it('names Confide’s other exports, and what to load instead', async () => {
		const csv = '\uFEFFnotice,trainee,case id,case title,profile\r\n"Not yet reviewed.",Ann,dana,Dana,\r\n';
		const xapi = JSON.stringify([{ id: 'x', actor: { name: 'Ann' }, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, object: { id: 'urn:confide:vignette:dana' } }]);
		const [fromCsv, fromXapi] = await readExportFiles([new File([csv], 'progress.csv'), new File([xapi], 'statements.json')]);
		expect(fromCsv).toMatchObject({ ok: false, error: expect.stringMatching(/^This is Confide’s spreadsheet export \(CSV\).*Export progress \(JSON\)/) });
		expect(fromXapi).toMatchObject({ ok: false, error: expect.stringMatching(/^This is Confide’s xAPI statements export.*Export progress \(JSON\)/) });
	});
});
