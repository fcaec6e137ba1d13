/**
 * What the room sees at each step of a session, built from the session's plain data: the
 * presenter's position, the rounds of votes and the attempt's mirror. The same function gives the
 * presenter's preview and the audience window, and its page counts are the ones the workshop
 * machine pages through. A verdict, score or rationale enters a slide only at a reveal. Pure.
 */
import { SUPPORT_RESOURCES, supportLine } from '../content/support';
import { verdictLabel } from '../content/labels';
import { DISCLAIMER } from '../content/disclaimer';
import {
	bestHeading,
	choiceHeading,
	INTAKE_LABEL,
	JURISDICTIONS_HEADING,
	meaningHeading,
	playedLine,
	SETTING_HEADING,
	SOURCES_LABEL,
	stepName,
	SUMMARY_HEADING
} from '../content/workshop';
import { SUPPORT_HEADING } from '../content/support';
import { jurisdictionsFor, profileOf, scoreFor, settingFor } from '../domain/profiles';
import { processCall, reviewDecision, type LedgerEntry } from '../domain/scoring';
import type { CaseManifest, DecisionInfo, SettingRow } from '../domain/types';
import { passageLines, type AttemptMirror } from './attempt-mirror';
import { barsFitWithText, BLOCK_FLOW, BLOCK_STYLE, blockPages, flowPages, optionPages, packPages, passagePages, bodyHeight, splitToFit, textHeight, TYPE, STAGE, type Flow } from './fit';
import type { AudienceFrame, Blank, LabelledText, PageOf, PathStepView, Position, Round, Slide, TextBlock } from './types';
import { labelAt, labelOf, optionAt, totalVotes } from './votes';

/** Everything a slide is made from. */
export interface FrameInput {
	manifest: CaseManifest;
	profile: string | null;
	attempt: AttemptMirror | null;
	rounds: readonly Round[];
	position: Position;
	blank: Blank;
}

type Place = { decision: DecisionInfo; number: number; total: number; title: string };

/** A decision's place in the vignette ("Decision 2 of 4"). */
export function decisionPlace(manifest: CaseManifest, decisionId: string | null): Place | null {
	const index = manifest.decisions.findIndex((d) => d.id === decisionId);
	if (index === -1) return null;
	const decision = manifest.decisions[index]!;
	return { decision, number: index + 1, total: manifest.decisions.length, title: decision.title };
}

const pageOf = (n: number, of: number): PageOf => ({ n: Math.min(n, of - 1) + 1, of });
const clampPage = (page: number, pages: number) => Math.max(0, Math.min(page, pages - 1));

/** The labelled options of a round, in the order shown. */
export const labelled = (round: Round): LabelledText[] => round.options.map((o, i) => ({ label: labelAt(i), text: o.text }));

// --- the pages of each step ---

function settingItems(input: FrameInput): ({ kind: 'intake'; text: string } | { kind: 'row'; row: SettingRow })[] {
	const meta = input.manifest.meta;
	return [{ kind: 'intake' as const, text: meta.intake }, ...settingFor(meta, input.profile).map((row) => ({ kind: 'row' as const, row }))];
}

function settingPages(input: FrameInput) {
	const items = settingItems(input);
	const heightOf = (item: (typeof items)[number]) =>
		textHeight(item.kind === 'intake' ? `${INTAKE_LABEL}: ${item.text}` : `${item.row.label}: ${item.row.value}`, TYPE.body);
	// The profile's label sits under the heading on every page.
	const profile = profileLabel(input);
	const reserved = profile ? textHeight(profile, TYPE.body) + STAGE.paragraphGap : 0;
	return packPages(items, heightOf, bodyHeight({ heading: SETTING_HEADING }) - reserved, STAGE.paragraphGap);
}

function profileLabel(input: FrameInput): string | null {
	const profile = input.profile ? profileOf(input.manifest.meta.profiles, input.profile) : null;
	return profile ? `Scored under: ${profile.label}` : null;
}

const readingPages = (input: FrameInput) => passagePages(input.attempt ? passageLines(input.attempt) : []);

function choiceHeadingOf(input: FrameInput, round: Round) {
	return choiceHeading(decisionPlace(input.manifest, round.decisionId));
}

/** The ledger entry of a round's decision, once it has been played. */
function entryOf(input: FrameInput, round: Round | undefined): LedgerEntry | undefined {
	if (!round?.decisionId) return undefined;
	return input.attempt?.ledger.find((e) => e.decisionId === round.decisionId);
}

interface ReviewParts {
	heading: string;
	played: LabelledText;
	by: 'majority' | 'override';
	entry: LedgerEntry;
	pages: TextBlock[][];
	playedText: string;
}

