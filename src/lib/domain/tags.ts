/**
 * The tag grammar of stories/README.md. Shared by the build (with file and line) and the
 * runtime (choice tags as inkjs reports them). Pure: strings in, data or messages out.
 */
import {
	ACTIONS,
	ERROR_KINDS,
	VERDICTS,
	type Action,
	type DecisionInfo,
	type ErrorKind,
	type OptionScore,
	type ProfileInfo,
	type ScoredOption,
	type SettingRow,
	type StoryMeta,
	type Verdict,
	NOT_REVIEWED,
	REMOVED_ROW
} from './types.ts';
import { applyOverride, scoreFor } from './profiles.ts';

export interface RawTag {
	key: string;
	/** The profile suffix of `key@profile`, if any. */
	profile?: string;
	value: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };
/** A parse that also reports tags Confide passes through unread (Inky's `author`, a free-form `#one`). */
export type ParsedWithWarnings<T> = Parsed<T> & { warnings: string[] };

const KEY = /^([a-z_]+)(?:@([a-z][a-z0-9-]*))?$/;
export const OPTION_ID = /^V(\d+)\.D(\d+)\.(\d+)\.([a-z])$/;
export const DECISION_ID = /^V(\d+)\.D(\d+)\.(\d+)$/;
const NARRATIVE_ID = /^[a-z0-9][a-z0-9-]*$/;
const STORY_ID = /^[a-z0-9][a-z0-9-]*$/;

export const OPTION_KEYS: ReadonlySet<string> = new Set(['id', 'action', 'verdict', 'kind', 'critical', 'rationale', 'cite']);
const PROFILE_KEYS = new Set(['action', 'verdict', 'kind', 'critical', 'rationale', 'cite']);
export const STORY_KEYS: ReadonlySet<string> = new Set([
	'id',
	'vignette',
	'title',
	'summary',
	'version',
	'reviewed',
	'content_note',
	'intake',
	'setting',
	'jurisdictions',
	'objective',
	'profile',
	'practice_only'
]);
/** The line tag that announces a decision. */
export const DECISION_KEY = 'decision';
/**
 * The line tag of a facilitator's note (`# facilitator: …`), on a passage line or a decision's
 * prompt: shown only in a workshop's presenter view, never to a trainee or a room.
 */
export const FACILITATOR_KEY = 'facilitator';
/** Every tag name Confide reads, wherever it belongs: an unknown tag may not reuse one. */
export const CONFIDE_TAG_NAMES: ReadonlySet<string> = new Set([...STORY_KEYS, ...OPTION_KEYS, DECISION_KEY, FACILITATOR_KEY]);

/** `key: value` (value may contain further colons) or a bare flag `key`. */
export function parseTag(raw: string): Parsed<RawTag> {
	const text = raw.trim();
	const colon = text.indexOf(':');
	const keyPart = (colon === -1 ? text : text.slice(0, colon)).trim();
	const value = colon === -1 ? '' : text.slice(colon + 1).trim();
	const match = KEY.exec(keyPart);
	if (!match) {
		const lower = keyPart.toLowerCase();
		const hint = lower !== keyPart && KEY.test(lower) ? ` (write the key in lowercase: '${lower}')` : '';
		return { ok: false, errors: [`tag '${text}' has no valid key${hint}`] };
	}
	if (colon !== -1 && value === '') return { ok: false, errors: [`tag '${keyPart}' has an empty value`] };
	const [, key, profile] = match;
	return { ok: true, value: { key: key!, ...(profile ? { profile } : {}), value } };
}

/** Where a Confide tag belongs, for telling an author who put it somewhere else. */
function homeOf(key: string): string {
	if (key === DECISION_KEY) return "a decision tag: it goes on the passage line before the options ('What do you do? #decision: V1.D1.1 Title')";
	if (key === FACILITATOR_KEY) return "a facilitator's note: it goes at the end of a passage line or of a decision's prompt ('What do you do? #decision: V1.D1.1 Title #facilitator: Ask the room first')";
	if (OPTION_KEYS.has(key)) return "an option tag: it goes inside a scored choice's square brackets";
	return 'a story tag: it goes at the top of main.ink, before any content';
}

type SortedTag = { kind: 'confide'; tag: RawTag } | { kind: 'foreign'; warning: string } | { kind: 'error'; error: string };

