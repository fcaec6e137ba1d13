/**
 * Trainees' export files for the instructor tests, built on the Node side from the real vignettes:
 * manifests compiled from the same ink the build uses, ledgers from `ledgerEntry`, integrity codes
 * from `attemptIntegrity`, the file shape from `ExportFile`.
 */
import { expect, type Page } from '@playwright/test';
import type { AttemptRecord } from '../../../src/lib/domain/attempt';
import { attemptIntegrity } from '../../../src/lib/domain/integrity';
import { ledgerEntry } from '../../../src/lib/domain/scoring';
import type { CaseManifest, ScoredOption } from '../../../src/lib/domain/types';
import { exportText } from '../../../src/lib/exchange/export';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../../../src/lib/exchange/format';
import { compileCase } from '../../../src/lib/ink/compile';
import { StoryRunner } from '../../../src/lib/ink/runner';

const SOURCES = { dana: 'stories/dana/main.ink', tiny: 'tests/fixtures/stories/tiny/main.ink' } as const;
const compiled = new Map<string, ReturnType<typeof compileCase>>();

function compiledCase(caseId: keyof typeof SOURCES) {
	let result = compiled.get(caseId);
	if (!result) {
		result = compileCase(SOURCES[caseId]);
		compiled.set(caseId, result);
	}
	return result;
}

export function manifestOf(caseId: keyof typeof SOURCES): CaseManifest {
	return compiledCase(caseId).manifest;
}

/**
 * The whole choice log of a play that makes the scored `picks` (the first narrative choice taken
 * wherever the story asks one), as the app logs it: scores are derived by replaying this log, so
 * a file's attempt must carry a real one. Picks the story does not offer (older content) are
 * logged as they are.
 */
export function choiceLogOf(caseId: keyof typeof SOURCES, picks: string[], profile: string | null = null): { ids: string[]; finished: boolean } {
	const story = new StoryRunner(compiledCase(caseId).storyJson);
	let step = story.start(profile);
	const ids: string[] = [];
	for (const pick of picks) {
		while (!step.ended && !step.choices.some((c) => c.id === pick) && step.choices.length && step.choices.every((c) => !c.scored)) {
			ids.push(step.choices[0]!.id);
			step = story.choose(step.choices[0]!.id).step;
		}
		if (!step.choices.some((c) => c.id === pick)) return { ids: [...ids, ...picks.slice(picks.indexOf(pick))], finished: false };
		ids.push(pick);
		step = story.choose(pick).step;
	}
	while (!step.ended && step.choices.length && step.choices.every((c) => !c.scored)) {
		ids.push(step.choices[0]!.id);
		step = story.choose(step.choices[0]!.id).step;
	}
	return { ids, finished: step.ended };
}

export function optionOf(manifest: CaseManifest, id: string): ScoredOption {
	const option = manifest.decisions.flatMap((d) => d.options).find((o) => o.id === id);
	if (!option) throw new Error(`${manifest.meta.id} has no option ${id}`);
	return option;
}

let seq = 0;

/** A completed attempt choosing `picks`; `retired` options are made up, as older content had them. */
export function attemptAt(
	caseId: keyof typeof SOURCES,
	picks: string[],
	over: Partial<AttemptRecord> = {},
	retired: Record<string, Partial<ScoredOption['base']> & { text: string }> = {}
): AttemptRecord {
	const manifest = manifestOf(caseId);
	const startedAt = over.startedAt ?? Date.UTC(2026, 2, 1, 9) + ++seq * 60_000;
	const profile = over.profile ?? null;
	const ledger = picks.map((id) => {
		const made = retired[id];
		if (!made) return ledgerEntry(optionOf(manifest, id), profile ?? undefined);
		const { text, ...score } = made;
		const option: ScoredOption = {
			id,
			decisionId: id.slice(0, id.lastIndexOf('.')),
			text,
			base: { action: 'disclose', verdict: 'error', kind: 'over', critical: false, rationale: 'retired', ...score },
			overrides: {}
		};
		return ledgerEntry(option);
	});
	return {
		id: `${caseId}-${seq}-${Math.random().toString(36).slice(2, 8)}`,
		caseId,
		contentHash: manifest.contentHash,
		storyVersion: manifest.meta.version,
		profile,
		schemaVersion: 2,
		mode: 'learning',
		practice: null,
		status: 'completed',
		phase: 'ended',
		startedAt,
		updatedAt: startedAt + 600_000,
		completedAt: startedAt + 600_000,
		inkState: null,
		choiceLog: choiceLogOf(caseId, picks, profile).ids.map((choiceId, i) => ({ choiceId, at: startedAt + (i + 1) * 60_000 })),
		transcript: [],
		passageStart: 0,
		ledger,
		revision: picks.length + 2,
		...over
	};
}

