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

/** One matcher for all terms; longer phrases first, so "subpoena duces tecum" beats "subpoena". */
export function glossaryMatcher(terms: readonly GlossaryTerm[]) {
	const phrases = terms.flatMap((t) => t.match.map((m) => ({ phrase: m.toLowerCase(), id: t.id }))).sort((a, b) => b.phrase.length - a.phrase.length);
	const byPhrase = new Map(phrases.map((p) => [p.phrase, p.id]));
	// A hyphen in a phrase also matches an en dash ("psychotherapist–patient").
	const alternatives = phrases.map((p) => escapeRegExp(p.phrase).replace(/-/g, '[-\u2013]'));
	const pattern = alternatives.length ? new RegExp(`\\b(${alternatives.join('|')})\\b`, 'gi') : null;
	return { pattern, idOf: (found: string) => byPhrase.get(found.toLowerCase().replace(/\u2013/g, '-')) };
}

/**
 * Splits paragraphs into plain and linked segments, linking only the first mention of each
 * term across all of them (later mentions stay plain text).
 */
export function linkFirstMentions(paragraphs: readonly string[], terms: readonly GlossaryTerm[]): TextSegment[][] {
	const { pattern, idOf } = glossaryMatcher(terms);
	const linked = new Set<string>();
	return paragraphs.map((text) => {
		if (!pattern) return [{ text }];
		const segments: TextSegment[] = [];
		let last = 0;
		for (const match of text.matchAll(pattern)) {
			const id = idOf(match[0]);
			if (!id || linked.has(id)) continue;
			linked.add(id);
			if (match.index > last) segments.push({ text: text.slice(last, match.index) });
			segments.push({ text: match[0], termId: id });
			last = match.index + match[0].length;
		}
		if (last < text.length) segments.push({ text: text.slice(last) });
		return segments;
	});
}