/** A played decision's reveal: its verdict, rationale and citation, and the best response if it was not chosen. */
function reviewParts(input: FrameInput, round: Round | undefined): ReviewParts | null {
	const entry = entryOf(input, round);
	if (!round || !entry) return null;
	const place = decisionPlace(input.manifest, entry.decisionId);
	const review = reviewDecision(entry, place?.decision, input.profile ?? undefined);
	const label = labelOf(round, entry.optionId) ?? review.chosenLabel ?? '?';
	const by = round.played?.by ?? 'majority';
	const blocks: TextBlock[] = [{ kind: 'text', text: entry.rationale }];
	if (entry.cite) blocks.push({ kind: 'cite', text: `${SOURCES_LABEL} ${entry.cite}` });
	if (review.best) {
		const bestLabel = labelOf(round, review.best.optionId) ?? review.best.label;
		blocks.push({ kind: 'heading', text: bestHeading(bestLabel) }, { kind: 'text', text: review.best.text }, { kind: 'text', text: review.best.rationale });
		if (review.best.cite) blocks.push({ kind: 'cite', text: `${SOURCES_LABEL} ${review.best.cite}` });
	}
	const heading = verdictLabel(entry, review.call);
	const playedText = `${playedLine(label, by)}: ${entry.optionText}`;
	const reserved = textHeight(playedText, TYPE.body) + STAGE.paragraphGap;
	return { heading, played: { label, text: entry.optionText }, by, entry, pages: blockPages(blocks, { heading, reserved }), playedText };
}

/** What an option the room did not take would have meant: its text and rationale, no verdict. */
function meaningPages(input: FrameInput, round: Round | undefined, label: string): TextBlock[][] | null {
	const option = round ? optionAt(round, label) : undefined;
	const place = decisionPlace(input.manifest, round?.decisionId ?? null);
	const scored = place?.decision.options.find((o) => o.id === option?.id);
	if (!option || !scored) return null;
	const blocks: TextBlock[] = [
		{ kind: 'heading', text: option.text },
		{ kind: 'text', text: scoreFor(scored, input.profile ?? undefined).rationale }
	];
	return blockPages(blocks, { heading: meaningHeading(label) });
}

/** The decisions answered, in order, with the round each was voted in. */
export function answered(input: FrameInput): { entry: LedgerEntry; round: Round | undefined }[] {
	return (input.attempt?.ledger ?? []).map((entry) => ({ entry, round: input.rounds.find((r) => r.decisionId === entry.decisionId) }));
}

function pathSteps(input: FrameInput): PathStepView[] {
	return answered(input).map(({ entry, round }) => {
		const place = decisionPlace(input.manifest, entry.decisionId);
		return {
			number: place?.number ?? 0,
			title: place?.title ?? entry.decisionId,
			label: (round && labelOf(round, entry.optionId)) ?? '?',
			text: entry.optionText,
			by: round?.played?.by ?? 'majority',
			verdict: entry.verdict,
			verdictLabel: verdictLabel(entry, processCall(entry, place?.decision, input.profile ?? undefined))
		};
	});
}

type SummaryItem = { kind: 'step'; step: PathStepView } | { kind: 'block'; block: TextBlock };

export const stepLine = (step: PathStepView) => `${playedLine(step.label, step.by)}: ${step.verdictLabel}`;

/** A step of the path: its title with the line under it, kept together. */
const stepHeight = (step: PathStepView) => textHeight(`${step.number}. ${step.title}`, TYPE.subheading) + textHeight(stepLine(step), TYPE.body);

/** How the summary flows: its steps whole, then blocks of text as in a reveal. */
const SUMMARY_FLOW: Flow<SummaryItem> = {
	heightOf: (item) => (item.kind === 'step' ? stepHeight(item.step) : BLOCK_FLOW.heightOf(item.block)),
	split: (item, room) => {
		const parts = item.kind === 'block' ? BLOCK_FLOW.split?.(item.block, room) : null;
		return parts ? [{ kind: 'block', block: parts[0] }, { kind: 'block', block: parts[1] }] : null;
	},
	keepWithNext: (item) => item.kind === 'block' && item.block.kind === 'heading'
};

function summaryPages(input: FrameInput): SummaryItem[][] {
	const height = bodyHeight({ heading: SUMMARY_HEADING, footer: DISCLAIMER });
	const blocks: TextBlock[] = [
		{ kind: 'heading', text: JURISDICTIONS_HEADING },
		...jurisdictionsFor(input.manifest.meta, input.profile).map((text) => ({ kind: 'text' as const, text })),
		{ kind: 'heading', text: SUPPORT_HEADING },
		...SUPPORT_RESOURCES.map((r) => ({ kind: 'cite' as const, text: supportLine(r) }))
	];
	// A paragraph taller than a page is cut first (at sentence ends); the flow then fills each page.
	const pieces = blocks.flatMap((block) => splitToFit(block.text, BLOCK_STYLE[block.kind], height).map((text) => ({ kind: block.kind, text })));
	const items: SummaryItem[] = [...pathSteps(input).map((step) => ({ kind: 'step' as const, step })), ...pieces.map((block) => ({ kind: 'block' as const, block }))];
	return flowPages(items, SUMMARY_FLOW, height, STAGE.paragraphGap);
}

