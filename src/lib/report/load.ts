/** Reads what a printable page shows from this device's storage, or says why it cannot. Browser only. */
import { findCase, type CatalogueEntry } from '../ink/catalogue';
import type { AttemptRecord } from '../domain/attempt';
import type { CaseManifest } from '../domain/types';
import type { SettingsRepository } from '../db/settings.repo';
import type { ScoreCheck } from '../session/score-check';
import { loadScoreChecker } from './score-checker';

export type Problem = { kind: 'problem'; reason: 'no-id' | 'not-found' | 'unavailable' | 'no-case'; message: string };

export type ReportData =
	/** `check`: what the attempt's choices earn, replayed on the story (the scores the report shows). */
	| { kind: 'ready'; attempt: AttemptRecord; entry: CatalogueEntry; manifest: CaseManifest; trainee: string | null; check: ScoreCheck }
	| Problem;

/** `settings` is null where nothing was ever saved: `openSettings` creates the store when a name is typed. */
export type RecordData = { kind: 'ready'; attempts: AttemptRecord[]; trainee: string | null; settings: SettingsRepository | null } | Problem;

const unavailable = (reason: string): Problem => ({
	kind: 'problem',
	reason: 'unavailable',
	message: `Saved progress can't be read in this browser: ${reason}`
});

/** Opens storage only when this browser may hold progress, so a visit never creates an empty database. */
async function storage() {
	if (typeof indexedDB === 'undefined') return { ok: false as const, reason: 'this browser keeps no local database here (private browsing, or site storage turned off).' };
	const { mayHaveSavedProgress } = await import('../db/exists');
	if (!(await mayHaveSavedProgress())) return null;
	const { openStorage } = await import('../db/storage');
	return openStorage();
}

async function traineeOf(settings: SettingsRepository): Promise<string | null> {
	return (await settings.read().catch(() => ({ trainee: null }))).trainee;
}

/** One attempt and the vignette it belongs to, for `/report/?attempt=<id>`. */
export async function loadReport(id: string | null): Promise<ReportData> {
	if (!id) return { kind: 'problem', reason: 'no-id', message: 'No attempt was named. Open a report from your progress page.' };
	const notFound: Problem = {
		kind: 'problem',
		reason: 'not-found',
		message: 'The attempt this link names is not saved in this browser: it may have been deleted, or played in another browser or on another device. Reports come from the progress kept in this browser; open one from your progress page.'
	};
	const opened = await storage();
	if (!opened) return notFound;
	if (!opened.ok) return unavailable(opened.reason);
	let attempt: AttemptRecord | undefined;
	try {
		attempt = await opened.attempts.get(id);
	} catch (error) {
		return unavailable((error as Error).message);
	}
	if (!attempt) return notFound;
	const entry = findCase(attempt.caseId);
	if (!entry)
		return { kind: 'problem', reason: 'no-case', message: `The attempt is of a vignette ('${attempt.caseId}') that this version of Confide does not have.` };
	const [{ manifest }, trainee, checker] = await Promise.all([entry.loadManifest(), traineeOf(opened.settings), loadScoreChecker([attempt.caseId])]);
	return { kind: 'ready', attempt, entry, manifest, trainee, check: checker(attempt) };
}

/** Every stored attempt and the trainee name, for the certificate. No storage yet means nothing completed. */
export async function loadRecord(): Promise<RecordData> {
	const opened = await storage();
	if (!opened) return { kind: 'ready', attempts: [], trainee: null, settings: null };
	if (!opened.ok) return unavailable(opened.reason);
	try {
		const [{ value }, trainee] = await Promise.all([opened.attempts.list(), traineeOf(opened.settings)]);
		return { kind: 'ready', attempts: value, trainee, settings: opened.settings };
	} catch (error) {
		return unavailable((error as Error).message);
	}
}

/** The settings store, opened (and so created) on purpose: the trainee typed a name to keep. */
export async function openSettings(): Promise<SettingsRepository | string> {
	const { openStorage } = await import('../db/storage');
	const opened = await openStorage();
	return opened.ok ? opened.settings : opened.reason;
}