/**
 * Sorts one tag: one of Confide's own for this place, a tag Confide does not read (passed
 * through with a warning: Inky's `author` or `theme`, a free-form `#one`), or an error when
 * it reuses a Confide tag name in the wrong place or in the wrong case.
 */
function sortTag(raw: string, ownKeys: ReadonlySet<string>, place: 'choice' | 'story'): SortedTag {
	const text = raw.trim();
	const parsed = parseTag(text);
	const keyPart = (text.includes(':') ? text.slice(0, text.indexOf(':')) : text).trim();
	const baseKey = keyPart.split('@')[0]!;
	if (parsed.ok) {
		const { key } = parsed.value;
		if (ownKeys.has(key)) return { kind: 'confide', tag: parsed.value };
		if (CONFIDE_TAG_NAMES.has(key)) return { kind: 'error', error: `'${key}' is ${homeOf(key)}, not a ${place} tag` };
	} else if (ownKeys.has(baseKey) || CONFIDE_TAG_NAMES.has(baseKey.toLowerCase())) {
		// A Confide name with an empty value or in the wrong case: the author meant Confide's tag.
		return { kind: 'error', error: parsed.errors[0]! };
	}
	return { kind: 'foreign', warning: `${place} tag '${text}' is not a Confide tag; Confide ignores it` };
}

function oneOf<T extends string>(allowed: readonly T[], key: string, value: string, errors: string[]): T | undefined {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	const lower = value.toLowerCase();
	const hint = (allowed as readonly string[]).includes(lower) ? ` (write it in lowercase: '${lower}')` : '';
	errors.push(`'${key}' must be one of ${allowed.join(', ')}, not '${value}'${hint}`);
	return undefined;
}

function parseCritical(value: string, errors: string[]): boolean | undefined {
	if (value === '' || value === 'yes') return true;
	if (value === 'no') return false;
	errors.push(`'critical' is a bare flag or 'critical: yes' / 'critical: no', not '${value}'`);
	return undefined;
}

/** Reads the fields of one profile layer (base or override) into a partial score. */
function readScoreFields(tags: RawTag[], errors: string[]): Partial<OptionScore> {
	const out: Partial<OptionScore> = {};
	for (const tag of tags) {
		switch (tag.key) {
			case 'action':
				out.action = oneOf<Action>(ACTIONS, 'action', tag.value, errors);
				break;
			case 'verdict':
				out.verdict = oneOf<Verdict>(VERDICTS, 'verdict', tag.value, errors);
				break;
			case 'kind':
				out.kind = oneOf<ErrorKind>(ERROR_KINDS, 'kind', tag.value, errors);
				break;
			case 'critical':
				out.critical = parseCritical(tag.value, errors);
				break;
			case 'rationale':
				out.rationale = tag.value;
				break;
			case 'cite':
				out.cite = tag.value;
				break;
		}
	}
	return out;
}

/** The rules every effective score must satisfy, whatever the profile. */
export function scoreProblems(score: Partial<OptionScore>): string[] {
	const problems: string[] = [];
	if (!score.action) problems.push("missing 'action' (disclose or hold)");
	if (!score.verdict) problems.push("missing 'verdict' (best, acceptable or error)");
	if (!score.rationale) problems.push("missing 'rationale'");
	if (score.verdict === 'error' && !score.kind) problems.push("an error needs 'kind' (under, over or process)");
	if (score.verdict && score.verdict !== 'error' && score.kind) problems.push(`'kind' is only for errors, not for a '${score.verdict}' option`);
	if (score.verdict && score.verdict !== 'error' && score.critical) problems.push("'critical' is only for errors");
	if ((score.verdict === 'best' || score.verdict === 'acceptable') && !score.cite)
		problems.push(`${score.verdict === 'best' ? 'a' : 'an'} '${score.verdict}' option needs 'cite'`);
	if (score.verdict === 'error' && score.critical && !score.cite) problems.push("a critical error needs 'cite'");
	return problems;
}

function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export type ChoiceMeaning =
	| { kind: 'narrative'; id?: string }
	| { kind: 'scored'; option: Omit<ScoredOption, 'text'> };

export type ParsedChoice = ParsedWithWarnings<ChoiceMeaning>;

