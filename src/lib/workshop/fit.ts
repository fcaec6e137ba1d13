/**
 * Paging for the projector: long text is split into pages that fit the audience stage, never
 * scrolled. Both windows (and a stored session) must agree on the pages, so they are computed
 * here, from text alone, not measured in a browser.
 *
 * The stage's type is sized in units of 1 % of its height (`u`, at most 0.75 % of its width), so
 * its layout is the same at every size from 4:3 (1024x768) to 16:9 (1280x720, 1920x1080): only a
 * wider stage fits more on a line. Pages are cut for the narrowest, 4:3, with a character
 * width on the wide side of common sans-serif fonts, so what is cut here fits everywhere. The
 * sizes below are the audience stage's CSS (src/lib/components/workshop/AudienceStage.svelte);
 * the browser tests measure that every step fits at 1024x768, 1280x720 and 1920x1080. Pure.
 */
import type { TextBlock } from './types';

/** Type sizes and line heights, in u (1 % of the stage's height). */
export const TYPE = {
	/** The vignette and step, small, at the top; the page number at the bottom. */
	meta: { size: 2.6, line: 1.3 },
	heading: { size: 4.2, line: 1.2, bold: true },
	/** Passage text: at least 3.5 % of the screen's height. */
	passage: { size: 3.8, line: 1.35 },
	/** Option text: at least 3 % of the screen's height. */
	option: { size: 3.3, line: 1.25 },
	/** Reveals, the setting card and the summary. */
	body: { size: 3.3, line: 1.35 },
	subheading: { size: 3.6, line: 1.25, bold: true },
	cite: { size: 2.9, line: 1.3 },
	/** An option's text under its bar, once the vote is shown. */
	small: { size: 2.8, line: 1.3 }
} as const;

export type TypeStyle = { size: number; line: number; bold?: boolean };

/** The stage at 4:3 (its narrowest), in u. */
export const STAGE = {
	width: 400 / 3,
	padTop: 4,
	padBottom: 3.5,
	padSide: 5,
	/** Space under the meta line and under a heading. */
	metaGap: 2,
	headingGap: 2,
	/** Above the bottom line (page number, votes). */
	bottomGap: 1.5,
	/** Between paragraphs, between options. */
	paragraphGap: 2.1,
	optionGap: 1.6,
	/** An option's label badge (square) and the gap beside it. */
	badge: 5.5,
	badgeGap: 1.8,
	/** Padding above and below an option's text. */
	optionPad: 0.6,
	/** A vote bar's line (the bar beside its count, as tall as a label badge). */
	bar: 5.5
} as const;

/** Widest a character of body text is on average, in em (DejaVu Sans measures 0.50; bold 0.57). */
const CHAR_EM = 0.56;
const BOLD_CHAR_EM = 0.63;
/** What is left of a page's height for its estimate to be off by (fonts differ a little). */
const SAFETY = 0.95;

/** The width text may take on the stage at 4:3, in u. */
export const TEXT_WIDTH = STAGE.width - 2 * STAGE.padSide;

/** How many lines `text` wraps to at `style` in `width` u (greedy, at word boundaries). */
export function lineCount(text: string, style: TypeStyle, width = TEXT_WIDTH): number {
	const charWidth = style.size * (style.bold ? BOLD_CHAR_EM : CHAR_EM);
	const perLine = Math.max(1, Math.floor(width / charWidth));
	let lines = 1;
	let used = 0;
	for (const word of text.trim().split(/\s+/)) {
		// A word longer than a line breaks anywhere (the stage sets overflow-wrap: anywhere).
		let length = word.length;
		if (used > 0 && used + 1 + length <= perLine) {
			used += 1 + length;
			continue;
		}
		if (used > 0) lines++;
		while (length > perLine) {
			lines++;
			length -= perLine;
		}
		used = length;
	}
	return lines;
}

/** Height of `text` at `style`, in u. */
export const textHeight = (text: string, style: TypeStyle, width = TEXT_WIDTH) => lineCount(text, style, width) * style.size * style.line;

