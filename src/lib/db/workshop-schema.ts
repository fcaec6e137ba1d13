/**
 * A stored workshop session, validated on the way out of IndexedDB like every row: its own part
 * (position, votes, what the room sees) and the room's attempt, checked as attempts are.
 */
import * as v from 'valibot';
import { ATTEMPT_MODES } from '../domain/attempt';
import { VERDICTS } from '../domain/types';
import { STAGES, WORKSHOP_SCHEMA_VERSION, type WorkshopRecord } from '../workshop/types';
import { attemptSchema } from './schemas';

const text = v.string();
const time = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const blank = v.nullable(v.picklist(['black', 'white']));
const playedBy = v.picklist(['majority', 'override']);
const labelled = v.object({ label: text, text });
const page = v.object({ n: count, of: count });
const block = v.object({ kind: v.picklist(['text', 'heading', 'cite']), text });

const round = v.pipe(
	v.object({
		decisionId: v.nullable(text),
		options: v.array(v.object({ id: text, text })),
		votes: v.array(count),
		openedAt: v.nullable(time),
		closedAt: v.nullable(time),
		played: v.nullable(v.object({ optionId: text, by: playedBy })),
		shown: v.array(text)
	}),
	v.check((r) => r.votes.length === r.options.length, 'a round has one count per option')
);

const position = v.object({ stage: v.picklist(STAGES), round: count, page: count, item: count, showing: v.nullable(text) });

const slide = v.variant('kind', [
	v.object({ kind: v.literal('waiting'), title: v.nullable(text) }),
	v.object({ kind: v.literal('title'), title: text, contentNotes: v.array(text), support: v.array(text) }),
	v.object({
		kind: v.literal('setting'),
		title: text,
		intake: v.nullable(text),
		rows: v.array(v.object({ label: text, value: text })),
		profile: v.nullable(text),
		page
	}),
	v.object({ kind: v.literal('passage'), lines: v.array(text), page }),
	v.object({ kind: v.literal('options'), heading: text, options: v.array(labelled), votes: count, page }),
	v.object({
		kind: v.literal('results'),
		heading: text,
		bars: v.array(v.object({ label: text, text, votes: count, played: v.boolean() })),
		total: count,
		withText: v.boolean()
	}),
	v.object({
		kind: v.literal('review'),
		heading: text,
		played: labelled,
		by: playedBy,
		verdict: v.picklist(VERDICTS),
		verdictLabel: text,
		blocks: v.array(block),
		page
	}),
	v.object({ kind: v.literal('meaning'), heading: text, label: text, blocks: v.array(block), page }),
	v.object({
		kind: v.literal('summary'),
		heading: text,
		steps: v.array(
			v.object({ number: count, title: text, label: text, text, by: playedBy, verdict: v.picklist(VERDICTS), verdictLabel: text })
		),
		blocks: v.array(block),
		page
	}),
	v.object({ kind: v.literal('problem'), message: text })
]);

export const audienceFrameSchema = v.object({ sessionId: text, at: time, meta: text, blank, slide, footer: v.nullable(text) });

export const workshopSchema = v.object({
	id: v.pipe(text, v.minLength(1)),
	schemaVersion: v.literal(WORKSHOP_SCHEMA_VERSION),
	caseId: v.pipe(text, v.minLength(1)),
	contentHash: text,
	storyVersion: text,
	profile: v.nullable(text),
	reveal: v.picklist(ATTEMPT_MODES),
	createdAt: time,
	updatedAt: time,
	ended: v.boolean(),
	position,
	blank,
	rounds: v.array(round),
	attempt: v.nullable(attemptSchema),
	audience: audienceFrameSchema
});

/** The parsed session, or undefined for a row that does not fit (never trusted). */
export function parseWorkshop(row: unknown): WorkshopRecord | undefined {
	const result = v.safeParse(workshopSchema, row);
	return result.success ? (result.output as WorkshopRecord) : undefined;
}

/** A frame received from another window, checked like a stored one. */
export function parseAudienceFrame(value: unknown) {
	const result = v.safeParse(audienceFrameSchema, value);
	return result.success ? result.output : undefined;
}
