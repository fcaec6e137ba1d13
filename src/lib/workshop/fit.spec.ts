import { describe, expect, it } from 'vitest';
import { blockPages, bodyHeight, lineCount, passagePages, TYPE, textHeight } from './fit';
import type { TextBlock } from './types';

describe('paging for the projector', () => {
	it('wraps at word boundaries and breaks a word longer than a line', () => {
		expect(lineCount('one two three', TYPE.body)).toBe(1);
		expect(lineCount('x'.repeat(400), TYPE.body)).toBeGreaterThan(3);
	});

	it('cuts a long passage into pages that each fit, keeping every line in order', () => {
		const lines = Array.from({ length: 30 }, (_, i) => `Line ${i}: ${'a fairly long sentence of story text '.repeat(3)}`);
		const pages = passagePages(lines);
		expect(pages.length).toBeGreaterThan(1);
		expect(pages.flat()).toEqual(lines);
		for (const page of pages) expect(page.reduce((h, l) => h + textHeight(l, TYPE.passage), 0)).toBeLessThanOrEqual(bodyHeight());
	});

	it('never ends a page with a heading', () => {
		const long = 'A long rationale sentence that takes room. '.repeat(12);
		const blocks: TextBlock[] = [
			{ kind: 'text', text: long },
			{ kind: 'cite', text: 'Sources: APA 4.05(b)' },
			{ kind: 'heading', text: 'The best response: option 2' },
			{ kind: 'text', text: long }
		];
		const pages = blockPages(blocks, { heading: 'Critical error' });
		expect(pages.length).toBeGreaterThan(1);
		for (const page of pages.slice(0, -1)) expect(page.at(-1)!.kind).not.toBe('heading');
		expect(pages.flat().map((b) => b.kind)).toEqual(['text', 'cite', 'heading', 'text']);
	});
});
