/** A small vignette and export files built from it, for the instructor module's unit tests. */
import type { AttemptRecord } from '../../../src/lib/domain/attempt';
import { attemptIntegrity } from '../../../src/lib/domain/integrity';
import { ledgerEntry } from '../../../src/lib/domain/scoring';
import type { CaseManifest, ScoredOption } from '../../../src/lib/domain/types';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../../../src/lib/exchange/format';
import type { LoadedExport, SummaryOptions } from '../../../src/lib/instructor/class-summary';

const option = (id: string, text: string, base: ScoredOption['base'], overrides: ScoredOption['overrides'] = {}): ScoredOption => ({
	id,
	decisionId: id.slice(0, id.lastIndexOf('.')),
	text,
	base,
	overrides
});

/** A two-decision vignette with a second profile that turns one error into the best answer. */
export const MANIFEST: CaseManifest = {
	meta: {
		id: 'demo',
		vignette: 7,
		title: 'Demo',
		summary: 's',
		version: '1.1.0',
		reviewed: '2026-01-01',
		contentNotes: ['n'],
		intake: 'i',
		setting: [],
		jurisdictions: [],
		objectives: [],
		profiles: [
			{ id: 'ca', label: 'Modelled on California', practiceOnly: false, setting: [], jurisdictions: [] },
			{ id: 'tx', label: 'Modelled on Texas', practiceOnly: false, setting: [], jurisdictions: [] }
		]
	},
	contentHash: 'hash-now',
	decisions: [
		{
			id: 'V7.D7.1',
			title: 'First call',
			options: [
				option('V7.D7.1.a', 'Assess', { action: 'hold', verdict: 'best', critical: false, rationale: 'ra', cite: 'APA 4.01' }),
				option('V7.D7.1.b', 'Call 911', { action: 'disclose', verdict: 'error', kind: 'over', critical: false, rationale: 'rb' }),
				option('V7.D7.1.c', 'Move on', { action: 'hold', verdict: 'error', kind: 'process', critical: true, rationale: 'rc', cite: 'x' })
			]
		},
		{
			id: 'V7.D7.2',
			title: 'Second call',
			options: [
				option('V7.D7.2.a', 'Warn', { action: 'disclose', verdict: 'best', critical: false, rationale: 'r2a', cite: 'y' }, {
					tx: { verdict: 'error', kind: 'over', rationale: 'tx r2a' }
				}),
				option('V7.D7.2.b', 'Wait', { action: 'hold', verdict: 'error', kind: 'under', critical: true, rationale: 'r2b', cite: 'z' }, {
					tx: { verdict: 'best', rationale: 'tx r2b', cite: 'tx' }
				})
			]
		}
	],
	graph: { next: {} }
};

export const byId = new Map(MANIFEST.decisions.flatMap((d) => d.options.map((o) => [o.id, o])));

let seq = 0;
export function attempt(picks: string[], over: Partial<AttemptRecord> = {}): AttemptRecord {
	const profile = over.profile ?? null;
	const startedAt = over.startedAt ?? 1000 + seq * 10;
	return {
		id: `a${++seq}`,
		caseId: 'demo',
		contentHash: 'hash-now',
		storyVersion: '1.1.0',
		profile,
		schemaVersion: 2,
		mode: 'learning',
		practice: null,
		status: 'completed',
		phase: 'ended',
		startedAt,
		updatedAt: startedAt + 5,
		completedAt: startedAt + 5,
		inkState: null,
		choiceLog: picks.map((choiceId, i) => ({ choiceId, at: startedAt + i })),
		transcript: [],
		passageStart: 0,
		ledger: picks.map((id) => ledgerEntry(byId.get(id)!, profile ?? undefined)),
		revision: 1,
		...over
	};
}

export function exportOf(name: string, trainee: string | null, attempts: AttemptRecord[], tamper?: (a: AttemptRecord) => AttemptRecord): LoadedExport {
	const file: ExportFile = {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: '2026-03-01T10:00:00.000Z',
		app: 'test',
		trainee,
		attempts: attempts.map((a) => ({ attempt: tamper ? tamper(a) : a, integrity: attemptIntegrity(a) }))
	};
	return { name, file };
}


/**
 * Tests only: the demo vignette has no story to replay, so an attempt's stored scores stand in for
 * the derived ones where its content is a given manifest's; other content is 'not-in-build', as a
 * replay finds it. The page passes the real check (session/score-check.ts), proven on real stories.
 */
export const demoCheck = (...manifests: CaseManifest[]): SummaryOptions => ({
	check: (a) =>
		manifests.some((m) => m.meta.id === a.caseId && m.contentHash === a.contentHash)
			? { kind: 'derived', ledger: a.ledger, finished: a.status === 'completed' }
			: { kind: 'not-in-build' }
});
