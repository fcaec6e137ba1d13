import { describe, expect, it } from 'vitest';
import { checkDecisions, parseChoiceTags, parseDecisionTag, parseStoryTags, parseTag, readFacilitatorNotes } from './tags';
import { scoreFor } from './profiles';
import type { ScoredOption } from './types';

const best = ['id: V1.D1.1.a', 'action: hold', 'verdict: best', 'rationale: Ask first.', 'cite: APA 4.01'];

function errorsOf(tags: string[]): string[] {
	const result = parseChoiceTags(tags);
	return result.ok ? [] : result.errors;
}

function scored(tags: string[]) {
	const result = parseChoiceTags(tags);
	if (!result.ok || result.value.kind !== 'scored') throw new Error(`not scored: ${JSON.stringify(result)}`);
	return result.value.option;
}

describe('parseTag', () => {
	it('splits on the first colon only, so values keep their colons', () => {
		expect(parseTag('cite: HIPAA 164.512(j)(1)(i): threat')).toEqual({ ok: true, value: { key: 'cite', value: 'HIPAA 164.512(j)(1)(i): threat' } });
	});
	it('reads a bare flag and a profile suffix', () => {
		expect(parseTag('critical')).toEqual({ ok: true, value: { key: 'critical', value: '' } });
		expect(parseTag('verdict@tx: acceptable')).toEqual({ ok: true, value: { key: 'verdict', profile: 'tx', value: 'acceptable' } });
	});
	it('rejects an uppercase key with a hint, and an empty value', () => {
		const upper = parseTag('Verdict: best');
		expect(upper.ok).toBe(false);
		expect(!upper.ok && upper.errors[0]).toContain("write the key in lowercase: 'verdict'");
		expect(parseTag('rationale:   ').ok).toBe(false);
	});
});

