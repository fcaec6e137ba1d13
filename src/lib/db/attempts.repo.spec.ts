import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../domain/attempt';
import { AttemptsRepository, RevisionConflictError } from './attempts.repo';
import Dexie from 'dexie';
import { ConfideDatabase } from './database';

let db: ConfideDatabase;
let repo: AttemptsRepository;
let n = 0;

beforeEach(async () => {
	db = new ConfideDatabase(`test-${++n}`);
	await db.open();
	repo = new AttemptsRepository(db);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

function attempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
	return {
		id: 'a1',
		caseId: 'dana',
		contentHash: 'h1',
		storyVersion: '1.0.0',
		profile: null,
		schemaVersion: 2,
		mode: 'learning',
		practice: null,
		status: 'active',
		phase: 'choosing',
		startedAt: 1,
		updatedAt: 2,
		completedAt: null,
		inkState: '{"flows":{}}',
		choiceLog: [{ choiceId: 'V1.D1.1.a', at: 2 }],
		transcript: [
			{ kind: 'text', text: 'Some mornings I wish I would not wake up.' },
			{ kind: 'choice', text: 'Ask directly.', choiceId: 'V1.D1.1.a' }
		],
		passageStart: 2,
		ledger: [{ decisionId: 'V1.D1.1', optionId: 'V1.D1.1.a', optionText: 'Ask directly.', action: 'hold', verdict: 'best', critical: false, rationale: 'r', cite: 'c' }],
		revision: 1,
		...overrides
	};
}

describe('AttemptsRepository', () => {
	it('saves and reads back the whole attempt', async () => {
		await repo.save(attempt());
		expect(await repo.get('a1')).toEqual(attempt());
		expect((await repo.findActive('dana', null)).value).toEqual(attempt());
	});

	it('never re-creates an attempt deleted while a tab still plays it: only a first write inserts', async () => {
		await repo.save(attempt());
		await db.attempts.delete('a1');
		await expect(repo.save(attempt({ revision: 2, updatedAt: 3 }))).rejects.toMatchObject({ name: 'RevisionConflictError', reason: 'deleted' });
		expect(await db.attempts.get('a1')).toBeUndefined();
	});

	it('names a row set aside (by an import) apart from one another writer moved on', async () => {
		await repo.save(attempt());
		await db.attempts.put({ ...attempt(), status: 'abandoned', revision: 2 });
		await expect(repo.save(attempt({ revision: 2, updatedAt: 3 }))).rejects.toMatchObject({ reason: 'set-aside' });
		await db.attempts.put({ ...attempt(), revision: 3 });
		await expect(repo.save(attempt({ revision: 2, updatedAt: 3 }))).rejects.toMatchObject({ reason: 'newer' });
	});

	it('accepts only the next revision, so a stale writer cannot interleave', async () => {
		await repo.save(attempt());
		await repo.save(attempt({ revision: 2, updatedAt: 3 }));
		await expect(repo.save(attempt({ revision: 2, updatedAt: 4 }))).rejects.toBeInstanceOf(RevisionConflictError);
		expect((await repo.get('a1'))?.updatedAt).toBe(3);
	});

	it('keeps one active attempt per vignette and profile: a new one retires the old', async () => {
		await repo.save(attempt());
		await repo.save(attempt({ id: 'other-profile', profile: 'tx' }));
		await repo.save(attempt({ id: 'a2', updatedAt: 10 }));
		expect((await repo.get('a1'))?.status).toBe('abandoned');
		expect((await repo.get('other-profile'))?.status).toBe('active');
		expect((await repo.findActive('dana', null)).value?.id).toBe('a2');
	});

	it('keeps completed and abandoned attempts in the history', async () => {
		await repo.save(attempt({ status: 'completed', phase: 'ended', completedAt: 5 }));
		await repo.save(attempt({ id: 'a2', updatedAt: 6 }));
		await repo.setStatus('a2', 'abandoned', 7);
		const { value } = await repo.list();
		expect(value.map((a) => [a.id, a.status])).toEqual([
			['a1', 'completed'],
			['a2', 'abandoned']
		]);
		expect((await repo.findActive('dana', null)).value).toBeUndefined();
	});

	it('skips and counts an invalid row instead of crashing', async () => {
		await repo.save(attempt());
		await db.attempts.put({ id: 'bad', caseId: 'dana', status: 'active', revision: 'x' });
		await db.attempts.put({ ...attempt({ id: 'bad2' }), ledger: [{ verdict: 'amazing' }] });
		const found = await repo.findActive('dana', null);
		expect(found.invalid).toBe(2);
		expect(found.value?.id).toBe('a1');
		expect(await repo.get('bad')).toBeUndefined();
	});

	it('moves an invalid row to quarantine with its reason and the raw row, once', async () => {
		await repo.save(attempt());
		const broken = { ...attempt({ id: 'bad2' }), ledger: [{ verdict: 'amazing' }] };
		await db.attempts.put({ id: 'bad', caseId: 'dana', status: 'active', revision: 'x' });
		await db.attempts.put(broken);
		const first = await repo.list();
		expect(first.invalid).toBe(2);
		expect(first.value.map((a) => a.id)).toEqual(['a1']);
		expect((await db.attempts.toCollection().primaryKeys()).sort()).toEqual(['a1']);
		const quarantined = await db.quarantine.toArray();
		expect(quarantined.map((q) => (q.row as { id: string }).id).sort()).toEqual(['bad', 'bad2']);
		expect(quarantined.find((q) => (q.row as { id: string }).id === 'bad2')).toMatchObject({ table: 'attempts', row: broken });
		for (const q of quarantined) {
			expect(q.reason.length).toBeGreaterThan(5);
			expect(q.at).toBeGreaterThan(0);
		}
		expect(quarantined.find((q) => (q.row as { id: string }).id === 'bad2')?.reason).toMatch(/^ledger\.0\./);
		// Reported once: the next load finds nothing wrong and loses nothing.
		expect(await repo.list()).toEqual({ value: [attempt()], invalid: 0 });
	});

	it('finds the latest active attempt under any profile, or under one', async () => {
		await repo.save(attempt({ id: 'ca-1', profile: 'ca', updatedAt: 5 }));
		await repo.save(attempt({ id: 'tx-1', profile: 'tx', updatedAt: 9 }));
		expect((await repo.findActive('dana')).value?.id).toBe('tx-1');
		expect((await repo.findActive('dana', 'ca')).value?.id).toBe('ca-1');
	});

	it('skips attempts under profiles the caller does not resume (a profile now practice only)', async () => {
		await repo.save(attempt({ id: 'ca-1', profile: 'ca', updatedAt: 5 }));
		await repo.save(attempt({ id: 'tx-1', profile: 'tx', updatedAt: 9 }));
		const notTx = (profile: string | null) => profile !== 'tx';
		expect((await repo.findActive('dana', undefined, 'recorded', notTx)).value?.id).toBe('ca-1');
		expect((await repo.findActive('dana', 'tx', 'recorded', notTx)).value).toBeUndefined();
		// Nothing is changed by looking: the skipped attempt stays active.
		expect((await repo.get('tx-1'))?.status).toBe('active');
	});

	it('retires the other active attempt of a profile an attempt switches to', async () => {
		await repo.save(attempt({ id: 'old-tx', profile: 'tx', updatedAt: 1 }));
		await repo.save(attempt({ id: 'new', profile: 'ca', updatedAt: 2 }));
		await repo.save(attempt({ id: 'new', profile: 'tx', updatedAt: 3, revision: 2 }));
		expect((await repo.get('old-tx'))?.status).toBe('abandoned');
		expect((await repo.findActive('dana', 'tx')).value?.id).toBe('new');
	});
});

describe('a save writes what changed', () => {
	/** The attempt after one more choice: its lists grow the way the attempt machine grows them (the same entries, and more). */
	function next(a: AttemptRecord, choiceId: string, decided = false): AttemptRecord {
		const at = a.updatedAt + 1;
		return {
			...a,
			revision: a.revision + 1,
			updatedAt: at,
			choiceLog: [...a.choiceLog, { choiceId, at }],
			transcript: [...a.transcript, { kind: 'choice', text: `Chose ${choiceId}.`, choiceId }, { kind: 'text', text: `After ${choiceId}.` }],
			passageStart: a.transcript.length + 1,
			ledger: decided ? [...a.ledger, { ...a.ledger[0]!, decisionId: `D-${choiceId}`, optionId: choiceId }] : a.ledger
		};
	}
	const steps = async () => (await db.attemptSteps.toArray()) as { seq: number; transcript: unknown[]; choiceLog: unknown[]; ledger: unknown[] }[];

	it('keeps only the entries each save added, and reads back the whole attempt', async () => {
		let a = attempt();
		await repo.save(a);
		for (const [i, id] of ['x', 'y', 'z'].entries()) {
			a = next(a, id, i === 1);
			await repo.save(a);
		}
		expect(await repo.get('a1')).toEqual(a);
		const rows = await steps();
		expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3]);
		// Each later step holds one choice, its two transcript lines, and the ledger entry if it scored one.
		expect(rows.slice(1).map((r) => [r.choiceLog.length, r.transcript.length, r.ledger.length])).toEqual([
			[1, 2, 0],
			[1, 2, 1],
			[1, 2, 0]
		]);
		const head = (await db.attempts.get('a1')) as Record<string, unknown>;
		expect(head['transcript']).toBeUndefined();
		expect(JSON.stringify(head).length).toBeLessThan(JSON.stringify(a).length);
	});

	it('writes the lists afresh when they are not the ones it wrote (resumed, re-derived on load, or another tab)', async () => {
		const first = attempt();
		await repo.save(first);
		// Equal content, new objects: what a resumed attempt (read back and validated) holds.
		const resumed = structuredClone(next(first, 'x'));
		await new AttemptsRepository(db).save(resumed);
		// One step holds it all, numbered after the old ones (a step number is not reused while split).
		expect((await steps()).map((r) => r.seq)).toEqual([1]);
		expect(await repo.get('a1')).toEqual(resumed);
		// This repository did not write revision 2, so it does not append to it either.
		const third = next(resumed, 'y');
		await repo.save(third);
		expect((await steps()).map((r) => r.seq)).toEqual([2]);
		expect(await repo.get('a1')).toEqual(third);
	});

	it('stores an attempt whole once it is no longer active, with no steps left behind', async () => {
		let a = attempt();
		await repo.save(a);
		a = next(a, 'x');
		await repo.save(a);
		const done = { ...next(a, 'y'), status: 'completed' as const, phase: 'ended' as const, completedAt: a.updatedAt + 1 };
		await repo.save(done);
		expect(await db.attemptSteps.count()).toBe(0);
		expect(await db.attempts.get('a1')).toEqual(done);
		await repo.setStatus('a1', 'abandoned', done.updatedAt + 1);
		expect((await repo.get('a1'))?.status).toBe('abandoned');
	});

	it('sets an attempt with a missing step aside as damaged, never reading it as a shorter attempt', async () => {
		let a = attempt();
		await repo.save(a);
		a = next(a, 'x');
		await repo.save(a);
		await db.attemptSteps.delete(['a1', 1]);
		expect(await repo.get('a1')).toBeUndefined();
		const { value, invalid } = await repo.list();
		expect([value.length, invalid]).toEqual([0, 1]);
		const [set] = await db.quarantine.toArray();
		expect(set?.reason).toBe('some of the steps saved for this attempt are missing or damaged');
		// Kept for inspection with the steps that were left.
		expect((set?.row as { steps: { seq: number }[] }).steps.map((step) => step.seq)).toEqual([0]);
		expect(await db.attemptSteps.count()).toBe(0);
	});

	it('retires another active attempt whole, steps and all', async () => {
		let old = attempt({ id: 'old' });
		await repo.save(old);
		old = next(old, 'x');
		await repo.save(old);
		await repo.save(attempt({ id: 'new', updatedAt: 50 }));
		expect(await repo.get('old')).toEqual({ ...old, status: 'abandoned', updatedAt: 50 });
		expect((await steps()).length).toBe(1);
	});
});

