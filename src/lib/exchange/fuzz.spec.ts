/**
 * Property and fuzz tests of the whole import path: parse, plan, write. Every input must give a
 * ParseResult (never a throw), never write part of a file and never touch Object.prototype.
 * The fuzz runs a fixed seed and one derived from the commit under test (so a commit never passes
 * on one run and fails on the next); that seed is printed so a failure replays.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptsArbitrary, sampleAttempt } from '../../../tests/unit/support/attempts';
import { commitSeed } from '../../../tests/unit/support/commit-seed';
import { dumpDatabase, freshDatabase } from '../../../tests/unit/support/db';
import type { ConfideDatabase } from '../db/database';
import { ImportRepository } from '../db/import.repo';
import { buildExport, exportText } from './export';
import { parseExportText, type ParseResult } from './import';
import { exportFileSchema } from './schema';
import type { AttemptRecord } from '../domain/attempt';
import { CLOCK_SLACK_MS, LATEST_TIME } from '../db/attempt-meaning';
import { formatDateTime, formatDuration, timeOnTask } from '../content/time';
import { buildDebrief } from '../domain/scoring';
import { groupAttempts } from '../progress/progress-view';
import { certificateGroups } from '../report/certificate';
import { summariseClass } from '../instructor/class-summary';
import { summaryCsv } from '../instructor/summary-csv';
import { attemptsCsv, type CsvLookup } from './csv';
import { MANIFEST, demoCheck } from '../../../tests/unit/support/instructor-demo';

const NOW = Date.UTC(2025, 0, 1);
const trainee = fc.option(fc.string({ maxLength: 30 }), { nil: null });
const validText = fc.tuple(attemptsArbitrary(2), trainee).map(([attempts, name]) => exportText(buildExport(attempts, name, 'fuzz', NOW)));

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
function expectUnpolluted() {
	expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
}

let db: ConfideDatabase;
let imports: ImportRepository;
beforeAll(async () => {
	db = await freshDatabase('fuzz');
	imports = new ImportRepository(db);
});
afterAll(async () => {
	db.close();
	await db.delete();
});

/** The page's import path: parse, preview, apply. Returns what the database looked like on either side. */
async function importText(text: string): Promise<{ result: ParseResult; before: string; after: string; expected: string }> {
	const before = await dumpDatabase(db);
	const result = parseExportText(text);
	let expected = before;
	if (result.ok) {
		const plan = await imports.preview(result.file);
		await imports.apply(result.file, plan);
		const rows = new Map((await db.attempts.toArray()).map((r) => [(r as { id: string }).id, r]));
		// What the tables must hold: the rows from before, with exactly the planned writes on top.
		const previous = JSON.parse(before) as { attempts: { rows: { id: string }[] } };
		const merged = new Map(previous.attempts.rows.map((r) => [r.id, r as unknown]));
		for (const w of plan.writes) merged.set(w.id, w);
		expect([...rows.keys()].sort()).toEqual([...merged.keys()].sort());
		for (const [id, row] of merged) expect(rows.get(id)).toEqual(row);
		expected = await dumpDatabase(db);
	}
	return { result, before, after: await dumpDatabase(db), expected };
}

function checkResult(result: ParseResult) {
	expect(typeof result).toBe('object');
	if (result.ok) {
		expect(v.is(exportFileSchema, result.file)).toBe(true);
		expect(Array.isArray(result.warnings)).toBe(true);
	} else {
		expect(typeof result.error).toBe('string');
		expect(result.error.length).toBeGreaterThan(0);
	}
}

describe('round trip', () => {
	it('export then import gives back deep-equal data, without warnings', () => {
		fc.assert(
			fc.property(attemptsArbitrary(), trainee, (attempts, name) => {
				const file = buildExport(attempts, name, 'fuzz', NOW);
				expect(parseExportText(exportText(file))).toEqual({ ok: true, file, warnings: [] });
			}),
			{ numRuns: 150, seed: 20250101 }
		);
	}, 30_000);

	it('through the database, every attempt arrives as exported (older active ones abandoned)', async () => {
		await fc.assert(
			fc.asyncProperty(attemptsArbitrary(), async (attempts) => {
				await db.attempts.clear();
				const { result } = await importText(exportText(buildExport(attempts, null, 'fuzz', NOW)));
				expect(result.ok).toBe(true);
				const stored = new Map((await db.attempts.toArray()).map((r) => [(r as { id: string }).id, r]));
				expect(stored.size).toBe(attempts.length);
				for (const a of attempts) {
					const row = stored.get(a.id) as typeof a;
					expect(row.status === 'abandoned' && a.status === 'active' ? { ...row, status: 'active', revision: a.revision } : row).toEqual(a);
				}
			}),
			{ numRuns: 40, seed: 7 }
		);
	}, 30_000);
});

