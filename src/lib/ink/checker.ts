/**
 * Node only: the story checker behind `npm run check:stories`. For every vignette and every
 * profile it compiles (warnings count as failures), then plays every path depth first,
 * saving and restoring the ink state, and fails on anything a trainee could run into.
 */
import { relative } from 'node:path';
import { missingBestActions } from '../domain/tags.ts';
import { compileCase, InkContentError, locateChoice, type CompiledCase, type SourceLine } from './compile.ts';
import { explore, type ExploreHooks } from './explore.ts';
import { setProfileVariable } from './runner.ts';

export interface CheckFailure {
	message: string;
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
	return profiles.map((profile) => {
		const failures: CheckFailure[] = compiled.warnings.map((w) => ({ ...w, message: `ink warning: ${w.message}`, path: [] }));
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
		return { caseId: meta.id, entry: entryFile, profile, decisions: decisions.length, ...totals, failures };
	});
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