describe('parseChoiceTags', () => {
	it('reads a complete best option', () => {
		expect(scored(best)).toEqual({
			id: 'V1.D1.1.a',
			decisionId: 'V1.D1.1',
			base: { action: 'hold', verdict: 'best', critical: false, rationale: 'Ask first.', cite: 'APA 4.01' },
			overrides: {}
		});
	});
	it('treats a choice with no tags, or only a narrative id, as narrative', () => {
		expect(parseChoiceTags([])).toEqual({ ok: true, value: { kind: 'narrative' }, warnings: [] });
		expect(parseChoiceTags(['id: dana-s1-sleep'])).toEqual({ ok: true, value: { kind: 'narrative', id: 'dana-s1-sleep' }, warnings: [] });
	});
	it('rejects an option id without scoring tags and a malformed narrative id', () => {
		expect(errorsOf(['id: V1.D1.1.a'])[0]).toContain('no scoring tags');
		expect(errorsOf(['id: Dana S1'])[0]).toContain('lowercase');
	});
	it('requires id, action, verdict and rationale', () => {
		expect(errorsOf(['action: hold', 'verdict: best', 'rationale: r', 'cite: c'])[0]).toContain("needs 'id'");
		expect(errorsOf(['id: V1.D1.1.a', 'verdict: best', 'rationale: r', 'cite: c'])).toContain("missing 'action' (disclose or hold)");
		expect(errorsOf(['id: V1.D1.1.a', 'action: hold', 'rationale: r', 'cite: c'])).toContain("missing 'verdict' (best, acceptable or error)");
		expect(errorsOf(['id: V1.D1.1.a', 'action: hold', 'verdict: best', 'cite: c'])).toContain("missing 'rationale'");
	});
	it('rejects ids not of the V1.D1.3.c form, and mismatched vignette numbers', () => {
		expect(errorsOf(['id: D1.1.a', 'action: hold', 'verdict: best', 'rationale: r', 'cite: c'])[0]).toContain('not of the form');
		expect(errorsOf(['id: V2.D1.1.a', 'action: hold', 'verdict: best', 'rationale: r', 'cite: c'])[0]).toContain('differ');
	});
	it('rejects unknown values with a lowercase hint', () => {
		expect(errorsOf(['id: V1.D1.1.a', 'action: hold', 'verdict: Best', 'rationale: r', 'cite: c'])[0]).toContain("write it in lowercase: 'best'");
		expect(errorsOf(['id: V1.D1.1.a', 'action: breach', 'verdict: best', 'rationale: r', 'cite: c'])[0]).toContain("'action' must be one of disclose, hold");
	});
	it('requires kind on errors and forbids it elsewhere', () => {
		expect(errorsOf(['id: V1.D1.1.b', 'action: disclose', 'verdict: error', 'rationale: r'])).toContain("an error needs 'kind' (under, over or process)");
		expect(errorsOf([...best, 'kind: over'])).toContain("'kind' is only for errors, not for a 'best' option");
		expect(errorsOf(['id: V1.D1.1.b', 'action: disclose', 'verdict: error', 'kind: sideways', 'rationale: r'])[0]).toContain("'kind' must be one of");
	});
	it('requires cite on best, acceptable and critical errors only', () => {
		expect(errorsOf(best.filter((t) => !t.startsWith('cite')))).toContain("a 'best' option needs 'cite'");
		expect(errorsOf(['id: V1.D1.1.d', 'action: hold', 'verdict: acceptable', 'rationale: r'])).toContain("an 'acceptable' option needs 'cite'");
		expect(errorsOf(['id: V1.D1.1.c', 'action: hold', 'verdict: error', 'kind: process', 'critical', 'rationale: r'])).toContain("a critical error needs 'cite'");
		expect(errorsOf(['id: V1.D1.1.c', 'action: hold', 'verdict: error', 'kind: process', 'rationale: r'])).toEqual([]);
	});
	it('reads critical as a bare flag or yes/no, and only on errors', () => {
		const base = ['id: V1.D1.1.c', 'action: hold', 'verdict: error', 'kind: process', 'rationale: r', 'cite: c'];
		expect(scored([...base, 'critical']).base.critical).toBe(true);
		expect(scored([...base, 'critical: yes']).base.critical).toBe(true);
		expect(scored([...base, 'critical: no']).base.critical).toBe(false);
		expect(errorsOf([...base, 'critical: maybe'])[0]).toContain("'critical' is a bare flag");
		expect(errorsOf([...best, 'critical'])).toContain("'critical' is only for errors");
	});
	it('rejects repeated tags and an id that varies by profile', () => {
		expect(errorsOf([...best, 'rationale: again'])).toContain("tag 'rationale' is given twice");
		expect(errorsOf([...best, 'id@tx: V1.D1.1.b'])).toContain("'id' cannot vary by profile");
	});
	it("passes tags Confide does not read through with a warning (Inky's, free-form ones)", () => {
		for (const tag of ['colour: blue', 'one', 'CLASS: end', 'Big choice', 'colour@tx: red']) {
			const result = parseChoiceTags([...best, tag]);
			expect(result.ok, tag).toBe(true);
			expect(result.warnings).toEqual([`choice tag '${tag}' is not a Confide tag; Confide ignores it`]);
		}
		expect(parseChoiceTags(['one', 'two words'])).toMatchObject({ ok: true, value: { kind: 'narrative' } });
	});
	it("refuses a Confide tag name used in the wrong place or the wrong case, naming where it belongs", () => {
		expect(errorsOf([...best, 'title: Other'])).toEqual(["'title' is a story tag: it goes at the top of main.ink, before any content, not a choice tag"]);
		expect(errorsOf([...best, 'decision: V1.D1.1 T'])[0]).toContain("'decision' is a decision tag: it goes on the passage line before the options");
		expect(errorsOf([...best, 'Verdict: best'])[0]).toContain("write the key in lowercase: 'verdict'");
		expect(errorsOf([...best, 'cite:'])[0]).toContain("tag 'cite' has an empty value");
	});
	it('keeps per-profile overrides and checks each profile on its own', () => {
		const option = scored(['id: V2.D2.2.b', 'action: disclose', 'verdict: acceptable', 'rationale: r', 'cite: c', 'verdict@tx: error', 'kind@tx: over', 'rationale@tx: r-tx']);
		expect(scoreFor(option).verdict).toBe('acceptable');
		expect(scoreFor(option, 'tx')).toMatchObject({ verdict: 'error', kind: 'over', rationale: 'r-tx', cite: 'c' });
		expect(scoreFor(option, 'ca')).toEqual(option.base);
		expect(errorsOf(['id: V2.D2.2.b', 'action: disclose', 'verdict: acceptable', 'rationale: r', 'cite: c', 'verdict@tx: error'])).toContain(
			"under profile 'tx': an error needs 'kind' (under, over or process)"
		);
	});
});