/** The file as the trainee's app writes it; `tamper` edits an attempt after its code was computed. */
export function exportFile(trainee: string | null, attempts: AttemptRecord[], tamper?: (a: AttemptRecord) => AttemptRecord): string {
	const file: ExportFile = {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: '2026-03-02T12:00:00.000Z',
		app: 'test',
		trainee,
		attempts: attempts.map((attempt) => ({ attempt: tamper ? tamper(attempt) : attempt, integrity: attemptIntegrity(attempt) }))
	};
	return exportText(file);
}

export interface ClassFiles {
	ann: string;
	ben: string;
	cy: string;
}

/**
 * Three trainees at Dana (and one at tiny):
 * - Ann: first attempt the worst path, a later one the best path, a practice run; tiny once.
 * - Ben (no name given): one honest attempt.
 * - Cy: the attempt's start time was edited after export (integrity mismatch); its scores still
 *   follow from its choices, so it counts, labelled (and can be left out).
 * Attempts whose scores their choices do not earn, and older content, are in tests/e2e/trust.spec.ts.
 */
export function classFiles(): ClassFiles {
	const annFirst = attemptAt('dana', ['V1.D1.1.c', 'V1.D1.2.b', 'V1.D1.3.b', 'V1.D1.5.a']);
	const annLater = attemptAt('dana', ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c']);
	const annPractice = attemptAt('dana', ['V1.D1.3.b', 'V1.D1.5.d'], { practice: { of: annLater.id, fromDecision: 'V1.D1.3' } });
	const annTiny = attemptAt('tiny', ['V99.D99.1.a', 'V99.D99.2.b']);
	const ben = attemptAt('dana', ['V1.D1.1.c', 'V1.D1.2.d', 'V1.D1.3.a', 'V1.D1.5.c']);
	const cy = attemptAt('dana', ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.d']);
	// Cy's file was edited after export: the code no longer matches (the choices and scores still agree).
	const tampered = (a: AttemptRecord): AttemptRecord => ({ ...a, startedAt: a.startedAt - 60_000 });
	return {
		ann: exportFile('Ann', [annLater, annPractice, annFirst, annTiny]),
		ben: exportFile(null, [ben]),
		cy: exportFile('Cy', [cy], tampered)
	};
}

export const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** Drops files on the drop zone as a browser does: a drop event carrying a DataTransfer. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
	const dataTransfer = await page.evaluateHandle((list) => {
		const dt = new DataTransfer();
		for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
		return dt;
	}, files);
	await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer });
}

/** Loads the three trainees (and a broken file) the way an instructor would: picked, then dropped. */
export async function loadClass(page: Page) {
	const files = classFiles();
	await page.goto('/instructor/');
	await expect(page.locator('main[data-ready]')).toBeAttached();
	await page.getByLabel('Export files', { exact: true }).setInputFiles([
		json('ann.json', files.ann),
		json('ben.json', files.ben),
		// Cut off mid-file, as a damaged download would be.
		json('broken.json', '{"format": "confide-progress", "version": 1, "attempts": [')
	]);
	await expect(page.locator('[data-file]')).toHaveCount(3);
	await dropFiles(page, [
		{ name: 'cy.json', text: files.cy },
		{ name: 'ann-again.json', text: files.ann }
	]);
	await expect(page.locator('[data-file]')).toHaveCount(5);
	await expect(page.locator('[data-summary]')).toBeVisible();
}
