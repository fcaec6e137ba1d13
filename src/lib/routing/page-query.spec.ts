import { describe, expect, it } from 'vitest';
import { pageQuery, withQuery } from './page-query';

describe('pageQuery', () => {
	it('reads the search on the site', () => {
		expect(pageQuery(new URL('http://x/report/?attempt=a1')).get('attempt')).toBe('a1');
	});
	it('reads the query inside the hash in the file copy, ignoring an element id after it', () => {
		const url = new URL('file:///c/index.html#/report/?attempt=a%201#top');
		expect(pageQuery(url).get('attempt')).toBe('a 1');
	});
	it('is empty for a hash route without a query', () => {
		expect([...pageQuery(new URL('file:///c/index.html#/case/dana/')).keys()]).toEqual([]);
	});
});

describe('withQuery', () => {
	it('adds what is set and leaves out what is not', () => {
		expect(withQuery('#/report/', { attempt: 'a b', mode: null })).toBe('#/report/?attempt=a+b');
		expect(withQuery('../case/dana/', {})).toBe('../case/dana/');
	});
});
