import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttemptRecord, TranscriptEntry } from '../domain/attempt';
import { ledgerEntry } from '../domain/scoring';
import { compileCase } from '../ink/compile';
import { StoryRunner } from '../ink/runner';
import { planResume } from './resume';

const tinySource = readFileSync('tests/fixtures/stories/tiny/main.ink', 'utf8');

function compileVariant(edit: (source: string) => string) {
	const dir = mkdtempSync(join(tmpdir(), 'confide-'));
	writeFileSync(join(dir, 'main.ink'), edit(tinySource));
	return compileCase(join(dir, 'main.ink'));
}

/** Plays the original tiny story through the given choices and returns the saved attempt. */
function playOriginal(choiceIds: string[], phase: AttemptRecord['phase']): AttemptRecord {
	const compiled = compileVariant((s) => s);
	const runner = new StoryRunner(compiled.storyJson);
	const transcript: TranscriptEntry[] = runner.start(null).lines.map((l) => ({ kind: 'text', text: l.text }));
	let passageStart = 0;
	const ledger = [];
	for (const id of choiceIds) {
		const { step, option, choiceText } = runner.choose(id);
		transcript.push({ kind: 'choice', text: choiceText, choiceId: id });
		passageStart = transcript.length;
		transcript.push(...step.lines.map((l): TranscriptEntry => ({ kind: 'text', text: l.text })));
		if (option) ledger.push(ledgerEntry(option));
	}
	return {
		id: 'a1',
		caseId: 'tiny',
		contentHash: compiled.manifest.contentHash,
		storyVersion: '1.0.0',
		profile: null,
		schemaVersion: 2,
		mode: 'learning',
		practice: null,
		status: 'active',
		phase,
		startedAt: 1,
		updatedAt: 2,
		completedAt: null,
		inkState: runner.saveState(),
		choiceLog: choiceIds.map((choiceId, i) => ({ choiceId, at: i })),
		transcript,
		passageStart,
		ledger,
		revision: choiceIds.length + 2
	};
}

describe('planResume', () => {
	it('resumes an unchanged story from its ink state, at the same choices', () => {
		const saved = playOriginal(['V99.D99.1.a', 'tiny-carry-on'], 'choosing');
		const compiled = compileVariant((s) => s);
		const runner = new StoryRunner(compiled.storyJson);
		const plan = planResume(saved, compiled.manifest, runner);
		expect(plan.kind).toBe('resume');
		expect(runner.current().choices.map((c) => c.id)).toEqual(['V99.D99.2.a', 'V99.D99.2.b', 'V99.D99.2.c']);
	});

	it('replays the log on an edited story and recomputes the ledger from the new tags', () => {
		const saved = playOriginal(['V99.D99.1.c'], 'feedback');
		const edited = compileVariant((s) =>
			s
				.replace('A client says something worrying.', 'A client says something worrying.\nShe looks away.')
				.replace('#kind: process #rationale: No assessment. #cite: APA 4.01', '#kind: process #critical #rationale: No assessment at all. #cite: SAFE-T')
		);
		expect(edited.manifest.contentHash).not.toBe(saved.contentHash);
		const runner = new StoryRunner(edited.storyJson);
		const plan = planResume(saved, edited.manifest, runner);
		expect(plan.kind).toBe('replayed');
		if (plan.kind !== 'replayed') return;
		expect(plan.attempt.contentHash).toBe(edited.manifest.contentHash);
		expect(plan.attempt.phase).toBe('feedback');
		expect(plan.attempt.ledger[0]).toMatchObject({ optionId: 'V99.D99.1.c', critical: true, rationale: 'No assessment at all.' });
		expect(plan.attempt.transcript.map((e) => e.text)).toContain('She looks away.');
		expect(runner.current().choices.map((c) => c.id)).toEqual(['tiny-carry-on']);
	});

	it('offers a restart when a logged choice no longer exists', () => {
		const saved = playOriginal(['V99.D99.1.b', 'tiny-carry-on'], 'choosing');
		const edited = compileVariant((s) => s.replace('#id: tiny-carry-on', '#id: tiny-move-on'));
		const plan = planResume(saved, edited.manifest, new StoryRunner(edited.storyJson));
		expect(plan.kind).toBe('outdated');
		expect(plan.kind === 'outdated' && plan.reason).toContain("choice 'tiny-carry-on' is not on offer");
	});

	it('replays when a renamed knot moves the choices but keeps their ids', () => {
		const saved = playOriginal(['V99.D99.1.a', 'tiny-carry-on'], 'choosing');
		const edited = compileVariant((s) => s.replaceAll('scene_two', 'later_that_week'));
		const runner = new StoryRunner(edited.storyJson);
		const plan = planResume(saved, edited.manifest, runner);
		expect(plan.kind).toBe('replayed');
		expect(runner.current().choices.map((c) => c.id)).toEqual(['V99.D99.2.a', 'V99.D99.2.b', 'V99.D99.2.c']);
	});
});

/*
 * Real edits of one small vignette (tests/fixtures/edited/*.ink), each compiled as the build
 * compiles it. A saved attempt made on base.ink is brought back on each edited version.
 */
