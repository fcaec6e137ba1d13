/**
 * The brief's verdict tables (CONTENT.md 2.0, written from the brief, never read from the app) and
 * what they imply: debrief counts, best and worst paths. Shared by unit and browser tests.
 */
export const COUNT_KEYS = ['correct_breach', 'correct_hold', 'missed_breach', 'unwarranted_breach', 'process_error', 'critical'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type Counts = Record<CountKey, number>;

export interface OptionVerdict {
	action: 'hold' | 'disclose';
	verdict: 'best' | 'acceptable' | 'error';
	kind?: 'under' | 'over' | 'process';
	critical?: boolean;
}
export type VerdictTable = Readonly<Record<string, OptionVerdict>>;

/** Dana's options, from CONTENT.md 2.0 section 3 (the source of truth the app must agree with). */
export const DANA: VerdictTable = {
	'V1.D1.1.a': { action: 'hold', verdict: 'best' },
	'V1.D1.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V1.D1.1.c': { action: 'hold', verdict: 'error', kind: 'process', critical: true },
	'V1.D1.2.a': { action: 'hold', verdict: 'best' },
	'V1.D1.2.b': { action: 'hold', verdict: 'error', kind: 'process' },
	'V1.D1.2.c': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V1.D1.2.d': { action: 'hold', verdict: 'acceptable' },
	'V1.D1.3.a': { action: 'disclose', verdict: 'best' },
	'V1.D1.3.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V1.D1.3.c': { action: 'disclose', verdict: 'acceptable' },
	'V1.D1.3.d': { action: 'disclose', verdict: 'error', kind: 'process', critical: true },
	'V1.D1.5.a': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V1.D1.5.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V1.D1.5.c': { action: 'disclose', verdict: 'best' },
	'V1.D1.5.d': { action: 'disclose', verdict: 'error', kind: 'over' }
};

/** The `tiny` fixture vignette (tests/fixtures/stories/tiny/main.ink). */
export const TINY: VerdictTable = {
	'V99.D99.1.a': { action: 'hold', verdict: 'best' },
	'V99.D99.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V99.D99.1.c': { action: 'hold', verdict: 'error', kind: 'process' },
	'V99.D99.2.a': { action: 'disclose', verdict: 'best' },
	'V99.D99.2.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V99.D99.2.c': { action: 'disclose', verdict: 'acceptable' }
};

export const DANA_BEST = ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c'];
/** A worst path: a critical error at every decision, one of each kind (process, over, under twice). */
export const DANA_WORST = ['V1.D1.1.c', 'V1.D1.2.c', 'V1.D1.3.b', 'V1.D1.5.a'];
export const TINY_BEST = ['V99.D99.1.a', 'V99.D99.2.a'];

/** CONTENT.md 2.1: what the debrief must count for a set of scored picks. */
export function expectedCounts(table: VerdictTable, picks: readonly string[]): Counts {
	const counts: Counts = { correct_breach: 0, correct_hold: 0, missed_breach: 0, unwarranted_breach: 0, process_error: 0, critical: 0 };
	for (const id of picks) {
		const option = table[id];
		if (!option) throw new Error(`no verdict for ${id} in the test's table`);
		if (option.verdict !== 'error') counts[option.action === 'disclose' ? 'correct_breach' : 'correct_hold']++;
		else if (option.kind === 'under') counts.missed_breach++;
		else if (option.kind === 'over') counts.unwarranted_breach++;
		else counts.process_error++;
		if (option.critical) counts.critical++;
	}
	return counts;
}

export const isScoredId = (id: string) => /^V\d+\.D\d+\.\d+\.[a-z]$/.test(id);

/*
 * Jordan, Eleanor, Maya and Theo (CONTENT.md sections 4-6A), and Jordan's Texas-modeled profile.
 * Written from the brief, never read from the app, so the expected debrief counts are the brief's.
 */

/** Jordan's options, from CONTENT.md section 4 (the primary, California-modelled profile `ca`). */
export const JORDAN: VerdictTable = {
	'V2.D2.1.a': { action: 'hold', verdict: 'best' },
	'V2.D2.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V2.D2.1.c': { action: 'hold', verdict: 'error', kind: 'process' },
	'V2.D2.2.b': { action: 'disclose', verdict: 'best' },
	'V2.D2.2.c': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.2.d': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.2.e': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.2.f': { action: 'disclose', verdict: 'error', kind: 'under' },
	'V2.D2.3.a': { action: 'disclose', verdict: 'best' },
	'V2.D2.3.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.3.c': { action: 'disclose', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.3.e': { action: 'disclose', verdict: 'error', kind: 'under' },
	'V2.D2.3.f': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V2.D2.4.a': { action: 'hold', verdict: 'best' },
	'V2.D2.4.b': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.4.c': { action: 'hold', verdict: 'acceptable' },
	'V2.D2.4.d': { action: 'disclose', verdict: 'error', kind: 'over' }
};

/**
 * Jordan under the Texas-modeled profile `tx` (CONTENT.md section 4, the `tx:` lines): practice
 * only until a Texas-licensed reviewer signs the brief.
 */
export const JORDAN_TX: VerdictTable = {
	...JORDAN,
	'V2.D2.1.a': { action: 'hold', verdict: 'best' },
	'V2.D2.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V2.D2.2.b': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.2.c': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.2.d': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.2.e': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.2.f': { action: 'disclose', verdict: 'best' },
	'V2.D2.3.a': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V2.D2.3.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.3.c': { action: 'disclose', verdict: 'error', kind: 'under', critical: true },
	'V2.D2.3.e': { action: 'disclose', verdict: 'best' },
	'V2.D2.3.f': { action: 'disclose', verdict: 'error', kind: 'over', critical: true }
};

/** Eleanor's options, from CONTENT.md section 5. */
export const ELEANOR: VerdictTable = {
	'V3.D3.1.a': { action: 'hold', verdict: 'best' },
	'V3.D3.1.b': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V3.D3.1.c': { action: 'hold', verdict: 'acceptable' },
	'V3.D3.2.a': { action: 'disclose', verdict: 'best' },
	'V3.D3.2.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V3.D3.2.c': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V3.D3.2.d': { action: 'disclose', verdict: 'error', kind: 'process' },
	'V3.D3.3.a': { action: 'disclose', verdict: 'best' },
	'V3.D3.3.b': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V3.D3.3.c': { action: 'hold', verdict: 'error', kind: 'under' },
	'V3.D3.4.a': { action: 'hold', verdict: 'best' },
	'V3.D3.4.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V3.D3.4.d': { action: 'hold', verdict: 'error', kind: 'process' }
};

/** Maya's options, from CONTENT.md section 6. */
export const MAYA: VerdictTable = {
	'V4.D4.1.a': { action: 'hold', verdict: 'best' },
	'V4.D4.1.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V4.D4.1.c': { action: 'hold', verdict: 'error', kind: 'process' },
	'V4.D4.1.d': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V4.D4.2.a': { action: 'hold', verdict: 'best' },
	'V4.D4.2.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V4.D4.2.c': { action: 'hold', verdict: 'error', kind: 'process', critical: true },
	'V4.D4.3.a': { action: 'disclose', verdict: 'best' },
	'V4.D4.3.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V4.D4.3.c': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V4.D4.6.a': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V4.D4.6.b': { action: 'disclose', verdict: 'best' },
	'V4.D4.6.c': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V4.D4.6.d': { action: 'disclose', verdict: 'error', kind: 'over' }
};

/** Theo's options, from CONTENT.md section 6A. */
export const THEO: VerdictTable = {
	'V5.D5.1.a': { action: 'hold', verdict: 'acceptable' },
	'V5.D5.1.b': { action: 'hold', verdict: 'error', kind: 'process' },
	'V5.D5.1.c': { action: 'disclose', verdict: 'error', kind: 'over' },
	'V5.D5.1.d': { action: 'hold', verdict: 'best' },
	'V5.D5.2.a': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V5.D5.2.b': { action: 'hold', verdict: 'error', kind: 'under', critical: true },
	'V5.D5.2.c': { action: 'disclose', verdict: 'best' },
	'V5.D5.2.d': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.2.e': { action: 'disclose', verdict: 'error', kind: 'process' },
	'V5.D5.3.a': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.3.b': { action: 'hold', verdict: 'best' },
	'V5.D5.3.c': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.3.d': { action: 'hold', verdict: 'error', kind: 'process' },
	'V5.D5.4.a': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.4.b': { action: 'disclose', verdict: 'error', kind: 'over', critical: true },
	'V5.D5.4.c': { action: 'hold', verdict: 'error', kind: 'under' },
	'V5.D5.4.d': { action: 'disclose', verdict: 'best' }
};

/** The five vignettes in catalogue (vignette-number) order, with their tables. */
export const VIGNETTES = [
	{ id: 'dana', name: 'Dana', table: DANA },
	{ id: 'jordan', name: 'Jordan', table: JORDAN },
	{ id: 'eleanor', name: 'Eleanor', table: ELEANOR },
	{ id: 'maya', name: 'Maya', table: MAYA },
	{ id: 'theo', name: 'Theo', table: THEO }
] as const;

/** The decision id of an option id: `V2.D2.3.a` -> `V2.D2.3`. */
export const decisionOf = (optionId: string) => optionId.replace(/\.[a-z]$/, '');

/** A table's options grouped by decision, decisions in order (D1, D2, ...), options in letter order. */
export function decisionsOf(table: VerdictTable): string[][] {
	const byDecision = new Map<string, string[]>();
	for (const id of Object.keys(table).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
		const decision = decisionOf(id);
		byDecision.set(decision, [...(byDecision.get(decision) ?? []), id]);
	}
	return [...byDecision.values()];
}

/** The best option at every decision (each decision must have exactly one). */
export function bestPath(table: VerdictTable): string[] {
	return decisionsOf(table).map((options) => {
		const best = options.filter((id) => table[id]?.verdict === 'best');
		if (best.length !== 1) throw new Error(`${decisionOf(options[0] ?? '?')} has ${best.length} best options in the test's table`);
		return best[0]!;
	});
}

/**
 * A worst path: at every decision a critical error if there is one, else an error. Among the
 * candidates, the one whose kind (under, over, process) was picked least so far, so the path
 * exercises as many kinds as the table allows; ties go to the earliest letter.
 */
export function worstPath(table: VerdictTable): string[] {
	const used: Record<string, number> = {};
	return decisionsOf(table).map((options) => {
		const errors = options.filter((id) => table[id]?.verdict === 'error');
		const critical = errors.filter((id) => table[id]?.critical);
		const candidates = critical.length ? critical : errors;
		if (!candidates.length) throw new Error(`${decisionOf(options[0] ?? '?')} has no error option in the test's table`);
		const pick = [...candidates].sort((a, b) => (used[table[a]!.kind!] ?? 0) - (used[table[b]!.kind!] ?? 0))[0]!;
		used[table[pick]!.kind!] = (used[table[pick]!.kind!] ?? 0) + 1;
		return pick;
	});
}

/** Jordan's jurisdiction profiles: id and how its label starts (the primary one first). */
export const JORDAN_PROFILES = { ca: 'Modeled on California', tx: 'Modeled on Texas' } as const;
export type JordanProfile = keyof typeof JORDAN_PROFILES;
export const jordanTable = (profile: JordanProfile): VerdictTable => (profile === 'tx' ? JORDAN_TX : JORDAN);

