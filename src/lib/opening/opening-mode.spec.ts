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
		expect(OPENING_SHELL_TEXT).toContain(`location.search || resumable || assessment ? 'wait' : 'shell'`);
		expect(OPENING_SHELL_TEXT).toContain(`'${openingHintKey('')}' + main.dataset.case`);
		expect(OPENING_SHELL_TEXT).toContain(`'${VISIT_MODE_KEY}'`);
		expect(OPENING_SHELL_TEXT, 'comments are not shipped').not.toMatch(/^\/\//m);
	});
});
