/**
 * Node only: the story checker behind `npm run check:stories`. For every vignette and every
 * profile it compiles (warnings count as failures), then plays every path depth first,
 * saving and restoring the ink state, and fails on anything a trainee could run into.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkAuthoringRules, type BlanketResult, type DecisionLengths } from '../domain/authoring-rules.ts';
import { missingBestActions } from '../domain/tags.ts';
import { compileCase, InkContentError, locateChoice, locateId, type CompiledCase, type SourceLine } from './compile.ts';
import { explore, type ExploreHooks } from './explore.ts';
import { setProfileVariable } from './runner.ts';

export interface CheckFailure {
	message: string;
	/** The authoring rule broken (CONTENT.md 2.4-2.6, 8), for findings that are not about a path. */
	rule?: string;
	file?: string;
	line?: number;
	/** The choice ids that led there, from the start. */
	path: string[];
}

export interface CheckReport {
	caseId: string;
	entry: string;
	/** null: the vignette declares no profiles. */
	profile: string | null;
	paths: number;
	endings: number;
	choicePoints: number;
	decisions: number;
	failures: CheckFailure[];
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
	const visit = (value: unknown) => {
		if (typeof value === 'string') out.push(value.replace(/^\^/, ''));
		else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	visit(JSON.parse(storyJson));
	return out;
}

export interface CheckOptions {
	root?: string;
	/** Lines one continue may run without reaching a choice or an end. */
	stepCap?: number;
	/** Paths explored per profile before the checker gives up (reported as a failure). */
	pathCap?: number;
	/** Failures kept per kind of problem, so a broken loop does not print ten thousand lines. */
	maxPerProblem?: number;
}

/** Checks one vignette (a main.ink): one report per profile, or one when it has none. */
export function checkCase(entry: string, options: CheckOptions = {}): CheckReport[] {
	const root = options.root ?? process.cwd();
	let compiled: CompiledCase;
	try {
		compiled = compileCase(entry, { root });
	} catch (error) {
		if (!(error instanceof InkContentError)) throw error;
		const failures = error.issues.map((i) => ({ ...i, path: i.path ?? [] }));
		const name = relative(root, entry);
		return [{ caseId: name, entry: name, profile: null, paths: 0, endings: 0, choicePoints: 0, decisions: 0, failures }];
	}
	const { meta, decisions } = compiled.manifest;
	const entryFile = compiled.lines[0]?.file ?? entry;
	const profiles = meta.profiles.length ? meta.profiles.map((p) => p.id) : [null];
	const retired = retiredIds(entry);
	const visibleText = storyStrings(compiled.storyJson);
	return profiles.map((profile) => {
		const failures: CheckFailure[] = compiled.warnings.map((w) => ({ ...w, message: `ink warning: ${w.message}`, path: [] }));
		const authoring = checkAuthoringRules({ decisions, profile: profile ?? undefined, retired, visibleText });
		for (const finding of authoring.findings) {
			const at = finding.id ? locateId(compiled.lines, finding.id) : locateHedge(compiled.lines, finding.message);
			failures.push({ file: at?.file ?? entryFile, ...(at ? { line: at.line } : {}), message: finding.message, rule: finding.rule, path: [] });
		}
		for (const action of missingBestActions(decisions, profile ?? undefined))
			failures.push({
				file: entryFile,
				message: `no decision is best answered by '${action}'${profile ? ` under profile '${profile}'` : ''}: a vignette must teach both a correct hold and a correct breach`,
				path: []
			});
		compiled.runtime.ResetState();
		setProfileVariable(compiled.runtime, profile);
		const totals = explore(compiled.runtime, pathRules(compiled.lines, entryFile, failures, options.maxPerProblem ?? 3), {
			dedupe: false,
			stepCap: options.stepCap ?? 2000,
			pathCap: options.pathCap ?? 200_000
		});
		const { lengths, blanket, bestActions } = authoring;
		return { caseId: meta.id, entry: entryFile, profile, decisions: decisions.length, ...totals, failures, authoring: { lengths, blanket, bestActions } };
	});
}

/** The source line of a reviewer hedge a finding quotes, if it names one. */
function locateHedge(lines: readonly SourceLine[], message: string): SourceLine | undefined {
	const hedge = /contains '([^']+)'/.exec(message)?.[1];
	return hedge ? lines.find((l) => l.text.includes(hedge) && !/^\s*\/\//.test(l.text)) : undefined;
}

/** The rules checked on every path; each kind of problem is reported a few times at most. */
function pathRules(lines: readonly SourceLine[], entryFile: string, failures: CheckFailure[], maxPerProblem: number): ExploreHooks {
	const seen = new Map<string, number>();
	const fail = (kind: string, failure: CheckFailure) => {
		const count = seen.get(kind) ?? 0;
		seen.set(kind, count + 1);
		if (count < maxPerProblem) failures.push(failure);
	};
	/** Where a path points: the last choice taken, else the entry file. */
	const anchor = (path: readonly string[]) => {
		const last = path.at(-1);
		const at = last ? locateChoice(lines, last, '') : undefined;
		return at ? { file: at.file, line: at.line } : { file: entryFile };
	};
	return {
		choicePoint(offered, { path, open }) {
			for (const choice of offered) {
				if (!choice.parsed.ok)
					fail(`tags:${choice.text}`, { ...anchor(path), message: `choice '${choice.text}': ${choice.parsed.errors.join('; ')}`, path });
				else if (choice.decisionId && !open.has(choice.decisionId))
					fail(`unannounced:${choice.id}`, {
						...anchor([...path, choice.id]),
						message: `option '${choice.id}' is offered where decision '${choice.decisionId}' was not announced`,
						path
					});
			}
		},
		end({ path, open, scored }) {
			if (scored === 0) fail('no-debrief', { ...anchor(path), message: 'this path ends without a single scored decision: its debrief would be empty', path });
			else if (open.size)
				fail(`unanswered:${[...open].join()}`, {
					...anchor(path),
					message: `this path ends with decision ${[...open].join(', ')} announced but never answered, so the debrief misses it`,
					path
				});
		},
		problem(kind, message, { path }) {
			fail(kind === 'runtime' ? `runtime:${message}` : kind, { ...anchor(path), message: kind === 'runtime' ? `ink runtime error: ${message}` : message, path });
		}
	};
}

/** One line per failure: file:line, message, and the path that led there. */
export function formatFailure(report: Pick<CheckReport, 'profile'>, f: CheckFailure): string {
	const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
	const profile = report.profile ? ` [profile ${report.profile}]` : '';
	const path = f.path.length ? `\n    path: ${f.path.join(' > ')}` : '';
	return `${where}: ${f.message}${profile}${path}`;
}