/** Text-level hostile snippets spliced into otherwise valid files. */
const SNIPPETS = [
	'"__proto__":{"polluted":1},',
	'"constructor":{"prototype":{"polluted":1}},',
	'"prototype":{"polluted":1},',
	'"polluted":1,',
	'{',
	']',
	'"',
	'\\u0000',
	'1e400,',
	'NaN',
	'null,',
	'<img src=x onerror=window.__xss=1>',
	'[[[[[[[[[[[[[[',
	'"ok":true,'
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
	out.push(path);
	if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
	else if (value && typeof value === 'object') for (const [k, item] of Object.entries(value)) pathsOf(item, [...path, k], out);
	return out;
}

function setAt(root: Json, path: (string | number)[], replacement: Json): Json {
	if (path.length === 0) return replacement;
	let node = root as Record<string | number, Json>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
	node[path[path.length - 1]!] = replacement;
	return root;
}

const mutated = fc.oneof(
	// Truncated anywhere.
	fc.tuple(validText, fc.nat()).map(([t, n]) => t.slice(0, n % t.length)),
	// A range deleted.
	fc.tuple(validText, fc.nat(), fc.nat({ max: 40 })).map(([t, n, len]) => t.slice(0, n % t.length) + t.slice((n % t.length) + len)),
	// A hostile snippet spliced in, often straight after an opening brace.
	fc.tuple(validText, fc.nat(), fc.constantFrom(...SNIPPETS), fc.boolean()).map(([t, n, snippet, afterBrace]) => {
		let at = n % t.length;
		if (afterBrace) {
			const braces = [...t.matchAll(/\{/g)].map((m) => m.index + 1);
			at = braces[n % braces.length] ?? at;
		}
		return t.slice(0, at) + snippet + t.slice(at);
	}),
	// One character replaced.
	fc.tuple(validText, fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([t, n, c]) => t.slice(0, n % t.length) + c + t.slice((n % t.length) + 1)),
	// Any value in the document replaced by any JSON value.
	fc.tuple(validText, fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([t, n, value]) => {
		const doc = JSON.parse(t) as Json;
		const paths = pathsOf(doc);
		return JSON.stringify(setAt(doc, paths[n % paths.length]!, value as Json));
	}),
	// An extra key in any object.
	fc.tuple(validText, fc.nat(), fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })).map(([t, n, key, value]) => {
		const doc = JSON.parse(t) as Json;
		const objects = pathsOf(doc).filter((p) => {
			let node: unknown = doc;
			for (const k of p) node = (node as Record<string | number, unknown>)[k];
			return node !== null && typeof node === 'object' && !Array.isArray(node);
		});
		const path = objects[n % objects.length]!;
		let node = doc as Record<string, Json>;
		for (const k of path) node = node[k] as unknown as Record<string, Json>;
		node[key] = value as Json;
		return JSON.stringify(doc);
	}),
	// Not a progress file at all.
	fc.json({ maxDepth: 4 }),
	fc.string({ maxLength: 200 }),
	fc.jsonValue({ maxDepth: 2 }).map((attempts) => JSON.stringify({ format: 'confide-progress', version: 1, exportedAt: new Date(NOW).toISOString(), app: 'x', trainee: null, attempts }))
);

/** Two attempts on the device, one active, so imports meet duplicates, conflicts and clashes. */
async function resetDatabase() {
	await db.transaction('rw', db.attempts, async () => {
		await db.attempts.clear();
		await db.attempts.bulkPut([sampleAttempt({ id: 'local-1' }), sampleAttempt({ id: 'local-2', status: 'active', phase: 'choosing', completedAt: null })]);
	});
}

