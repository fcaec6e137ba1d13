import { describe, expect, it } from 'vitest';
import { attemptFields } from '../db/schemas';
import type { AttemptRecord } from '../domain/attempt';
import { attemptIntegrity } from '../domain/integrity';
import { sampleAttempt } from '../../../tests/unit/support/attempts';
import { buildExport, exportFilename, exportText } from './export';
import { parseExportText, MAX_DEPTH, NOT_CONFIDE } from './import';
import { REVIEW_NOTICE } from '../content/review';
import { strictAttempt, strictAttemptFields, strictLedgerEntry } from './schema';
import * as v from 'valibot';

const NOW = Date.UTC(2025, 2, 14, 9, 30);
const file = (attempts = [sampleAttempt()], trainee: string | null = 'R. Patel') => buildExport(attempts, trainee, 'confide-test', NOW);
const text = (value: unknown) => JSON.stringify(value);

function expectError(result: ReturnType<typeof parseExportText>, pattern: RegExp) {
	expect(result.ok).toBe(false);
	if (!result.ok) expect(result.error).toMatch(pattern);
}

describe('buildExport and exportText', () => {
	it('writes every attempt with its integrity code, the trainee and the time', () => {
		const f = file();
		expect(f).toEqual({
			format: 'confide-progress',
			version: 1,
			exportedAt: '2025-03-14T09:30:00.000Z',
			app: 'confide-test',
			trainee: 'R. Patel',
			attempts: [{ attempt: sampleAttempt(), integrity: attemptIntegrity(sampleAttempt()) }]
		});
	});

	it('gives the same bytes for the same data, whatever the key order', () => {
		const reordered = Object.fromEntries(Object.entries(sampleAttempt()).reverse()) as ReturnType<typeof sampleAttempt>;
		expect(exportText(file([reordered]))).toBe(exportText(file()));
		expect(exportText(file())).toMatch(/^\{\n {2}"format": "confide-progress",\n {2}"version": 1,/);
		expect(exportText(file()).endsWith('}\n')).toBe(true);
	});

	it('writes the review notice near the top when the build has one, and no field when it has none', () => {
		const noticed = buildExport([sampleAttempt()], null, 'confide-test', NOW, REVIEW_NOTICE);
		expect(noticed.notice).toBe(REVIEW_NOTICE);
		expect(exportText(noticed)).toMatch(/^\{\n {2}"format": "confide-progress",\n {2}"version": 1,\n {2}"notice": "Not yet reviewed by a licensed clinician or attorney\. Educational simulation, not legal advice\.",/);
		expect('notice' in file()).toBe(false);
		expect('notice' in buildExport([], null, 'confide-test', NOW, null)).toBe(false);
		// The notice is no part of any integrity code: the attempts' codes are the same either way.
		expect(noticed.attempts).toEqual(file([sampleAttempt()], null).attempts);
	});

	it('names the file by the local date', () => {
		expect(exportFilename(new Date(2025, 0, 5, 23, 59))).toBe('confide-progress-2025-01-05.json');
		expect(exportFilename(new Date(2025, 11, 31), 'csv')).toBe('confide-progress-2025-12-31.csv');
		// With the trainee's name: any script's letters kept, everything else one hyphen, never a path.
		expect(exportFilename(new Date(2025, 0, 5), 'json', 'R. Patel, "cohort 3"')).toBe('confide-progress-r-patel-cohort-3-2025-01-05.json');
		expect(exportFilename(new Date(2025, 0, 5), 'json', 'José Núñez')).toBe('confide-progress-josé-núñez-2025-01-05.json');
		expect(exportFilename(new Date(2025, 0, 5), 'json', '../../etc/passwd')).toBe('confide-progress-etc-passwd-2025-01-05.json');
		expect(exportFilename(new Date(2025, 0, 5), 'json', ' ,;. ')).toBe('confide-progress-2025-01-05.json');
	});
});

describe('parseExportText', () => {
	it('reads back what was exported, without warnings', () => {
		const result = parseExportText(exportText(file()));
		expect(result).toEqual({ ok: true, file: file(), warnings: [] });
	});

	it('reads files with and without the review notice alike, and refuses a notice that is not text', () => {
		const noticed = buildExport([sampleAttempt()], 'R. Patel', 'confide-test', NOW, REVIEW_NOTICE);
		expect(parseExportText(exportText(noticed))).toEqual({ ok: true, file: noticed, warnings: [] });
		// Other wording (a later build's) is read too: the notice informs, it is not checked.
		const reworded = { ...file(), notice: 'Reviewed in part.' };
		expect(parseExportText(text(reworded))).toEqual({ ok: true, file: reworded, warnings: [] });
		expectError(parseExportText(text({ ...file(), notice: 42 })), /field 'notice' is invalid/);
		expectError(parseExportText(text({ ...file(), notice: 'x'.repeat(1001) })), /field 'notice' is too long \(at most 1000 characters\)/);
	});

	it('checks the size before parsing, in UTF-8 bytes', () => {
		expectError(parseExportText('x'.repeat(101), { maxBytes: 100 }), /larger than/);
		// 40 characters of 3 bytes each: 120 bytes although only 40 code units.
		expectError(parseExportText(`"${'€'.repeat(40)}"`, { maxBytes: 100 }), /larger than/);
		expectError(parseExportText(' '.repeat(11 * 1024 * 1024)), /larger than 10 MB/);
		expect(parseExportText(exportText(file()), { maxBytes: 100_000 }).ok).toBe(true);
	});

	it('says plainly when a file is not a progress file', () => {
		expectError(parseExportText(''), /empty/);
		expectError(parseExportText('{"format":"confide-progress"'), /not a Confide progress file.*not valid JSON/);
		expectError(parseExportText('[1,2,3]'), new RegExp(`^${NOT_CONFIDE.replace('.', '\\.')}$`));
		expectError(parseExportText(text({ hello: 'world' })), /not a Confide progress file/);
		expectError(parseExportText(text({ ...file(), version: 2 })), /newer version of Confide/);
		expectError(parseExportText(text({ ...file(), version: '1' })), /format version/);
		expectError(parseExportText(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`), /nested too deeply/);
		// Brackets inside strings do not count towards the depth.
		expect(parseExportText(exportText(file([sampleAttempt({ inkState: '[[[[[[[[[[[[[[[[[[[[[[["' })]))).ok).toBe(true);
	});

	it('names the attempt and the field that is wrong', () => {
		const f = file([sampleAttempt({ id: 'a1' }), sampleAttempt({ id: 'a2' }), sampleAttempt({ id: 'a3' })]);
		const broken = structuredClone(f) as unknown as { attempts: { attempt: Record<string, unknown> }[] };
		broken.attempts[2]!.attempt['ledger'] = [{ nonsense: true }];
		expectError(parseExportText(text(broken)), /^attempt 3: field 'ledger' is invalid\.$/);
		const extra = structuredClone(f) as unknown as { attempts: { attempt: Record<string, unknown> }[] };
		extra.attempts[1]!.attempt['script'] = 'x';
		expectError(parseExportText(text(extra)), /^attempt 2: unknown field 'script'\.$/);
		expectError(parseExportText(text({ ...f, extra: 1 })), /unknown field 'extra'/);
		// A key Object.prototype has is as unknown as any other, and the sentence says so plainly.
		expectError(parseExportText(text({ ...f, toString: 1 })), /^This file is not a Confide progress file: unknown field 'toString'\.$/);
		expectError(parseExportText(text({ ...f, trainee: 5 })), /field 'trainee' is invalid/);
		expectError(parseExportText(text({ ...f, attempts: [...f.attempts, f.attempts[0]] })), /attempt 4 has the same id as attempt 1/);
	});

	it('judges dates and counts by their meaning: in the range a Date holds, in order, consistent', () => {
		const one = (overrides: Partial<AttemptRecord>) => text(file([sampleAttempt(overrides)]));
		// Finite, but outside what a Date can hold: every page that prints the date would throw.
		expectError(parseExportText(one({ startedAt: 8.64e15 + 1 })), /^attempt 1: field 'startedAt' is invalid: a time after the year 9999\.$/);
		expectError(parseExportText(one({ completedAt: 1e300 })), /field 'completedAt' is invalid: a time after the year 9999/);
		expectError(parseExportText(one({ updatedAt: -1 })), /field 'updatedAt' is invalid: a time before 1970/);
		expectError(parseExportText(text(file([sampleAttempt({ choiceLog: [{ choiceId: 'x', at: 1e20 }] })]))), /field 'choiceLog' is invalid/);
		// Out of order by more than a day: completed (or updated) long before it started.
		const start = sampleAttempt().startedAt;
		expectError(parseExportText(one({ completedAt: start - 2 * 86_400_000 })), /field 'completedAt' is invalid: completed before it started/);
		expectError(parseExportText(one({ updatedAt: start - 2 * 86_400_000 })), /field 'updatedAt' is invalid: updated before it started/);
		// A clock corrected by a few minutes is not a forgery.
		expect(parseExportText(one({ completedAt: start - 60_000, updatedAt: start - 60_000 })).ok).toBe(true);
		// Counts that disagree.
		expectError(parseExportText(one({ passageStart: 3 })), /field 'passageStart' is invalid/);
		expectError(parseExportText(one({ choiceLog: [] })), /field 'ledger' is invalid: more scored decisions than choices made/);
	});

	it('rejects prototype keys anywhere', () => {
		const good = exportText(file());
		for (const hostile of [
			'{"__proto__":{"polluted":1}}',
			good.replace('"app":', '"__proto__":{"polluted":1},"app":'),
			good.replace('"caseId":', '"constructor":{"prototype":{"polluted":1}},"caseId":'),
			good.replace('"decisionId":', '"prototype":1,"decisionId":')
		]) {
			expectError(parseExportText(hostile), /forbidden key/);
		}
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it('imports attempts of an older schema version, migrated', () => {
		const { mode: _m, practice: _p, ...v1 } = sampleAttempt();
		const old = { ...file(), attempts: [{ attempt: { ...v1, schemaVersion: 1 }, integrity: 'x' }] };
		const result = parseExportText(text(old));
		// Its code ('x') does not match, so it arrives marked as possibly edited.
		expect(result.ok && result.file.attempts[0]!.attempt).toEqual({ ...sampleAttempt(), edited: true });
		const newer = { ...file(), attempts: [{ attempt: { ...sampleAttempt(), schemaVersion: 3 }, integrity: 'x' }] };
		expectError(parseExportText(text(newer)), /attempt 1 was saved by a newer version/);
	});

	it('warns about, but keeps, an attempt whose integrity code does not match', () => {
		const f = file([sampleAttempt({ id: 'a1' }), sampleAttempt({ id: 'a2' })]);
		f.attempts[1]!.attempt.ledger[0]!.verdict = 'error';
		const result = parseExportText(exportText(f));
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.file.attempts).toHaveLength(2);
			expect(result.warnings).toEqual([expect.stringMatching(/^attempt 2 \(dana\): its integrity code does not match/)]);
			// The provenance is kept with the attempt itself, so it outlives the warning.
			expect(result.file.attempts.map((a) => a.attempt.edited)).toEqual([undefined, true]);
			// Exported again, it still says so, and its fresh code covers that (no laundering).
			const again = parseExportText(exportText(buildExport(result.file.attempts.map((a) => a.attempt), null, 'x', NOW)));
			expect(again).toMatchObject({ ok: true, warnings: [] });
			expect(again.ok && again.file.attempts[1]!.attempt.edited).toBe(true);
			const { edited: _, ...laundered } = result.file.attempts[1]!.attempt;
			expect(attemptIntegrity(laundered)).not.toBe(attemptIntegrity(result.file.attempts[1]!.attempt));
		}
		// A code typed with different case or spacing still matches.
		const g = file();
		g.attempts[0]!.integrity = g.attempts[0]!.integrity.toLowerCase().replace(/-/g, ' ');
		expect(parseExportText(exportText(g))).toMatchObject({ ok: true, warnings: [] });
	});

	it('checks the same fields as the stored row schema', () => {
		expect(Object.keys(strictAttemptFields.entries).sort()).toEqual(Object.keys(attemptFields.entries).sort());
		const rowLedger = (attemptFields.entries.ledger as unknown as { item: typeof strictLedgerEntry }).item;
		expect(Object.keys(strictLedgerEntry.entries).sort()).toEqual(Object.keys(rowLedger.entries).sort());
		expect(v.is(strictAttempt, sampleAttempt())).toBe(true);
	});
});
