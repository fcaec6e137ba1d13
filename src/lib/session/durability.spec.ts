import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../domain/attempt';
import { needsExportReminder, newestCompletion, persistence, requestPersistence } from './durability';

const base = { status: 'completed', completedAt: 100, updatedAt: 100, practice: null } as const;
const a = (over: Partial<AttemptRecord>) => ({ ...base, ...over }) as AttemptRecord;

describe('export reminder', () => {
	const history = [a({ completedAt: 100 }), a({ completedAt: 300 }), a({ status: 'active', completedAt: null, updatedAt: 900 })];

	it('is due when completed work is newer than the last export and storage is not persistent', () => {
		expect(newestCompletion(history)).toBe(300);
		expect(needsExportReminder(history, null, 'best-effort')).toBe(true);
		expect(needsExportReminder(history, 299, 'unknown')).toBe(true);
		expect(needsExportReminder(history, 300, 'best-effort')).toBe(false);
	});

	it('is not due with persistent storage, or with nothing completed', () => {
		expect(needsExportReminder(history, null, 'persistent')).toBe(false);
		expect(needsExportReminder([a({ status: 'active', completedAt: null })], null, 'best-effort')).toBe(false);
		// Practice runs are not recorded results.
		expect(needsExportReminder([a({ practice: { of: 'x', fromDecision: 'D' } })], null, 'best-effort')).toBe(false);
	});
});

describe('persistence', () => {
	it('reads the browser status, and unknown where there is no API', async () => {
		expect(await persistence({ persisted: async () => true })).toBe('persistent');
		expect(await persistence({ persisted: async () => false })).toBe('best-effort');
		expect(await persistence({})).toBe('unknown');
		expect(await persistence({ persisted: () => Promise.reject(new Error('no')) })).toBe('unknown');
	});

	it('asks only when not persistent already', async () => {
		let asked = 0;
		const granted = await requestPersistence({ persisted: async () => false, persist: async () => (asked++, true) });
		expect([granted, asked]).toEqual(['persistent', 1]);
		expect(await requestPersistence({ persisted: async () => true, persist: async () => (asked++, false) })).toBe('persistent');
		expect(asked).toBe(1);
		expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe('best-effort');
	});
});
