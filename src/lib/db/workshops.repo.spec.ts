import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../domain/attempt';
import { newWorkshopRecord } from '../workshop/new-session';
import { ConfideDatabase } from './database';
import { WorkshopsRepository } from './workshops.repo';

let db: ConfideDatabase;
let repo: WorkshopsRepository;
let n = 0;

beforeEach(async () => {
	db = new ConfideDatabase(`workshops-${++n}`);
	await db.open();
	repo = new WorkshopsRepository(db);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const entry = { id: 'dana', contentHash: 'h1', version: '2.0.0', title: 'Dana' };
const session = (id = 's1') => newWorkshopRecord({ id, entry, profile: null, reveal: 'learning', now: 5 });
const roomAttempt = (revision: number): AttemptRecord => ({
	id: 'a1',
	caseId: 'dana',
	contentHash: 'h1',
	storyVersion: '2.0.0',
	profile: null,
	schemaVersion: 2,
	mode: 'learning',
	practice: null,
	status: 'active',
	phase: 'choosing',
	startedAt: 1,
	updatedAt: 9,
	completedAt: null,
	inkState: '{}',
	choiceLog: [{ choiceId: 'x', at: 2 }],
	transcript: [],
	passageStart: 0,
	ledger: [],
	revision
});

describe('WorkshopsRepository', () => {
	it('stores a session apart from attempts, and the presenter and the attempt write their own parts of it', async () => {
		await repo.create(session());
		const round = { decisionId: null, options: [{ id: 'a', text: 'A' }], votes: [3], openedAt: 6, closedAt: null, played: null, shown: [] };
		await repo.savePart('s1', { ...session(), updatedAt: 7, rounds: [round], position: { stage: 'voting', round: 0, page: 0, item: 0, showing: null } });
		await repo.saveAttempt('s1', roomAttempt(1));
		const stored = await repo.get('s1');
		expect(stored?.rounds[0]?.votes).toEqual([3]);
		expect(stored?.position.stage).toBe('voting');
		expect(stored?.attempt?.revision).toBe(1);
		expect(await db.attempts.count()).toBe(0);
	});

	it('refuses an attempt write out of order, and a part for a session that is not stored', async () => {
		await repo.create(session());
		await repo.saveAttempt('s1', roomAttempt(1));
		await expect(repo.saveAttempt('s1', roomAttempt(1))).rejects.toThrow(/revision 1/);
		await expect(repo.savePart('nope', session('nope'))).rejects.toThrow(/not stored/);
	});

	it('never trusts a row that does not validate: get gives nothing, list counts it', async () => {
		await repo.create(session('good'));
		await db.workshops.put({ ...session('bad'), rounds: [{ options: [{ id: 'a', text: 'A' }], votes: [1, 2] }] });
		expect(await repo.get('bad')).toBeUndefined();
		const listed = await repo.list();
		expect(listed.value.map((s) => s.id)).toEqual(['good']);
		expect(listed.invalid).toBe(1);
	});
});
