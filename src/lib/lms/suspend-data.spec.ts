import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, suspendedRecord, SUSPEND_DATA_LIMIT, type SuspendedAttempt, type SuspendedCourse } from './suspend-data';

const attempt: SuspendedAttempt & { reported: number } = {
	attemptId: '0b7c1f0e-1d2a-4c55-9f0e-0d1c2b3a4f5e',
	contentHash: 'a1b2c3d4e5f6',
	profile: 'tx',
	mode: 'assessment',
	phase: 'feedback',
	startedAt: 1_700_000_000_000,
	completedAt: null,
	reported: 1,
	choiceLog: [
		{ choiceId: 'V1.D1.1.a', at: 1_700_000_012_000 },
		{ choiceId: 'path:scene_two.0', at: 1_700_000_030_000 }
	]
};
const course: SuspendedCourse = {
	attempts: { jordan: attempt },
	standings: { jordan: { raw: 2, max: 8, critical: false, completion: 'incomplete' }, dana: { raw: 7, max: 8, critical: true, completion: 'completed' } }
};

describe('suspend data', () => {
	it('round-trips a course (times to the second)', () => {
		expect(decodeSuspendData(encodeSuspendData(course))).toEqual(course);
		const ended = { ...attempt, phase: 'ended' as const, completedAt: 1_700_000_030_000, mode: 'learning' as const, profile: null };
		const two = { ...course, attempts: { jordan: attempt, dana: ended } };
		expect(decodeSuspendData(encodeSuspendData(two))).toEqual(two);
	});
	it('keeps choice ids and the content hash, never ink state', () => {
		const text = encodeSuspendData(course);
		expect(text).toContain('V1.D1.1.a');
		expect(text).toContain(attempt.contentHash);
		expect(text.length).toBeLessThan(300);
	});
	it.each([
		'',
		'not json',
		'{}',
		'null',
		'[1]',
		JSON.stringify({ ...JSON.parse(encodeSuspendData(course)), v: 3 }),
		JSON.stringify({ ...JSON.parse(encodeSuspendData(course)), x: 1 }),
		JSON.stringify({ v: 2, a: {}, r: { dana: [1, 2, 3, 0] } })
	])('reads %j as nothing to resume', (text) => {
		expect(decodeSuspendData(text)).toBeUndefined();
	});
	it('reads a one-vignette package\'s first version for that vignette only', () => {
		const v1 = JSON.stringify({ v: 1, a: 'a1', h: 'hash', p: null, m: 'l', f: 'c', t: 1_700_000_000_000, e: null, b: 3, c: [['V1.D1.1.a', 12]] });
		expect(decodeSuspendData(v1)).toBeUndefined();
		expect(decodeSuspendData(v1, { soleCase: 'dana', interactionCount: 5 })).toEqual({
			attempts: { dana: { attemptId: 'a1', contentHash: 'hash', profile: null, mode: 'learning', phase: 'choosing', startedAt: 1_700_000_000_000, completedAt: null, reported: 2, choiceLog: [{ choiceId: 'V1.D1.1.a', at: 1_700_000_012_000 }] } },
			standings: {}
		});
	});
	it('makes room by dropping completed vignettes\' attempts (oldest first), keeping their standings; refuses when that is not enough', () => {
		const long = (id: string, completedAt: number | null) => ({
			...attempt,
			phase: completedAt === null ? ('choosing' as const) : ('ended' as const),
			completedAt,
			choiceLog: Array.from({ length: 60 }, (_, i) => ({ choiceId: `${id}.D1.${i}.a`, at: attempt.startedAt }))
		});
		const full: SuspendedCourse = { attempts: { a: long('a', attempt.startedAt + 3000), b: long('b', attempt.startedAt + 1000), c: long('c', attempt.startedAt + 2000), d: long('d', null) }, standings: course.standings };
		const text = encodeSuspendData(full);
		expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		const kept = decodeSuspendData(text)!;
		expect(Object.keys(kept.attempts).sort()).toEqual(['a', 'c', 'd']);
		expect(kept.standings).toEqual(course.standings);
		const active = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, long(id, null)]));
		expect(() => encodeSuspendData({ attempts: active, standings: {} })).toThrow(String(SUSPEND_DATA_LIMIT));
	});
	it('becomes a record to replay: the log is real, the rest is rebuilt', () => {
		const record = suspendedRecord(attempt, 'jordan', '2.0.0', 7);
		expect(record).toMatchObject({ id: attempt.attemptId, caseId: 'jordan', contentHash: 'a1b2c3d4e5f6', revision: 7, inkState: null, practice: null, status: 'active' });
		expect(record.choiceLog).toBe(attempt.choiceLog);
	});
});
