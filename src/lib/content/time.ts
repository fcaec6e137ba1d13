/**
 * Time on task, and how durations and dates are written everywhere (progress, report,
 * certificate, instructor view). Pure.
 */
import type { AttemptRecord } from '../domain/attempt';

/**
 * A gap longer than this between two recorded moments of an attempt is a break (the trainee
 * left and came back): it counts as this long at most.
 */
export const BREAK_CAP_MS = 15 * 60_000;

/**
 * Active time on an attempt: the gaps between its start, each choice and its end, each capped
 * at `cap`. Moments outside the attempt's own span (a practice run's replayed choices carry the
 * times of the attempt it practises) are left out.
 */
export function timeOnTask(attempt: Pick<AttemptRecord, 'startedAt' | 'completedAt' | 'updatedAt' | 'choiceLog'>, cap = BREAK_CAP_MS): number {
	const start = attempt.startedAt;
	const end = Math.max(start, attempt.completedAt ?? attempt.updatedAt);
	const moments = [start, ...attempt.choiceLog.map((c) => c.at).filter((at) => at >= start && at <= end), end].sort((a, b) => a - b);
	let total = 0;
	for (let i = 1; i < moments.length; i++) total += Math.min(moments[i]! - moments[i - 1]!, cap);
	return total;
}

/** "less than a minute", "12 min", "1 h 05 min": whole minutes, rounded. */
export function formatDuration(ms: number): string {
	const minutes = Math.round(Math.max(0, ms) / 60_000);
	if (minutes < 1) return 'less than a minute';
	if (minutes < 60) return `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** Formatters by locale, zone and style: building one costs far more than formatting with it
 *  (a progress page of 5,000 attempts spent 4 s building them). */
const formatters = new Map<string, Intl.DateTimeFormat>();
type Written = 'date' | 'time' | 'both';
function formatter(written: Written, locale?: string, timeZone?: string): Intl.DateTimeFormat {
	const key = `${written}|${locale ?? ''}|${timeZone ?? ''}`;
	let made = formatters.get(key);
	if (!made) {
		const style = {
			...(written !== 'time' ? { dateStyle: 'medium' as const } : {}),
			...(written !== 'date' ? { timeStyle: 'short' as const } : {})
		};
		made = new Intl.DateTimeFormat(locale, { ...style, ...(timeZone ? { timeZone } : {}) });
		formatters.set(key, made);
	}
	return made;
}

/** A date and time in the reader's own locale and time zone, e.g. "3 Nov 2026, 14:05". */
export function formatDateTime(ms: number, locale?: string, timeZone?: string): string {
	return formatter('both', locale, timeZone).format(ms);
}

export function formatDate(ms: number, locale?: string, timeZone?: string): string {
	return formatter('date', locale, timeZone).format(ms);
}

/** The time of day alone, e.g. "14:05", "2:05 PM". */
export function formatTime(ms: number, locale?: string, timeZone?: string): string {
	return formatter('time', locale, timeZone).format(ms);
}
