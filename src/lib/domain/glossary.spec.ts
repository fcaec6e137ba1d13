import { describe, expect, it } from 'vitest';
import glossary from '../../../stories/glossary.json';
import { FirstMentionLinker, linkFirstMentions, type GlossaryTerm } from './glossary';

const terms: GlossaryTerm[] = [
	{ id: 'subpoena', term: 'Subpoena', match: ['subpoena'], definition: 'd' },
	{ id: 'subpoena-duces-tecum', term: 'Subpoena duces tecum', match: ['subpoena duces tecum'], definition: 'd' },
	{ id: 'privilege', term: 'Privilege', match: ['psychotherapist-patient privilege', 'privilege'], definition: 'd' }
];

describe('linkFirstMentions', () => {
	it('links the longest phrase, whole words only, in any case', () => {
		expect(linkFirstMentions(['A Subpoena Duces Tecum arrived. Privileged? No: privilege.'], terms)).toEqual([
			[
				{ text: 'A ' },
				{ text: 'Subpoena Duces Tecum', termId: 'subpoena-duces-tecum' },
				{ text: ' arrived. Privileged? No: ' },
				{ text: 'privilege', termId: 'privilege' },
				{ text: '.' }
			]
		]);
	});
	it('links only the first mention of a term across paragraphs', () => {
		const out = linkFirstMentions(['The subpoena is here.', 'Another subpoena, and the psychotherapist\u2013patient privilege.'], terms);
		expect(out[0]).toEqual([{ text: 'The ' }, { text: 'subpoena', termId: 'subpoena' }, { text: ' is here.' }]);
		expect(out[1]).toEqual([
			{ text: 'Another subpoena, and the ' },
			{ text: 'psychotherapist\u2013patient privilege', termId: 'privilege' },
			{ text: '.' }
		]);
	});
	it('leaves text without terms whole, and keeps every character', () => {
		const text = 'Nothing to see <b>here</b> & "there".';
		expect(linkFirstMentions([text], terms)).toEqual([[{ text }]]);
	});
});

describe('FirstMentionLinker', () => {
	it('links a growing list incrementally, keeping earlier results as they were', () => {
		const linker = new FirstMentionLinker(terms);
		const first = linker.link(['A subpoena.']);
		const second = linker.link(['A subpoena.', 'Another subpoena and privilege.']);
		expect(second[0]).toBe(first[0]);
		expect(second).toEqual(linkFirstMentions(['A subpoena.', 'Another subpoena and privilege.'], terms));
	});
	it('starts over when the list is not a continuation (a new attempt)', () => {
		const linker = new FirstMentionLinker(terms);
		linker.link(['A subpoena.']);
		expect(linker.link(['Privilege, then a subpoena.'])).toEqual(linkFirstMentions(['Privilege, then a subpoena.'], terms));
	});
});

describe('the shipped glossary', () => {
	it('has unique ids, a definition and at least one match phrase per term', () => {
		const ids = glossary.terms.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const t of glossary.terms) {
			expect(t.id).toMatch(/^[a-z0-9-]+$/);
			expect(t.definition.length).toBeGreaterThan(10);
			expect(t.match.length).toBeGreaterThan(0);
		}
	});
	it('covers the terms the issue names', () => {
		const ids = glossary.terms.map((t) => t.id);
		expect(ids).toEqual(expect.arrayContaining(['privilege', 'subpoena-duces-tecum', 'minimum-necessary', 'psychotherapy-notes', 'in-camera-review']));
	});
});
