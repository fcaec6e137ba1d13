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
	private course: CourseRecord;
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
	 * Whether the LMS's own record (what it suspended, how many interactions it holds) was read.
	 * Nothing is reported before: a report written blind would start the interactions at index 0
	 * and suspend only this page's vignettes, over what the LMS held from earlier sessions.
	 */
	private started = false;
	/** The newest snapshot observed and not yet taken in (it waits for the next paint). */
	private observed: AttemptSnapshot | undefined;

	/**
	 * Connects through `reporter` and reads what the LMS suspended, before an attempt machine starts
	 * from it. `vignettes`: the course (the package's vignettes).
	 */
	static async connect(reporter: LmsReporter, rule: PassRule, vignettes: readonly CourseVignette[]): Promise<LmsLink> {
		const link = new LmsLink(reporter, rule, vignettes);
		try {
			await link.begin();
		} catch (error) {
			// No LMS (the package opened on its own) or it refused to start: play on, say so, keep trying.
			link.status = 'missing';
			link.problem = (error as Error).message;
		}
		return link;
	}

	/** Reads what the LMS holds; what was played on this page before it answered goes on top. */
	private async begin() {
		const started = await this.reporter.start(this.vignettes.length === 1 ? this.vignettes[0]!.id : undefined);
		const course = new CourseRecord(this.vignettes, this.rule, started.suspended);
		for (const part of this.course.played()) course.update(part);
		this.course = course;
		this.learner = started.learner;
		this.started = true;
		this.summary = course.summary();
		const record = course.record();
		if (record) this.latest = record;
	}

	/** The attempt the LMS holds for a vignette, to resume from. */
	suspendedFor(caseId: string): SuspendedAttempt | undefined {
		return this.course.suspendedFor(caseId);
	}

	private constructor(
		private readonly reporter: LmsReporter,
		private readonly rule: PassRule,
		/** The course: the package's vignettes. */
		private readonly vignettes: readonly CourseVignette[]
	) {
		this.course = new CourseRecord(vignettes, rule);
		this.summary = this.course.summary();
		// For the page's whole life, as the link itself (one per page load, lms-start.ts): never removed.
		addEventListener('online', () => this.status !== 'connected' && this.status !== 'ended' && void this.send());
		addEventListener('pagehide', () => this.end());
	}

	/**
	 * Follows a case page's attempt; call with every snapshot. Only the newest snapshot is kept: the
	 * course is worked out from it after the next paint, off the path from a click to its frame.
	 */
	observe(snapshot: AttemptSnapshot) {
		const waiting = this.observed !== undefined;
		this.observed = snapshot;
		// The next passage paints first; the course record and the LMS (often a synchronous request) come after.
		if (!waiting)
			void afterPaint().then(() => {
				if (this.follow()) void this.send();
			});
	}

	/** Takes in the newest snapshot observed; whether there is something new to report. */
	private follow(): boolean {
		const snapshot = this.observed;
		this.observed = undefined;
		const part = snapshot && lmsPartOf(snapshot, this.rule);
		if (!part || !this.course.has(part.caseId)) return false;
		this.course.update(part);
		this.summary = this.course.summary();
		const record = this.course.record();
		if (!record || recordKey(record) === this.reportedKey) return false;
		this.latest = record;
		return true;
	}

	/**
	 * Reports the latest record, one report at a time; a record that arrives meanwhile goes next.
	 * While the LMS's record has not been read (it did not answer at launch), it is read first.
	 */
	private async send(): Promise<void> {
		while (this.sending) await this.sending;
		if (this.reporter.finished || !this.latest) return;
		if (this.started && recordKey(this.latest) === this.reportedKey) return;
		clearTimeout(this.timer);
		let done!: () => void;
		this.sending = new Promise((resolve) => (done = resolve));
		let outcome: Awaited<ReturnType<LmsReporter['report']>>;
		let sent = this.latest;
		try {
			if (!this.started) {
				await this.begin();
				sent = this.latest ?? sent;
			}
			outcome = await this.reporter.report(sent);
		} catch (error) {
			// A reporter answers failures; one that throws anyway (or a start that fails) must not stop every later try.
			outcome = { ok: false, reason: (error as Error).message };
		} finally {
			this.sending = undefined;
			done();
		}
		if (outcome.ok) {
			this.reportedKey = recordKey(sent);
			this.failures = 0;
			this.status = 'connected';
			this.problem = null;
			return;
		}
		this.failures++;
		if (this.started) this.status = 'retrying';
		this.problem = outcome.reason;
		this.timer = setTimeout(() => void this.send(), RETRY_DELAYS_MS[Math.min(this.failures - 1, RETRY_DELAYS_MS.length - 1)]);
	}

	/** The page is going away: report what is not yet acknowledged, then end the LMS session. */
	end() {
		if (this.reporter.finished) return;
		clearTimeout(this.timer);
		this.follow();
		// Sent now, without waiting: a SCORM API answers at once, a cmi5 request is kept alive.
		if (this.started && this.latest && recordKey(this.latest) !== this.reportedKey && !this.sending) void this.reporter.report(this.latest);
		this.reporter.finish(this.latest?.result.completion === 'completed');
		this.status = 'ended';
	}
}
