import { describe, expect, it } from 'vitest';
import { REVIEW_NOTICE } from '../content/review';
import type { CaseManifest } from '../domain/types';
import { ledgerEntry } from '../domain/scoring';
import { contentVersionLabel, errorGroupName, nameSkeleton, summariseClass } from './class-summary';
import { MANIFEST, attempt, byId, demoCheck, exportOf } from '../../../tests/unit/support/instructor-demo';

const optionRow = (s: ReturnType<typeof summariseClass>, decisionId: string, optionId: string, profile: string | null = 'ca') =>
	s.vignettes.find((v) => v.profile === profile)!.decisions.find((d) => d.decisionId === decisionId)!.options.find((o) => o.optionId === optionId)!;

describe('class summary', () => {
	it('counts how many trainees chose each option, with shares of those who reached the decision', () => {
		const files = [
			exportOf('ann.json', 'Ann', [attempt(['V7.D7.1.a', 'V7.D7.2.a'])]),
			exportOf('ben.json', 'Ben', [attempt(['V7.D7.1.c', 'V7.D7.2.b'])]),
			exportOf('cy.json', 'Cy', [attempt(['V7.D7.1.c', 'V7.D7.2.a'])]),
			// Stopped after one decision, yet completed (a path that ends early).
			exportOf('di.json', 'Di', [attempt(['V7.D7.1.b'])])
		];
		const s = summariseClass(files, [MANIFEST], demoCheck(MANIFEST));
		expect(s.vignettes).toHaveLength(1);
		const v = s.vignettes[0]!;
		expect(v).toMatchObject({ caseId: 'demo', profile: 'ca', profileLabel: 'Modelled on California', attempts: 4, trainees: ['Ann', 'Ben', 'Cy', 'Di'] });
		const d1 = v.decisions[0]!;
		expect(d1.reached).toBe(4);
		expect(d1.options.map((o) => [o.optionId, o.count, o.share])).toEqual([
			['V7.D7.1.a', 1, 0.25],
			['V7.D7.1.b', 1, 0.25],
			['V7.D7.1.c', 2, 0.5]
		]);
		const d2 = v.decisions[1]!;
		expect(d2.reached).toBe(3);
		expect(d2.options.map((o) => [o.optionId, o.count])).toEqual([
			['V7.D7.2.a', 2],
			['V7.D7.2.b', 1]
		]);
		expect(d2.options[0]!.share).toBeCloseTo(2 / 3);
		expect(d1.options[2]!.score).toMatchObject({ verdict: 'error', kind: 'process', critical: true });
	});

	it('never mixes modes: assessment attempts count when any exist; learning ones are left out and named', () => {
		const files = [
			exportOf('ann.json', 'Ann', [attempt(['V7.D7.1.a', 'V7.D7.2.a'], { startedAt: 1 }), attempt(['V7.D7.1.c', 'V7.D7.2.b'], { startedAt: 2, mode: 'assessment' })]),
			exportOf('ben.json', 'Ben', [attempt(['V7.D7.1.b'], { startedAt: 3 })])
		];
		const s = summariseClass(files, [MANIFEST], demoCheck(MANIFEST));
		expect([s.mode, s.completedByMode]).toEqual(['assessment', { learning: 2, assessment: 1 }]);
		expect(s.vignettes[0]!.attempts).toBe(1);
		expect(optionRow(s, 'V7.D7.1', 'V7.D7.1.c').count).toBe(1);
		expect(s.trainees.map((t) => [t.label, t.counted, t.notes.filter((n) => n.kind === 'other-mode').map((n) => n.text)])).toEqual([
			['Ann', 1, ['1 completed learning-mode attempt: not counted (this summary counts assessment-mode attempts).']],
			['Ben', 0, ['1 completed learning-mode attempt: not counted (this summary counts assessment-mode attempts).']]
		]);
		const learning = summariseClass(files, [MANIFEST], { ...demoCheck(MANIFEST), mode: 'learning' });
		expect([learning.mode, learning.vignettes[0]!.attempts]).toEqual(['learning', 2]);
		// Without any assessment attempt, learning ones count.
		expect(summariseClass([files[1]!], [MANIFEST], demoCheck(MANIFEST)).mode).toBe('learning');
	});

	it('ranks the most common errors by kind, and critical errors on their own', () => {
		const files = ['a', 'b', 'c'].map((n) => exportOf(`${n}.json`, n, [attempt(n === 'a' ? ['V7.D7.1.b', 'V7.D7.2.b'] : ['V7.D7.1.c', 'V7.D7.2.b'])]));
		const errors = summariseClass(files, [MANIFEST], demoCheck(MANIFEST)).vignettes[0]!.errors;
		const byKind = Object.fromEntries(errors.map((g) => [g.kind, g]));
		expect(byKind['process']).toMatchObject({ total: 2, options: [{ optionId: 'V7.D7.1.c', count: 2, decisionTitle: 'First call' }] });
		expect(byKind['under']).toMatchObject({ total: 3, options: [{ optionId: 'V7.D7.2.b', count: 3, share: 1, reached: 3 }] });
		expect(byKind['over']).toMatchObject({ total: 1, options: [{ optionId: 'V7.D7.1.b', count: 1 }] });
		expect(byKind['critical']!.total).toBe(5);
		expect(byKind['critical']!.options.map((o) => [o.optionId, o.count])).toEqual([
			['V7.D7.2.b', 3],
			['V7.D7.1.c', 2]
		]);
		expect(errorGroupName('under')).toBe('Missed breach (under-protection)');
		expect(errorGroupName('critical')).toBe('Critical errors');
	});

	it('counts full paths, most common first', () => {
		const p1 = ['V7.D7.1.a', 'V7.D7.2.a'];
		const p2 = ['V7.D7.1.c', 'V7.D7.2.b'];
		const files = [p1, p2, p1].map((p, i) => exportOf(`f${i}.json`, `T${i}`, [attempt(p)]));
		expect(summariseClass(files, [MANIFEST], demoCheck(MANIFEST)).vignettes[0]!.paths).toEqual([
			{ options: p1, steps: ['D1: 1', 'D2: 1'], count: 2, share: 2 / 3 },
			{ options: p2, steps: ['D1: 3', 'D2: 2'], count: 1, share: 1 / 3 }
		]);
	});

	it('names options by the labels trainees saw, in the order offered, never by id', () => {
		const [d1, d2] = MANIFEST.decisions;
		// Offered as c, a, b at the first decision: the best option (a) is second on screen.
		const offered = { ...MANIFEST, decisions: [{ ...d1!, options: [d1!.options[2]!, d1!.options[0]!, d1!.options[1]!] }, d2!] };
		const old = attempt(['V7.D7.1.a', 'V7.D7.2.b']);
		old.ledger = [...old.ledger, { ...old.ledger[0]!, decisionId: 'V7.D7.9', optionId: 'V7.D7.9.a' }];
		old.ledger[1] = { ...old.ledger[1]!, optionId: 'V7.D7.2.z' };
		const v = summariseClass([exportOf('a.json', 'A', [old])], [offered], demoCheck(offered)).vignettes[0]!;
		expect(v.decisions.map((d) => d.options.map((o) => [o.optionId, o.label]))).toEqual([
			[
				['V7.D7.1.c', '1'],
				['V7.D7.1.a', '2'],
				['V7.D7.1.b', '3']
			],
			[
				['V7.D7.2.a', '1'],
				['V7.D7.2.b', '2'],
				['V7.D7.2.z', null]
			],
			[['V7.D7.9.a', null]]
		]);
		expect(v.paths[0]!.steps).toEqual(['D1: 2', 'D2: no longer in this vignette', '(a decision no longer in this vignette)']);
	});

	it('counts the first completed recorded attempt by default and the latest on request', () => {
		const first = attempt(['V7.D7.1.c', 'V7.D7.2.b'], { startedAt: 100, completedAt: 200 });
		const later = attempt(['V7.D7.1.a', 'V7.D7.2.a'], { startedAt: 300, completedAt: 400 });
		const practice = attempt(['V7.D7.1.b', 'V7.D7.2.a'], { startedAt: 500, completedAt: 600, practice: { of: later.id, fromDecision: 'V7.D7.1' } });
		const unfinished = attempt(['V7.D7.1.b'], { startedAt: 700, status: 'active', completedAt: null, phase: 'choosing' });
		// Stored newest first: order in the file must not matter.
		const files = [exportOf('ann.json', 'Ann', [unfinished, practice, later, first])];
		const firstRun = summariseClass(files, [MANIFEST], demoCheck(MANIFEST));
		expect(firstRun.which).toBe('first');
		expect(firstRun.vignettes[0]!.paths).toEqual([{ options: ['V7.D7.1.c', 'V7.D7.2.b'], steps: ['D1: 3', 'D2: 2'], count: 1, share: 1 }]);
		const latest = summariseClass(files, [MANIFEST], { ...demoCheck(MANIFEST), which: 'latest' });
		expect(latest.vignettes[0]!.paths[0]!.options).toEqual(['V7.D7.1.a', 'V7.D7.2.a']);
		expect(latest.trainees[0]).toMatchObject({ label: 'Ann', attempts: 4, counted: 1 });
		expect(latest.trainees[0]!.notes).toContainEqual({ kind: 'not-counted', text: '1 practice run and 1 unfinished attempt: never counted.' });
	});

	it('never counts practice runs, even when they are all there is', () => {
		const practice = attempt(['V7.D7.1.a', 'V7.D7.2.a'], { practice: { of: 'gone', fromDecision: 'V7.D7.2' } });
		const s = summariseClass([exportOf('p.json', 'P', [practice])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.vignettes).toEqual([]);
		expect(s.trainees[0]!.counted).toBe(0);
	});

	it('does not count a file loaded twice, or the attempts a later export repeats', () => {
		const a1 = attempt(['V7.D7.1.c', 'V7.D7.2.b']);
		const a2 = attempt(['V7.D7.1.a', 'V7.D7.2.a'], { caseId: 'demo' });
		const once = exportOf('ann.json', 'Ann', [a1]);
		const again = exportOf('ann copy.json', 'Ann', [a1]);
		const later = exportOf('ann-later.json', 'Ann', [a1, a2]);
		const s = summariseClass([once, again, later, exportOf('ben.json', 'Ben', [attempt(['V7.D7.1.a', 'V7.D7.2.a'])])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees.map((t) => [t.label, t.files, t.attempts, t.counted])).toEqual([
			['Ann', ['ann.json', 'ann copy.json', 'ann-later.json'], 2, 1],
			['Ben', ['ben.json'], 1, 1]
		]);
		expect(s.trainees[0]!.notes.filter((n) => n.kind === 'duplicate').map((n) => n.text)).toEqual([
			'ann copy.json holds the same attempts as ann.json: counted once.',
			'ann-later.json shares 1 attempt with ann.json: read as the same trainee, each attempt counted once.'
		]);
		expect(s.vignettes[0]!.attempts).toBe(2);
		expect(s.vignettes[0]!.decisions[0]!.options.map((o) => o.count)).toEqual([1, 0, 1]);
	});

	it('joins two trainees when a later file shares attempts with both', () => {
		const a1 = attempt(['V7.D7.1.a', 'V7.D7.2.a']);
		const a2 = attempt(['V7.D7.1.c', 'V7.D7.2.b']);
		const s = summariseClass([exportOf('x.json', null, [a1]), exportOf('y.json', null, [a2]), exportOf('both.json', null, [a1, a2])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees).toHaveLength(1);
		expect(s.trainees[0]).toMatchObject({ label: 'Trainee 1 (x.json)', files: ['x.json', 'y.json', 'both.json'], attempts: 2, counted: 1 });
	});

	it('labels unnamed trainees by their place and file name', () => {
		const s = summariseClass([exportOf('one.json', 'Ann', [attempt(['V7.D7.1.a'])]), exportOf('two.json', '  ', [attempt(['V7.D7.1.a'])])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees.map((t) => t.label)).toEqual(['Ann', 'Trainee 2 (two.json)']);
	});

	it('labels attempts whose integrity code does not match, and can leave them out', () => {
		const honest = attempt(['V7.D7.1.c', 'V7.D7.2.b']);
		const edited = exportOf('ann.json', 'Ann', [honest], (a) => ({ ...a, ledger: a.ledger.map((e) => ledgerEntry(byId.get(e.optionId.replace(/\.[bc]$/, '.a'))!)) }));
		const s = summariseClass([edited], [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees[0]!.notes).toContainEqual({
			kind: 'integrity',
			text: `1 attempt (demo ${honest.id}) does not match its integrity code: changed after export. Counted, but check with the trainee.`
		});
		expect(optionRow(s, 'V7.D7.1', 'V7.D7.1.a').count).toBe(1);
		// One whose scores are also forged is not counted, and no note calls it counted.
		const both = summariseClass([edited], [MANIFEST], { check: (a) => ({ kind: 'mismatch', ledger: a.ledger, finished: true, reason: 'scores' }) });
		expect(both.trainees[0]!.counted).toBe(0);
		expect(both.trainees[0]!.notes.find((n) => n.kind === 'integrity')!.text).toMatch(/changed after export\. Not counted \(see the reason given\)\.$/);
		expect(both.trainees[0]!.notes.map((n) => n.text).join(' ')).not.toMatch(/\bCounted\b/);
		const strict = summariseClass([edited], [MANIFEST], { ...demoCheck(MANIFEST), skipMismatched: true });
		expect(strict.vignettes).toEqual([]);
		expect(strict.trainees[0]!.notes.find((n) => n.kind === 'integrity')!.text).toMatch(/Left out\.$/);
		// An untouched file has no integrity note.
		expect(summariseClass([exportOf('ok.json', 'Ok', [honest])], [MANIFEST], demoCheck(MANIFEST)).trainees[0]!.notes).toEqual([]);
	});

	it('never counts attempts made with content this build lacks, or whose stored scores their choices do not earn, and names them', () => {
		const old = attempt(['V7.D7.1.a', 'V7.D7.2.a'], { storyVersion: '1.0.0', contentHash: 'hash-old' });
		const forged = attempt(['V7.D7.1.b', 'V7.D7.2.b']);
		const honest = attempt(['V7.D7.1.a', 'V7.D7.2.a']);
		const replayed = demoCheck(MANIFEST);
		// The forged attempt's choices earn the worst path; its file claims the best.
		const check: typeof replayed.check = (a) => (a === forged ? { kind: 'mismatch', ledger: a.ledger, finished: true, reason: 'scores' } : replayed.check(a));
		const s = summariseClass(
			[exportOf('old.json', 'Old', [old]), exportOf('forged.json', 'Forger', [forged]), exportOf('ok.json', 'Ok', [honest])],
			[MANIFEST],
			{ check }
		);
		expect(s.trainees.map((t) => [t.label, t.counted])).toEqual([
			['Old', 0],
			['Forger', 0],
			['Ok', 1]
		]);
		expect(s.vignettes[0]!.attempts).toBe(1);
		expect(s.trainees[0]!.notes).toContainEqual({
			kind: 'older-content',
			text: 'Demo: made with content version 1.0.0; current 1.1.0, which this version of Confide does not have, so its scores cannot be checked: not counted.'
		});
		expect(s.trainees[1]!.notes).toContainEqual({
			kind: 'scores',
			text: `1 attempt (demo ${forged.id}): its stored scores do not follow from its choices in this content: not counted.`
		});
		expect(contentVersionLabel({ storyVersion: '1.1.0', contentHash: 'hash-now' }, MANIFEST)).toBeNull();
	});

	it('never merges trainees silently: files sharing attempt ids under different names stay apart, and the shared attempts count for neither', () => {
		const mine = attempt(['V7.D7.1.a', 'V7.D7.2.a']);
		const theirs = attempt(['V7.D7.1.c', 'V7.D7.2.b']);
		// Ben's file reuses Ann's attempt id (a crafted or a copied file).
		const stolen = { ...theirs, id: mine.id };
		const s = summariseClass([exportOf('ann.json', 'Ann', [mine]), exportOf('ben.json', 'Ben', [stolen, theirs])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees.map((t) => [t.label, t.files, t.counted])).toEqual([
			['Ann', ['ann.json'], 0],
			['Ben', ['ben.json'], 1]
		]);
		for (const t of s.trainees) expect(t.notes.map((n) => n.kind)).toContain('conflict');
		expect(s.trainees[0]!.notes.find((n) => n.kind === 'conflict')!.text).toMatch(/ann\.json and ben\.json share 1 attempt id but name different trainees/);
		// Two names: nothing more to suggest.
		for (const t of s.trainees) expect(t.notes.find((n) => n.kind === 'conflict')!.text).not.toMatch(/remove/);
	});

	it('says how to resolve the commonest conflict: one export made before the trainee gave a name', () => {
		const one = attempt(['V7.D7.1.a', 'V7.D7.2.a']);
		const s = summariseClass([exportOf('before.json', null, [one]), exportOf('after.json', 'Cy', [one])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees.map((t) => t.counted)).toEqual([0, 0]);
		for (const t of s.trainees) expect(t.notes.find((n) => n.kind === 'conflict')!.text).toMatch(/If both are one trainee's, remove before\.json, the file without a name\.$/);
	});

	it('lists two trainees of the same name apart, with keys that never collide, even with the same file name', () => {
		const sam1 = exportOf('confide-progress-2026-12-01.json', 'Sam', [attempt(['V7.D7.1.a', 'V7.D7.2.a'])]);
		const sam2 = exportOf('confide-progress-2026-12-01.json', 'Sam', [attempt(['V7.D7.1.c', 'V7.D7.2.b'])]);
		const s = summariseClass([sam1, sam2], [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees).toHaveLength(2);
		expect(new Set(s.trainees.map((t) => t.key)).size).toBe(2);
		for (const t of s.trainees) expect(t.notes.map((n) => n.kind)).toContain('same-name');
		expect(s.vignettes[0]!.attempts).toBe(2);
	});

	it('says when two trainees\' names look alike but are written differently (zero-width, right-to-left, Cyrillic)', () => {
		const names = ['Sam Lee', 'Sam\u200B Lee', 'S\u0430m Lee', '\u202ESam Lee'];
		const s = summariseClass(names.map((n, i) => exportOf(`f${i}.json`, n, [attempt(['V7.D7.1.a'])])), [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees).toHaveLength(4);
		for (const t of s.trainees) expect(t.notes.map((n) => n.kind)).toContain('look-alike');
		expect(nameSkeleton('Sam Lee')).not.toBe(nameSkeleton('Sam Li'));
	});

	it('carries an attempt\'s provenance: imported with a code that did not match', () => {
		const edited = { ...attempt(['V7.D7.1.a', 'V7.D7.2.a']), edited: true as const };
		const s = summariseClass([exportOf('e.json', 'E', [edited])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.trainees[0]!.notes.map((n) => n.kind)).toEqual(['edited']);
	});

	it('reads a null profile as the primary one and scores each profile by its own verdicts', () => {
		const files = [
			exportOf('a.json', 'A', [attempt(['V7.D7.1.a', 'V7.D7.2.b'])]),
			exportOf('b.json', 'B', [attempt(['V7.D7.1.a', 'V7.D7.2.b'], { profile: 'ca' })]),
			exportOf('c.json', 'C', [attempt(['V7.D7.1.a', 'V7.D7.2.b'], { profile: 'tx' })])
		];
		const s = summariseClass(files, [MANIFEST], demoCheck(MANIFEST));
		expect(s.vignettes.map((v) => [v.profile, v.attempts])).toEqual([
			['ca', 2],
			['tx', 1]
		]);
		expect(optionRow(s, 'V7.D7.2', 'V7.D7.2.b', 'ca').score).toMatchObject({ verdict: 'error', kind: 'under', critical: true });
		expect(optionRow(s, 'V7.D7.2', 'V7.D7.2.b', 'tx').score).toMatchObject({ verdict: 'best', critical: false, rationale: 'tx r2b' });
		expect(optionRow(s, 'V7.D7.2', 'V7.D7.2.a', 'tx').score).toMatchObject({ verdict: 'error', kind: 'over' });
	});

	it('counts one attempt per trainee per vignette, whatever profile it was played under', () => {
		const first = attempt(['V7.D7.1.a', 'V7.D7.2.b'], { profile: 'tx', startedAt: 1, completedAt: 2 });
		const second = attempt(['V7.D7.1.a', 'V7.D7.2.a'], { profile: 'ca', startedAt: 3, completedAt: 4 });
		const s = summariseClass([exportOf('a.json', 'A', [first, second])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.vignettes.map((v) => v.profile)).toEqual(['tx']);
	});

	it('reports attempts at vignettes this build does not have, without counting them', () => {
		const stray = attempt(['V7.D7.1.a'], { caseId: 'retired-case' });
		const s = summariseClass([exportOf('a.json', 'A', [stray])], [MANIFEST], demoCheck(MANIFEST));
		expect(s.vignettes).toEqual([]);
		expect(s.trainees[0]!.notes).toEqual([
			{ kind: 'unknown-case', text: "Attempts at 'retired-case', a vignette this version of Confide does not have: not counted." }
		]);
	});

	describe('a practice-only profile (CONTENT.md 0.4 item 3)', () => {
		/** The demo vignette with its Texas-modelled profile marked practice only, and not yet reviewed. */
		const draft: CaseManifest = {
			...MANIFEST,
			meta: { ...MANIFEST.meta, reviewed: 'none', profiles: MANIFEST.meta.profiles.map((p) => ({ ...p, practiceOnly: p.id === 'tx' })) }
		};

		it('never counts an attempt stored under it (a file from before it was one), and says why', () => {
			const tx = attempt(['V7.D7.1.a', 'V7.D7.2.b'], { profile: 'tx', startedAt: 1, completedAt: 2 });
			const ca = attempt(['V7.D7.1.a', 'V7.D7.2.a'], { profile: 'ca', startedAt: 3, completedAt: 4 });
			const s = summariseClass([exportOf('a.json', 'A', [tx, ca]), exportOf('b.json', 'B', [attempt(['V7.D7.1.c'], { profile: 'tx' })])], [draft], demoCheck(draft));
			// A's earlier tx attempt would be the first completed one; the ca attempt counts instead.
			expect(s.vignettes.map((v) => [v.profile, v.attempts, v.trainees])).toEqual([['ca', 1, ['A']]]);
			expect(s.trainees.map((t) => [t.label, t.counted])).toEqual([
				['A', 1],
				['B', 0]
			]);
			expect(s.trainees[1]!.notes).toEqual([
				{
					kind: 'practice-only',
					text: "1 attempt was made under a profile that is now practice only, so it is left out of this summary: that profile's content has not been reviewed by a licensed attorney or clinician for its state."
				}
			]);
			// The same files against content where tx is recorded count both profiles.
			expect(summariseClass([exportOf('a.json', 'A', [tx, ca])], [MANIFEST], demoCheck(MANIFEST)).vignettes.map((v) => v.profile)).toEqual(['tx']);
		});

		it('carries the review notice while a vignette is unreviewed, and each vignette its review status', () => {
			const files = [exportOf('a.json', 'A', [attempt(['V7.D7.1.a', 'V7.D7.2.a'], { profile: 'ca' })])];
			const s = summariseClass(files, [draft], demoCheck(draft));
			expect(s.notice).toBe(REVIEW_NOTICE);
			expect(s.vignettes[0]!.reviewed).toBe('none');
			expect(summariseClass(files, [MANIFEST], demoCheck(MANIFEST)).notice).toBeNull();
		});
	});
});
