/**
 * Tries a failed save again without waiting for the trainee: after 2 s, 5 s, then every 15 s,
 * and at once when the browser says it is back online or the tab becomes visible again.
 */
export const RETRY_DELAYS_MS = [2000, 5000, 15000] as const;

interface Timers {
	setTimeout: (fn: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
	setTimeout: (fn, ms) => setTimeout(fn, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export class SaveRetry {
	private failures = 0;
	private timer: unknown;

	constructor(
		private readonly retry: () => void,
		private readonly timers: Timers = realTimers,
		private readonly delays: readonly number[] = RETRY_DELAYS_MS
	) {}

	/** A save (first or retried) failed: schedule the next try, a little later each time. */
	failed() {
		this.cancel();
		const delay = this.delays[Math.min(this.failures, this.delays.length - 1)] ?? 15000;
		this.failures++;
		this.timer = this.timers.setTimeout(() => {
			this.timer = undefined;
			this.retry();
		}, delay);
	}

	/** A save went through: start the backoff afresh next time. */
	succeeded() {
		this.cancel();
		this.failures = 0;
	}

	/** A hint that saving may work now (online, tab visible): try at once if a retry is waiting. */
	nudge() {
		if (this.timer === undefined) return;
		this.cancel();
		this.retry();
	}

	/** Stop retrying (the tab lost the attempt, or the page is leaving). */
	cancel() {
		if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
		this.timer = undefined;
	}

	get waiting() {
		return this.timer !== undefined;
	}
}
