import { describe, expect, it } from 'vitest';
import { blockPages, blocksHeight, bodyHeight, lineCount, passagePages, sentencesOf, TYPE, textHeight } from './fit';
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
		// Every block in order (a paragraph may be cut between sentences to fill a page).
		const kinds = pages.flat().map((b) => b.kind);
		expect(kinds.filter((k, i) => !(k === 'text' && kinds[i - 1] === 'text'))).toEqual(['text', 'cite', 'heading', 'text']);
		const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean);
		expect(words(pages.flat().map((b) => b.text))).toEqual(words(blocks.map((b) => b.text)));
	});

	it('fills a page before breaking: a paragraph too long for what is left starts there, at a sentence end, after its heading', () => {
		const sentence = 'A sentence of the rationale that takes a line or so on the stage. ';
		const blocks: TextBlock[] = [
			{ kind: 'text', text: sentence.repeat(5).trim() },
			{ kind: 'heading', text: 'In other jurisdictions' },
			{ kind: 'text', text: sentence.repeat(14).trim() }
		];
		const height = bodyHeight({ heading: 'The room’s path' });
		const pages = blockPages(blocks, { heading: 'The room’s path' });
		expect(pages).toHaveLength(2);
		expect(pages[0]!.map((b) => b.kind)).toEqual(['text', 'heading', 'text']);
		expect(blocksHeight(pages[0]!)).toBeLessThanOrEqual(height);
		// The paragraph is cut between sentences, and nothing is lost or reordered.
		expect(pages[0]![2]!.text.endsWith('.')).toBe(true);
		expect(pages.flat().filter((b) => b.kind === 'text').map((b) => b.text).join(' ')).toBe(`${blocks[0]!.text} ${blocks[2]!.text}`);
	});

	it('cuts text between sentences, never after an abbreviation or inside a citation', () => {
		expect(sentencesOf('Texas declined a duty (Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999)). Its statute was amended in 2021. Who is Chris? He waits.')).toEqual([
			'Texas declined a duty (Thapar v. Zezulka, 994 S.W.2d 635 (Tex. 1999)).',
			'Its statute was amended in 2021.',
			'Who is Chris?',
			'He waits.'
		]);
	});
});
