/**
 * The package's link to the LMS, for the whole launch: watches each case page's attempt machine and
 * reports the course after every acknowledged step (the course's status and score over its
 * vignettes, suspend data, one interaction per decision), retries while the LMS does not answer,
 * and ends the LMS session on `pagehide`.
 * It only observes the attempt: it sends the machine nothing, so an LMS that fails can never
 * stop the trainee playing. `status` is what the page says about it.
 */
import type { CourseVignette } from '../domain/course-result';
import type { PassRule } from '../domain/pass-rule';
import type { AttemptSnapshot } from '../machines/attempt.machine';
import { afterPaint } from '../session/after-paint';
import { CourseRecord, lmsPartOf, recordKey, type CourseSummary, type LmsRecord } from './course-record';
import type { LmsReporter } from './scorm-reporter';
import type { SuspendedAttempt } from './suspend-data';

export type LmsStatus = 'connected' | 'retrying' | 'missing' | 'ended';

/** Retries of a report the LMS did not acknowledge: 2 s, 5 s, then every 15 s (as local saves). */
const RETRY_DELAYS_MS = [2000, 5000, 15000] as const;

export class LmsLink {
	status = $state<LmsStatus>('connected');
	/** Why the last report was not acknowledged, while retrying. */
	problem = $state<string | null>(null);
	/** The course as the LMS held it at launch, and as played since. */
	private course!: CourseRecord;
	/** The course at a glance, for a catalogue's home page. */
	summary = $state.raw<CourseSummary | null>(null);
	/** The learner as the LMS knows them (an xAPI agent), when it says. */
	learner: Record<string, unknown> | undefined;
	private latest: LmsRecord | undefined;
	private reportedKey: string | undefined;
	private failures = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** A report under way (a cmi5 LMS answers over the network): the next waits for it. */
	private sending: Promise<void> | undefined;

	/**
	 * Connects through `reporter` and reads what the LMS suspended, before an attempt machine starts
	 * from it. `vignettes`: the course (the package's vignettes).
	 */
	static async connect(reporter: LmsReporter, rule: PassRule, vignettes: readonly CourseVignette[]): Promise<LmsLink> {
		const link = new LmsLink(reporter, rule);
		try {
			const started = await reporter.start(vignettes.length === 1 ? vignettes[0]!.id : undefined);
			link.course = new CourseRecord(vignettes, rule, started.suspended);
			link.learner = started.learner;
		} catch (error) {
			// No LMS (the package opened on its own) or it refused to start: play on, say so, keep trying.
			link.course = new CourseRecord(vignettes, rule);
			link.status = 'missing';
			link.problem = (error as Error).message;
		}
		link.summary = link.course.summary();
		return link;
	}

	/** The attempt the LMS holds for a vignette, to resume from. */
	suspendedFor(caseId: string): SuspendedAttempt | undefined {
		return this.course.suspendedFor(caseId);
	}

	private constructor(
		private readonly reporter: LmsReporter,
		private readonly rule: PassRule
	) {
		// For the page's whole life, as the link itself (one per page load, lms-start.ts): never removed.
		addEventListener('online', () => this.status === 'retrying' && void this.send());
		addEventListener('pagehide', () => this.end());
	}

	/** Follows a case page's attempt; call with every snapshot. */
	observe(snapshot: AttemptSnapshot) {
		const part = lmsPartOf(snapshot, this.rule);
		if (!part || !this.course.has(part.caseId)) return;
		this.course.update(part);
		this.summary = this.course.summary();
		const record = this.course.record();
		if (!record || recordKey(record) === this.reportedKey) return;
		this.latest = record;
		// The next passage paints first; the LMS (often a synchronous request) comes after.
		void afterPaint().then(() => this.send());
	}

	/** Reports the latest record, one report at a time; a record that arrives meanwhile goes next. */
	private async send(): Promise<void> {
		while (this.sending) await this.sending;
		const record = this.latest;
		if (!record || this.reporter.finished || recordKey(record) === this.reportedKey) return;
		clearTimeout(this.timer);
		let done!: () => void;
		this.sending = new Promise((resolve) => (done = resolve));
		let outcome: Awaited<ReturnType<LmsReporter['report']>>;
		try {
			outcome = await this.reporter.report(record);
		} catch (error) {
			// A reporter answers failures; one that throws anyway must not stop every later report.
			outcome = { ok: false, reason: (error as Error).message };
		} finally {
			this.sending = undefined;
			done();
		}
		if (outcome.ok) {
			this.reportedKey = recordKey(record);
			this.failures = 0;
			this.status = 'connected';
			this.problem = null;
			return;
		}
		this.failures++;
		this.status = 'retrying';
		this.problem = outcome.reason;
		this.timer = setTimeout(() => void this.send(), RETRY_DELAYS_MS[Math.min(this.failures - 1, RETRY_DELAYS_MS.length - 1)]);
	}

	/** The page is going away: report what is not yet acknowledged, then end the LMS session. */
	end() {
		if (this.reporter.finished) return;
		clearTimeout(this.timer);
		// Sent now, without waiting: a SCORM API answers at once, a cmi5 request is kept alive.
		if (this.latest && recordKey(this.latest) !== this.reportedKey && !this.sending) void this.reporter.report(this.latest);
		this.reporter.finish(this.latest?.result.completion === 'completed');
		this.status = 'ended';
	}
}