describe('schema upgrade', () => {
	it('migrates version 1 rows to version 2 (learning mode, not practice) and keeps them readable', async () => {
		const name = `upgrade-${++n}`;
		const old = new Dexie(name);
		old.version(1).stores({ attempts: 'id, caseId, [caseId+status], updatedAt' });
		const { mode: _mode, practice: _practice, ...v1 } = attempt({ id: 'old-1' });
		await old.table('attempts').put({ ...v1, schemaVersion: 1 });
		old.close();

		const upgraded = new ConfideDatabase(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(4);
		expect(await new AttemptsRepository(upgraded).get('old-1')).toEqual(attempt({ id: 'old-1' }));
		expect(await upgraded.settings.count()).toBe(0);
		expect(await upgraded.workshops.count()).toBe(0);
		upgraded.close();
		await upgraded.delete();
	});

	it('adds the workshops table to a version 2 database, keeping its attempts, settings and set-aside rows', async () => {
		const name = `upgrade-${++n}`;
		const old = new Dexie(name);
		old.version(2).stores({ attempts: 'id, caseId, [caseId+status], updatedAt', settings: 'key', quarantine: '++seq, at' });
		await old.table('attempts').put(attempt({ id: 'kept' }));
		await old.table('settings').put({ key: 'trainee', value: 'T-1' });
		await old.table('quarantine').add({ at: 1, table: 'attempts', reason: 'test', row: { id: 'bad' } });
		old.close();

		const upgraded = new ConfideDatabase(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(4);
		expect(await new AttemptsRepository(upgraded).get('kept')).toEqual(attempt({ id: 'kept' }));
		expect(await upgraded.settings.get('trainee')).toEqual({ key: 'trainee', value: 'T-1' });
		expect(await upgraded.quarantine.count()).toBe(1);
		expect(await upgraded.workshops.count()).toBe(0);
		upgraded.close();
		await upgraded.delete();
	});
	it('adds the steps table to a version 3 database: a row stored whole stays readable, and is split at its next save', async () => {
		const name = `upgrade-${++n}`;
		const old = new Dexie(name);
		old.version(3).stores({ attempts: 'id, caseId, [caseId+status], updatedAt', settings: 'key', quarantine: '++seq, at', workshops: 'id, updatedAt' });
		await old.table('attempts').put(attempt({ id: 'kept' }));
		old.close();

		const upgraded = new ConfideDatabase(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(4);
		const repo4 = new AttemptsRepository(upgraded);
		expect(await repo4.get('kept')).toEqual(attempt({ id: 'kept' }));
		await repo4.save(attempt({ id: 'kept', revision: 2, updatedAt: 3 }));
		expect(await upgraded.attemptSteps.count()).toBe(1);
		expect(await repo4.get('kept')).toEqual(attempt({ id: 'kept', revision: 2, updatedAt: 3 }));
		upgraded.close();
		await upgraded.delete();
	});
});

describe('practice runs', () => {
	it('never retire the recorded attempt, and are never offered as the attempt to resume', async () => {
		await repo.save(attempt({ id: 'recorded' }));
		await repo.save(attempt({ id: 'practice', practice: { of: 'old', fromDecision: 'V1.D1.2' } }));
		expect((await repo.get('recorded'))?.status).toBe('active');
		expect((await repo.findActive('dana', null)).value?.id).toBe('recorded');
	});

	it('are found when asked for: the latest active practice run of the vignette and profile', async () => {
		await repo.save(attempt({ id: 'recorded', status: 'completed' }));
		expect((await repo.findActive('dana', null, 'practice')).value).toBeUndefined();
		await repo.save(attempt({ id: 'p1', updatedAt: 10, practice: { of: 'recorded', fromDecision: 'V1.D1.2' } }));
		await repo.save(attempt({ id: 'p2', updatedAt: 20, practice: { of: 'recorded', fromDecision: 'V1.D1.3' } }));
		await repo.save(attempt({ id: 'p-tx', updatedAt: 30, profile: 'tx', practice: { of: 'other', fromDecision: 'V1.D1.1' } }));
		await repo.save(attempt({ id: 'p-done', updatedAt: 40, status: 'completed', practice: { of: 'recorded', fromDecision: 'V1.D1.1' } }));
		expect((await repo.findActive('dana', null, 'practice')).value?.id).toBe('p2');
		expect((await repo.findActive('dana', undefined, 'practice')).value?.id).toBe('p-tx');
		// A recorded search never returns one.
		expect((await repo.findActive('dana', null)).value).toBeUndefined();
	});
});
