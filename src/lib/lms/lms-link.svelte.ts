/**
 * The case page's link to the LMS: watches the attempt machine's snapshots and reports the
 * recorded attempt after every acknowledged step (status, score, suspend data, one interaction
 * per decision), retries while the LMS does not answer, and ends the LMS session on `pagehide`.
 * It only observes the attempt: it sends the machine nothing, so an LMS that fails can never
 * stop the trainee playing. `status` is what the page says about it.
 */
import { courseResult, decisionInteractions } from '../domain/course-result';
import type { PassRule } from '../domain/pass-rule';
import { isPracticeOnly } from '../domain/profiles';
import type { AttemptSnapshot } from '../machines/attempt.machine';
import { afterPaint } from '../session/after-paint';
import type { LmsRecord, LmsReporter } from './scorm-reporter';
import type { Suspended } from './suspend-data';

export type LmsStatus = 'connected' | 'retrying' | 'missing' | 'ended';

/** Retries of a report the LMS did not acknowledge: 2 s, 5 s, then every 15 s (as local saves). */
const RETRY_DELAYS_MS = [2000, 5000, 15000] as const;

/** The record the LMS should hold, or undefined when there is nothing to report (not started, practice, practice-only). */
export function lmsRecordOf(snapshot: AttemptSnapshot, rule: PassRule): LmsRecord | undefined {
	const c = snapshot.context;
	if (c.practice !== null || c.recorded !== null || c.choiceLog.length === 0 || c.phase === 'setting') return undefined;
	if (isPracticeOnly(c.manifest.meta, c.profile)) return undefined;
	const ended = c.phase === 'ended';
	return {
		result: courseResult({ ended, ledger: c.ledger, decisions: c.manifest.decisions, profile: c.profile }, rule),
		interactions: decisionInteractions(c, c.manifest.decisions, c.profile),
		suspend: {
			attemptId: c.attemptId,
			contentHash: c.manifest.contentHash,
			profile: c.profile,
			mode: c.mode,
			phase: c.phase,
			startedAt: c.startedAt,
			completedAt: c.completedAt,
			choiceLog: c.choiceLog
		}
	};
}

const keyOf = (r: LmsRecord) => `${r.suspend.attemptId}:${r.suspend.choiceLog.length}:${r.suspend.phase}`;

export class LmsLink {
	status = $state<LmsStatus>('connected');
	/** Why the last report was not acknowledged, while retrying. */
	problem = $state<string | null>(null);
	suspended: Suspended | undefined;
	/** The learner as the LMS knows them (an xAPI agent), when it says. */
	learner: Record<string, unknown> | undefined;
	private latest: LmsRecord | undefined;
	private reportedKey: string | undefined;
	private failures = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** A report under way (a cmi5 LMS answers over the network): the next waits for it. */
	private sending: Promise<void> | undefined;

	/** Connects through `reporter` and reads what the LMS suspended, before the attempt machine starts from it. */
	static async connect(reporter: LmsReporter, rule: PassRule): Promise<LmsLink> {
		const link = new LmsLink(reporter, rule);
		try {
			const started = await reporter.start();
			link.suspended = started.suspended;
			link.learner = started.learner;
		} catch (error) {
			// No LMS (the package opened on its own) or it refused to start: play on, say so, keep trying.
			link.status = 'missing';
			link.problem = (error as Error).message;
		}
		return link;
	}

	private constructor(
		private readonly reporter: LmsReporter,
		private readonly rule: PassRule
	) {
		// For the page's whole life, as the link itself (one per page load, lms-start.ts): never removed.
		addEventListener('online', () => this.status === 'retrying' && void this.send());
		addEventListener('pagehide', () => this.end());
	}

	/** Follows the attempt; call with every snapshot. */
	observe(snapshot: AttemptSnapshot) {
		const record = lmsRecordOf(snapshot, this.rule);
		if (!record || keyOf(record) === this.reportedKey) return;
		this.latest = record;
		// The next passage paints first; the LMS (often a synchronous request) comes after.
		void afterPaint().then(() => this.send());
	}

	/** Reports the latest record, one report at a time; a record that arrives meanwhile goes next. */
	private async send(): Promise<void> {
		while (this.sending) await this.sending;
		const record = this.latest;
		if (!record || this.reporter.finished || keyOf(record) === this.reportedKey) return;
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
			this.reportedKey = keyOf(record);
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
		if (this.latest && keyOf(this.latest) !== this.reportedKey && !this.sending) void this.reporter.report(this.latest);
		this.reporter.finish(this.latest?.result.completion === 'completed');
		this.status = 'ended';
	}
}
