import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveRetry } from './save-retry';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('SaveRetry', () => {
	it('retries after 2 s, 5 s, then every 15 s while saves keep failing', () => {
		const retry = vi.fn();
		const r = new SaveRetry(retry);
		const tries: number[] = [];
		retry.mockImplementation(() => {
			tries.push(Date.now());
			r.failed();
		});
		const start = Date.now();
		r.failed();
		vi.advanceTimersByTime(2000 + 5000 + 15000 + 15000);
		expect(tries.map((t) => t - start)).toEqual([2000, 7000, 22000, 37000]);
	});

	it('starts the backoff afresh after a save goes through', () => {
		const retry = vi.fn();
		const r = new SaveRetry(retry);
		r.failed();
		vi.advanceTimersByTime(2000);
		r.failed();
		r.succeeded();
		vi.advanceTimersByTime(60_000);
		expect(retry).toHaveBeenCalledTimes(1);
		r.failed();
		vi.advanceTimersByTime(1999);
		expect(retry).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1);
		expect(retry).toHaveBeenCalledTimes(2);
	});

	it('tries at once when nudged, only if a retry is waiting', () => {
		const retry = vi.fn();
		const r = new SaveRetry(retry);
		r.nudge();
		expect(retry).not.toHaveBeenCalled();
		r.failed();
		expect(r.waiting).toBe(true);
		r.nudge();
		expect(retry).toHaveBeenCalledTimes(1);
		expect(r.waiting).toBe(false);
		vi.advanceTimersByTime(60_000);
		expect(retry).toHaveBeenCalledTimes(1);
	});

	it('stops when cancelled', () => {
		const retry = vi.fn();
		const r = new SaveRetry(retry);
		r.failed();
		r.cancel();
		vi.advanceTimersByTime(60_000);
		expect(retry).not.toHaveBeenCalled();
	});
});
