import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, suspendedRecord, SUSPEND_DATA_LIMIT, type Suspended } from './suspend-data';

const suspended: Suspended = {
	attemptId: '0b7c1f0e-1d2a-4c55-9f0e-0d1c2b3a4f5e',
	contentHash: 'a1b2c3d4e5f6',
	profile: 'tx',
	mode: 'assessment',
	phase: 'feedback',
	startedAt: 1_700_000_000_000,
	completedAt: null,
	interactionBase: 3,
	choiceLog: [
		{ choiceId: 'V1.D1.1.a', at: 1_700_000_012_000 },
		{ choiceId: 'path:scene_two.0', at: 1_700_000_030_000 }
	]
};

describe('suspend data', () => {
	it('round-trips an attempt (times to the second)', () => {
		expect(decodeSuspendData(encodeSuspendData(suspended))).toEqual(suspended);
		const ended = { ...suspended, phase: 'ended' as const, completedAt: 1_700_000_030_000, mode: 'learning' as const, profile: null };
		expect(decodeSuspendData(encodeSuspendData(ended))).toEqual(ended);
	});
	it('keeps choice ids and the content hash, never ink state', () => {
		const text = encodeSuspendData(suspended);
		expect(text).toContain('V1.D1.1.a');
		expect(text).toContain(suspended.contentHash);
		expect(text.length).toBeLessThan(300);
	});
	it.each(['', 'not json', '{}', 'null', '[1]', JSON.stringify({ ...JSON.parse(encodeSuspendData(suspended)), v: 2 }), JSON.stringify({ ...JSON.parse(encodeSuspendData(suspended)), x: 1 })])(
		'reads %j as nothing to resume',
		(text) => {
			expect(decodeSuspendData(text)).toBeUndefined();
		}
	);
	it('refuses to write more than SCORM 1.2 keeps', () => {
		const long = { ...suspended, choiceLog: Array.from({ length: 400 }, (_, i) => ({ choiceId: `V1.D1.${i}.a`, at: suspended.startedAt })) };
		expect(() => encodeSuspendData(long)).toThrow(String(SUSPEND_DATA_LIMIT));
	});
	it('becomes a record to replay: the log is real, the rest is rebuilt', () => {
		const record = suspendedRecord(suspended, 'jordan', '2.0.0', 7);
		expect(record).toMatchObject({ id: suspended.attemptId, caseId: 'jordan', contentHash: 'a1b2c3d4e5f6', revision: 7, inkState: null, practice: null, status: 'active' });
		expect(record.choiceLog).toBe(suspended.choiceLog);
	});
});
