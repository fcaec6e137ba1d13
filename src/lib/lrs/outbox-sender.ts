/**
 * Sends the xAPI outbox to the learning record store configured at build time: the oldest
 * waiting statements in batches, marked sent only when the store acknowledged them, retried with
 * back-off (2 s, 5 s, 15 s, then every minute, and at once when the browser is back online).
 * A store keeps one statement per id, so a batch sent again after a lost answer is stored once.
 */
import type { OutboxRepository } from '../db/outbox.repo';

export interface LrsConfig {
	/** The xAPI endpoint, ending in `/` (statements go to `<endpoint>statements`). */
	endpoint: string;
	/** The Authorization header's value (a course-level credential: anyone with the package can read it). */
	auth: string;
}

export type SendOutcome = { kind: 'stored' } | { kind: 'retry'; reason: string } | { kind: 'refused'; reason: string };

export const RETRY_DELAYS_MS = [2000, 5000, 15000, 60000] as const;
const BATCH = 50;

/** One POST of statements; what the store answered, as the outbox must act on it. */
export async function postStatements(config: LrsConfig, statements: readonly unknown[], fetchFn: typeof fetch, timeoutMs = 15000): Promise<SendOutcome> {
	const abort = new AbortController();
	const timer = setTimeout(() => abort.abort(), timeoutMs);
	try {
		const response = await fetchFn(`${config.endpoint}statements`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: config.auth },
			body: JSON.stringify(statements),
			signal: abort.signal
		});
		// 409: the store already has a statement with one of these ids (sent before, answer lost).
		if (response.ok || response.status === 409) return { kind: 'stored' };
		if (response.status === 400) return { kind: 'refused', reason: `the record store refused the statements (${await response.text().catch(() => '400')})` };
		return { kind: 'retry', reason: `the record store answered ${response.status}` };
	} catch (error) {
		return { kind: 'retry', reason: abort.signal.aborted ? 'the record store did not answer in time' : `the record store could not be reached (${(error as Error).message})` };
	} finally {
		clearTimeout(timer);
	}
}

export interface OutboxSender {
	/** Queues statements (those already queued or sent are skipped) and sends what waits. */
	add(statements: readonly { id: string }[]): Promise<void>;
	/** Sends what waits; resolves when the outbox is empty or a retry is scheduled. */
	flush(): Promise<void>;
	stop(): void;
}

export interface SenderOptions {
	fetch: typeof fetch;
	now?: () => number;
	timeoutMs?: number;
	retryDelaysMs?: readonly number[];
	/** Why sending is failing now, or null once it works again. */
	onProblem?: (reason: string | null) => void;
}

export function outboxSender(repo: OutboxRepository, config: LrsConfig, options: SenderOptions): OutboxSender {
	const now = options.now ?? Date.now;
	const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
	/** Drains run one after another: one started while another runs sees what was queued meanwhile. */
	let queue: Promise<void> = Promise.resolve();
	let failures = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;

	async function drain() {
		for (;;) {
			const batch = await repo.waiting(failures > 0 ? 1 : BATCH);
			if (batch.length === 0 || stopped) return;
			const outcome = await postStatements(config, batch.map((r) => r.statement), options.fetch, options.timeoutMs);
			if (outcome.kind === 'retry') {
				failures++;
				options.onProblem?.(outcome.reason);
				const delay = delays[Math.min(failures - 1, delays.length - 1)]!;
				if (!stopped) timer = setTimeout(() => void flush(), delay);
				return;
			}
			// A refused statement would block every later one: it is set aside (kept, marked) and reported.
			if (outcome.kind === 'refused' && batch.length > 1) {
				failures = 1; // send one by one to find it
				continue;
			}
			await repo.markSent(batch.map((r) => r.id));
			failures = 0;
			options.onProblem?.(outcome.kind === 'refused' ? outcome.reason : null);
		}
	}

	function flush(): Promise<void> {
		clearTimeout(timer);
		queue = queue.then(drain, drain);
		return queue;
	}

	return {
		async add(statements) {
			await repo.enqueue(statements, now());
			await flush();
		},
		flush,
		stop() {
			stopped = true;
			clearTimeout(timer);
		}
	};
}
