import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileCase } from '../ink/compile';
import { DEFAULT_PASS_RULE } from '../domain/pass-rule';
import type { AttemptSnapshot } from '../machines/attempt.machine';
import type { LmsRecord } from './course-record';
import { LmsLink } from './lms-link.svelte';
import type { LmsReporter, ScormStart } from './scorm-reporter';

const T0 = 1_700_000_000_000;
const { manifest } = compileCase('tests/fixtures/stories/tiny/main.ink');

/** A finished attempt of `tiny`, as the attempt machine's snapshot carries it (only what the link reads). */
const finished = {
	context: { practice: null, recorded: null, choiceLog: [{ choiceId: 'V99.D99.1.a', at: T0 + 1000 }], phase: 'ended', manifest, decisions: manifest.decisions, ledger: [], profile: null, attemptId: 'a1', mode: 'learning', startedAt: T0, completedAt: T0 + 5000 }
} as unknown as AttemptSnapshot;

/** An LMS that does not answer its first `failures` starts, then holds Jordan completed from an earlier session. */
function lateLms(failures: number) {
	const lms = {
		starts: 0,
		reports: [] as LmsRecord[],
		reporter: {
			finished: false,
			start(): ScormStart {
				lms.starts++;
				if (lms.starts <= failures) throw new Error('no LMS connection was found');
				return { suspended: { attempts: {}, standings: { jordan: { raw: 4, max: 4, critical: false, completion: 'completed' } } } };
			},
			report(record: LmsRecord) {
				if (lms.starts <= failures) throw new Error('reported before the LMS was read');
				lms.reports.push(record);
				return { ok: true } as const;
			},
			finish() {}
		} satisfies LmsReporter
	};
	return lms;
}

describe('LmsLink', () => {
	beforeEach(() => {
		vi.stubGlobal('addEventListener', () => {});
		vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
		vi.stubGlobal('document', { visibilityState: 'visible', addEventListener: () => {}, removeEventListener: () => {} });
	});
	afterEach(() => vi.unstubAllGlobals());

	it('an LMS that did not answer at launch is read before anything is reported, so what it held from earlier sessions is kept', async () => {
		const lms = lateLms(2);
		const link = await LmsLink.connect(lms.reporter, DEFAULT_PASS_RULE, [
			{ id: 'tiny', decisionCount: 2 },
			{ id: 'jordan', decisionCount: 2 }
		]);
		expect(link.status).toBe('missing');
		link.observe(finished);
		// The first try after the step fails to start too (no report); the retry 2 s later reads the LMS, then reports.
		await vi.waitFor(() => expect(lms.reports).toHaveLength(1), { timeout: 5000 });
		expect(lms.starts).toBe(3);
		const [record] = lms.reports;
		// Jordan's completed standing from the LMS is in the course with tiny's new one: both completed, 4 of 8 points.
		expect(record?.suspend.standings).toMatchObject({ jordan: { raw: 4, completion: 'completed' }, tiny: { raw: 0, completion: 'completed' } });
		expect(record?.result).toMatchObject({ completion: 'completed', success: 'failed', raw: 4, max: 8 });
		expect(link.status).toBe('connected');
		expect(link.summary).toMatchObject({ completed: 2, total: 2 });
	});

	it('an LMS that answers at launch gets each step once', async () => {
		const lms = lateLms(0);
		const link = await LmsLink.connect(lms.reporter, DEFAULT_PASS_RULE, [{ id: 'tiny', decisionCount: 2 }]);
		expect(link.status).toBe('connected');
		link.observe(finished);
		link.observe(finished);
		await vi.waitFor(() => expect(lms.reports).toHaveLength(1));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(lms.reports).toHaveLength(1);
		expect(lms.starts).toBe(1);
	});
});
