/**
 * The class summary as a spreadsheet: one row per vignette, profile, decision and option. Pure.
 * Options are named by their display labels; the last column keeps the option id for matching
 * rows across files and content versions (labels follow screen order, which authors may change).
 * The review notice is the first column of every row while it applies (as in the progress CSV,
 * exchange/csv.ts), and each vignette's review status stands beside its content version.
 */
import { errorKindLabel } from '../content/labels';
import { reviewStatus } from '../content/review';
import { NOT_IN_VIGNETTE } from '../domain/option-labels';
import type { OptionScore } from '../domain/types';
import type { ClassSummary } from './class-summary';
import { toCsv } from '../exchange/csv-text';

export const SUMMARY_CSV_HEADER = [
	'Notice',
	'Vignette',
	'Vignette title',
	'Profile',
	'Content version',
	'Review status',
	'Attempts counted',
	'Counting',
	'Decision',
	'Decision title',
	'Reached by',
	'Option',
	'Option text',
	'Chosen',
	'Share (%)',
	'Action',
	'Verdict',
	'Error kind',
	'Critical',
	'In current content',
	'Option id'
] as const;

const VERDICT_WORDS: Record<OptionScore['verdict'], string> = { best: 'best', acceptable: 'acceptable, not best', error: 'error' };

/** A share as a percentage with one decimal, e.g. 0.6667 -> "66.7". */
export const percent = (share: number) => (Math.round(share * 1000) / 10).toFixed(1);

export function summaryCsv(summary: ClassSummary): string {
	const counting = `${summary.which === 'first' ? 'first' : 'latest'} completed ${summary.mode}-mode attempt`;
	const rows = summary.vignettes.flatMap((v) =>
		v.decisions.flatMap((d) =>
			d.options.map((o) => [
				summary.notice ?? '',
				v.caseId,
				v.title,
				v.profileLabel ?? '',
				v.version,
				reviewStatus(v.reviewed),
				v.attempts,
				counting,
				d.decisionId,
				d.title,
				d.reached,
				o.label ?? NOT_IN_VIGNETTE,
				o.text,
				o.count,
				percent(o.share),
				o.score.action,
				VERDICT_WORDS[o.score.verdict],
				o.score.kind ? errorKindLabel(o.score.kind) : '',
				o.score.critical ? 'yes' : 'no',
				o.current && d.current ? 'yes' : 'no',
				o.optionId
			])
		)
	);
	return toCsv([[...SUMMARY_CSV_HEADER], ...rows]);
}
