import { describe, expect, it } from 'vitest';
import { pageQuery, withQuery, withoutQueryKeys } from './page-query';

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

describe('withoutQueryKeys', () => {
	it('drops the keys from the search on the site, keeping the rest', () => {
		expect(withoutQueryKeys(new URL('https://x.test/case/dana/?practise=a1&from=D1&profile=ca'), ['practise', 'from'])).toBe('https://x.test/case/dana/?profile=ca');
		expect(withoutQueryKeys(new URL('https://x.test/case/dana/?practise=a1&from=D1'), ['practise', 'from'])).toBe('https://x.test/case/dana/');
	});

	it('drops them from the query inside the hash route of the file copy', () => {
		expect(withoutQueryKeys(new URL('file:///c/index.html#/case/dana/?practise=a1&from=D1'), ['practise', 'from'])).toBe('file:///c/index.html#/case/dana/');
		expect(withoutQueryKeys(new URL('file:///c/index.html#/case/dana/?practise=a1&mode=assessment#top'), ['practise'])).toBe(
			'file:///c/index.html#/case/dana/?mode=assessment#top'
		);
	});
});
