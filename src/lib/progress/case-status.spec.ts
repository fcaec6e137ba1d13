import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../domain/attempt';
import { caseStatuses } from './case-status';

const base: AttemptRecord = {
	id: 'a',
	caseId: 'dana',
	contentHash: 'h',
	storyVersion: '1',
	profile: null,
	schemaVersion: 2,
	mode: 'learning',
	practice: null,
	status: 'completed',
	phase: 'ended',
	startedAt: 1,
	updatedAt: 10,
	completedAt: 10,
	inkState: null,
	choiceLog: [],
	transcript: [],
	passageStart: 0,
	ledger: [{ decisionId: 'V1.D1.1', optionId: 'V1.D1.1.c', optionText: 'x', action: 'disclose', verdict: 'error', kind: 'over', critical: true, rationale: 'r' }],
	revision: 3
};

describe('caseStatuses', () => {
	it('reports an active attempt as in progress, else the newest completed one', () => {
		const statuses = caseStatuses([base, { ...base, id: 'b', caseId: 'maya', status: 'active', phase: 'choosing', updatedAt: 20 }]);
		expect(statuses.get('dana')).toMatchObject({ kind: 'completed', completedAt: 10, counts: { unwarranted_breach: 1, critical: 1 } });
		expect(statuses.get('maya')).toMatchObject({ kind: 'in-progress', decisionsMade: 1 });
		expect(statuses.has('jordan')).toBe(false);
	});

	it('ignores attempts under a profile now practice only: they are never resumed', () => {
		const underTx = (a: { profile: string | null }) => a.profile === 'tx';
		const statuses = caseStatuses([base, { ...base, id: 'tx', profile: 'tx', status: 'active', phase: 'choosing', updatedAt: 30 }], underTx);
		expect(statuses.get('dana')).toMatchObject({ kind: 'completed', completedAt: 10 });
		expect(caseStatuses([{ ...base, profile: 'tx' }], underTx).has('dana')).toBe(false);
	});

	it('ignores practice runs, finished or not', () => {
		const practice = { of: 'a', fromDecision: 'V1.D1.1' };
		const statuses = caseStatuses([
			base,
			{ ...base, id: 'p1', practice, status: 'active', phase: 'choosing', updatedAt: 30 },
			{ ...base, id: 'p2', practice, updatedAt: 40, completedAt: 40, ledger: [] }
		]);
		expect(statuses.get('dana')).toMatchObject({ kind: 'completed', completedAt: 10, counts: { critical: 1 } });
	});
});
