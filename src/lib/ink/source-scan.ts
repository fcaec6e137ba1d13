/**
 * Checks on the ink source that need the line as written: tags ink would read other than the
 * author meant. Each says in plain words what ink does and how to write it instead, because the
 * compiler's own message for these is cryptic or there is none (the tag is silently cut short).
 */
import type { ContentIssue } from '../domain/types.ts';

export interface SourceLine {
	file: string;
	line: number;
	/** The line as written. */
	text: string;
	/** The line as ink reads it: comments removed, so searches never land in a comment. */
	code: string;
}

const CHOICE_LINE = /^\s*(?:[*+]\s*)+/;
const OPTION_TAG_AFTER_BRACKET = /\]\s*[^#]*#\s*(id|action|verdict|kind|critical|rationale|cite)\b/;
/** An unescaped `#`: ink starts a tag there. */
const TAG_START = /(^|[^\\])#/g;
/** Confide tags whose values are free text, where a `#` or `//` plausibly belongs to the text. */
const FREE_TEXT_TAG = /^\s*(rationale|cite|title|summary|intake|setting|jurisdictions|content_note|objective|decision)(?:@[a-z][a-z0-9-]*)?\s*:\s*(.*)$/;
/** What a tag of its own starts with: a key, then a colon or nothing. */
const TAG_OF_ITS_OWN = /^[A-Za-z_][A-Za-z0-9_]*(?:@[a-z][a-z0-9-]*)?\s*(?::|$)/;

function tagStarts(code: string): number[] {
	return [...code.matchAll(TAG_START)].map((m) => m.index + m[1]!.length);
}

/** A tag written after a choice's `]` tags the output line, not the choice. */
function tagAfterBracket({ file, line, code }: SourceLine): ContentIssue | undefined {
	if (!CHOICE_LINE.test(code)) return undefined;
	const match = OPTION_TAG_AFTER_BRACKET.exec(code);
	if (!match) return undefined;
	return { file, line, message: `tag '${match[1]}' is after the choice's ']': it would tag the output line, not the choice. Move it inside the brackets.` };
}

/** `//` inside a tag (a web address) starts an ink comment: the rest of the line is dropped. */
function slashesInTag({ file, line, text }: SourceLine): ContentIssue | undefined {
	const comment = text.search(/\/\/|\/\*/);
	if (comment <= 0 || !/\S/.test(text[comment - 1]!)) return undefined;
	const starts = tagStarts(text.slice(0, comment));
	if (!starts.length) return undefined;
	const tag = text.slice(starts.at(-1)!, comment + 2).trim();
	// '#//…' comments a whole tag out: deliberate, not a value cut short.
	if (/^#\s*\/\/$/.test(tag)) return undefined;
	const bracket = CHOICE_LINE.test(text) && text.indexOf(']', comment) !== -1 ? ", the choice's closing ']' with it" : '';
	return {
		file,
		line,
		message: `the '//' in the tag '${tag}…' starts an ink comment, so ink drops the rest of the line${bracket}. Leave the '//' out (write a web address without 'https://') or write it as '\\/\\/'`
	};
}

/** A `#` inside a free-text value starts a new tag and cuts the value short. */
function hashInValue({ file, line, code }: SourceLine): ContentIssue | undefined {
	const starts = tagStarts(code);
	for (let i = 0; i + 1 < starts.length; i++) {
		const tag = code.slice(starts[i]! + 1, starts[i + 1]).trim();
		const next = code.slice(starts[i + 1]! + 1).split(/[\]#]/)[0]!.trim();
		const freeText = FREE_TEXT_TAG.exec(tag);
		if (!freeText || TAG_OF_ITS_OWN.test(next)) continue;
		return {
			file,
			line,
			message: `the '#' in '#${tag} #${next}' starts a new tag, so '${freeText[1]}' ends at '${freeText[2]}'. To keep a '#' in the text, write it as '\\#'`
		};
	}
	return undefined;
}

export function unreadableTagIssues(lines: readonly SourceLine[]): ContentIssue[] {
	return lines.flatMap((l) => [tagAfterBracket(l), slashesInTag(l), hashInValue(l)].filter((i): i is ContentIssue => i !== undefined));
}
