/**
 * The course result in SCORM's data model: the element/value pairs a SCORM 1.2 or 2004 LMS is
 * given (status, score, suspend data, one interaction per decision, session time). Pure: the
 * adapter (scorm-reporter.ts) writes what changed and commits.
 */
import type { CourseResult, DecisionInteraction } from '../domain/course-result';
import { isoDuration } from '../domain/iso-duration';

export type ScormVersion = '1.2' | '2004';

export type Element = readonly [element: string, value: string];

const pad = (n: number, width = 2) => String(Math.floor(n)).padStart(width, '0');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function timespan12(ms: number): string {
	const total = Math.max(0, ms) / 1000;
	const hours = Math.min(9999, Math.floor(total / 3600));
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = total % 60;
	return `${pad(hours, 4)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration): PT1H2M3.4S. */
export const duration2004 = isoDuration;

/** SCORM 1.2 CMITime (time of day, UTC): HH:MM:SS. */
export function time12(at: number): string {
	return new Date(at).toISOString().slice(11, 19);
}

/** SCORM 2004 time (tenths of a second, UTC): YYYY-MM-DDThh:mm:ss.sZ (the form LMS run times accept most widely). */
export function timestamp2004(at: number): string {
	return `${new Date(at).toISOString().slice(0, 21)}Z`;
}

const RESULT_12 = { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' } as const;

/** Status, score and suspend data: rewritten whenever they change. */
export function resultElements(version: ScormVersion, result: CourseResult, suspendData: string): Element[] {
	const percent = String(Math.round(result.scaled * 10000) / 100);
	if (version === '1.2')
		return [
			// 1.2 has one status for both: passed or failed once complete.
			['cmi.core.lesson_status', result.completion === 'completed' ? result.success : 'incomplete'],
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
			['cmi.core.score.raw', percent],
			['cmi.suspend_data', suspendData]
		];
	return [
		['cmi.completion_status', result.completion],
		['cmi.success_status', result.success],
		['cmi.score.scaled', String(result.scaled)],
		['cmi.score.min', '0'],
		['cmi.score.max', String(result.max)],
		['cmi.score.raw', String(result.raw)],
		['cmi.progress_measure', result.completion === 'completed' ? '1' : '0.5'],
		['cmi.suspend_data', suspendData]
	];
}

/** One decision as interaction number `index` (id and type first: both standards require it). */
export function interactionElements(version: ScormVersion, index: number, interaction: DecisionInteraction): Element[] {
	const at = `cmi.interactions.${index}.`;
	const correct = interaction.correct === null ? [] : ([[`${at}correct_responses.0.pattern`, interaction.correct]] as Element[]);
	if (version === '1.2')
		return [
			[`${at}id`, interaction.id],
			[`${at}type`, 'choice'],
			[`${at}time`, time12(interaction.at)],
			...correct,
			[`${at}student_response`, interaction.response],
			[`${at}result`, RESULT_12[interaction.result]],
			[`${at}latency`, timespan12(interaction.latencyMs)]
		];
	return [
		[`${at}id`, interaction.id],
		[`${at}type`, 'choice'],
		[`${at}timestamp`, timestamp2004(interaction.at)],
		[`${at}description`, interaction.title.slice(0, 250)],
		...correct,
		[`${at}learner_response`, interaction.response],
		[`${at}result`, interaction.result],
		[`${at}latency`, duration2004(interaction.latencyMs)]
	];
}

/** What is set as the session ends: its time, and how it was left (suspended unless completed). */
export function exitElements(version: ScormVersion, sessionMs: number, completed: boolean): Element[] {
	if (version === '1.2')
		return [
			['cmi.core.session_time', timespan12(sessionMs)],
			['cmi.core.exit', completed ? '' : 'suspend']
		];
	return [
		['cmi.session_time', duration2004(sessionMs)],
		['cmi.exit', completed ? 'normal' : 'suspend']
	];
}

/** Where each standard keeps what the adapter reads back. */
export const READ = {
	'1.2': { suspendData: 'cmi.suspend_data', interactionCount: 'cmi.interactions._count', entry: 'cmi.core.entry', learnerId: 'cmi.core.student_id', learnerName: 'cmi.core.student_name' },
	'2004': { suspendData: 'cmi.suspend_data', interactionCount: 'cmi.interactions._count', entry: 'cmi.entry', learnerId: 'cmi.learner_id', learnerName: 'cmi.learner_name' }
} as const;