/**
 * Reads the tags of one choice. No scoring tags: narrative. Otherwise every rule of the
 * contract is checked and all problems are reported at once. Tags Confide does not read pass
 * through as warnings.
 */
export function parseChoiceTags(rawTags: readonly string[]): ParsedChoice {
	const errors: string[] = [];
	const warnings: string[] = [];
	const tags: RawTag[] = [];
	for (const raw of rawTags) {
		const sorted = sortTag(raw, OPTION_KEYS, 'choice');
		if (sorted.kind === 'confide') tags.push(sorted.tag);
		else if (sorted.kind === 'error') errors.push(sorted.error);
		else warnings.push(sorted.warning);
	}
	const fail = (list: string[]): ParsedChoice => ({ ok: false, errors: [...new Set(list)], warnings });
	const seen = new Set<string>();
	for (const tag of tags) {
		const name = tag.profile ? `${tag.key}@${tag.profile}` : tag.key;
		if (tag.profile && !PROFILE_KEYS.has(tag.key)) errors.push(`'${tag.key}' cannot vary by profile`);
		if (seen.has(name)) errors.push(`tag '${name}' is given twice`);
		seen.add(name);
	}
	const idTag = tags.find((t) => t.key === 'id' && !t.profile);
	const scoring = tags.filter((t) => t.key !== 'id');
	if (errors.length) return fail(errors);

	if (scoring.length === 0) {
		if (!idTag) return { ok: true, value: { kind: 'narrative' }, warnings };
		if (OPTION_ID.test(idTag.value)) return fail([`option '${idTag.value}' has an id but no scoring tags`]);
		if (!NARRATIVE_ID.test(idTag.value)) return fail([`narrative id '${idTag.value}' must be lowercase letters, digits and '-'`]);
		return { ok: true, value: { kind: 'narrative', id: idTag.value }, warnings };
	}

	if (!idTag) return fail(["a scored choice needs 'id' (e.g. V1.D1.3.c)"]);
	const idMatch = OPTION_ID.exec(idTag.value);
	if (!idMatch) return fail([`option id '${idTag.value}' is not of the form V1.D1.3.c`]);
	if (idMatch[1] !== idMatch[2]) errors.push(`option id '${idTag.value}': the vignette number and the decision's first number differ`);

	const base = readScoreFields(scoring.filter((t) => !t.profile), errors);
	const overrides: Record<string, Partial<OptionScore>> = {};
	const profiles = [...new Set(scoring.flatMap((t) => (t.profile ? [t.profile] : [])))];
	for (const profile of profiles) {
		const layer = withoutUndefined(readScoreFields(scoring.filter((t) => t.profile === profile), errors));
		overrides[profile] = layer;
		for (const p of scoreProblems(applyOverride(base, layer))) errors.push(`under profile '${profile}': ${p}`);
	}
	errors.push(...scoreProblems(base));
	if (errors.length) return fail(errors);

	const decisionId = idTag.value.slice(0, idTag.value.lastIndexOf('.'));
	const baseScore = withoutUndefined({ ...base, critical: base.critical ?? false }) as OptionScore;
	return { ok: true, value: { kind: 'scored', option: { id: idTag.value, decisionId, base: baseScore, overrides } }, warnings };
}

/** A choice's stable id: the option id, the authored narrative id, or its place in the story. */
export function choiceIdOf(meaning: ChoiceMeaning, placeInStory: string): string {
	if (meaning.kind === 'scored') return meaning.option.id;
	return meaning.id ?? `path:${placeInStory}`;
}

/** `#decision: V1.D1.1 Title text` */
export function parseDecisionTag(value: string): Parsed<{ id: string; title: string }> {
	const [id = '', ...rest] = value.trim().split(/\s+/);
	const title = rest.join(' ');
	if (!DECISION_ID.test(id)) return { ok: false, errors: [`decision id '${id}' is not of the form V1.D1.1`] };
	if (!title) return { ok: false, errors: [`decision '${id}' has no title`] };
	return { ok: true, value: { id, title } };
}

/** The line tags that mean something to Confide; the rest are passed through as plain data. */
export function findDecisionTag(lineTags: readonly string[]): Parsed<{ id: string; title: string }> | undefined {
	for (const raw of lineTags) {
		const tag = parseTag(raw);
		if (tag.ok && tag.value.key === 'decision') return parseDecisionTag(tag.value.value);
	}
	return undefined;
}

