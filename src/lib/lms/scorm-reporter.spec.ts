import { describe, expect, it } from 'vitest';
import { lmsPart, lmsRecord } from '../../../tests/support/lms-records';
import type { ScormApi } from './scorm-api';
import { duration2004, time12, timespan12, timestamp2004 } from './scorm-model';
import { scormReporter } from './scorm-reporter';
import { decodeSuspendData } from './suspend-data';
import { CourseRecord } from './course-record';
import { DEFAULT_PASS_RULE } from '../domain/pass-rule';

/**
 * A fake LMS with SCORM's commit semantics: values set become the LMS's record only when a
 * commit succeeds; `failCommits` and `gone` inject faults.
 */
function fakeLms(version: '1.2' | '2004', stored: Record<string, string> = {}) {
	const lms = {
		stored: { ...stored },
		pending: {} as Record<string, string>,
		sets: [] as string[],
		failCommits: 0,
		gone: false,
		initialized: 0,
		terminated: false,
		api(): ScormApi {
			const check = () => {
				if (lms.gone) throw new Error('the LMS frame is gone');
			};
			return {
				version,
				initialize: () => (check(), lms.initialized++, true),
				terminate: () => (check(), (lms.terminated = true)),
				get: (element) => {
					check();
					const all = { ...lms.stored, ...lms.pending };
					if (element === 'cmi.interactions._count') return String(new Set(Object.keys(all).filter((k) => k.startsWith('cmi.interactions.')).map((k) => k.split('.')[2])).size);
					return all[element] ?? '';
				},
				set: (element, value) => {
					check();
					lms.sets.push(element);
					lms.pending[element] = value;
					return true;
				},
				commit: () => {
					check();
					if (lms.failCommits > 0) {
						lms.failCommits--;
						return false;
					}
					Object.assign(lms.stored, lms.pending);
					lms.pending = {};
					return true;
				},
				lastError: () => 0
			};
		}
	};
	return lms;
}

const record = (attemptId: string, decisions: number, done = false) => lmsRecord('V1.D1', attemptId, decisions, done, 61_500);

