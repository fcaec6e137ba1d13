/**
 * Progress as CSV for spreadsheets: one row per decision made (RFC 4180). Cells that a
 * spreadsheet would run as a formula get a leading apostrophe, since option text and names can
 * come from an imported file. Options are named by their display labels, as the trainee saw
 * them; their ids stay in the JSON export (CONTENT.md 0.4 item 5).
 *
 * The review notice (content/review.ts) is the first column, repeated on every row while it
 * applies (empty once it does not): a spreadsheet opens on column A, the table stays one header
 * and uniform rows, and a row filtered or copied out keeps it.
 */
import type { AttemptRecord } from '../domain/attempt';
import { attemptIntegrity } from '../domain/integrity';
import { NOT_IN_VIGNETTE, optionLabel } from '../domain/option-labels';
import type { DecisionInfo } from '../domain/types';
import { toCsv } from './csv-text';

export const CSV_COLUMNS = [
	'notice',
	'trainee',
	'case id',
	'case title',
	'content version',
	'review status',
	'profile',
	'mode',
	'practice',
	'attempt id',
	'status',
	'started',
	'completed',
	'decision id',
	'decision title',
	'option',
	'option text',
	'action',
	'verdict',
	'kind',
	'critical',
	'integrity code',
	'provenance'
] as const;

/** The provenance column: empty for a record this app kept, else why it may not be. */
export const EDITED_PROVENANCE = 'imported with a mismatched integrity code: may have been edited';

/** Titles and labels from the case manifests; ids are written where a case or decision is unknown. */
export interface CsvLookup {
	caseTitle(caseId: string): string | undefined;
	decision(caseId: string, decisionId: string): DecisionInfo | undefined;
	profileLabel(caseId: string, profile: string | null): string | undefined;
	/** "Not yet reviewed", "Reviewed <date>", or why the attempt's content's review is not known. */
	reviewStatus(attempt: Pick<AttemptRecord, 'caseId' | 'contentHash'>): string;
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/** Rows of cells, header first. An attempt with no decision yet still gets one row. */
export function csvRows(attempts: readonly AttemptRecord[], trainee: string | null, lookup: CsvLookup, notice: string | null = null): string[][] {
	const rows: string[][] = [[...CSV_COLUMNS]];
	for (const a of attempts) {
		const head = [
			notice ?? '',
			trainee ?? '',
			a.caseId,
			lookup.caseTitle(a.caseId) ?? a.caseId,
			a.storyVersion,
			lookup.reviewStatus(a),
			lookup.profileLabel(a.caseId, a.profile) ?? a.profile ?? '',
			a.mode,
			a.practice ? 'yes' : 'no',
			a.id,
			a.status,
			iso(a.startedAt),
			iso(a.completedAt)
		];
		const code = attemptIntegrity(a);
		const provenance = a.edited ? EDITED_PROVENANCE : '';
		if (a.ledger.length === 0) rows.push([...head, '', '', '', '', '', '', '', '', code, provenance]);
		for (const e of a.ledger) {
			const decision = lookup.decision(a.caseId, e.decisionId);
			rows.push([
				...head,
				e.decisionId,
				decision?.title ?? e.decisionId,
				optionLabel(decision, e.optionId) ?? NOT_IN_VIGNETTE,
				e.optionText,
				e.action,
				e.verdict,
				e.kind ?? '',
				e.critical ? 'yes' : 'no',
				code,
				provenance
			]);
		}
	}
	return rows;
}

/** The file's text: CRLF line ends as RFC 4180 asks, and a byte order mark so spreadsheets read UTF-8. */
export function attemptsCsv(attempts: readonly AttemptRecord[], trainee: string | null, lookup: CsvLookup, notice: string | null = null): string {
	return `\uFEFF${toCsv(csvRows(attempts, trainee, lookup, notice))}`;
}
