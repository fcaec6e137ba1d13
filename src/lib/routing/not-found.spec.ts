import { describe, expect, it } from 'vitest';
import { rootRelativeUrls } from './not-found';

describe('rootRelativeUrls', () => {
	const page = '<link rel="icon" href="./favicon.svg" /><link href="./_app/immutable/assets/app.css" rel="stylesheet"><img src="./icons/i.png" alt=""><a href="./">Confide</a> <a href="./progress/">Progress</a> <a href="#main">Skip</a>';

	it('makes the page\'s relative URLs root-relative, under the base path or none', () => {
		expect(rootRelativeUrls(page, '')).toBe(
			'<link rel="icon" href="/favicon.svg" /><link href="/_app/immutable/assets/app.css" rel="stylesheet"><img src="/icons/i.png" alt=""><a href="/">Confide</a> <a href="/progress/">Progress</a> <a href="#main">Skip</a>'
		);
		expect(rootRelativeUrls(page, '/confide')).toContain('<a href="/confide/progress/">Progress</a> <a href="#main">Skip</a>');
		expect(rootRelativeUrls(page, '/confide')).not.toMatch(/="\.\//);
	});

	it('leaves text and inline styles alone (their CSP hashes stay true)', () => {
		const text = '<style>a{background:url(./x.svg)}</style><p>Type href="./x" to link</p><p data-x="./y">z</p>';
		expect(rootRelativeUrls(text, '/confide')).toBe(text);
	});
});
