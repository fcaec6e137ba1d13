import type { OptionScore } from '../domain/types';

/** How a verdict is named to the trainee (CONTENT.md 2.2: "acceptable, not best"). */
export function verdictLabel(score: Pick<OptionScore, 'verdict' | 'kind' | 'critical'>): string {
	if (score.verdict === 'best') return 'Best response';
	if (score.verdict === 'acceptable') return 'Acceptable, not best';
	const kind = { under: 'missed breach (under-protection)', over: 'unwarranted breach (over-disclosure)', process: 'process error' }[
		score.kind ?? 'process'
	];
	return `${score.critical ? 'Critical error' : 'Error'}: ${kind}`;
}

export function actionLabel(action: OptionScore['action']): string {
	return action === 'disclose' ? 'Disclosure (a breach of confidentiality)' : 'Hold (nothing leaves therapy)';
}
