import { describe, expect, it } from 'vitest';
import { AttemptLock, type Locks } from './attempt-lock';

/** A minimal in-memory Web Locks manager: exclusive locks, ifAvailable and steal. */
function fakeLocks(): Locks {
	const holders = new Map<string, { reject: (e: Error) => void }>();
	return {
		request(name, options, callback) {
			return new Promise((resolve, reject) => {
				const held = holders.get(name);
				if (held && options.ifAvailable) return void callback(null).then(resolve, reject);
				if (held && options.steal) {
					holders.delete(name);
					held.reject(Object.assign(new Error('stolen'), { name: 'AbortError' }));
				} else if (held) throw new Error('the fake supports only ifAvailable and steal');
				const entry = { reject };
				holders.set(name, entry);
				callback({ name }).then(
					(v) => {
						if (holders.get(name) === entry) holders.delete(name);
						resolve(v);
					},
					reject
				);
			});
		}
	};
}

describe('AttemptLock', () => {
	it('lets one tab hold a case; the other finds it elsewhere, can steal it, and the first is told', async () => {
		const locks = fakeLocks();
		const lost: string[] = [];
		const first = new AttemptLock('confide-attempt-dana', locks, () => lost.push('first'));
		const second = new AttemptLock('confide-attempt-dana', locks, () => lost.push('second'));
		expect(await first.acquire()).toBe('held');
		expect(await second.acquire()).toBe('elsewhere');
		expect(await second.acquire(true)).toBe('held');
		await Promise.resolve();
		expect(lost).toEqual(['first']);
		// And back again.
		expect(await first.acquire(true)).toBe('held');
		await Promise.resolve();
		expect(lost).toEqual(['first', 'second']);
	});

	it('frees the case when disposed, and reports unsupported without Web Locks', async () => {
		const locks = fakeLocks();
		const first = new AttemptLock('n', locks, () => {});
		expect(await first.acquire()).toBe('held');
		first.dispose();
		await new Promise((r) => setTimeout(r, 0));
		expect(await new AttemptLock('n', locks, () => {}).acquire()).toBe('held');
		expect(await new AttemptLock('n', undefined, () => {}).acquire()).toBe('unsupported');
	});
});
