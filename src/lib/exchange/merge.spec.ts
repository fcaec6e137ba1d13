import { describe, expect, it } from 'vitest';
import { sampleAttempt } from '../../../tests/unit/support/attempts';
import type { AttemptRecord } from '../domain/attempt';
import { buildExport } from './export';
import { planImport, planSummary, sameRecord } from './merge';

const fileOf = (...attempts: AttemptRecord[]) => buildExport(attempts, null, 'test', 0);

describe('planImport', () => {
	it('adds new ids and skips attempts already here', () => {
		const here = sampleAttempt({ id: 'a1' });
		const plan = planImport([here], fileOf(sampleAttempt({ id: 'a1' }), sampleAttempt({ id: 'a2' })));
		expect(plan.added).toEqual(['a2']);
		expect(plan.duplicates).toEqual(['a1']);
		expect(plan.conflicts).toEqual([]);
		expect(plan.writes.map((a) => a.id)).toEqual(['a2']);
		expect(planSummary(plan)).toBe('1 attempt will be added, 1 is already here, 0 conflicts.');
	});

	it('treats the same content in another key order as a duplicate', () => {
		const reordered = Object.fromEntries(Object.entries(sampleAttempt()).reverse()) as AttemptRecord;
		expect(sameRecord(reordered, sampleAttempt())).toBe(true);
		expect(planImport([sampleAttempt()], fileOf(reordered)).duplicates).toEqual(['a1']);
	});

	it('resolves a conflict by revision, then by update time, then in favour of this device', () => {
		const here = sampleAttempt({ revision: 3, updatedAt: 100 });
		const later = planImport([here], fileOf(sampleAttempt({ revision: 4, updatedAt: 50 })));
		expect(later.conflicts).toEqual([{ id: 'a1', caseId: 'dana', kept: 'file', reason: 'the file has a later revision' }]);
		expect(later.writes).toEqual([sampleAttempt({ revision: 4, updatedAt: 50 })]);

		const older = planImport([here], fileOf(sampleAttempt({ revision: 2, updatedAt: 500 })));
		expect(older.conflicts[0]).toMatchObject({ kept: 'device', reason: 'this device has a later revision' });
		expect(older.writes).toEqual([]);

		const newer = planImport([here], fileOf(sampleAttempt({ revision: 3, updatedAt: 101 })));
		expect(newer.conflicts[0]).toMatchObject({ kept: 'file', reason: 'the file was updated more recently' });

		const tie = planImport([here], fileOf(sampleAttempt({ revision: 3, updatedAt: 100, storyVersion: '9' })));
		expect(tie.conflicts[0]).toMatchObject({ kept: 'device' });
		expect(tie.writes).toEqual([]);
		expect(planSummary(tie)).toBe('0 attempts will be added, 0 are already here, 1 conflict.');
	});

	it('never leaves two active attempts of one vignette and profile: the older is abandoned', () => {
		const active = { status: 'active' as const, phase: 'choosing' as const, completedAt: null };
		const here = sampleAttempt({ id: 'local', ...active, updatedAt: 200 });
		const olderImport = planImport([here], fileOf(sampleAttempt({ id: 'old', ...active, updatedAt: 100 })));
		expect(olderImport.retired).toEqual([{ id: 'old', caseId: 'dana', from: 'file', open: false }]);
		expect(olderImport.writes).toEqual([sampleAttempt({ id: 'old', ...active, updatedAt: 100, status: 'abandoned', revision: 4 })]);

		const newerImport = planImport([here], fileOf(sampleAttempt({ id: 'new', ...active, updatedAt: 300 })));
		expect(newerImport.retired).toEqual([{ id: 'local', caseId: 'dana', from: 'device', open: false }]);
		expect(newerImport.writes.map((a) => [a.id, a.status, a.revision])).toEqual([
			['new', 'active', 3],
			['local', 'abandoned', 4]
		]);

		// Another profile, another vignette, or a practice run: no clash.
		const apart = planImport(
			[here],
			fileOf(
				sampleAttempt({ id: 'p', ...active, profile: 'scotland' }),
				sampleAttempt({ id: 'j', ...active, caseId: 'jordan' }),
				sampleAttempt({ id: 'x', ...active, practice: { of: 'local', fromDecision: 'D1' } })
			)
		);
		expect(apart.retired).toEqual([]);
		// Two active ones within the file itself clash too.
		const both = planImport([], fileOf(sampleAttempt({ id: 'f1', ...active, updatedAt: 1 }), sampleAttempt({ id: 'f2', ...active, updatedAt: 2 })));
		expect(both.retired).toEqual([{ id: 'f1', caseId: 'dana', from: 'file', open: false }]);
	});

	it('never changes an attempt a tab is playing: a newer one from the file is set aside instead, and a copy of it is not taken', () => {
		const active = { status: 'active' as const, phase: 'choosing' as const, completedAt: null };
		const playing = sampleAttempt({ id: 'local', ...active, updatedAt: 200 });
		const newer = fileOf(sampleAttempt({ id: 'new', ...active, updatedAt: 300 }));
		const open = new Set(['dana']);

		const plan = planImport([playing], newer, new Set(), open);
		expect(plan.retired).toEqual([{ id: 'new', caseId: 'dana', from: 'file', open: true }]);
		expect(plan.writes.map((a) => [a.id, a.status])).toEqual([['new', 'abandoned']]);
		// Another vignette open changes nothing.
		expect(planImport([playing], newer, new Set(), new Set(['jordan'])).retired).toEqual([{ id: 'local', caseId: 'dana', from: 'device', open: false }]);

		const laterCopy = planImport([playing], fileOf(sampleAttempt({ id: 'local', ...active, updatedAt: 200, revision: 9 })), new Set(), open);
		expect(laterCopy.conflicts).toEqual([expect.objectContaining({ id: 'local', kept: 'device', reason: expect.stringContaining('open in a tab') })]);
		expect(laterCopy.writes).toEqual([]);
	});

	it('leaves a row this device cannot read alone', () => {
		const plan = planImport([], fileOf(sampleAttempt({ id: 'broken' })), new Set(['broken']));
		expect(plan.writes).toEqual([]);
		expect(plan.conflicts).toEqual([expect.objectContaining({ id: 'broken', kept: 'device' })]);
	});
});