describe('hostile corpus', () => {
	const good = exportText(buildExport([sampleAttempt({ id: 'x1' }), sampleAttempt({ id: 'x2' })], 'T', 'corpus', NOW));
	const swap = (from: string, to: string) => good.replace(from, to);
	const corpus: Record<string, string> = {
		'bare __proto__': '{"__proto__":{"polluted":1}}',
		'__proto__ in the envelope': swap('"app":', '"__proto__":{"polluted":1},"app":'),
		'__proto__ in an attempts item': swap('"attempt": {', '"__proto__":{"polluted":1},"attempt": {'),
		'__proto__ in an attempt': swap('"caseId":', '"__proto__":{"polluted":1},"caseId":'),
		'__proto__ in a ledger entry': swap('"action":', '"__proto__":{"polluted":1},"action":'),
		'__proto__ in practice': swap('"practice": null', '"practice": {"__proto__":{"polluted":1},"of":"a","fromDecision":"b"}'),
		'constructor.prototype at the top': '{"constructor":{"prototype":{"polluted":1}}}',
		'constructor.prototype in an attempt': swap('"caseId":', '"constructor":{"prototype":{"polluted":1}},"caseId":'),
		'prototype in a transcript entry': swap('"kind": "text"', '"prototype":{"polluted":1},"kind": "text"'),
		'escaped __proto__ key': swap('"app":', '"\\u005f_proto__":{"polluted":1},"app":'),
		truncated: good.slice(0, good.length / 2),
		'empty': '',
		'whitespace': ' \n\t ',
		'null': 'null',
		'array': '[]',
		'string': '"confide-progress"',
		'number': '42',
		'not JSON': 'format=confide-progress',
		'HTML': '<html><script>window.__xss=1</script></html>',
		'wrong format': swap('"confide-progress"', '"other-app"'),
		'newer format version': swap('"version": 1', '"version": 2'),
		'format version as text': swap('"version": 1', '"version": "1"'),
		'unknown top-level key': swap('"app":', '"extra":1,"app":'),
		'unknown attempt key': swap('"caseId":', '"onload":"alert(1)","caseId":'),
		'unknown ledger key': swap('"action":', '"html":"<b>x</b>","action":'),
		'infinite time': swap('"startedAt": 1700000000000', '"startedAt": 1e400'),
		'negative revision': swap('"revision": 3', '"revision": -1'),
		'fractional passage start': swap('"passageStart": 2', '"passageStart": 1.5'),
		'unknown status': swap('"status": "completed"', '"status": "hacked"'),
		'attempts not a list': JSON.stringify({ ...JSON.parse(good), attempts: { 0: JSON.parse(good).attempts[0] } }),
		'duplicate ids': JSON.stringify({ ...JSON.parse(good), attempts: [JSON.parse(good).attempts[0], JSON.parse(good).attempts[0]] }),
		'newer attempt schema': swap('"schemaVersion": 2', '"schemaVersion": 99'),
		'nested 100,000 deep': '['.repeat(100_000) + ']'.repeat(100_000),
		'oversized': good + ' '.repeat(10 * 1024 * 1024)
	};

	it.each(Object.keys(corpus))('rejects %s, with the database unchanged', async (name) => {
		await resetDatabase();
		const { result, before, after } = await importText(corpus[name]!);
		expect(result.ok).toBe(false);
		if (!result.ok && /proto|constructor/.test(name)) expect(result.error).toMatch(/forbidden key/);
		expect(after).toBe(before);
		expectUnpolluted();
		expect((globalThis as Record<string, unknown>)['__xss']).toBeUndefined();
	});

	it('accepts the same file unharmed, with a byte order mark too', () => {
		expect(parseExportText(good).ok).toBe(true);
		expect(parseExportText(`\uFEFF${good}`).ok).toBe(true);
	});
});

describe('fuzz: generated and mutated import files', () => {
	// A fixed seed, and one fixed per commit (CONFIDE_FUZZ_SEED=<seed> replays a printed one).
	for (const seed of [1234567, commitSeed()]) {
		it(`never crashes, never writes part of a file, never pollutes (seed ${seed})`, async () => {
			console.log(`import fuzz seed ${seed} (replay: CONFIDE_FUZZ_SEED=${seed} npx vitest run src/lib/exchange/fuzz.spec.ts)`);
			await resetDatabase();
			let accepted = 0;
			await fc.assert(
				fc.asyncProperty(mutated, async (text) => {
					const { result, before, after, expected } = await importText(text);
					checkResult(result);
					if (result.ok) accepted++;
					else expect(after).toBe(before);
					expect(after).toBe(expected);
					expectUnpolluted();
					if (result.ok) await resetDatabase();
				}),
				{ numRuns: 1000, seed }
			);
			// Some mutations keep a file valid; most do not. Both paths must have been exercised.
			expect(accepted).toBeGreaterThan(0);
		}, 60_000);
	}
});

/*
 * Semantically hostile files: well-formed JSON of the right shape whose values mean nothing a
 * trainee could have recorded (times outside a Date, disordered, forged ledgers, colliding ids,
 * spreadsheet separators). Whatever is accepted must render on every page that shows stored data
 * (the pure view models of progress, report, certificate and class summary, and both CSVs).
 */
