/**
 * The bridge between the attempt machine and the case page: it runs the actor and mirrors its
 * snapshot into a rune. The page reads `snapshot` and calls `send`; everything else is the
 * machine's (session/attempt-view.ts reads what to show off the snapshot).
 */
import { createActor } from 'xstate';
import type { AttemptActor, AttemptEvent, AttemptInput, AttemptMachine, AttemptSnapshot } from '../machines/attempt.machine';

export class AttemptSession {
	snapshot = $state.raw() as AttemptSnapshot;
	private readonly actor: AttemptActor;

	constructor(machine: AttemptMachine, input: AttemptInput) {
		this.actor = createActor(machine, { input });
		this.actor.subscribe((snapshot) => (this.snapshot = snapshot));
		this.actor.start();
		this.snapshot = this.actor.getSnapshot();
	}

	send = (event: AttemptEvent) => this.actor.send(event);

	/** For a driver that follows the attempt (the LMS link): called with every snapshot from now on. */
	observe(listener: (snapshot: AttemptSnapshot) => void) {
		listener(this.actor.getSnapshot());
		return this.actor.subscribe(listener);
	}

	stop() {
		this.actor.stop();
	}
}
