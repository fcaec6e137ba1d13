/**
 * The case page's one actor: loads the compiled story, resumes or starts an attempt, runs the
 * session machine and mirrors its snapshot into runes. Views read `snapshot` and call `send`.
 */
import { createActor, fromPromise, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { AttemptRecord } from '../domain/attempt';
import type { CaseManifest } from '../domain/types';
import { StoryRunner } from '../ink/runner';
import type { CatalogueEntry } from '../ink/catalogue';
import { createSessionMachine, type PendingRecord, type SessionEvent, type SessionMachine } from '../machines/session.machine';
import { afterPaint } from './after-paint';
import { planResume } from './resume';
import { openStorage, type Storage } from './storage';

type Snapshot = SnapshotFrom<SessionMachine>;

export interface OutdatedNotice {
	attempt: AttemptRecord;
	reason: string;
}

export class CaseSession {
	snapshot = $state.raw<Snapshot>();
	/** Set when a saved attempt no longer fits the vignette: the page offers a restart. */
	outdated = $state.raw<OutdatedNotice | null>(null);
	storageProblem = $state<string | null>(null);
	invalidRows = $state(0);

	private actor: ActorRefFrom<SessionMachine> | undefined;
	private runner: StoryRunner;

	private constructor(
		readonly manifest: CaseManifest,
		private readonly storyJson: string,
		private readonly storage: Storage,
		readonly profile: string | null
	) {
		this.runner = new StoryRunner(storyJson);
		if (!storage.ok) this.storageProblem = storage.reason;
	}

	static async open(entry: CatalogueEntry, profile: string | null): Promise<CaseSession> {
		const [module, storage] = await Promise.all([entry.load(), openStorage()]);
		const session = new CaseSession(module.manifest, module.storyJson, storage, profile);
		await session.resumeOrStart();
		return session;
	}

	send(event: SessionEvent) {
		this.actor?.send(event);
	}

	/** Keeps the current attempt (abandoned unless completed) and starts a new one. */
	async restart() {
		const context = this.snapshot?.context;
		if (this.storage.ok) {
			if (context && context.revision > 0 && context.phase !== 'ended')
				await this.storage.attempts.setStatus(context.attemptId, 'abandoned', Date.now()).catch(() => {});
		}
		this.outdated = null;
		this.runner = new StoryRunner(this.storyJson);
		this.startActor(undefined);
	}

	stop() {
		this.actor?.stop();
	}

	private async resumeOrStart() {
		if (!this.storage.ok) return this.startActor(undefined);
		let saved: AttemptRecord | undefined;
		try {
			const found = await this.storage.attempts.findActive(this.manifest.meta.id, this.profile);
			saved = found.value;
			this.invalidRows = found.invalid;
		} catch (error) {
			this.storageProblem = (error as Error).message;
		}
		if (!saved) return this.startActor(undefined);
		const plan = planResume(saved, this.manifest, this.runner);
		if (plan.kind === 'outdated') {
			// Kept in history, never resumed: its choices no longer exist in this version.
			await this.storage.attempts.setStatus(saved.id, 'superseded', Date.now()).catch(() => {});
			this.outdated = { attempt: plan.attempt, reason: plan.reason };
			this.runner = new StoryRunner(this.storyJson);
			return this.startActor(undefined);
		}
		let attempt = plan.attempt;
		if (plan.kind === 'replayed') {
			const rebuilt = { ...attempt, revision: attempt.revision + 1, updatedAt: Date.now() };
			await this.write(rebuilt).then(
				() => (attempt = rebuilt),
				() => {}
			);
		}
		this.startActor(attempt);
	}

	private async write(record: AttemptRecord) {
		if (!this.storage.ok) throw new Error(this.storage.reason);
		await this.storage.attempts.save(record);
	}

	private startActor(resume: AttemptRecord | undefined) {
		this.actor?.stop();
		const machine = createSessionMachine({ story: this.runner, now: Date.now, newId: () => crypto.randomUUID() }).provide({
			actors: {
				persistAttempt: fromPromise<void, PendingRecord>(async ({ input }) => {
					// The passage is painted first; the ink state cannot change meanwhile, since
					// every control that moves the story on waits for this save.
					await afterPaint();
					await this.write({ ...input, inkState: input.phase === 'setting' ? null : this.runner.saveState() });
				})
			}
		});
		const actor = createActor(machine, { input: { manifest: this.manifest, profile: this.profile, ...(resume ? { resume } : {}) } });
		actor.subscribe((snapshot) => {
			this.snapshot = snapshot;
		});
		this.actor = actor;
		actor.start();
		this.snapshot = actor.getSnapshot();
	}
}