describe('fuzz: semantically hostile values', () => {
	const TIME_FIELDS = ['startedAt', 'updatedAt', 'completedAt'] as const;
	const badTime = fc.constantFrom(8.64e15 + 1, 1e300, -1, -8.64e15, Date.UTC(10000, 0, 1), Number.MAX_SAFE_INTEGER, 5e-324);
	const separators = fc
		.array(fc.constantFrom('x', ';', ',', '\t', '\n', '"', ' ', '=', '+', '-', '@', "cmd|' /C calc'!A0"), { minLength: 1, maxLength: 8 })
		.map((parts) => parts.join(''));

	const hostile = fc.oneof(
		// A time outside the range a Date holds, in any attempt's time field or choice.
		fc.tuple(attemptsArbitrary(3), fc.nat(), fc.constantFrom(...TIME_FIELDS, 'choice' as const), badTime).map(([attempts, n, field, value]) => {
			if (!attempts.length) return attempts;
			const a = attempts[n % attempts.length]!;
			if (field === 'choice') a.choiceLog = [...a.choiceLog, { choiceId: 'x', at: value }];
			else a[field] = value;
			return attempts;
		}),
		// Completed or updated long before it started.
		fc.tuple(attemptsArbitrary(3), fc.nat(), fc.integer({ min: 2, max: 10_000 })).map(([attempts, n, days]) => {
			const a = attempts[n % Math.max(1, attempts.length)];
			if (a) {
				a.startedAt = Math.max(a.startedAt, days * 86_400_000 + 1);
				if (n % 2) a.completedAt = a.startedAt - days * 86_400_000;
				else a.updatedAt = a.startedAt - days * 86_400_000;
			}
			return attempts;
		}),
		// A ledger longer than the choices made, or a passage past the transcript.
		fc.tuple(attemptsArbitrary(3), fc.nat()).map(([attempts, n]) => {
			const a = attempts[n % Math.max(1, attempts.length)];
			if (a) {
				if (n % 2 && a.ledger.length) a.choiceLog = a.choiceLog.slice(0, a.ledger.length - 1);
				else a.passageStart = a.transcript.length + 1;
			}
			return attempts;
		}),
		// Honest shapes with colliding ids across decisions and options, and separators in every text.
		fc.tuple(attemptsArbitrary(3), separators, separators).map(([attempts, text, id]) =>
			attempts.map((a) => ({ ...a, profile: text, ledger: a.ledger.map((e) => ({ ...e, decisionId: id, optionId: id, optionText: text, rationale: text })) }))
		)
	);

	const meaningful = (a: AttemptRecord) =>
		[a.startedAt, a.updatedAt, a.completedAt ?? 0, ...a.choiceLog.map((c) => c.at)].every((t) => Number.isFinite(t) && t >= 0 && t <= LATEST_TIME) &&
		a.updatedAt >= a.startedAt - CLOCK_SLACK_MS &&
		(a.completedAt === null || a.completedAt >= a.startedAt - CLOCK_SLACK_MS) &&
		a.passageStart <= a.transcript.length &&
		a.ledger.length <= a.choiceLog.length;

	const lookup: CsvLookup = { caseTitle: () => undefined, decision: () => undefined, profileLabel: () => undefined, reviewStatus: () => 'Not yet reviewed' };
	const noFormula = (csv: string) => {
		for (const piece of csv.split(/[,;\t\r\n]/)) expect(piece.replace(/^[\s"\uFEFF]*/, '')).not.toMatch(/^[=+\-@]/);
	};

	for (const seed of [7_654_321, commitSeed(11)]) {
		it(`refuses what means nothing, and every view renders what it accepts (seed ${seed})`, () => {
			console.log(`semantic fuzz seed ${seed} (replay: CONFIDE_FUZZ_SEED=${seed} npx vitest run src/lib/exchange/fuzz.spec.ts)`);
			let refused = 0;
			fc.assert(
				fc.property(hostile, separators, (attempts, trainee) => {
					const result = parseExportText(exportText(buildExport(attempts, trainee, 'fuzz', NOW)));
					checkResult(result);
					if (!result.ok) {
						refused++;
						expect(attempts.every(meaningful)).toBe(false);
						return;
					}
					const accepted = result.file.attempts.map((a) => a.attempt);
					for (const a of accepted) expect(meaningful(a)).toBe(true);
					// Every page's view of the data: progress, report, certificate, instructor view and both CSVs.
					for (const group of groupAttempts(accepted, [])) for (const row of [...group.rows, ...group.practice]) formatDateTime(row.attempt.startedAt);
					for (const a of accepted) {
						new Date(a.startedAt).toISOString();
						if (a.completedAt !== null) formatDateTime(a.completedAt);
						expect(formatDuration(timeOnTask(a))).toBeTypeOf('string');
						buildDebrief(a.ledger, [], a.profile ?? undefined);
					}
					certificateGroups(accepted, [], () => false, () => true);
					noFormula(attemptsCsv(accepted, trainee, lookup));
					const summary = summariseClass([{ name: `${trainee}.json`, file: result.file }], [MANIFEST], demoCheck(MANIFEST));
					noFormula(summaryCsv(summary));
				}),
				{ numRuns: 300, seed }
			);
			expect(refused).toBeGreaterThan(0);
		}, 60_000);
	}
});
