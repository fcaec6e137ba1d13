// The security policy has one source (scripts/lib/security-policy.js): the page policy SvelteKit
// writes, the header scripts/serve.js sends and static/_headers for hosts all come from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, HEADER_CSP, SECURITY_HEADERS, STYLE_ATTRIBUTES, headersFile } from '../../scripts/lib/security-policy.js';
import config from '../../svelte.config.js';

describe('security policy', () => {
	it('static/_headers is the generated file (regenerate it when the policy changes)', () => {
		// node -e "import('./scripts/lib/security-policy.js').then(m=>process.stdout.write(m.headersFile()))" > static/_headers
		expect(readFileSync('static/_headers', 'utf8')).toBe(headersFile());
	});

	it('svelte.config.js uses the policy in hash mode (prerendered pages)', () => {
		expect(config.kit?.csp).toEqual({ mode: 'hash', directives: CSP_DIRECTIVES });
	});

	it('the page policy is strict: no inline code by keyword, no eval, nothing from elsewhere', () => {
		const all = Object.values(CSP_DIRECTIVES).flat() as string[];
		expect(all).not.toContain('unsafe-inline');
		expect(all).not.toContain('unsafe-eval');
		expect(all.filter((s) => /^(https?|wss?):|\*/.test(s)), 'no other origin').toEqual([]);
		expect(CSP_DIRECTIVES).toMatchObject({
			'default-src': ['self'],
			'object-src': ['none'],
			'base-uri': ['none'],
			'connect-src': ['self'],
			'img-src': ['self', 'data:'],
			'form-action': ['self'],
			'worker-src': ['self'],
			'manifest-src': ['self']
		});
	});

	it('hashes exactly the style attributes of src/app.html and of the SvelteKit route announcer', () => {
		// When SvelteKit changes its announcer, this names the new value to hash.
		const attributes = (text: string) => [...text.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]);
		const root = readFileSync('node_modules/@sveltejs/kit/src/core/sync/write_root.js', 'utf8');
		expect([...attributes(readFileSync('src/app.html', 'utf8')), ...attributes(root)]).toEqual(STYLE_ATTRIBUTES);
		expect(CSP_DIRECTIVES['style-src-attr']?.[0]).toBe('unsafe-hashes');
		expect(CSP_DIRECTIVES['style-src-attr']).toHaveLength(STYLE_ATTRIBUTES.length + 1);
	});

	it('the header adds frame-ancestors and leaves script and style sources to the page', () => {
		const names = HEADER_CSP.split('; ').map((d) => d.split(' ')[0]);
		expect(names[0]).toBe('frame-ancestors');
		expect(HEADER_CSP).toContain("frame-ancestors 'none'");
		expect(HEADER_CSP).toContain("object-src 'none'");
		expect(HEADER_CSP).toContain("base-uri 'none'");
		for (const name of ['default-src', 'script-src', 'style-src']) expect(names).not.toContain(name);
		expect(SECURITY_HEADERS).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Content-Security-Policy': HEADER_CSP });
	});
});
