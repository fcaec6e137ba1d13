import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OutboxRepository } from '../db/outbox.repo';
import { outboxSender, postStatements, type LrsConfig } from './outbox-sender';

const config: LrsConfig = { endpoint: 'https://lrs.example/xapi/', auth: 'Basic a2V5OnNlY3JldA==' };
const statement = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, n });
let dbCount = 0;
const freshRepo = (name = `outbox-test-${++dbCount}`) => OutboxRepository.open(name);

type Fault = 'none' | '500' | 'timeout' | 'offline' | 'store-then-500';

/**
 * A learning record store as xAPI defines one: statements are kept by id (the same id again is
 * not stored twice). `fault` injects 500s, hanging requests, a network that is down, and an
 * answer lost after the statements were stored.
 */
function fakeStore() {
	const store = {
		stored: new Map<string, unknown>(),
		received: 0,
		fault: 'none' as Fault,
		requests: [] as { auth: string | null; version: string | null }[],
		fetch: (async (url: string, init: RequestInit) => {
			if (store.fault === 'offline') throw new TypeError('Failed to fetch');
			const headers = new Headers(init.headers);
			store.requests.push({ auth: headers.get('Authorization'), version: headers.get('X-Experience-API-Version') });
			expect(url).toBe('https://lrs.example/xapi/statements');
			if (store.fault === 'timeout')
				return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
			if (store.fault === '500') return new Response('down', { status: 500 });
			const batch = JSON.parse(String(init.body)) as { id: string }[];
			store.received += batch.length;
			for (const s of batch) if (!store.stored.has(s.id)) store.stored.set(s.id, s);
			if (store.fault === 'store-then-500') return new Response('lost', { status: 500 });
			return new Response(JSON.stringify(batch.map((s) => s.id)), { status: 200 });
		}) as unknown as typeof fetch
	};
	return store;
}

const until = async (check: () => boolean | Promise<boolean>, ms = 3000) => {
	const end = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > end) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 5));
	}
};

describe('postStatements', () => {
	it('posts xAPI 1.0.3 with the credential, and reads the answer as stored, retry or refused', async () => {
		const lrs = fakeStore();
		expect(await postStatements(config, [statement(1)], lrs.fetch)).toEqual({ kind: 'stored' });
		expect(lrs.requests[0]).toEqual({ auth: config.auth, version: '1.0.3' });
		const answer = (status: number) => (async () => new Response('x', { status })) as unknown as typeof fetch;
		expect((await postStatements(config, [], answer(409))).kind).toBe('stored');
		expect((await postStatements(config, [], answer(400))).kind).toBe('refused');
		expect((await postStatements(config, [], answer(503))).kind).toBe('retry');
		lrs.fault = 'timeout';
		expect(await postStatements(config, [statement(2)], lrs.fetch, 20)).toEqual({ kind: 'retry', reason: 'the record store did not answer in time' });
	});
});

describe('outboxSender', () => {
	it('through 500s, timeouts, offline periods and lost answers, every statement is stored exactly once', async () => {
		const repo = await freshRepo();
		const lrs = fakeStore();
		const problems: (string | null)[] = [];
		const sender = outboxSender(repo, config, { fetch: lrs.fetch, timeoutMs: 30, retryDelaysMs: [5, 10], onProblem: (p) => problems.push(p) });
		await sender.add([statement(1), statement(2)]);
		expect(lrs.stored.size).toBe(2);
		for (const fault of ['500', 'timeout', 'offline', 'store-then-500'] as const) {
			lrs.fault = fault;
			const n = lrs.stored.size;
			await sender.add([statement(n + 1), statement(n + 2)]);
			await sender.add([statement(1), statement(n + 1)]); // already queued or sent: not queued again
			lrs.fault = 'none';
			await until(async () => (await repo.countWaiting()) === 0);
		}
		expect([...lrs.stored.keys()].sort()).toEqual(Array.from({ length: 10 }, (_, i) => statement(i + 1).id).sort());
		// The answer lost after storing made the outbox send again; the store kept each id once.
		expect(lrs.received).toBeGreaterThan(10);
		expect(problems.some((p) => p?.includes('500'))).toBe(true);
		expect(problems.at(-1)).toBeNull();
		sender.stop();
		repo.close();
	});

	it('a tab killed mid-send: the next start sends what was not acknowledged, and the store keeps it once', async () => {
		const name = `outbox-killed-${++dbCount}`;
		const lrs = fakeStore();
		const first = await freshRepo(name);
		lrs.fault = 'timeout'; // the request is out; the answer never comes
		const killed = outboxSender(first, config, { fetch: lrs.fetch, timeoutMs: 10_000 });
		void killed.add([statement(1), statement(2), statement(3)]);
		await until(() => lrs.requests.length === 1);
		killed.stop();
		first.close();

		lrs.fault = 'none';
		const again = await freshRepo(name);
		expect(await again.countWaiting()).toBe(3);
		const sender = outboxSender(again, config, { fetch: lrs.fetch });
		await sender.flush();
		expect(lrs.stored.size).toBe(3);
		expect(await again.countWaiting()).toBe(0);
		again.close();
	});

	it('a statement the store refuses is set aside, and does not hold back the others', async () => {
		const repo = await freshRepo();
		const stored: string[] = [];
		const picky = (async (_url: string, init: RequestInit) => {
			const batch = JSON.parse(String(init.body)) as { id: string; n: number }[];
			if (batch.some((s) => s.n === 2)) return new Response('bad statement', { status: 400 });
			stored.push(...batch.map((s) => s.id));
			return new Response('[]', { status: 200 });
		}) as unknown as typeof fetch;
		const problems: (string | null)[] = [];
		const sender = outboxSender(repo, config, { fetch: picky, onProblem: (p) => problems.push(p) });
		await sender.add([statement(1), statement(2), statement(3)]);
		expect(stored.sort()).toEqual([statement(1).id, statement(3).id]);
		expect(await repo.countWaiting()).toBe(0);
		expect(problems.some((p) => p?.includes('refused'))).toBe(true);
		repo.close();
	});
});