/** How many pages the step at `position` has (the machine pages through them). */
export function pagesAt(input: FrameInput, position: Position = input.position): number {
	const round = input.rounds[position.round];
	if (position.showing !== null && (position.stage === 'review' || position.stage === 'reveals')) {
		const target = position.stage === 'reveals' ? answered(input)[position.item]?.round : round;
		return meaningPages(input, target, position.showing)?.length ?? 1;
	}
	switch (position.stage) {
		case 'setting':
			return settingPages(input).length;
		case 'reading':
			return readingPages(input).length;
		case 'voting':
			return round ? optionPages(labelled(round), choiceHeadingOf(input, round)).length : 1;
		case 'review':
			return reviewParts(input, round)?.pages.length ?? 1;
		case 'reveals':
			return reviewParts(input, answered(input)[position.item]?.round)?.pages.length ?? 1;
		case 'summary':
			return summaryPages(input).length;
		default:
			return 1;
	}
}

/** Whether the passage on screen has any text to read (a story may go straight to its options). */
export const hasReading = (input: FrameInput) => (input.attempt ? passageLines(input.attempt).length > 0 : false);

/** The slide at the presenter's position. */
export function slideAt(input: FrameInput, position: Position = input.position): Slide {
	const meta = input.manifest.meta;
	const round = input.rounds[position.round];
	const pages = pagesAt(input, position);
	const page = clampPage(position.page, pages);
	const showingIn = position.stage === 'reveals' ? answered(input)[position.item]?.round : round;
	if (position.showing !== null && (position.stage === 'review' || position.stage === 'reveals')) {
		const blocks = meaningPages(input, showingIn, position.showing);
		if (blocks) return { kind: 'meaning', heading: meaningHeading(position.showing), label: position.showing, blocks: blocks[page] ?? [], page: pageOf(page, pages) };
	}
	switch (position.stage) {
		case 'title':
			return { kind: 'title', title: meta.title, contentNotes: meta.contentNotes, support: SUPPORT_RESOURCES.map(supportLine) };
		case 'setting': {
			const items = settingPages(input)[page] ?? [];
			return {
				kind: 'setting',
				title: SETTING_HEADING,
				intake: items.find((i) => i.kind === 'intake')?.text ?? null,
				rows: items.flatMap((i) => (i.kind === 'row' ? [i.row] : [])),
				profile: profileLabel(input),
				page: pageOf(page, pages)
			};
		}
		case 'reading':
			return { kind: 'passage', lines: readingPages(input)[page] ?? [], page: pageOf(page, pages) };
		case 'voting': {
			if (!round) break;
			const heading = choiceHeadingOf(input, round);
			return { kind: 'options', heading, options: optionPages(labelled(round), heading)[page] ?? [], votes: totalVotes(round), page: pageOf(page, pages) };
		}
		case 'results': {
			if (!round) break;
			const heading = choiceHeadingOf(input, round);
			const bars = round.options.map((o, i) => ({ label: labelAt(i), text: o.text, votes: round.votes[i] ?? 0, played: round.played?.optionId === o.id }));
			return { kind: 'results', heading, bars, total: totalVotes(round), withText: barsFitWithText(round.options, heading) };
		}
		case 'review':
		case 'reveals': {
			const parts = reviewParts(input, showingIn);
			if (!parts) break;
			return { kind: 'review', heading: parts.heading, played: parts.played, by: parts.by, verdict: parts.entry.verdict, verdictLabel: parts.heading, blocks: parts.pages[page] ?? [], page: pageOf(page, pages) };
		}
		case 'summary': {
			const items = summaryPages(input)[page] ?? [];
			return {
				kind: 'summary',
				heading: SUMMARY_HEADING,
				steps: items.flatMap((i) => (i.kind === 'step' ? [i.step] : [])),
				blocks: items.flatMap((i) => (i.kind === 'block' ? [i.block] : [])),
				page: pageOf(page, pages)
			};
		}
	}
	return { kind: 'waiting', title: meta.title };
}

/** The decision the step at `position` is about, if any. */
function placeAt(input: FrameInput, position: Position): Place | null {
	if (position.stage === 'reveals') return decisionPlace(input.manifest, answered(input)[position.item]?.entry.decisionId ?? null);
	if (position.stage === 'voting' || position.stage === 'results' || position.stage === 'review')
		return decisionPlace(input.manifest, input.rounds[position.round]?.decisionId ?? null);
	return null;
}

/**
 * The frame the room sees now: the slide, the line above it, the blank screen, the footer at the
 * end; for the audience window that follows `audienceId` (the session's id, or a practice-only
 * presenter window's own id, which stays the same across its reloads).
 */
export function audienceFrame(input: FrameInput, audienceId: string, at: number): AudienceFrame {
	const { position } = input;
	const slide = slideAt(input, position);
	return {
		sessionId: audienceId,
		at,
		meta: `${input.manifest.meta.title} · ${stepName(position.stage, placeAt(input, position))}`,
		blank: input.blank,
		slide,
		footer: slide.kind === 'summary' ? DISCLAIMER : null
	};
}
