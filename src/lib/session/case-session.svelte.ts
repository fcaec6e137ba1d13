/**
 * The case page's one actor: resumes or starts an attempt, runs the session machine and
 * mirrors its snapshot into runes. Views read `snapshot` and call `send`.
 *
 * Loading is staged for a fast first screen: the content note needs only the manifest (in the
 * prerendered page) and the machine. The story runtime (inkjs + story JSON) and storage (Dexie) load right after,
 * unless there is saved progress to resume, in which case they are needed at once.
 */
import { createActor, fromPromise, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { version } from '$app/environment';
import type { AttemptMode, AttemptRecord } from '../domain/attempt';
import { isPracticeOnly } from '../domain/tags';
import type { CaseManifest } from '../domain/types';
import { mayHaveSavedProgress } from '../db/exists';
import { buildReviewNotice, type CatalogueEntry } from '../ink/catalogue';
import type { StoryPort, StoryRunner } from '../ink/runner';
import { createSessionMachine, pendingRecord, type PendingRecord, type SaveState, type SessionEvent, type SessionMachine } from '../machines/session.machine';
import { afterPaint } from './after-paint';
import { attemptExportFile, attemptExportName } from './attempt-export';
import { AttemptLock, browserLocks, lockName } from './attempt-lock';
import { downloadJson } from './download';
import { requestPersistence } from './durability';
import { planPractice } from './practice';
import { planResume } from './resume';
import { classifySaveError, isRetryable, SaveRefusedError, type SaveFailure } from './save-failure';
import { SaveRetry } from './save-retry';
import { onClosedByUpgrade, openStorage, type Storage } from './storage';

type Snapshot = SnapshotFrom<SessionMachine>;
type RunnerFactory = () => StoryRunner;

export interface OutdatedNotice {
	attempt: AttemptRecord;
	reason: string;
}

/** Who may write this case's attempt: this tab, another tab (found so on opening), or another tab that took it over. */
export type Ownership = 'mine' | 'elsewhere' | 'taken';

export class CaseSession {
	snapshot = $state.raw<Snapshot>();
	/** Set when a saved attempt no longer fits the vignette: the page offers a restart. */
	outdated = $state.raw<OutdatedNotice | null>(null);
	storageProblem = $state<string | null>(null);
	invalidRows = $state(0);
	storyReady = $state(false);
	loadProblem = $state<string | null>(null);
	/** While practising: the recorded attempt the practice run came from (its result is unchanged). */
	recorded = $state.raw<AttemptRecord | null>(null);
	practiceProblem = $state<string | null>(null);
	/** Only the tab that owns the attempt writes it; the others show it read-only. */
	ownership = $state<Ownership>('mine');
	/** Why the last save failed, while it is failed. */
	saveFailure = $state.raw<SaveFailure | null>(null);
	/** Another tab upgraded the database: this tab plays on in memory and asks for a reload. */
	upgraded = $state(false);

	get canWrite() {
		return this.ownership === 'mine';
	}

	/** The run is under a practice-only profile: nothing of it is saved or offered for download. */
	get practiceOnly() {
		return isPracticeOnly(this.manifest.meta, this.snapshot?.context.profile ?? this.profile);
	}

	private actor: ActorRefFrom<SessionMachine> | undefined;
	private runner: StoryRunner | undefined;
	private newRunner: RunnerFactory | undefined;
	private storageOpening: Promise<Storage> | undefined;
	private storyLoading: Promise<void> | undefined;
	private readonly lock: AttemptLock;
	private readonly retry = new SaveRetry(() => this.actor?.send({ type: 'save.retry' }));
	private readonly teardown: (() => void)[] = [];
	private askedPersistence = false;

	/** The machine's view of the story; it exists before the story has loaded. */
	private readonly port: StoryPort = {
		start: (profile) => this.requireRunner().start(profile),
		choose: (id) => this.requireRunner().choose(id),
		current: () => this.requireRunner().current(),
		saveState: () => this.requireRunner().saveState(),
		loadState: (json) => this.requireRunner().loadState(json)
	};

	/** The profile a new attempt starts under: the instructor's, else the vignette's primary one. */
	readonly profile: string | null;

	private constructor(
		readonly manifest: CaseManifest,
		private readonly entry: CatalogueEntry,
		/** A profile fixed by an instructor's link (`?profile=`), already checked against the vignette. */
		private readonly fixedProfile: string | null,
		/** How new attempts give feedback: assessment when the link or the build asks for it. */
		readonly mode: AttemptMode
	) {
		this.profile = fixedProfile ?? manifest.meta.profiles[0]?.id ?? null;
		this.lock = new AttemptLock(lockName(manifest.meta.id), browserLocks(), () => {
			this.ownership = 'taken';
			this.retry.cancel();
		});
	}

	static async open(entry: CatalogueEntry, manifest: CaseManifest, fixedProfile: string | null, mode: AttemptMode = 'learning'): Promise<CaseSession> {
		const session = new CaseSession(manifest, entry, fixedProfile, mode);
		const [mayResume] = await Promise.all([mayHaveSavedProgress(), session.claim(false)]);
		session.watch();
		if (mayResume) {
			await session.resumeOrStart();
		} else {
			// Nothing to resume: the content note is interactive now; the rest loads after it paints.
			session.startActor(undefined);
			void afterPaint().then(() => {
				void session.loadStory();
				void session.storage();
			});
		}
		return session;
	}

	private loadStory(): Promise<void> {
		this.storyLoading ??= Promise.all([this.entry.loadStory(), import('../ink/runner')]).then(
			([{ storyJson }, { StoryRunner }]) => {
				this.newRunner = () => new StoryRunner(storyJson);
				this.runner = this.newRunner();
				this.storyReady = true;
			},
			(error: unknown) => {
				this.loadProblem = `The case could not load (${(error as Error).message}).`;
			}
		);
		return this.storyLoading;
	}

	private storage(): Promise<Storage> {
		this.storageOpening ??= openStorage().then((s) => {
			if (!s.ok) this.storageProblem = s.reason;
			return s;
		});
		return this.storageOpening;
	}

	send(event: SessionEvent) {
		this.actor?.send(event);
	}

	/** Keeps the current attempt (abandoned unless completed) and starts a new one. */
	async restart() {
		if (!this.canWrite) return;
		const context = this.snapshot?.context;
		const storage = await this.storage();
		if (storage.ok && context && context.revision > 0 && context.phase !== 'ended')
			await storage.attempts.setStatus(context.attemptId, 'abandoned', Date.now()).catch(() => {});
		this.outdated = null;
		this.recorded = null;
		if (this.newRunner) this.runner = this.newRunner();
		this.startActor(undefined);
	}

	/**
	 * "Try this decision again" from the debrief: a practice run from `decisionId`, stored as
	 * practice. The finished attempt is kept as it is and can be shown again.
	 */
	practise(decisionId: string) {
		const context = this.snapshot?.context;
		if (!context || context.phase !== 'ended' || !this.newRunner) return;
		const source: AttemptRecord = { ...pendingRecord(context, Date.now()), revision: context.revision, inkState: null };
		const runner = this.newRunner();
		const plan = planPractice(source, decisionId, this.manifest, runner, { newId: () => crypto.randomUUID(), now: Date.now });
		if (!plan.ok) {
			this.practiceProblem = `Practice could not start: ${plan.reason}.`;
			return;
		}
		this.practiceProblem = null;
		if (!source.practice) this.recorded = source;
		this.runner = runner;
		this.startActor(plan.practice);
	}

	/** Leaves practice (an unfinished run is kept as abandoned) and shows the recorded debrief again. */
	async showRecorded() {
		const recorded = this.recorded;
		if (!recorded || !this.newRunner) return;
		const context = this.snapshot?.context;
		this.recorded = null;
		this.runner = this.newRunner();
		this.startActor(recorded);
		if (context?.practice && context.phase !== 'ended' && context.revision > 0 && this.canWrite) {
			const storage = await this.storage();
			if (storage.ok) await storage.attempts.setStatus(context.attemptId, 'abandoned', Date.now()).catch(() => {});
		}
	}

	stop() {
		this.actor?.stop();
		this.retry.cancel();
		this.lock.dispose();
		for (const undo of this.teardown.splice(0)) undo();
	}

	/**
	 * Takes the attempt over from another tab (or back from the one that took it), then reloads
	 * it from storage, where that tab left it, so the two histories never interleave.
	 */
	async takeOver() {
		await this.claim(true);
		this.saveFailure = null;
		this.outdated = null;
		if (this.newRunner) this.runner = this.newRunner();
		await this.resumeOrStart();
	}

	/** The attempt as it is in memory now (saved or not), as a one-attempt export file download. */
	async downloadAttempt() {
		const context = this.snapshot?.context;
		// A practice-only run is never exported (CONTENT.md 0.4 item 3).
		if (!context || this.practiceOnly) return;
		let inkState: string | null = null;
		if (context.phase !== 'setting')
			try {
				inkState = this.runner?.saveState() ?? null;
			} catch {
				inkState = null;
			}
		const now = Date.now();
		const attempt: AttemptRecord = { ...pendingRecord(context, now), inkState };
		const storage = await this.storage();
		const trainee = storage.ok ? ((await storage.settings.read().catch(() => null))?.trainee ?? null) : null;
		downloadJson(attemptExportName(attempt, now), attemptExportFile(attempt, { now, app: version, trainee, notice: buildReviewNotice }));
	}

	private async claim(steal: boolean) {
		const outcome = await this.lock.acquire(steal);
		// Without Web Locks, the revision check in the save transaction is the only guard.
		this.ownership = outcome === 'elsewhere' ? 'elsewhere' : 'mine';
	}

	/** Retries on `online` and when the tab is shown again; hears of an upgrade in another tab. */
	private watch() {
		const nudge = () => this.retry.nudge();
		const visible = () => document.visibilityState === 'visible' && nudge();
		window.addEventListener('online', nudge);
		document.addEventListener('visibilitychange', visible);
		const unsubscribe = onClosedByUpgrade(() => {
			this.upgraded = true;
			this.retry.cancel();
		});
		this.teardown.push(
			() => window.removeEventListener('online', nudge),
			() => document.removeEventListener('visibilitychange', visible),
			unsubscribe
		);
	}

	private afterSave(before: SaveState | undefined, now: SaveState, ended: boolean) {
		if (before !== 'pending' || now === 'pending') return;
		if (now === 'saved') {
			this.retry.succeeded();
			this.saveFailure = null;
			// Ask for persistent storage once there is a completed attempt worth keeping.
			if (ended && !this.askedPersistence) {
				this.askedPersistence = true;
				void requestPersistence();
			}
		} else if (now === 'failed') {
			if (this.saveFailure && isRetryable(this.saveFailure) && this.canWrite) this.retry.failed();
			else this.retry.cancel();
		}
	}

	private requireRunner(): StoryRunner {
		if (!this.runner) throw new Error('the story has not loaded yet');
		return this.runner;
	}

	private async resumeOrStart() {
		const [storage] = await Promise.all([this.storage(), this.loadStory()]);
		if (!storage.ok || !this.runner) return this.startActor(undefined);
		// A practice-only run is never resumed: none is stored, and rows under a profile that is now
		// practice only (stored before it was) are left as they are. So a link fixing such a profile
		// starts afresh, and leaves an attempt under another profile untouched.
		const resumable = (profile: string | null) => !isPracticeOnly(this.manifest.meta, profile);
		let saved: AttemptRecord | undefined;
		try {
			// An instructor's link resumes only an attempt under its profile; otherwise the latest.
			const found = await storage.attempts.findActive(this.manifest.meta.id, this.fixedProfile ?? undefined, 'recorded', resumable);
			saved = found.value;
			this.invalidRows = found.invalid;
			// No recorded attempt under way: a practice run cut short (a reload, a killed tab) goes on,
			// with the finished attempt it came from to go back to.
			if (!saved) {
				const practice = (await storage.attempts.findActive(this.manifest.meta.id, this.fixedProfile ?? undefined, 'practice', resumable)).value;
				const recorded = practice?.practice ? await storage.attempts.get(practice.practice.of) : undefined;
				if (practice && recorded?.status === 'completed') {
					saved = practice;
					this.recorded = recorded;
				}
			}
		} catch (error) {
			this.storageProblem = (error as Error).message;
		}
		// An assessment link never continues a learning attempt: that one would show feedback.
		if (!saved || (this.mode === 'assessment' && saved.mode !== 'assessment')) {
			this.recorded = null;
			return this.startActor(undefined);
		}
		const plan = planResume(saved, this.manifest, this.port);
		if (plan.kind === 'outdated') {
			this.recorded = null;
			// Kept in history, never resumed: its choices no longer exist in this version.
			if (this.canWrite) await storage.attempts.setStatus(saved.id, 'superseded', Date.now()).catch(() => {});
			this.outdated = { attempt: plan.attempt, reason: plan.reason };
			this.runner = this.newRunner?.();
			return this.startActor(undefined);
		}
		let attempt = plan.attempt;
		// A tab that does not own the attempt shows it as it is and writes nothing.
		if (plan.kind === 'replayed' && this.canWrite) {
			const rebuilt = { ...attempt, revision: attempt.revision + 1, updatedAt: Date.now() };
			await storage.attempts.save(rebuilt).then(
				() => (attempt = rebuilt),
				() => {}
			);
		}
		this.startActor(attempt);
	}

	private async persist(input: PendingRecord) {
		// The passage is painted first; the ink state cannot change meanwhile, since every
		// control that moves the story on waits for this save.
		await afterPaint();
		try {
			if (!this.canWrite) throw new SaveRefusedError('not-owner', 'this case is open in another tab');
			if (this.upgraded) throw new SaveRefusedError('closed', 'Confide was updated in another tab');
			const storage = await this.storage();
			if (!storage.ok) throw new SaveRefusedError('unavailable', storage.reason);
			await storage.attempts.save({ ...input, inkState: input.phase === 'setting' ? null : this.requireRunner().saveState() });
		} catch (error) {
			const failure = classifySaveError(error);
			this.saveFailure = failure;
			// Another tab wrote this attempt (no Web Locks, or a write already under way when it took
			// over): stop writing and offer to take it over, which reloads what that tab saved.
			if (failure.kind === 'conflict') this.ownership = 'elsewhere';
			if (failure.kind === 'closed') this.upgraded = true;
			throw error;
		}
	}

	private startActor(resume: AttemptRecord | undefined) {
		this.actor?.stop();
		this.retry.cancel();
		const machine = createSessionMachine({ story: this.port, now: Date.now, newId: () => crypto.randomUUID() }).provide({
			actors: { persistAttempt: fromPromise<void, PendingRecord>(({ input }) => this.persist(input)) }
		});
		const input = { manifest: this.manifest, profile: this.profile, profileLocked: this.fixedProfile !== null, mode: this.mode, ...(resume ? { resume } : {}) };
		const actor = createActor(machine, { input });
		actor.subscribe((snapshot) => {
			const before = this.snapshot?.context.saveState;
			this.snapshot = snapshot;
			this.afterSave(before, snapshot.context.saveState, snapshot.context.phase === 'ended');
		});
		this.actor = actor;
		actor.start();
		this.snapshot = actor.getSnapshot();
	}
}