describe('resuming after the vignette was edited', () => {
	const compiled = (name: string) => compileCase(`tests/fixtures/edited/${name}.ink`);

	/** Plays a compiled story through `ids` as the session does, returning what an attempt records. */
	function playThrough(story: ReturnType<typeof compiled>, ids: string[]) {
		const runner = new StoryRunner(story.storyJson);
		const transcript: TranscriptEntry[] = runner.start(null).lines.map((l) => ({ kind: 'text', text: l.text }));
		const ledger = [];
		let passageStart = 0;
		for (const id of ids) {
			const { step, option, choiceText } = runner.choose(id);
			transcript.push({ kind: 'choice', text: choiceText, choiceId: id });
			passageStart = transcript.length;
			transcript.push(...step.lines.map((l): TranscriptEntry => ({ kind: 'text', text: l.text })));
			if (option) ledger.push(ledgerEntry(option));
		}
		return { runner, transcript, ledger, passageStart };
	}

	const LOG = ['V98.D98.1.a', 'edited-listen'];
	const base = compiled('base');
	const played = playThrough(base, LOG);
	const saved: AttemptRecord = {
		id: 'e1',
		caseId: 'edited',
		contentHash: base.manifest.contentHash,
		storyVersion: '1.0.0',
		profile: null,
		schemaVersion: 2,
		mode: 'learning',
		practice: null,
		status: 'active',
		phase: 'choosing',
		startedAt: 1,
		updatedAt: 2,
		completedAt: null,
		inkState: played.runner.saveState(),
		choiceLog: LOG.map((choiceId, at) => ({ choiceId, at })),
		transcript: played.transcript,
		passageStart: played.passageStart,
		ledger: played.ledger,
		revision: 4
	};

	/** Resumes `saved` on a variant and checks it was rebuilt exactly as a fresh play of the variant. */
	function expectReplayed(variant: string) {
		const edited = compiled(variant);
		expect(edited.manifest.contentHash, 'the edit changed the content').not.toBe(base.manifest.contentHash);
		const runner = new StoryRunner(edited.storyJson);
		const plan = planResume(saved, edited.manifest, runner);
		expect(plan.kind).toBe('replayed');
		if (plan.kind !== 'replayed') throw new Error('not replayed');
		const fresh = playThrough(edited, LOG);
		expect(plan.attempt.transcript).toEqual(fresh.transcript);
		expect(plan.attempt.ledger).toEqual(fresh.ledger);
		expect(plan.attempt).toMatchObject({ passageStart: fresh.passageStart, phase: 'choosing', contentHash: edited.manifest.contentHash, choiceLog: saved.choiceLog });
		expect(runner.current().choices.map((c) => c.id)).toEqual(['V98.D98.2.a', 'V98.D98.2.b']);
		// The rebuilt ink state is the edited story's (all but its random seed), and loads there.
		const unseeded = (json: string | null) => ({ ...(JSON.parse(json ?? 'null') as object), storySeed: 0 });
		expect(unseeded(plan.attempt.inkState)).toEqual(unseeded(fresh.runner.saveState()));
		const reloaded = new StoryRunner(edited.storyJson);
		expect(reloaded.loadState(plan.attempt.inkState!).choices.map((c) => c.id)).toEqual(['V98.D98.2.a', 'V98.D98.2.b']);
		return plan.attempt;
	}

	function expectOutdated(variant: string, missing: string) {
		const edited = compiled(variant);
		const plan = planResume(saved, edited.manifest, new StoryRunner(edited.storyJson));
		expect(plan.kind).toBe('outdated');
		expect(plan.kind === 'outdated' && plan.reason).toContain(`choice '${missing}' is not on offer`);
		// The saved attempt itself is handed back untouched, for the history.
		expect(plan.attempt).toBe(saved);
	}

	it('resumes the unedited story from its ink state', () => {
		const runner = new StoryRunner(base.storyJson);
		const plan = planResume(saved, base.manifest, runner);
		expect(plan).toEqual({ kind: 'resume', attempt: saved });
		expect(runner.current().choices.map((c) => c.id)).toEqual(['V98.D98.2.a', 'V98.D98.2.b']);
	});

	it('an inserted option at a decision already passed: replays, the ledger unchanged', () => {
		const attempt = expectReplayed('inserted-option');
		expect(attempt.ledger).toEqual(saved.ledger);
		expect(attempt.transcript).toEqual(saved.transcript);
	});

	it('an inserted choice point the log never answered: outdated, restart offered', () => {
		expectOutdated('inserted-choice', 'edited-listen');
	});

	it('a removed option that was not chosen: replays', () => {
		expectReplayed('removed-other-option');
	});

	it('a removed option that was chosen: outdated', () => {
		expectOutdated('removed-chosen-option', 'V98.D98.1.a');
	});

	it('a renamed knot: replays, since choices are known by their #id tags', () => {
		const attempt = expectReplayed('renamed-knot');
		expect(attempt.transcript).toEqual(saved.transcript);
	});

	it('a new variable: replays, and the rebuilt text shows the value the replayed choices gave it', () => {
		const attempt = expectReplayed('new-variable');
		expect(attempt.transcript.map((e) => e.text)).toContain('A week later. Rapport is 1.');
		expect(attempt.ledger).toEqual(saved.ledger);
	});
});
