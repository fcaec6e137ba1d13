/** Glossary terms and the linking of their first mentions in text. Pure. */

export interface GlossaryTerm {
	id: string;
	term: string;
	/** Words or phrases that link to the term (any case, whole words). */
	match: string[];
	definition: string;
}

export type TextSegment = { text: string; termId?: undefined } | { text: string; termId: string };

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Matcher = { pattern: RegExp | null; idOf: (found: string) => string | undefined };
const matchers = new WeakMap<readonly GlossaryTerm[], Matcher>();

/**
 * One matcher for all terms; longer phrases first, so "subpoena duces tecum" beats "subpoena".
 * Built once per term list: panels that link text render on the path to the next frame.
 */
export function glossaryMatcher(terms: readonly GlossaryTerm[]): Matcher {
	const cached = matchers.get(terms);
	if (cached) return cached;
	const matcher = buildMatcher(terms);
	matchers.set(terms, matcher);
	return matcher;
}

function buildMatcher(terms: readonly GlossaryTerm[]): Matcher {
	const phrases = terms.flatMap((t) => t.match.map((m) => ({ phrase: m.toLowerCase(), id: t.id }))).sort((a, b) => b.phrase.length - a.phrase.length);
	const byPhrase = new Map(phrases.map((p) => [p.phrase, p.id]));
	// A hyphen in a phrase also matches an en dash ("psychotherapist–patient").
	const alternatives = phrases.map((p) => escapeRegExp(p.phrase).replace(/-/g, '[-\u2013]'));
	const pattern = alternatives.length ? new RegExp(`\\b(${alternatives.join('|')})\\b`, 'gi') : null;
	return { pattern, idOf: (found: string) => byPhrase.get(found.toLowerCase().replace(/\u2013/g, '-')) };
}

/**
 * Links first mentions paragraph by paragraph, remembering what it has linked. A growing
 * transcript links only its new paragraphs, and earlier results keep their identity (so a view
 * does not re-render them on every click).
 */
export class FirstMentionLinker {
	private readonly matcher;
	private readonly linkedTerms = new Set<string>();
	private readonly done: TextSegment[][] = [];
	private readonly sources: string[] = [];

	constructor(terms: readonly GlossaryTerm[]) {
		this.matcher = glossaryMatcher(terms);
	}

	/** Segments for each paragraph; starts over if the paragraphs are not a continuation. */
	link(paragraphs: readonly string[]): TextSegment[][] {
		const continues = this.sources.length <= paragraphs.length && this.sources.every((text, i) => text === paragraphs[i]);
		if (!continues) {
			this.done.length = 0;
			this.sources.length = 0;
			this.linkedTerms.clear();
		}
		for (let i = this.done.length; i < paragraphs.length; i++) {
			this.sources.push(paragraphs[i]!);
			this.done.push(this.linkOne(paragraphs[i]!));
		}
		return this.done.slice(0, paragraphs.length);
	}

	private linkOne(text: string): TextSegment[] {
		const { pattern, idOf } = this.matcher;
		if (!pattern) return [{ text }];
		const segments: TextSegment[] = [];
		let last = 0;
		for (const match of text.matchAll(pattern)) {
			const id = idOf(match[0]);
			if (!id || this.linkedTerms.has(id)) continue;
			this.linkedTerms.add(id);
			if (match.index > last) segments.push({ text: text.slice(last, match.index) });
			segments.push({ text: match[0], termId: id });
			last = match.index + match[0].length;
		}
		if (last < text.length) segments.push({ text: text.slice(last) });
		return segments;
	}
}

/** Splits paragraphs into plain and linked segments, linking only each term's first mention. */
export function linkFirstMentions(paragraphs: readonly string[], terms: readonly GlossaryTerm[]): TextSegment[][] {
	return new FirstMentionLinker(terms).link(paragraphs);
}
