/**
 * One presenter per workshop session: the presenter window holds a Web Lock named after the
 * session while it runs it. A second window on the same session finds it held and shows a notice
 * instead of a second, competing presenter (both would store the session's steps and votes); it
 * can take the session over, and the window it was taken from stops. Without Web Locks every
 * window presents, as before.
 */
import { AttemptLock, browserLocks, type Locks } from '../session/attempt-lock';

export type PresenterLockState = 'pending' | 'mine' | 'elsewhere' | 'taken';

export const presenterLockName = (sessionId: string) => `confide-workshop-${sessionId}`;

export class PresenterLock {
	state = $state<PresenterLockState>('pending');
	private readonly lock: AttemptLock;

	constructor(sessionId: string, locks: Locks | undefined = browserLocks()) {
		this.lock = new AttemptLock(presenterLockName(sessionId), locks, () => (this.state = 'taken'));
	}

	/** Resolves once it is known whether this window presents (`unsupported` counts as yes). */
	async acquire(steal = false): Promise<PresenterLockState> {
		const outcome = await this.lock.acquire(steal);
		this.state = outcome === 'elsewhere' ? 'elsewhere' : 'mine';
		return this.state;
	}

	dispose() {
		this.lock.dispose();
	}
}