/**
 * The facilitator's notes among one line's tags, in the order written. A note is free text; a
 * bare or empty one, or the key in the wrong case, is an error (the author meant a note).
 */
export function readFacilitatorNotes(lineTags: readonly string[]): Parsed<string[]> {
	const notes: string[] = [];
	const errors: string[] = [];
	for (const raw of lineTags) {
		const text = raw.trim();
		const keyPart = (text.includes(':') ? text.slice(0, text.indexOf(':')) : text).trim();
		if (keyPart.split('@')[0]!.toLowerCase() !== FACILITATOR_KEY) continue;
		const tag = parseTag(text);
		if (!tag.ok) errors.push(...tag.errors);
		else if (tag.value.profile) errors.push(`'${FACILITATOR_KEY}@${tag.value.profile}': a facilitator's note cannot vary by profile`);
		else if (!tag.value.value) errors.push(`tag '${FACILITATOR_KEY}' needs the note after a colon ('#${FACILITATOR_KEY}: Ask the room first')`);
		else notes.push(tag.value.value);
	}
	return errors.length ? { ok: false, errors } : { ok: true, value: notes };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
function isCalendarDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
/** Story tags that may differ by profile: `setting@tx: …`, `jurisdictions@tx: …`. */
const PROFILE_STORY_KEYS = new Set(['setting', 'jurisdictions']);

function settingRow(row: string): SettingRow {
	const at = row.indexOf(': ');
	return at === -1 ? { label: '', value: row } : { label: row.slice(0, at), value: row.slice(at + 2) };
}

/** Reads the story tags at the top of main.ink into metadata, reporting every problem. */
export function parseStoryTags(globalTags: readonly string[]): ParsedWithWarnings<StoryMeta> {
	const errors: string[] = [];
	const warnings: string[] = [];
	const single = new Map<string, string>();
	const lists: Record<string, string[]> = { content_note: [], setting: [], jurisdictions: [], objective: [], profile: [], practice_only: [] };
	const perProfile: RawTag[] = [];
	for (const raw of globalTags) {
		const sorted = sortTag(raw, STORY_KEYS, 'story');
		if (sorted.kind === 'error') errors.push(sorted.error);
		if (sorted.kind === 'foreign') warnings.push(sorted.warning);
		if (sorted.kind !== 'confide') continue;
		const { key, profile, value } = sorted.tag;
		if (profile && !PROFILE_STORY_KEYS.has(key)) {
			errors.push(`story tag '${key}@${profile}': only 'setting' and 'jurisdictions' can vary by profile`);
			continue;
		}
		if (profile) perProfile.push({ key, profile, value });
		else if (key in lists) lists[key]!.push(value);
		else if (single.has(key)) errors.push(`story tag '${key}' is given twice`);
		else single.set(key, value);
	}
	for (const key of ['id', 'vignette', 'title', 'summary', 'version', 'reviewed', 'intake'])
		if (!single.get(key)) errors.push(`missing story tag '${key}'`);
	for (const key of ['content_note', 'setting', 'jurisdictions'])
		if (lists[key]!.length === 0) errors.push(`missing story tag '${key}' (at least one)`);
	const id = single.get('id') ?? '';
	if (id && !STORY_ID.test(id)) errors.push(`story id '${id}' must be lowercase letters, digits and '-'`);
	const vignette = Number(single.get('vignette'));
	if (single.has('vignette') && !(Number.isInteger(vignette) && vignette > 0))
		errors.push(`'vignette' must be a positive whole number, not '${single.get('vignette')}'`);
	const reviewed = single.get('reviewed') ?? '';
	if (reviewed && reviewed !== NOT_REVIEWED && !isCalendarDate(reviewed))
		errors.push(`'reviewed' must be '${NOT_REVIEWED}' (no named reviewer has signed the content yet) or the date a reviewer signed, like 2026-11-01; not '${reviewed}'`);

	const profiles: ProfileInfo[] = [];
	for (const value of lists.profile!) {
		const [pid = '', ...label] = value.split(/\s+/);
		if (!/^[a-z][a-z0-9-]*$/.test(pid) || label.length === 0) errors.push(`profile '${value}' must be an id then a label`);
		else if (profiles.some((p) => p.id === pid)) errors.push(`profile '${pid}' is declared twice`);
		else profiles.push({ id: pid, label: label.join(' '), practiceOnly: false, setting: [], jurisdictions: [] });
	}
	for (const value of lists.practice_only!) {
		const profile = profiles.find((p) => p.id === value);
		if (!profile) errors.push(`'practice_only: ${value}' names a profile that is not declared with '# profile: ${value} <label>'`);
		else if (profile.practiceOnly) errors.push(`'practice_only: ${value}' is given twice`);
		else profile.practiceOnly = true;
	}
	for (const tag of perProfile) {
		const profile = profiles.find((p) => p.id === tag.profile);
		if (!profile) errors.push(`'${tag.key}@${tag.profile}' names a profile that is not declared with '# profile: ${tag.profile} <label>'`);
		else if (tag.key === 'setting') profile.setting.push(settingRow(tag.value));
		else profile.jurisdictions.push(tag.value);
	}
	const setting = lists.setting!.map(settingRow);
	for (const profile of profiles)
		for (const row of profile.setting)
			if (row.value === REMOVED_ROW && !setting.some((r) => r.label === row.label))
				errors.push(`'setting@${profile.id}: ${row.label}: ${REMOVED_ROW}' removes a row, but the primary setting card has no row labeled '${row.label}'`);
	if (errors.length) return { ok: false, errors, warnings };
	return {
		ok: true,
		warnings,
		value: {
			id,
			vignette,
			title: single.get('title')!,
			summary: single.get('summary')!,
			version: single.get('version')!,
			reviewed,
			contentNotes: lists.content_note!,
			intake: single.get('intake')!,
			setting,
			jurisdictions: lists.jurisdictions!,
			objectives: lists.objective!,
			profiles
		}
	};
}

/**
 * Groups options into decisions and checks the rules that span options: ids belong to
 * the vignette, each decision is announced and has exactly one best option per profile.
 */
export function checkDecisions(
	vignette: number,
	announced: ReadonlyMap<string, string>,
	options: readonly ScoredOption[],
	profiles: readonly ProfileInfo[] = []
): Parsed<DecisionInfo[]> {
	const errors: string[] = [];
	const byDecision = new Map<string, ScoredOption[]>();
	for (const option of options) {
		for (const profileId of Object.keys(option.overrides))
			if (!profiles.some((p) => p.id === profileId))
				errors.push(`option '${option.id}' varies by profile '${profileId}', which the story does not declare`);
		const v = Number(OPTION_ID.exec(option.id)?.[1]);
		if (v !== vignette) errors.push(`option '${option.id}' does not belong to vignette ${vignette}`);
		const list = byDecision.get(option.decisionId) ?? [];
		if (list.some((o) => o.id === option.id)) errors.push(`option id '${option.id}' is used twice`);
		list.push(option);
		byDecision.set(option.decisionId, list);
	}
	for (const profileId of [undefined, ...profiles.map((p) => p.id)]) {
		for (const [decisionId, list] of byDecision) {
			const best = list.filter((o) => scoreFor(o, profileId).verdict === 'best').length;
			const under = profileId ? ` under profile '${profileId}'` : '';
			if (best !== 1) errors.push(`decision '${decisionId}' has ${best} best options${under}; it needs exactly one`);
		}
	}
	for (const decisionId of byDecision.keys())
		if (!announced.has(decisionId)) errors.push(`decision '${decisionId}' is never announced with '#decision: ${decisionId} <title>'`);
	if (errors.length) return { ok: false, errors: [...new Set(errors)] };
	// Options keep the order the story offers them in: their display labels (1, 2, 3...) follow it.
	const decisions = [...byDecision].map(([id, list]) => ({ id, title: announced.get(id)!, options: list }));
	decisions.sort((a, b) => compareDecisionIds(a.id, b.id));
	return { ok: true, value: decisions };
}

function compareDecisionIds(a: string, b: string): number {
	const na = a.split(/\D+/).filter(Boolean).map(Number);
	const nb = b.split(/\D+/).filter(Boolean).map(Number);
	for (let i = 0; i < Math.max(na.length, nb.length); i++) {
		const d = (na[i] ?? 0) - (nb[i] ?? 0);
		if (d) return d;
	}
	return 0;
}
