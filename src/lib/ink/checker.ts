/**
 * Node only: the story checker behind `npm run check:stories`. For every vignette it compiles
 * (ink's warnings count as failures) and explores every state under every profile, through the
 * browser's runner (compile.ts), then fails on anything a trainee could run into and on the
 * content brief's authoring rules. Across vignettes, it refuses shared ids and numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkAuthoringRules, type BlanketResult, type DecisionLengths } from '../domain/authoring-rules.ts';
import { storyCollisions, type StorySummary } from '../domain/story-collisions.ts';
import { DECISION_ID } from '../domain/tags.ts';
import { missingBestActions } from '../domain/authoring-rules.ts';
import type { PathStep } from '../domain/types.ts';
import { compileCase, formatPath, InkContentError, locateId, storySummary, type CompileOptions, type CompiledCase, type SourceLine } from './compile.ts';
import type { Coverage, Exploration, ProblemKind } from './explore.ts';

export { caseEntries } from './story-folders.ts';

export interface CheckFailure {
	message: string;
	/** The authoring rule broken (CONTENT.md 2.4-2.6, 8), for findings that are not about a path. */
	rule?: string;
	file?: string;
	line?: number;
	/** The choices that led there from the start (the shortest found). */
	path: PathStep[];
}

export interface CheckReport {
	caseId: string;
	entry: string;
	/** null: the vignette declares no profiles. */
	profile: string | null;
	decisions: number;
	/** How much of the story was explored (absent when it did not compile). */
	coverage?: Coverage;
	failures: CheckFailure[];
	/** Tags Confide does not read, ink's runtime warnings: shown, never a failure. */
	warnings: CheckFailure[];
	/** The figures behind the authoring rules (absent when the story did not compile). */
	authoring?: { lengths: DecisionLengths[]; blanket: BlanketResult[]; bestActions: string };
}

/**
 * Ids the content brief retired (CONTENT.md 2.4: never reused), from `retired.json` in the folder
 * that holds the vignette folders (stories/retired.json for the shipped vignettes).
 */
export function retiredIds(entry: string): Set<string> {
	const file = join(dirname(dirname(resolve(entry))), 'retired.json');
	if (!existsSync(file)) return new Set();
	const data = JSON.parse(readFileSync(file, 'utf8')) as { ids?: unknown };
	if (!Array.isArray(data.ids) || !data.ids.every((id) => typeof id === 'string')) throw new Error(`${file}: 'ids' must be a list of option and decision ids`);
	return new Set(data.ids);
}

/** Every string of the compiled story: what a trainee can be shown (ink comments are gone by now). */
function storyStrings(storyJson: string): string[] {
	const out: string[] = [];
	JSON.parse(storyJson, (_key, value: unknown) => {
		if (typeof value === 'string') out.push(value.replace(/^\^/, ''));
		return value;
	});
	return out;
}

export interface CheckOptions extends CompileOptions {
	/** Failures kept per kind of problem, so a broken loop does not print ten thousand lines. */
	maxPerProblem?: number;
}

/** Problems of a path the build lets through but a trainee would meet: the checker fails on them. */
const CHECKER_PROBLEMS: ReadonlySet<ProblemKind> = new Set(['unannounced', 'no-debrief', 'unanswered', 'option-order']);

const asFailure = (i: { message: string; file?: string; line?: number; path?: PathStep[] }): CheckFailure => ({
	message: i.message,
	...(i.file ? { file: i.file } : {}),
	...(i.line ? { line: i.line } : {}),
	path: i.path ?? []
});

/** Checks one vignette (a main.ink): one report per profile, or one when it has none. */
export function checkCase(entry: string, options: CheckOptions = {}): CheckReport[] {
	return checkOne(entry, options).reports;
}

/** Checks vignettes together: each on its own, then the rules across them (ids and numbers). */
export function checkCases(entries: readonly string[], options: CheckOptions = {}): CheckReport[] {
	const checked = entries.map((entry) => checkOne(entry, options));
	const summaries = checked.flatMap((c) => (c.summary ? [c.summary] : []));
	for (const collision of storyCollisions(summaries)) {
		const report = checked.find((c) => c.summary?.file === collision.file)?.reports[0];
		report?.failures.push(asFailure(collision));
	}
	return checked.flatMap((c) => c.reports);
}

