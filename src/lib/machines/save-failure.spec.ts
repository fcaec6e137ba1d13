import { describe, expect, it } from 'vitest';
import { classifySaveError, isRetryable, SaveRefusedError } from './save-failure';

const named = (name: string, extra: object = {}) => Object.assign(new Error(`${name} happened`), { name }, extra);

describe('classifySaveError', () => {
	it('recognises a quota error, bare or wrapped by Dexie', () => {
		expect(classifySaveError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
		expect(classifySaveError(named('AbortError', { inner: named('QuotaExceededError') })).kind).toBe('quota');
		expect(classifySaveError(named('QuotaExceededError')).detail).toBe('QuotaExceededError happened');
	});

	it('tells a conflicting writer, a closed database and refusals apart from other errors', () => {
		expect(classifySaveError(named('RevisionConflictError')).kind).toBe('conflict');
		expect(classifySaveError(named('RevisionConflictError', { reason: 'newer' })).kind).toBe('conflict');
		expect(classifySaveError(named('DatabaseClosedError')).kind).toBe('closed');
		expect(classifySaveError(new SaveRefusedError('not-owner', 'open elsewhere')).kind).toBe('not-owner');
		expect(classifySaveError(new SaveRefusedError('unavailable', 'no IndexedDB'))).toEqual({ kind: 'unavailable', detail: 'no IndexedDB' });
		expect(classifySaveError(named('UnknownError')).kind).toBe('other');
		expect(classifySaveError('a string').kind).toBe('other');
	});

	it('says why a write was refused when the row was deleted or set aside, not "another tab" (Dexie may wrap it)', () => {
		expect(classifySaveError(named('AbortError', { inner: named('RevisionConflictError', { reason: 'deleted' }) }))).toEqual({
			kind: 'deleted',
			detail: 'this attempt was deleted on Your progress'
		});
		expect(classifySaveError(named('RevisionConflictError', { reason: 'set-aside' })).kind).toBe('set-aside');
		for (const kind of ['deleted', 'set-aside'] as const) expect(isRetryable({ kind, detail: '' })).toBe(false);
	});

	it('retries only what may pass by itself', () => {
		expect(isRetryable({ kind: 'quota', detail: '' })).toBe(true);
		expect(isRetryable({ kind: 'other', detail: '' })).toBe(true);
		for (const kind of ['conflict', 'closed', 'unavailable', 'not-owner'] as const) expect(isRetryable({ kind, detail: '' })).toBe(false);
	});
});
