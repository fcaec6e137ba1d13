import { describe, expect, it } from 'vitest';
import { cmi5Lms, type Cmi5Lms } from '../../../tests/support/cmi5-lms';
import { courseResult, lmsPart, lmsRecord } from '../../../tests/support/lms-records';
import { DEFAULT_PASS_RULE } from '../domain/pass-rule';
import { CourseRecord } from './course-record';
import { ids } from '../exchange/xapi';
import { readCmi5Launch } from './cmi5-launch';
import { cmi5Reporter } from './cmi5-reporter';
import { CMI5, judgement } from './cmi5-statements';

const BASE = 'https://lms.test/';

/** `fetch` answered by the fake LMS, as the browser would carry the request. */
const fetchFrom = (lms: Cmi5Lms) =>
	(async (input: RequestInfo | URL, init: RequestInit = {}) => {
		const url = new URL(String(input));
		const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
		const answer = lms.handle({ method: init.method ?? 'GET', path: url.pathname.slice(1) + url.search, headers, body: String(init.body ?? '') });
		return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.contentType ? { 'Content-Type': answer.contentType } : {} });
	}) as typeof fetch;

const result = courseResult;
const record = (decisions: number, done = false) => lmsRecord('V99.D99', 'a1', decisions, done);

function launched(lms: Cmi5Lms, options: Parameters<Cmi5Lms['launch']>[0] = {}) {
	const query = new URLSearchParams(lms.launch(options));
	let clock = 1_700_000_000_000;
	return cmi5Reporter({ query, base: `${BASE}content/`, fetch: fetchFrom(lms), now: () => (clock += 1000) });
}

describe('readCmi5Launch', () => {
	it('reads the five launch parameters and refuses a page not launched by a cmi5 LMS', () => {
		const lms = cmi5Lms(BASE);
		const read = readCmi5Launch(new URLSearchParams(lms.launch()), BASE);
		expect(read).toMatchObject({ ok: true, launch: { endpoint: `${BASE}xapi/`, registration: lms.registration, activityId: lms.activityId, actor: lms.actor } });
		expect(readCmi5Launch(new URLSearchParams(''), BASE)).toEqual({ ok: false, reason: 'this page was not launched by a cmi5 LMS' });
		expect(readCmi5Launch(new URLSearchParams('endpoint=x&fetch=y'), BASE)).toMatchObject({ ok: false, reason: 'the LMS launch is missing actor, registration, activityId' });
		const bad = new URLSearchParams(lms.launch());
		bad.set('registration', 'not-a-uuid');
		expect(readCmi5Launch(bad, BASE)).toMatchObject({ ok: false, reason: expect.stringContaining('registration') });
	});
});

describe('judgement', () => {
	it("follows the pass rule, and the LMS's mastery score where it set one", () => {
		expect(judgement(result('completed', 'passed', 0.8), null)).toEqual({ verb: 'passed', withScore: true });
		expect(judgement(result('completed', 'failed', 0.5), null)).toEqual({ verb: 'failed', withScore: true });
		expect(judgement(result('completed', 'passed', 0.8), 0.9)).toEqual({ verb: 'failed', withScore: true });
		// A critical error fails an attempt whose score reaches the mastery score: no score, so no contradiction.
		expect(judgement(result('completed', 'failed', 0.95, true), 0.9)).toEqual({ verb: 'failed', withScore: false });
		expect(judgement(result('completed', 'passed', 0.95), 0.9)).toEqual({ verb: 'passed', withScore: true });
	});
});

