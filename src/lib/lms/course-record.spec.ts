import { describe, expect, it } from 'vitest';
import { lmsPart } from '../../../tests/support/lms-records';
import { courseTotal } from '../domain/course-result';
import { DEFAULT_PASS_RULE } from '../domain/pass-rule';
import { CourseRecord, suspendAfter } from './course-record';

const VIGNETTES = [
	{ id: 'dana', decisionCount: 2 },
	{ id: 'jordan', decisionCount: 3 }
];
const standing = (raw: number, max: number, completed = true, critical = false) => ({ raw, max, critical, completion: completed ? ('completed' as const) : ('incomplete' as const) });

describe('courseTotal', () => {
	it('is completed only once every vignette is, and counts a vignette not played at its full points', () => {
		expect(courseTotal(VIGNETTES, new Map([['dana', standing(4, 4)]]), DEFAULT_PASS_RULE)).toEqual({ completion: 'incomplete', success: 'unknown', raw: 4, max: 10, scaled: 0.4, critical: false });
		expect(courseTotal(VIGNETTES, new Map([['dana', standing(4, 4)], ['jordan', standing(4, 6)]]), DEFAULT_PASS_RULE)).toMatchObject({ completion: 'completed', success: 'passed', raw: 8, max: 10, scaled: 0.8 });
	});
	it('judges the course by the pass rule over all its points, and a critical error in any vignette', () => {
		// 7 of 10 is under 75 %, though one vignette alone passes.
		expect(courseTotal(VIGNETTES, new Map([['dana', standing(4, 4)], ['jordan', standing(3, 6)]]), DEFAULT_PASS_RULE).success).toBe('failed');
		const critical = new Map([['dana', standing(4, 4)], ['jordan', standing(6, 6, true, true)]]);
		expect(courseTotal(VIGNETTES, critical, DEFAULT_PASS_RULE)).toMatchObject({ success: 'failed', critical: true });
		expect(courseTotal(VIGNETTES, critical, { minPercent: 75, noCritical: false }).success).toBe('passed');
	});
	it('an empty course is never completed', () => {
		expect(courseTotal([], new Map(), DEFAULT_PASS_RULE)).toMatchObject({ completion: 'incomplete', max: 0, scaled: 0 });
	});
});

describe('CourseRecord', () => {
	it('reports nothing until a vignette is played on the page, then the course over every vignette', () => {
		const course = new CourseRecord(VIGNETTES, DEFAULT_PASS_RULE);
		expect(course.record()).toBeUndefined();
		course.update(lmsPart('dana', 'V1.D1', 'a1', 2, true));
		const record = course.record()!;
		expect(record).toMatchObject({ catalogue: true, completedAtLaunch: false, result: { completion: 'incomplete', raw: 4, max: 10 } });
		expect(record.parts.map((p) => p.caseId)).toEqual(['dana']);
		expect(course.summary()).toMatchObject({ completed: 1, total: 2 });
	});
	it("a completed vignette played again keeps its standing until the new attempt completes", () => {
		const course = new CourseRecord(VIGNETTES, DEFAULT_PASS_RULE, { attempts: {}, standings: { dana: standing(4, 4), jordan: standing(6, 6) } });
		expect(course.record()).toBeUndefined();
		expect(course.summary().result).toMatchObject({ completion: 'completed', success: 'passed', raw: 10 });
		course.update(lmsPart('dana', 'V1.D1', 'a2', 1));
		expect(course.record()).toMatchObject({ completedAtLaunch: true, result: { completion: 'completed', raw: 10 } });
		// The new attempt ends worse: its result replaces the old one.
		course.update({ ...lmsPart('dana', 'V1.D1', 'a2', 2, true), result: { completion: 'completed', success: 'failed', raw: 1, max: 4, scaled: 0.25, critical: false } });
		expect(course.record()?.result).toMatchObject({ completion: 'completed', success: 'failed', raw: 7 });
	});
	it('resumes each vignette from the attempt the LMS holds, and ignores vignettes outside the course', () => {
		const dana = { ...lmsPart('dana', 'V1.D1', 'a1', 1).attempt, reported: 1 };
		const course = new CourseRecord(VIGNETTES, DEFAULT_PASS_RULE, { attempts: { dana }, standings: {} });
		expect(course.suspendedFor('dana')).toBe(dana);
		expect(course.suspendedFor('jordan')).toBeUndefined();
		expect(course.has('jordan')).toBe(true);
		expect(course.has('maya')).toBe(false);
	});
	it('a course of one is no catalogue, and its span ends with the completion', () => {
		const course = new CourseRecord([{ id: 'dana', decisionCount: 2 }], DEFAULT_PASS_RULE);
		const part = lmsPart('dana', 'V1.D1', 'a1', 2, true);
		course.update(part);
		expect(course.record()).toMatchObject({ catalogue: false, span: { startedAt: part.attempt.startedAt, completedAt: part.attempt.completedAt } });
	});
});

describe('suspendAfter', () => {
	it('counts every decision of the attempts played here as held, and keeps what earlier sessions held for the others', () => {
		const course = new CourseRecord(VIGNETTES, DEFAULT_PASS_RULE, { attempts: { jordan: { ...lmsPart('jordan', 'V2.D1', 'a9', 2).attempt, reported: 2 } }, standings: {} });
		course.update(lmsPart('dana', 'V1.D1', 'a1', 2));
		const after = suspendAfter(course.record()!, new Map([['a9', 2]]));
		expect(after.course.attempts['dana']?.reported).toBe(2);
		expect(after.course.attempts['jordan']?.reported).toBe(2);
		expect([...after.held]).toEqual([
			['a9', 2],
			['a1', 2]
		]);
	});
});