describe('readFacilitatorNotes', () => {
	it("reads a line's notes in the order written and passes other tags by", () => {
		expect(readFacilitatorNotes(['decision: V1.D1.1 Title', 'facilitator: Ask the room first', 'facilitator: Then: the law'])).toEqual({
			ok: true,
			value: ['Ask the room first', 'Then: the law']
		});
		expect(readFacilitatorNotes(['one', 'author: Jo'])).toEqual({ ok: true, value: [] });
	});
	it('refuses a bare or empty note, one in the wrong case and one that varies by profile', () => {
		const errors = (tag: string) => (readFacilitatorNotes([tag]) as { errors: string[] }).errors;
		expect(errors('facilitator')).toEqual(["tag 'facilitator' needs the note after a colon ('#facilitator: Ask the room first')"]);
		expect(errors('facilitator:')).toEqual(["tag 'facilitator' has an empty value"]);
		expect(errors('Facilitator: Ask')).toEqual(["tag 'Facilitator: Ask' has no valid key (write the key in lowercase: 'facilitator')"]);
		expect(errors('facilitator@tx: Ask')).toEqual(["'facilitator@tx': a facilitator's note cannot vary by profile"]);
	});
	it('is refused on a choice and among the story tags, saying where it goes', () => {
		const choice = parseChoiceTags(['id: V1.D1.1.a', 'facilitator: Ask the room']);
		expect(choice.ok ? [] : choice.errors).toContainEqual(expect.stringMatching(/^'facilitator' is a facilitator's note: it goes at the end of a passage line .*, not a choice tag$/));
		const story = parseStoryTags(['facilitator: Welcome the room']);
		expect(story.ok ? [] : story.errors).toContainEqual(expect.stringMatching(/^'facilitator' is a facilitator's note: .*, not a story tag$/));
	});
});

describe('parseDecisionTag', () => {
	it('reads the id and the title', () => {
		expect(parseDecisionTag('V1.D1.2 Risk is formulated as low')).toEqual({ ok: true, value: { id: 'V1.D1.2', title: 'Risk is formulated as low' } });
	});
	it('rejects a bad id or a missing title', () => {
		expect(parseDecisionTag('D1.2 Title').ok).toBe(false);
		expect(parseDecisionTag('V1.D1.2').ok).toBe(false);
	});
});

describe('parseStoryTags', () => {
	const story = [
		'id: dana',
		'vignette: 1',
		'title: Dana',
		'summary: S',
		'version: 1.0.0',
		'reviewed: 2026-11-01',
		'content_note: suicidal ideation',
		'intake: Limits were explained.',
		'setting: Setting: outpatient',
		'setting: no label here',
		'jurisdictions: Vary.',
		'profile: ca Modelled on California'
	];
	it('reads the metadata, setting rows and profiles', () => {
		const result = parseStoryTags(story);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value).toMatchObject({ id: 'dana', vignette: 1, contentNotes: ['suicidal ideation'], profiles: [{ id: 'ca', label: 'Modelled on California' }] });
		expect(result.value.setting).toEqual([
			{ label: 'Setting', value: 'outpatient' },
			{ label: '', value: 'no label here' }
		]);
	});
	it("passes Inky's story tags through with a warning, and refuses option tags among them", () => {
		const result = parseStoryTags([...story, 'author: Jo Smith', 'theme: dark']);
		expect(result).toMatchObject({ ok: true, warnings: ["story tag 'author: Jo Smith' is not a Confide tag; Confide ignores it", "story tag 'theme: dark' is not a Confide tag; Confide ignores it"] });
		const misplaced = parseStoryTags([...story, 'verdict: best', 'Title: Dana']);
		expect(!misplaced.ok && misplaced.errors).toEqual(
			expect.arrayContaining(["'verdict' is an option tag: it goes inside a scored choice's square brackets, not a story tag", "tag 'Title: Dana' has no valid key (write the key in lowercase: 'title')"])
		);
	});
	it('reports every missing and malformed tag', () => {
		const result = parseStoryTags(['id: Dana!', 'vignette: one', 'reviewed: yesterday', 'mood: calm']);
		expect(result.ok).toBe(false);
		expect(result.warnings).toEqual(["story tag 'mood: calm' is not a Confide tag; Confide ignores it"]);
		if (result.ok) return;
		expect(result.errors).toEqual(
			expect.arrayContaining([
				"missing story tag 'title'",
				"missing story tag 'content_note' (at least one)",
				"story id 'Dana!' must be lowercase letters, digits and '-'",
				"'vignette' must be a positive whole number, not 'one'",
				"'reviewed' must be 'none' (no named reviewer has signed the content yet) or the date a reviewer signed, like 2026-11-01; not 'yesterday'"
			])
		);
	});
});

describe('checkDecisions', () => {
	const option = (id: string, verdict: 'best' | 'error'): ScoredOption => ({
		id,
		decisionId: id.slice(0, id.lastIndexOf('.')),
		text: id,
		base: verdict === 'best' ? { action: 'hold', verdict, critical: false, rationale: 'r', cite: 'c' } : { action: 'disclose', verdict, kind: 'over', critical: false, rationale: 'r' },
		overrides: {}
	});
	const announced = new Map([
		['V1.D1.1', 'First'],
		['V1.D1.2', 'Second']
	]);
	it('groups options by decision, decisions in id order, options in the order the story offers them', () => {
		const result = checkDecisions(1, announced, [option('V1.D1.2.b', 'error'), option('V1.D1.2.a', 'best'), option('V1.D1.1.a', 'best')]);
		expect(result.ok && result.value.map((d) => [d.id, d.title, d.options.map((o) => o.id)])).toEqual([
			['V1.D1.1', 'First', ['V1.D1.1.a']],
			['V1.D1.2', 'Second', ['V1.D1.2.b', 'V1.D1.2.a']]
		]);
	});
	it('needs exactly one best option per decision', () => {
		const none = checkDecisions(1, announced, [option('V1.D1.1.b', 'error')]);
		expect(!none.ok && none.errors[0]).toContain('has 0 best options');
		const two = checkDecisions(1, announced, [option('V1.D1.1.a', 'best'), option('V1.D1.1.b', 'best')]);
		expect(!two.ok && two.errors[0]).toContain('has 2 best options');
	});
	it('rejects options of another vignette and unannounced decisions', () => {
		const result = checkDecisions(1, announced, [option('V2.D2.1.a', 'best')]);
		expect(!result.ok && result.errors).toEqual(["option 'V2.D2.1.a' does not belong to vignette 1", "decision 'V2.D2.1' is never announced with '#decision: V2.D2.1 <title>'"]);
	});
});

describe('profiles in story tags', () => {
	const story = [
		'id: jordan',
		'vignette: 2',
		'title: Jordan',
		'summary: S',
		'version: 1.0.0',
		'reviewed: 2026-11-01',
		'content_note: a threat',
		'intake: Limits were explained.',
		'setting: Setting: community clinic',
		'setting: Statute: mandatory duty to protect',
		'jurisdictions: Duties vary.',
		'profile: ca Modelled on California (mandatory)',
		'profile: tx Modelled on Texas (permissive)',
		'setting@tx: Statute: permits disclosure to medical or law-enforcement personnel only',
		'setting@tx: Case law: no common-law duty',
		'jurisdictions@tx: In the California-modelled profile the duty is mandatory.'
	];
	it('replaces setting rows by label and the jurisdictions note under a profile', async () => {
		const { settingFor, jurisdictionsFor } = await import('./profiles');
		const result = parseStoryTags(story);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(settingFor(result.value, 'tx')).toEqual([
			{ label: 'Setting', value: 'community clinic' },
			{ label: 'Statute', value: 'permits disclosure to medical or law-enforcement personnel only' },
			{ label: 'Case law', value: 'no common-law duty' }
		]);
		expect(settingFor(result.value, 'ca')).toEqual(result.value.setting);
		expect(jurisdictionsFor(result.value, 'tx')).toEqual(['In the California-modelled profile the duty is mandatory.']);
		expect(jurisdictionsFor(result.value, null)).toEqual(['Duties vary.']);
	});
	it('removes a primary row under a profile whose row value is a single hyphen', async () => {
		const { settingFor } = await import('./profiles');
		const result = parseStoryTags([...story, 'setting: Firearm law: 24-hour report', 'setting@tx: Firearm law: -']);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(settingFor(result.value, 'tx').map((r) => r.label)).toEqual(['Setting', 'Statute', 'Case law']);
		expect(settingFor(result.value, 'ca').map((r) => r.label)).toEqual(['Setting', 'Statute', 'Firearm law']);
	});
	it('places a new profile row after the profile row written before it', async () => {
		const { settingFor } = await import('./profiles');
		const withoutProfileRows = story.filter((t) => !t.startsWith('setting@'));
		const result = parseStoryTags([
			...withoutProfileRows,
			'setting: Case law: Tarasoff',
			'setting: Your role: therapist',
			'setting@tx: Setting: community clinic',
			'setting@tx: Statute: permissive',
			'setting@tx: Case law: no common-law duty',
			'setting@tx: Emergency detention: by a peace officer',
			'setting@tx: Your role: therapist'
		]);
		expect(result.ok && settingFor(result.value, 'tx').map((r) => r.label)).toEqual(['Setting', 'Statute', 'Case law', 'Emergency detention', 'Your role']);
	});
	it('rejects removing a row the primary card does not have', () => {
		const result = parseStoryTags([...story, 'setting@tx: Firearm law: -']);
		expect(!result.ok && result.errors[0]).toContain("the primary setting card has no row labeled 'Firearm law'");
	});
	it('marks a declared profile practice only, and rejects an undeclared or repeated one', async () => {
		const { isPracticeOnly } = await import('./profiles');
		const result = parseStoryTags([...story, 'practice_only: tx']);
		expect(result.ok && result.value.profiles.map((p) => [p.id, p.practiceOnly])).toEqual([
			['ca', false],
			['tx', true]
		]);
		if (result.ok) {
			expect(isPracticeOnly(result.value, 'tx')).toBe(true);
			expect(isPracticeOnly(result.value, null)).toBe(false);
		}
		const undeclared = parseStoryTags([...story, 'practice_only: ny']);
		expect(!undeclared.ok && undeclared.errors[0]).toContain("'practice_only: ny' names a profile that is not declared");
		const twice = parseStoryTags([...story, 'practice_only: tx', 'practice_only: tx']);
		expect(!twice.ok && twice.errors[0]).toContain('is given twice');
	});
	it("accepts 'reviewed: none' and a real date; rejects anything else", async () => {
		const { isReviewed } = await import('./profiles');
		const withReviewed = (value: string) => parseStoryTags(story.map((t) => (t.startsWith('reviewed:') ? `reviewed: ${value}` : t)));
		const none = withReviewed('none');
		expect(none.ok && isReviewed(none.value)).toBe(false);
		const dated = withReviewed('2027-01-15');
		expect(dated.ok && isReviewed(dated.value)).toBe(true);
		for (const bad of ['2026-02-30', 'pending', '2026-1-5', 'None']) {
			const result = withReviewed(bad);
			expect(!result.ok && result.errors[0], bad).toContain("'reviewed' must be 'none'");
		}
	});
	it('rejects a per-profile tag for an undeclared profile, and other per-profile story tags', () => {
		const result = parseStoryTags([...story, 'setting@ny: X: y', 'title@tx: Other']);
		expect(!result.ok && result.errors).toEqual(
			expect.arrayContaining([
				"'setting@ny' names a profile that is not declared with '# profile: ny <label>'",
				"story tag 'title@tx': only 'setting' and 'jurisdictions' can vary by profile"
			])
		);
	});
	it('rejects option overrides for an undeclared profile', () => {
		const option: ScoredOption = {
			id: 'V2.D2.2.b',
			decisionId: 'V2.D2.2',
			text: 't',
			base: { action: 'hold', verdict: 'best', critical: false, rationale: 'r', cite: 'c' },
			overrides: { ny: { verdict: 'best' } }
		};
		const result = checkDecisions(2, new Map([['V2.D2.2', 'T']]), [option], []);
		expect(!result.ok && result.errors[0]).toContain("varies by profile 'ny', which the story does not declare");
	});
});
