import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENING_SHELL_TEXT } from '../../../scripts/lib/security-policy.js';
import { openingHintKey, openingMode } from './opening-mode';
import { VISIT_MODE_KEY } from '../session/visit-mode';

describe('openingMode: HTML-first only where nothing is to be read first', () => {
	it('opens HTML-first on a plain first visit', () => expect(openingMode('', false, false)).toBe('shell'));
	it('waits for the app after a saved attempt, on a link with a query, or in an assessment visit', () => {
		expect(openingMode('', true, false)).toBe('wait');
		expect(openingMode('?profile=tx', false, false)).toBe('wait');
		expect(openingMode('', false, true)).toBe('wait');
	});
	it('is the rule the inline script applies, with the same storage keys', () => {
		const source = readFileSync('src/lib/opening/opening-shell.js', 'utf8');
		expect(source).toContain(`location.search || resumable || assessment ? 'wait' : 'shell'`);
		expect(source).toContain(`'${openingHintKey('')}' + main.dataset.case`);
		expect(source).toContain(`'${VISIT_MODE_KEY}'`);
		// What pages carry is that script minified: the keys survive, the comments do not.
		expect(OPENING_SHELL_TEXT).toContain(openingHintKey(''));
		expect(OPENING_SHELL_TEXT).not.toContain('//');
		expect(OPENING_SHELL_TEXT.length).toBeLessThan(source.length / 2);
	});
});