describe('scorm-model formats', () => {
	it('writes SCORM times', () => {
		expect(timespan12(3_723_450)).toBe('0001:02:03.45');
		expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
		expect(duration2004(0)).toBe('PT0S');
		expect(time12(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('03:04:05');
		expect(timestamp2004(Date.UTC(2026, 0, 2, 3, 4, 5, 600))).toBe('2026-01-02T03:04:05.6Z');
	});
});

describe('scormReporter', () => {
	it('SCORM 2004: commits after every decision, each interaction once, then completion, success and score', () => {
		const lms = fakeLms('2004');
		const reporter = scormReporter(() => lms.api(), () => 0);
		expect(reporter.start().suspended).toBeUndefined();
		expect(reporter.report(record('a1', 1))).toEqual({ ok: true });
		expect(lms.stored['cmi.interactions.0.learner_response']).toBe('V1.D1.1.a');
		expect(lms.stored['cmi.completion_status']).toBe('incomplete');
		expect(reporter.report(record('a1', 2, true))).toEqual({ ok: true });
		expect(lms.sets.filter((s) => s === 'cmi.interactions.0.id')).toHaveLength(1);
		expect(lms.stored).toMatchObject({
			'cmi.interactions.1.id': 'V1.D1.2',
			'cmi.interactions.1.type': 'choice',
			'cmi.interactions.1.result': 'correct',
			'cmi.interactions.1.latency': 'PT1M1.5S',
			'cmi.completion_status': 'completed',
			'cmi.success_status': 'passed',
			'cmi.score.scaled': '1'
		});
		reporter.finish(true);
		expect(lms.stored['cmi.exit']).toBe('normal');
		expect(lms.terminated).toBe(true);
	});

	it("reads the LMS's learner (id and name) as an xAPI agent, in both versions", () => {
		const v12 = scormReporter(() => fakeLms('1.2', { 'cmi.core.student_id': 'sam-42', 'cmi.core.student_name': 'Student, Sam' }).api(), () => 0, 'https://lms.example.edu/');
		expect(v12.start().learner).toEqual({ objectType: 'Agent', name: 'Student, Sam', account: { homePage: 'https://lms.example.edu/', name: 'sam-42' } });
		const v2004 = scormReporter(() => fakeLms('2004', { 'cmi.learner_id': 'sam-42' }).api(), () => 0, 'https://lms.example.edu/');
		expect(v2004.start().learner).toEqual({ objectType: 'Agent', account: { homePage: 'https://lms.example.edu/', name: 'sam-42' } });
		expect(scormReporter(() => fakeLms('2004').api(), () => 0).start().learner).toBeUndefined();
	});

	it('SCORM 1.2: one status, a score out of 100, suspend on an unfinished exit', () => {
		const lms = fakeLms('1.2');
		const reporter = scormReporter(() => lms.api(), () => 0);
		reporter.start();
		reporter.report(record('a1', 2));
		expect(lms.stored).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '50', 'cmi.interactions.1.result': 'correct', 'cmi.interactions.1.student_response': 'V1.D1.2.a' });
		reporter.finish(false);
		expect(lms.stored).toMatchObject({ 'cmi.core.exit': 'suspend', 'cmi.core.session_time': '0000:00:00.00' });
	});

	it('a failed commit is retried with the same indices: nothing is lost and nothing reported twice', () => {
		const lms = fakeLms('2004');
		const reporter = scormReporter(() => lms.api());
		reporter.start();
		reporter.report(record('a1', 1));
		lms.failCommits = 2;
		expect(reporter.report(record('a1', 2)).ok).toBe(false);
		expect(reporter.report(record('a1', 3)).ok).toBe(false);
		expect(reporter.report(record('a1', 3))).toEqual({ ok: true });
		expect(lms.api().get('cmi.interactions._count')).toBe('3');
		expect(Object.keys(lms.stored).filter((k) => k.endsWith('.id'))).toEqual(['cmi.interactions.0.id', 'cmi.interactions.1.id', 'cmi.interactions.2.id']);
	});

	it('an API that went away is looked for again, and the report goes through once it is back', () => {
		const lms = fakeLms('2004');
		let finds = 0;
		const reporter = scormReporter(() => (finds++, lms.api()));
		reporter.start();
		lms.gone = true;
		expect(reporter.report(record('a1', 1))).toEqual({ ok: false, reason: 'the LMS frame is gone' });
		lms.gone = false;
		expect(reporter.report(record('a1', 1))).toEqual({ ok: true });
		expect(finds).toBe(2);
		expect(lms.stored['cmi.interactions.0.id']).toBe('V1.D1.1');
	});

	it('resumes: reads the suspended attempt and sends only the interactions the LMS does not hold', () => {
		const first = fakeLms('1.2');
		const before = scormReporter(() => first.api());
		before.start();
		before.report(record('a1', 2));
		before.finish(false);
		const lms = fakeLms('1.2', first.stored);
		const reporter = scormReporter(() => lms.api());
		const { suspended } = reporter.start();
		expect(suspended).toEqual(decodeSuspendData(first.stored['cmi.suspend_data']!));
		expect(suspended?.attempts['v1']?.choiceLog.map((c) => c.choiceId)).toEqual(['V1.D1.1.a', 'V1.D1.2.a']);
		reporter.report(record('a1', 3));
		expect(lms.sets.some((s) => s.startsWith('cmi.interactions.0.') || s.startsWith('cmi.interactions.1.'))).toBe(false);
		expect(lms.stored['cmi.interactions.2.id']).toBe('V1.D1.3');
	});

	it('a new attempt in the same LMS attempt starts after the interactions already there', () => {
		const lms = fakeLms('2004');
		const reporter = scormReporter(() => lms.api());
		reporter.start();
		reporter.report(record('a1', 2));
		reporter.report(record('a2', 1));
		expect(lms.stored['cmi.interactions.2.id']).toBe('V1.D1.1');
		expect(decodeSuspendData(lms.stored['cmi.suspend_data']!)?.attempts['v1']).toMatchObject({ attemptId: 'a2', reported: 1 });
	});

	it('reads the suspend data of packages before the catalogue (one attempt and its first index)', () => {
		const v1 = JSON.stringify({ v: 1, a: 'a1', h: 'hash', p: null, m: 'l', f: 'c', t: 1_700_000_000_000, e: null, b: 1, c: [['V1.D1.1.a', 60]] });
		// Index 0 belongs to an earlier attempt; index 1 is this one's first decision.
		const lms = fakeLms('2004', { 'cmi.suspend_data': v1, 'cmi.interactions.0.id': 'old', 'cmi.interactions.1.id': 'V1.D1.1' });
		const reporter = scormReporter(() => lms.api());
		expect(reporter.start('v1').suspended?.attempts['v1']).toMatchObject({ attemptId: 'a1', reported: 1, choiceLog: [{ choiceId: 'V1.D1.1.a' }] });
		reporter.report(record('a1', 2));
		expect(lms.sets.filter((s) => s.endsWith('.id'))).toEqual(['cmi.interactions.2.id']);
		expect(lms.stored['cmi.interactions.2.id']).toBe('V1.D1.2');
		// Not ours to claim in a catalogue, which would not know which vignette it is.
		expect(scormReporter(() => fakeLms('2004', { 'cmi.suspend_data': v1 }).api()).start().suspended).toBeUndefined();
	});

	it('a catalogue: vignettes played in turn share one journal of interactions, each named after its vignette; the course completes with the last', () => {
		const lms = fakeLms('2004');
		const reporter = scormReporter(() => lms.api());
		reporter.start();
		const course = new CourseRecord(
			[
				{ id: 'dana', decisionCount: 2 },
				{ id: 'jordan', decisionCount: 2 }
			],
			DEFAULT_PASS_RULE
		);
		course.update(lmsPart('dana', 'V1.D1', 'a1', 1));
		reporter.report(course.record()!);
		course.update(lmsPart('jordan', 'V2.D1', 'a2', 2, true));
		reporter.report(course.record()!);
		// Dana was left at decision 1; her decision 2 goes after Jordan's, not over them.
		course.update(lmsPart('dana', 'V1.D1', 'a1', 2));
		reporter.report(course.record()!);
		expect([0, 1, 2, 3].map((i) => lms.stored[`cmi.interactions.${i}.id`])).toEqual(['dana/V1.D1.1', 'jordan/V2.D1.1', 'jordan/V2.D1.2', 'dana/V1.D1.2']);
		expect(lms.stored['cmi.interactions.0.description']).toBe('Vignette dana: Decision 1');
		expect(lms.stored['cmi.completion_status']).toBe('incomplete');
		// 2 + 4 of 8 points so far.
		expect(lms.stored['cmi.score.raw']).toBe('6');
		expect(lms.stored['cmi.score.max']).toBe('8');
		course.update(lmsPart('dana', 'V1.D1', 'a1', 2, true));
		reporter.report(course.record()!);
		expect(lms.stored).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '8', 'cmi.score.scaled': '1' });
		expect(lms.api().get('cmi.interactions._count')).toBe('4');

		// The next session knows what each vignette's attempt has in the LMS, and the course's standing.
		const next = fakeLms('2004', lms.stored);
		const again = scormReporter(() => next.api());
		const { suspended } = again.start();
		expect(suspended?.attempts['dana']).toMatchObject({ attemptId: 'a1', reported: 2, phase: 'ended' });
		expect(suspended?.standings['jordan']).toEqual({ raw: 4, max: 4, critical: false, completion: 'completed' });
	});

	it('without an LMS, start fails plainly and reports keep failing without throwing', () => {
		const reporter = scormReporter(() => undefined);
		expect(() => reporter.start()).toThrow('no LMS connection was found');
		expect(reporter.report(record('a1', 1))).toEqual({ ok: false, reason: 'no LMS connection was found' });
	});
});
