/**
 * The bridge between the workshop machine and the presenter's page: it runs the actor, mirrors its
 * snapshot into a rune, and, whenever the session has settled on a step, stores the presenter's
 * part (unless the profile is practice only) and sends the room's frame to the audience window.
 * The page reads `snapshot` and calls `send`; every rule is the machine's.
 */
import { createActor } from 'xstate';
import type { AttemptRecord } from '../domain/attempt';
import type { CaseManifest } from '../domain/types';
import type { CatalogueEntry } from '../ink/catalogue-types';
import { frameInputOf, isSettled, workshopMachine, type WorkshopActor, type WorkshopEvent, type WorkshopSnapshot } from '../machines/workshop.machine';
import { afterPaint } from '../session/after-paint';
import { workshopAttemptMachine } from './attempt-effects';
import { openChannel } from './channel';
import { audienceFrame } from './frames';
import type { AudienceFrame, Position, WorkshopPart, WorkshopRecord } from './types';

export interface SessionStore {
	savePart(id: string, part: WorkshopPart): Promise<void>;
	saveAttempt(id: string, attempt: AttemptRecord): Promise<void>;
}

export interface WorkshopSessionOptions {
	entry: Pick<CatalogueEntry, 'loadStory'>;
	manifest: CaseManifest;
	sessionId: string;
	/** What the audience window follows, if not the session's id (a practice-only presenter window's own id). */
	audienceId?: string;
	profile: string | null;
	reveal: WorkshopRecord['reveal'];
	/** The stored session to go on with, if any. */
	record: WorkshopRecord | null;
	/** Null: nothing is stored (a practice-only profile). */
	store: SessionStore | null;
}

export class WorkshopSession {
	snapshot = $state.raw() as WorkshopSnapshot;
	frame = $state.raw<AudienceFrame | null>(null);
	/** Why the session could not be stored, if it could not. */
	storeProblem = $state<string | null>(null);
	/** Writes of the presenter's part asked for and not yet settled. */
	pendingWrites = $state(0);
	/** Where Back (or Page Up) last did nothing: the step it could not go back from. */
	blockedAt = $state.raw<Position | null>(null);
	private readonly actor: WorkshopActor;
	private readonly channel;
	private lastKey = '';
	private writing: Promise<void> = Promise.resolve();
	private stopped = false;
	private readonly audienceId: string;

	constructor(private readonly options: WorkshopSessionOptions) {
		this.audienceId = options.audienceId ?? options.sessionId;
		let saved = options.record?.attempt ?? null;
		const store = options.store;
		const attempt = workshopAttemptMachine({
			entry: options.entry,
			manifest: options.manifest,
			afterPaint,
			store: {
				saved: () => saved,
				save: async (record) => {
					if (store) await store.saveAttempt(options.sessionId, record);
					saved = record;
				}
			}
		});
		const record = options.record;
		this.actor = createActor(workshopMachine.provide({ actors: { attempt } }), {
			input: {
				manifest: options.manifest,
				sessionId: options.sessionId,
				profile: options.profile,
				reveal: options.reveal,
				restored: record ? { position: record.position, rounds: record.rounds, blank: record.blank, ended: record.ended } : null,
				attemptId: record?.attempt?.id ?? crypto.randomUUID(),
				now: Date.now()
			}
		});
		// A stored frame is shown at once, while the story catches up.
		this.frame = record?.audience ?? null;
		this.channel = openChannel((message) => {
			if (message.type === 'hello' && message.sessionId === this.audienceId && this.frame) this.channel.send({ type: 'frame', frame: this.frame });
			if (message.type === 'key' && message.sessionId === this.audienceId) this.send({ type: 'key', command: message.command, at: Date.now() });
		});
		this.actor.subscribe((snapshot) => {
			this.snapshot = snapshot;
			this.settle(snapshot);
		});
		this.actor.start();
		this.snapshot = this.actor.getSnapshot();
	}

	send = (event: WorkshopEvent) => {
		const before = this.actor.getSnapshot();
		this.actor.send(event);
		// A step back that did nothing (the first page of a step): the presenter is told why while it stays there.
		const back = event.type === 'nav.back' || (event.type === 'key' && event.command.type === 'back');
		if (back && isSettled(before) && before.context.blank === null && this.actor.getSnapshot().context.position === before.context.position)
			this.blockedAt = before.context.position;
	};

	/** On a settled step: store what changed and show it to the room. */
	private settle(snapshot: WorkshopSnapshot) {
		if (!isSettled(snapshot)) return;
		const c = snapshot.context;
		const frame = audienceFrame(frameInputOf(c), this.audienceId, Date.now());
		const key = JSON.stringify([c.position, c.rounds, c.blank, c.ended, { ...frame, at: 0 }]);
		if (key === this.lastKey) return;
		const frameChanged = JSON.stringify({ ...frame, at: 0 }) !== JSON.stringify(this.frame ? { ...this.frame, at: 0 } : null);
		this.lastKey = key;
		if (frameChanged || !this.frame) {
			this.frame = frame;
			this.channel.send({ type: 'frame', frame });
		}
		const store = this.options.store;
		if (!store) return;
		const part: WorkshopPart = { updatedAt: Date.now(), ended: c.ended, position: c.position, blank: c.blank, rounds: c.rounds, audience: this.frame ?? frame };
		// Writes in order, each after the one before.
		this.pendingWrites++;
		this.writing = this.writing
			.then(() => store.savePart(this.options.sessionId, part))
			.then(
				() => {
					this.storeProblem = null;
				},
				(error: unknown) => {
					this.storeProblem = (error as Error).message;
				}
			)
			.finally(() => this.pendingWrites--);
	}

	/** Resolves once every write asked for so far has settled (tests, and before printing). */
	flushed = () => this.writing;

	/**
	 * The window is going (closed, reloaded, or navigated away): a session that is not stored ends
	 * with it, so the room's slide is withdrawn rather than left standing. A stored session's frame
	 * stays: it is still where the session stands, and a reload goes on from it.
	 */
	leave() {
		if (!this.options.store && !this.stopped) this.channel.send({ type: 'gone', sessionId: this.audienceId });
	}

	/** The window is back (from the back-forward cache): show the room its step again. */
	rejoin() {
		if (this.frame && !this.stopped) this.channel.send({ type: 'frame', frame: { ...this.frame, at: Date.now() } });
	}

	stop() {
		this.leave();
		this.stopped = true;
		this.actor.stop();
		this.channel.close();
	}
}