describe('cmi5Reporter', () => {
	it('initializes, reports each decision once, completes and passes once, and terminates last; every statement valid', async () => {
		const lms = cmi5Lms(BASE);
		const reporter = launched(lms, { masteryScore: 0.75 });
		// The learner is the one the LMS launched the package for.
		expect(await reporter.start()).toEqual({ suspended: undefined, learner: lms.actor });
		expect(await reporter.report(record(1))).toEqual({ ok: true });
		expect(await reporter.report(record(1))).toEqual({ ok: true });
		expect(await reporter.report(record(2, true))).toEqual({ ok: true });
		reporter.finish(true);
		await expect.poll(() => lms.verbs().at(-1)).toBe('terminated');
		expect(lms.verbs()).toEqual(['initialized', 'answered', 'answered', 'completed', 'passed', 'terminated']);
		expect(lms.problems).toEqual([]);
		const passed = lms.statements[4]!;
		expect(passed).toMatchObject({ result: { success: true, score: { scaled: 1 } }, context: { extensions: { [CMI5.masteryScore]: 0.75 } } });
		const categories = (s: Record<string, unknown>) => ((s['context'] as { contextActivities: { category?: { id: string }[] } }).contextActivities.category ?? []).map((c) => c.id);
		expect(categories(passed)).toEqual([CMI5.category, CMI5.moveOnCategory]);
		expect(categories(lms.statements[1]!)).toEqual([]);
		// The context template's grouping is kept on every statement.
		for (const s of lms.statements) expect(JSON.stringify(s['context'])).toContain('https://confide.test/au/tiny');
		expect(lms.state.get(`${lms.registration}|urn:confide:state:suspended`)).toContain('"f":"e"');
	});

	it('a failed write is not acknowledged; the retry sends the same statements, and the LMS keeps each once', async () => {
		const lms = cmi5Lms(BASE);
		const reporter = launched(lms);
		await reporter.start();
		lms.faults.state = 1;
		expect(await reporter.report(record(1))).toMatchObject({ ok: false, reason: 'the LMS refused the suspended attempt (500)' });
		lms.faults.statements = 1;
		expect(await reporter.report(record(1))).toMatchObject({ ok: false });
		expect(await reporter.report(record(1))).toEqual({ ok: true });
		expect(lms.verbs()).toEqual(['initialized', 'answered']);
		expect(lms.problems).toEqual([]);
	});

	it('a new session resumes from the suspended attempt and never sends what the LMS acknowledged', async () => {
		const lms = cmi5Lms(BASE);
		const first = launched(lms);
		await first.start();
		await first.report(record(1));
		first.finish(false);
		await expect.poll(() => lms.verbs().at(-1)).toBe('terminated');

		const second = launched(lms);
		const { suspended } = await second.start();
		expect(suspended).toMatchObject({ attempts: { v1: { attemptId: 'a1', reported: 1, choiceLog: [{ choiceId: 'V99.D99.1.a' }] } } });
		await second.report(record(2, true));
		second.finish(true);
		await expect.poll(() => lms.verbs().length).toBe(8);
		// Decision 1 was acknowledged in the first session: only decision 2 is new.
		expect(lms.verbs()).toEqual(['initialized', 'answered', 'terminated', 'initialized', 'answered', 'completed', 'passed', 'terminated']);
		expect(lms.problems).toEqual([]);
	});

	it('in Browse or Review mode sends no completion, pass or fail', async () => {
		const lms = cmi5Lms(BASE);
		const reporter = launched(lms, { launchMode: 'Review' });
		await reporter.start();
		await reporter.report(record(2, true));
		reporter.finish(true);
		await expect.poll(() => lms.verbs().at(-1)).toBe('terminated');
		expect(lms.verbs()).toEqual(['initialized', 'answered', 'answered', 'terminated']);
	});

	it('a fetch URL used twice, or a page opened outside an LMS, refuses to start with the reason', async () => {
		const lms = cmi5Lms(BASE);
		const query = lms.launch();
		const fetch = fetchFrom(lms);
		await cmi5Reporter({ query: new URLSearchParams(query), base: BASE, fetch }).start();
		await expect(cmi5Reporter({ query: new URLSearchParams(query), base: BASE, fetch }).start()).rejects.toThrow(
			'the LMS refused the session credential (The authorization token has already been returned.)'
		);
		await expect(cmi5Reporter({ query: new URLSearchParams(''), base: BASE, fetch }).start()).rejects.toThrow('this page was not launched by a cmi5 LMS');
	});

	it('a catalogue: each vignette\'s decisions under its own activities, and the course completed and judged once, when the last vignette is', async () => {
		const lms = cmi5Lms(BASE);
		const reporter = launched(lms);
		await reporter.start();
		const course = new CourseRecord(
			[
				{ id: 'dana', decisionCount: 2 },
				{ id: 'jordan', decisionCount: 2 }
			],
			DEFAULT_PASS_RULE
		);
		course.update(lmsPart('dana', 'V1.D1', 'a1', 2, true));
		expect(await reporter.report(course.record()!)).toEqual({ ok: true });
		// One vignette of two: nothing completed yet.
		expect(lms.verbs()).toEqual(['initialized', 'answered', 'answered']);
		course.update(lmsPart('jordan', 'V2.D1', 'a2', 1));
		await reporter.report(course.record()!);
		course.update(lmsPart('jordan', 'V2.D1', 'a2', 2, true));
		await reporter.report(course.record()!);
		await reporter.report(course.record()!);
		expect(lms.verbs()).toEqual(['initialized', 'answered', 'answered', 'answered', 'answered', 'completed', 'passed']);
		type Sent = { verb: { id: string }; object: { id: string }; result?: unknown };
		const sent = lms.statements as unknown as Sent[];
		const objects = sent.filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.object.id);
		expect(objects).toEqual([ids.decision('dana', 'V1.D1.1'), ids.decision('dana', 'V1.D1.2'), ids.decision('jordan', 'V2.D1.1'), ids.decision('jordan', 'V2.D1.2')]);
		const passed = sent.find((s) => s.verb.id.endsWith('/passed'));
		expect(passed?.result).toMatchObject({ success: true, score: { raw: 8, max: 8, scaled: 1 } });
		expect(lms.problems).toEqual([]);
	});
});
