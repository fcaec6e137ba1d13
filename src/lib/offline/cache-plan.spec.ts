import { describe, expect, it } from 'vitest';
import { cacheName, cachesToDelete, precacheKey, precacheList } from './cache-plan';

describe('cacheName', () => {
	it('names one cache per version', () => {
		expect(cacheName('1712')).toBe('confide-1712');
		expect(cacheName('b')).not.toBe(cacheName('a'));
	});
});

describe('cachesToDelete', () => {
	it('keeps the new version and the one active before it; deletes older ones', () => {
		const names = ['confide-a', 'confide-b', 'confide-c'];
		expect(cachesToDelete(names, 'confide-c', { 'confide-a': 1, 'confide-b': 2 })).toEqual(['confide-a']);
	});

	it('deletes a version that was installed but never activated, keeping the one tabs still run', () => {
		// b waited, then c replaced it before b ever took over: tabs still run a.
		const names = ['confide-a', 'confide-b', 'confide-c'];
		expect(cachesToDelete(names, 'confide-c', { 'confide-a': 1 })).toEqual(['confide-b']);
	});

	it('leaves caches that are not Confide\'s alone', () => {
		expect(cachesToDelete(['other-app', 'confide-a', 'confide-b'], 'confide-b', {})).toEqual(['confide-a']);
	});

	it('deletes nothing on the first install', () => {
		expect(cachesToDelete(['confide-a'], 'confide-a', {})).toEqual([]);
	});
});

describe('precacheKey', () => {
	const precached = new Set(['/', '/case/dana/', '/case/dana/__data.json', '/_app/immutable/x.js', '/confide/glossary/', '/case/a b/']);

	it('answers a precached path with itself', () => {
		expect(precacheKey('/case/dana/', precached, true)).toEqual({ path: '/case/dana/' });
		expect(precacheKey('/_app/immutable/x.js', precached, false)).toEqual({ path: '/_app/immutable/x.js' });
	});

	it('redirects a page navigation without its trailing slash, as the host does', () => {
		expect(precacheKey('/case/dana', precached, true)).toEqual({ redirect: '/case/dana/' });
		expect(precacheKey('/confide/glossary', precached, true)).toEqual({ redirect: '/confide/glossary/' });
	});

	it('does not redirect other requests, nor invent files', () => {
		expect(precacheKey('/case/dana', precached, false)).toBeUndefined();
		expect(precacheKey('/case/nobody/', precached, true)).toBeUndefined();
		expect(precacheKey('/service-worker.js', precached, false)).toBeUndefined();
	});

	it('matches escaped paths to the stored (decoded) names', () => {
		expect(precacheKey('/case/a%20b/', precached, true)).toEqual({ path: '/case/a b/' });
		expect(precacheKey('/case/%E0%A4%A/', precached, true)).toBeUndefined();
	});
});

describe('precacheList', () => {
	it('holds every file once, but not the not-found page, which no host serves at its route', () => {
		expect(precacheList('', ['/_app/a.js'], ['/favicon.svg', '/_app/a.js'], ['/', '/404', '/progress/'])).toEqual(['/_app/a.js', '/favicon.svg', '/', '/progress/']);
		expect(precacheList('/confide', ['/confide/_app/a.js'], ['/confide/', '/confide/404', '/confide/case/404/'])).toEqual([
			'/confide/_app/a.js',
			'/confide/',
			'/confide/case/404/'
		]);
	});
});