function checkOne(entry: string, options: CheckOptions): { reports: CheckReport[]; summary?: StorySummary } {
	const root = options.root ?? process.cwd();
	let compiled: CompiledCase;
	try {
		compiled = compileCase(entry, { ...options, root });
	} catch (error) {
		if (!(error instanceof InkContentError)) throw error;
		const name = relative(root, entry);
		const coverage = error.explorations[0]?.coverage;
		return { reports: [{ caseId: name, entry: name, profile: null, decisions: 0, ...(coverage ? { coverage } : {}), failures: error.issues.map(asFailure), warnings: [] }] };
	}
	const { meta, decisions } = compiled.manifest;
	const entryFile = compiled.lines[0]?.file ?? entry;
	const retired = retiredIds(entry);
	const visibleText = storyStrings(compiled.storyJson);
	const reports = compiled.explorations.map((exploration): CheckReport => {
		const profile = exploration.profile;
		const failures: CheckFailure[] = compiled.inkWarnings.map((w) => asFailure(w));
		const authoring = checkAuthoringRules({ decisions, profile: profile ?? undefined, retired, visibleText });
		for (const finding of authoring.findings) {
			const at = finding.id ? (optionPlace(compiled, finding.id) ?? locateId(compiled.lines, finding.id)) : locateHedge(compiled.lines, finding.message);
			failures.push({ file: at?.file ?? entryFile, ...(at ? { line: at.line } : {}), message: finding.message, rule: finding.rule, path: [] });
		}
		for (const action of missingBestActions(decisions, profile ?? undefined))
			failures.push({
				file: entryFile,
				message: `no decision is best answered by '${action}'${profile ? ` under profile '${profile}'` : ''}: a vignette must teach both a correct hold and a correct breach`,
				path: []
			});
		failures.push(...pathFailures(exploration, entryFile, options.maxPerProblem ?? 3));
		const { lengths, blanket, bestActions } = authoring;
		return {
			caseId: meta.id,
			entry: entryFile,
			profile,
			decisions: decisions.length,
			coverage: exploration.coverage,
			failures,
			warnings: compiled.warnings.map(asFailure),
			authoring: { lengths, blanket, bestActions }
		};
	});
	return { reports, summary: storySummary(compiled) };
}

/** Where an option was met while exploring (ink's own line for it); a decision is found by its announcement. */
function optionPlace(compiled: CompiledCase, id: string) {
	if (DECISION_ID.test(id)) return locateId(compiled.lines, id);
	for (const exploration of compiled.explorations) {
		const at = exploration.options.get(id)?.at ?? exploration.announced.get(id)?.at;
		if (at) return at;
	}
	return undefined;
}

/** The checker's path rules; each kind of problem is reported a few times at most. */
function pathFailures(exploration: Exploration, entryFile: string, maxPerProblem: number): CheckFailure[] {
	const counts = new Map<ProblemKind, number>();
	const out: CheckFailure[] = [];
	for (const problem of exploration.problems) {
		if (!CHECKER_PROBLEMS.has(problem.kind)) continue;
		const count = counts.get(problem.kind) ?? 0;
		counts.set(problem.kind, count + 1);
		if (count < maxPerProblem) out.push({ file: problem.at?.file ?? entryFile, ...(problem.at ? { line: problem.at.line } : {}), message: problem.message, path: problem.path });
	}
	return out;
}

/** The source line of a reviewer hedge a finding quotes, if it names one. */
function locateHedge(lines: readonly SourceLine[], message: string): SourceLine | undefined {
	const hedge = /contains '([^']+)'/.exec(message)?.[1];
	return hedge ? lines.find((l) => l.code.includes(hedge)) : undefined;
}

/** One line per failure: file:line, message, and the path that led there. */
export function formatFailure(report: Pick<CheckReport, 'profile'>, f: CheckFailure): string {
	const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
	const profile = report.profile ? ` [profile ${report.profile}]` : '';
	const path = f.path.length ? `\n    path: ${formatPath(f.path)}` : '';
	return `${where}: ${f.message}${profile}${path}`;
}

/** One line of coverage: states, ends, knots and choices reached, time. */
export function formatCoverage(c: Coverage): string {
	const seeds = c.seeds > 1 ? `, ${c.seeds} random seeds` : '';
	const capped = c.countsCapped ? ', visit counts above the cap taken as equal' : '';
	const stopped = c.complete ? '' : `, STOPPED by its ${c.stoppedBy === 'time' ? 'time' : 'state'} limit`;
	return `${c.states} states, ${c.endings} ways to an end, ${c.places.reached}/${c.places.total} knots and stitches, ${c.choices.reached}/${c.choices.total} choices${seeds}${capped}, ${(c.elapsedMs / 1000).toFixed(2)} s${stopped}`;
}