/** The height a page's content may take, in u, under a heading (if any) and with the footer (if shown). */
export function bodyHeight({ heading, footer }: { heading?: string | null; footer?: string | null } = {}): number {
	const meta = TYPE.meta.size * TYPE.meta.line;
	let height = 100 - STAGE.padTop - STAGE.padBottom - (meta + STAGE.metaGap) - (meta + STAGE.bottomGap);
	if (heading) height -= textHeight(heading, TYPE.heading) + STAGE.headingGap;
	if (footer) height -= textHeight(footer, TYPE.meta) + STAGE.bottomGap;
	return height * SAFETY;
}

/**
 * Text as its sentences. A full stop ends one only after a word in lower case, a number or a
 * bracket, so that "Thapar v. Zezulka", "S.W.2d" or "(Tex. 1999)" are never cut across pages.
 */
export const sentencesOf = (text: string) => text.trim().split(/(?<=(?:[!?]|(?:\b[a-z]{2,}|\d|\))\.)["'”’)]*)\s+/).filter(Boolean);

/** Splits text that is too tall for one page at sentence ends (or, failing that, between words). */
export function splitToFit(text: string, style: TypeStyle, height: number, width = TEXT_WIDTH): string[] {
	if (textHeight(text, style, width) <= height) return [text];
	const sentences = sentencesOf(text);
	const pieces = sentences.length > 1 ? sentences : text.split(/\s+/);
	const joiner = ' ';
	const out: string[] = [];
	let current = '';
	for (const piece of pieces) {
		const next = current ? `${current}${joiner}${piece}` : piece;
		if (current && textHeight(next, style, width) > height) {
			out.push(current);
			current = piece;
		} else current = next;
	}
	if (current) out.push(current);
	// A sentence still too tall is split between words.
	return out.flatMap((part) => (sentences.length > 1 && textHeight(part, style, width) > height ? splitToFit(part, style, height, width) : [part]));
}

/** Packs items of known heights (with a gap between them) into pages no taller than `height`. */
export function packPages<T>(items: readonly T[], heightOf: (item: T) => number, height: number, gap: number): T[][] {
	const pages: T[][] = [];
	let page: T[] = [];
	let used = 0;
	for (const item of items) {
		const h = heightOf(item);
		const needed = page.length ? used + gap + h : h;
		if (page.length && needed > height) {
			pages.push(page);
			page = [item];
			used = h;
		} else {
			page.push(item);
			used = needed;
		}
	}
	if (page.length || pages.length === 0) pages.push(page);
	return pages;
}

/** A passage's lines as pages. */
export function passagePages(lines: readonly string[]): string[][] {
	const height = bodyHeight();
	const pieces = lines.flatMap((line) => splitToFit(line, TYPE.passage, height));
	return packPages(pieces, (line) => textHeight(line, TYPE.passage), height, STAGE.paragraphGap);
}

/** Height of one option on the stage: its text beside its label badge. */
export function optionHeight(text: string): number {
	const width = TEXT_WIDTH - STAGE.badge - STAGE.badgeGap;
	return Math.max(STAGE.badge, textHeight(text, TYPE.option, width) + 2 * STAGE.optionPad);
}

/** The options of a choice point as pages (one page unless they cannot fit: the checker keeps them short). */
export function optionPages<T extends { text: string }>(options: readonly T[], heading: string): T[][] {
	return packPages(options, (o) => optionHeight(o.text), bodyHeight({ heading }), STAGE.optionGap);
}

/** Whether the vote's bars fit with each option's text under them (else the labels alone are shown). */
export function barsFitWithText(options: readonly { text: string }[], heading: string): boolean {
	const row = (text: string) => textHeight(text, TYPE.small, TEXT_WIDTH - STAGE.badge - STAGE.badgeGap) + STAGE.bar;
	const total = options.reduce((sum, o) => sum + row(o.text), 0) + STAGE.optionGap * Math.max(0, options.length - 1);
	return total <= bodyHeight({ heading });
}

export const BLOCK_STYLE = { text: TYPE.body, heading: TYPE.subheading, cite: TYPE.cite } as const;

/** How the items of a page flow: their height, where one may be cut, what must not end a page. */
export interface Flow<T> {
	heightOf: (item: T) => number;
	/** The item cut in two, its first part no taller than `room` (null where it cannot be). */
	split?: (item: T, room: number) => [T, T] | null;
	/** A heading: never the last thing on a page, it goes over with what it heads. */
	keepWithNext?: (item: T) => boolean;
}

/**
 * Lays items out into pages no taller than `height`, filling each page before breaking: an item
 * that does not fit whole starts on the page when its first part fits (`split`), and a heading
 * left last on a page moves over to the next. Each item must fit an empty page.
 */
export function flowPages<T>(items: readonly T[], flow: Flow<T>, height: number, gap: number): T[][] {
	const pages: T[][] = [];
	const queue = [...items];
	let page: T[] = [];
	let used = 0;
	const breakPage = () => {
		// Headings at the end go over with the page's first item; a page of headings alone stays as it is.
		let keep = page.length;
		while (keep > 0 && flow.keepWithNext?.(page[keep - 1]!)) keep--;
		if (keep > 0) queue.unshift(...page.splice(keep));
		pages.push(page);
		page = [];
		used = 0;
	};
	while (queue.length) {
		const item = queue.shift()!;
		const h = flow.heightOf(item);
		const needed = page.length ? used + gap + h : h;
		if (!page.length || needed <= height) {
			page.push(item);
			used = needed;
			continue;
		}
		const parts = flow.split?.(item, height - used - gap) ?? null;
		if (parts) {
			page.push(parts[0]);
			queue.unshift(parts[1]);
		} else queue.unshift(item);
		breakPage();
	}
	if (page.length || pages.length === 0) pages.push(page);
	return pages;
}

/** Text cut at the last sentence end that leaves its first part no taller than `room` (null if even one sentence is taller). */
export function splitAtSentence(text: string, style: TypeStyle, room: number, width = TEXT_WIDTH): [string, string] | null {
	const sentences = sentencesOf(text);
	let cut = 0;
	while (cut < sentences.length - 1 && textHeight(sentences.slice(0, cut + 1).join(' '), style, width) <= room) cut++;
	return cut === 0 ? null : [sentences.slice(0, cut).join(' '), sentences.slice(cut).join(' ')];
}

/** How blocks of text flow: a paragraph may be cut between sentences, a heading stays with what follows. */
export const BLOCK_FLOW: Flow<TextBlock> = {
	heightOf: (b) => textHeight(b.text, BLOCK_STYLE[b.kind]),
	split: (b, room) => {
		if (b.kind !== 'text') return null;
		const parts = splitAtSentence(b.text, BLOCK_STYLE.text, room);
		return parts && [{ kind: 'text', text: parts[0] }, { kind: 'text', text: parts[1] }];
	},
	keepWithNext: (b) => b.kind === 'heading'
};

/** Blocks of a reveal or summary as pages; a paragraph too tall for a page is split at sentence ends. */
export function blockPages(blocks: readonly TextBlock[], options: { heading?: string | null; footer?: string | null; reserved?: number } = {}): TextBlock[][] {
	const height = bodyHeight(options) - (options.reserved ?? 0);
	const pieces = blocks.flatMap((block) => splitToFit(block.text, BLOCK_STYLE[block.kind], height).map((text) => ({ kind: block.kind, text })));
	return flowPages(pieces, BLOCK_FLOW, height, STAGE.paragraphGap);
}

/** Height of a list of blocks on one page, in u. */
export const blocksHeight = (blocks: readonly TextBlock[]) =>
	blocks.reduce((sum, b, i) => sum + textHeight(b.text, BLOCK_STYLE[b.kind]) + (i ? STAGE.paragraphGap : 0), 0);
