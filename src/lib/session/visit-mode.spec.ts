import { describe, expect, it } from 'vitest';
import { visitMode } from './visit-mode';

const q = (s: string) => new URLSearchParams(s);

describe('visitMode', () => {
	it('an assessment link is kept for the visit', () => {
		expect(visitMode(q('mode=assessment'), null, 'learning')).toEqual({ mode: 'assessment', store: 'assessment' });
		expect(visitMode(q(''), 'assessment', 'learning')).toEqual({ mode: 'assessment', store: 'assessment' });
	});
	it('a learning link replaces it; an unknown mode changes nothing', () => {
		expect(visitMode(q('mode=learning'), 'assessment', 'learning')).toEqual({ mode: 'learning', store: null });
		expect(visitMode(q('mode=exam'), 'assessment', 'learning')).toEqual({ mode: 'assessment', store: 'assessment' });
		expect(visitMode(q(''), null, 'learning')).toEqual({ mode: 'learning', store: null });
	});
	it('an assessment build stays in assessment mode whatever the link', () => {
		expect(visitMode(q('mode=learning'), null, 'assessment').mode).toBe('assessment');
	});
});
