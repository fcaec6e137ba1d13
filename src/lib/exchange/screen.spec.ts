import { describe, expect, it } from 'vitest';
import { sampleAttempt } from '../../../tests/unit/support/attempts';
import type { ScoreCheck } from '../session/score-check';
import { buildExport } from './export';
import { screenImport } from './screen';

describe('screenImport', () => {
	it('refuses attempts whose stored scores their choices do not earn, or whose choices lead nowhere, and lets the rest in', () => {
		const file = buildExport(
			[sampleAttempt({ id: 'ok' }), sampleAttempt({ id: 'forged' }), sampleAttempt({ id: 'nowhere' }), sampleAttempt({ id: 'old' })],
			'T',
			'x',
			Date.UTC(2026, 0, 1)
		);
		const checks: Record<string, ScoreCheck> = {
			ok: { kind: 'derived', ledger: [], finished: true },
			forged: { kind: 'mismatch', ledger: [], finished: true, reason: 'its stored scores are not the ones its choices earn' },
			nowhere: { kind: 'unplayable', reason: "choice 'x' is not on offer" },
			old: { kind: 'not-in-build' }
		};
		const screened = screenImport(file, (a) => checks[a.id]!);
		expect(screened.file.attempts.map((a) => a.attempt.id)).toEqual(['ok', 'old']);
		expect(screened.refused).toEqual([
			'attempt 2 (dana): its stored scores are not the ones its choices earn, so it is not imported.',
			"attempt 3 (dana): its choices are not a way through this vignette (choice 'x' is not on offer), so it is not imported."
		]);
		expect(screened.file.trainee).toBe('T');
	});
});
