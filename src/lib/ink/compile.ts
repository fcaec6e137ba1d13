/**
 * Node only: compiles a vignette with the inkjs compiler, explores every state it can reach
 * through the browser's runner, and checks it against the tag contract. Used by the Vite plugin
 * (build, dev, tests) and the story checker; never by code that reaches the browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { Story } from 'inkjs';
import { addNotes, type FacilitatorNotes } from '../domain/facilitator-notes.ts';
import type { StorySummary } from '../domain/story-collisions.ts';
import { checkDecisions, DECISION_ID, parseStoryTags } from '../domain/tags.ts';
import type { CaseManifest, ContentIssue, DecisionGraph, ScoredOption } from '../domain/types.ts';
import { exploreStory, type Exploration, type ExploreLimits, type ProblemKind, type StoryStructure } from './explore.ts';
import { DEFAULT_STEP_CAP, StoryRunner, type SourceLocation } from './runner.ts';
import { unreadableTagIssues, type SourceLine } from './source-scan.ts';

export type { SourceLine };
import { sequenceCounts, storyReach } from './story-reach.ts';
import { storyStructure } from './story-structure.ts';

export interface CompiledCase {
	manifest: CaseManifest;
	/** The compiler's own runtime story: it carries file and line debug data (Node only). */
	runtime: Story;
	/** Every source line read, for locating tags and ids. */
	lines: SourceLine[];
	/** The compiled story, as inkjs's `Story` constructor takes it. */
	storyJson: string;
	/** The facilitator's notes, for a workshop's presenter view only (never in the manifest, which trainees' pages carry). */
	notes: FacilitatorNotes;
	/** Every ink file read, absolute paths (the entry first). */
	files: string[];
	/** The ink compiler's own warnings (the checker fails on them; the build prints them). */
	inkWarnings: ContentIssue[];
	/** Tags Confide does not read and ink's runtime warnings: printed, never a failure. */
	warnings: ContentIssue[];
	/** One exploration per profile (one when the story declares none), in profile order. */
	explorations: Exploration[];
	structure: StoryStructure;
}

export class InkContentError extends Error {
	constructor(
		public readonly issues: ContentIssue[],
		/** The explorations made before the story was refused (for their coverage), if it got that far. */
		public readonly explorations: Exploration[] = []
	) {
		super(issues.map(formatIssue).join('\n'));
		this.name = 'InkContentError';
	}
}

/** The choices of a path, as an author reads them: `"Ask." (V1.D1.1.a) > "Carry on."`. */
export function formatPath(path: NonNullable<ContentIssue['path']>): string {
	return path.map((step) => `"${step.text}"${step.id ? ` (${step.id})` : ''}`).join(' > ');
}

export function formatIssue(issue: ContentIssue): string {
	const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}` : ''}: ` : '';
	const path = issue.path?.length ? `\n    path: ${formatPath(issue.path)}` : '';
	return `${where}${issue.message}${path}`;
}

/** Strips a BOM and normalises line endings and trailing space, so the hash is about content. */
export function normaliseInk(source: string): string {
	return source
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/[ \t]+$/, ''))
		.join('\n')
		.replace(/\n+$/, '\n');
}

export function contentHash(sources: ReadonlyMap<string, string>): string {
	const hash = createHash('sha256');
	for (const name of [...sources.keys()].sort()) hash.update(`${name}\0${sources.get(name)}\0`);
	return hash.digest('hex').slice(0, 16);
}

/** Ink's comments, removed as its compiler does (`//` to the end of the line, `/* … *\/`), keeping line breaks. */
export function withoutComments(source: string): string {
	return source.replace(/\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g, (comment) => comment.replace(/[^\n]/g, ''));
}

/** Ink reports "ERROR: 'file.ink' line 12: message"; keep file and line apart. */
function parseInkMessage(message: string, fallbackFile: string): ContentIssue {
	const match = /^(?:ERROR|WARNING|TODO):\s*(?:'([^']+)'\s*)?line (\d+):\s*(.*)$/s.exec(message.trim());
	if (!match) return { file: fallbackFile, message: message.trim() };
	return { file: match[1] ?? fallbackFile, line: Number(match[2]), message: match[3]!.trim() };
}

/** Exploration budget: what the build and the checker use unless told otherwise. */
export const DEFAULT_LIMITS: ExploreLimits = {
	maxStates: 100_000,
	maxSeconds: 60,
	seeds: [0, 1, 2, 3],
	countCap: 10
};

export interface CompileOptions {
	/** Safety cap on lines continued between two choices. */
	stepCap?: number;
	/** Exploration budget per profile; `seeds` is how many random seeds a story with randomness gets. */
	limits?: Partial<Omit<ExploreLimits, 'seeds'> & { seeds: number }>;
	/** Paths are reported relative to this folder. */
	root?: string;
}

/** Problems the build refuses: the browser could not play past them, or the index would be wrong. */
const BUILD_PROBLEMS: ReadonlySet<ProblemKind> = new Set(['runtime', 'step-cap', 'tags', 'facilitator', 'decision-tag', 'decision-title', 'offered-twice', 'option-conflict', 'revisit']);

/** Ink's control commands and functions a story uses: bare strings in its JSON (text starts with '^'). */
function commandsOf(storyJson: string): Set<string> {
	const found = new Set<string>();
	JSON.parse(storyJson, (_key, value: unknown) => {
		if (typeof value === 'string' && !value.startsWith('^')) found.add(value);
		return value;
	});
	return found;
}

/** Whether any text of the story (tags included) matches. */
function storyTextMentions(storyJson: string, pattern: RegExp): boolean {
	let found = false;
	JSON.parse(storyJson, (_key, value: unknown) => {
		if (typeof value === 'string' && pattern.test(value)) found = true;
		return value;
	});
	return found;
}

function noDecisions(file: string, line: number, vignette: number): ContentIssue {
	return {
		file,
		line,
		message: `this story has Confide's story tags but no scored decision, so its debrief would be empty. Announce a decision on the line before its options ('What do you do? #decision: V${vignette}.D${vignette}.1 Title') and give each option its scoring tags (see stories/README.md)`
	};
}

/** Decision tags are written, but the exploration met none: they sit where no path leads. */
function noDecisionReached(file: string, line: number, exploration: Exploration): ContentIssue {
	const unreached = exploration.coverage.places.unreached.map((p) => (p.at ? `${p.name} (${p.at.file}:${p.at.line})` : p.name));
	return {
		file,
		line,
		message: `no path from the start reaches a '#decision:' line, so every debrief would be empty${unreached.length ? `; never reached: ${unreached.slice(0, 6).join(', ')}` : ''}. Check the diverts and conditions that should lead to the decisions`
	};
}

/** Shuffles and random numbers: a story with them is explored under several seeds. */
const RANDOM_COMMANDS = ['seq', 'rnd', 'lrnd'];

/** Compiles `entry` (a main.ink) and returns the story JSON with its manifest, or throws InkContentError. */
export function compileCase(entry: string, options: CompileOptions = {}): CompiledCase {
	const root = options.root ?? process.cwd();
	const dir = dirname(resolve(entry));
	const entryName = basename(entry);
	const sources = new Map<string, string>();
	const displayed = new Map<string, string>();
	const display = (name: string) => {
		if (!displayed.has(name)) displayed.set(name, relative(root, resolve(dir, name || entryName)) || name);
		return displayed.get(name)!;
	};
	const load = (name: string) => {
		const text = normaliseInk(readFileSync(resolve(dir, name), 'utf8'));
		sources.set(name, text);
		return text;
	};

	const issues: ContentIssue[] = [];
	const inkWarnings: ContentIssue[] = [];
	const warnings: ContentIssue[] = [];
	const compiler = new Compiler(
		load(entryName),
		new CompilerOptions(entryName, [], false, null, {
			ResolveInkFilename: (name: string) => name,
			LoadInkFileContents: (name: string) => {
				try {
					return load(name);
				} catch {
					issues.push({ file: display(entryName), message: `INCLUDE '${name}' was not found next to ${entryName}` });
					return '';
				}
			}
		})
	);
	let storyJson: string | undefined;
	let runtime: Story | undefined;
	try {
		runtime = compiler.Compile();
		storyJson = runtime.ToJson() ?? undefined;
	} catch {
		// The messages are in compiler.errors.
	}
	const lines: SourceLine[] = [...sources].flatMap(([name, text]) => {
		const code = withoutComments(text).split('\n');
		return text.split('\n').map((t, i) => ({ file: display(name), line: i + 1, text: t, code: code[i] ?? '' }));
	});
	const entryFile = display(entryName);
	// Source checks first: they explain in plain words what the compiler may report cryptically.
	issues.push(...unreadableTagIssues(lines));
	for (const m of compiler.errors) {
		const issue = parseInkMessage(m, entryName);
		issues.push({ ...issue, file: display(issue.file ?? entryName) });
	}
	for (const m of compiler.warnings) {
		const issue = parseInkMessage(m, entryName);
		inkWarnings.push({ ...issue, file: display(issue.file ?? entryName), message: `ink warning: ${issue.message}` });
	}
	if (issues.length || !storyJson || !runtime) {
		if (!issues.length) issues.push({ file: entryFile, message: 'the ink compiler produced no story' });
		throw new InkContentError(sortIssues(issues));
	}
	issues.push(...unloadableText(storyJson, lines), ...missingFallbacks(compiler, runtime, display));
	if (!issues.length)
		try {
			new Story(storyJson);
		} catch (error) {
			issues.push({ file: entryFile, message: `the compiled story does not load in the browser's ink runtime: ${(error as Error).message}` });
		}
	if (issues.length) throw new InkContentError(sortIssues(issues));

	const metaResult = parseStoryTags(runtime.globalTags ?? []);
	const entryLines = lines.filter((l) => l.file === entryFile);
	for (const warning of metaResult.warnings) warnings.push({ ...locateStoryTag(entryLines, warning), message: warning });
	if (!metaResult.ok) {
		for (const message of metaResult.errors) issues.push({ ...locateStoryTag(entryLines, message), message: storyTagFix(message) });
		throw new InkContentError(sortIssues(issues));
	}
	const meta = metaResult.value;
	const commands = commandsOf(storyJson);

	// Nothing to explore for: a story with no decision and no option tag anywhere is refused at once.
	if (!storyTextMentions(storyJson, /decision\s*:|\bid\s*:\s*V\d+\.D/))
		throw new InkContentError([noDecisions(entryFile, topOfStory(entryLines), meta.vignette)]);
	const structure = storyStructure(compiler.parsedStory as never, runtime, display);
	const limits: ExploreLimits = {
		...DEFAULT_LIMITS,
		...options.limits,
		seeds: RANDOM_COMMANDS.some((c) => commands.has(c)) ? [...Array(options.limits?.seeds ?? DEFAULT_LIMITS.seeds.length).keys()] : [0]
	};
	const stepCap = options.stepCap ?? DEFAULT_STEP_CAP;
	const profiles = meta.profiles.length ? meta.profiles.map((p) => p.id) : [null];
	const knowledge = { structure, keyOptions: {
			reach: storyReach((runtime as unknown as { mainContentContainer: unknown }).mainContentContainer),
			keepTurn: commands.has('turn'),
			sameCount: sequenceCounts(storyJson)
		}
	};
	const explorations = profiles.map((profile) =>
		exploreStory((seed) => new StoryRunner(runtime, { seed, stepCap, displayFile: display }), profile, limits, knowledge)
	);

	const seenWarnings = new Set(warnings.map(formatIssue));
	for (const exploration of explorations) {
		const under = exploration.profile && profiles.length > 1 ? ` [profile ${exploration.profile}]` : '';
		for (const problem of exploration.problems) {
			const at = problem.at ?? (problem.kind === 'facilitator' ? locateNote(lines, problem.message) : undefined);
			if (BUILD_PROBLEMS.has(problem.kind)) issues.push({ file: at?.file ?? entryFile, ...(at ? { line: at.line } : {}), message: `${problem.message}${under}`, path: problem.path });
		}
		for (const w of exploration.warnings) {
			const issue = { file: w.at?.file ?? entryFile, ...(w.at ? { line: w.at.line } : {}), message: w.message };
			if (!seenWarnings.has(formatIssue(issue))) warnings.push(issue);
			seenWarnings.add(formatIssue(issue));
		}
		if (!exploration.coverage.complete) issues.push({ file: entryFile, line: topOfStory(entryLines), message: `${budgetMessage(exploration)}${under}` });
	}

	const { announced, options: found, at } = indexOf(explorations);
	const decisions = checkDecisions(meta.vignette, new Map([...announced].map(([id, a]) => [id, a.title])), found, meta.profiles);
	// A decision with an option whose tags did not parse is incomplete: its count of best options says nothing more.
	const incomplete = new Set(issues.flatMap((i) => /^choice '(V\d+\.D\d+\.\d+)\.[a-z]'/.exec(i.message)?.[1] ?? []));
	if (!decisions.ok)
		for (const message of decisions.errors) {
			const id = /'(V\d+\.D\d+\.\d+(?:\.[a-z])?)'/.exec(message)?.[1];
			if (id && incomplete.has(id) && /best options/.test(message)) continue;
			// A decision by its announcement as written; an option by where ink says it is.
			const place = id ? (DECISION_ID.test(id) ? locateId(lines, id) : undefined) ?? at.get(id) ?? locateId(lines, id) : undefined;
			issues.push({ file: place?.file ?? entryFile, ...(place ? { line: place.line } : {}), message });
		}
	else if (decisions.value.length === 0 && !issues.length) issues.push(noDecisionReached(entryFile, topOfStory(entryLines), explorations[0]!));
	if (issues.length) throw new InkContentError(dedupeIssues(issues), explorations);

	const graph: DecisionGraph = {
		next: Object.fromEntries([...explorations[0]!.graph].sort(([a], [b]) => a.localeCompare(b)).map(([from, to]) => [from, [...to].sort()]))
	};
	return {
		manifest: { meta, contentHash: contentHash(sources), decisions: decisions.ok ? decisions.value : [], graph },
		storyJson,
		notes: notesOf(explorations),
		runtime,
		lines,
		files: [...sources.keys()].map((name) => resolve(dir, name)),
		inkWarnings,
		warnings,
		explorations,
		structure
	};
}

/** Decisions and options met under any profile, first met first (the manifest keeps that option text). */
function indexOf(explorations: readonly Exploration[]) {
	const announced = new Map<string, { title: string; at?: SourceLocation }>();
	const options: ScoredOption[] = [];
	const at = new Map<string, SourceLocation>();
	for (const exploration of explorations) {
		for (const [id, a] of exploration.announced) {
			if (!announced.has(id)) announced.set(id, a);
			if (a.at && !at.has(id)) at.set(id, a.at);
		}
		for (const [id, found] of exploration.options)
			if (!options.some((o) => o.id === id)) {
				options.push(found.option);
				if (found.at) at.set(id, found.at);
			}
	}
	return { announced, options, at };
}

/** The facilitator's notes met under any profile, each once. */
function notesOf(explorations: readonly Exploration[]): FacilitatorNotes {
	const lines = new Map<string, string[]>();
	const decisions = new Map<string, string[]>();
	for (const exploration of explorations) {
		for (const [text, notes] of exploration.notes.lines) addNotes(lines, text, notes);
		for (const [id, notes] of exploration.notes.decisions) addNotes(decisions, id, notes);
	}
	return { lines: Object.fromEntries(lines), decisions: Object.fromEntries(decisions) };
}

/** What the exploration reached before its budget ran out, and how to give it more. */
export function budgetMessage(exploration: Exploration): string {
	const c = exploration.coverage;
	const stopped = c.stoppedBy === 'time' ? `its time limit (${(c.elapsedMs / 1000).toFixed(0)} s)` : `its limit of ${c.states} states`;
	const missing = [...c.places.unreached.map((p) => p.name), ...c.choices.unreached.map((p) => (p.at ? `the choice at ${p.at.file}:${p.at.line}` : p.name))];
	const named = missing.length ? `; never reached: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? `, and ${missing.length - 8} more` : ''}` : '';
	return `the exploration stopped at ${stopped} before it had seen every state of the story, so a problem or a decision met only later would be missed. It reached ${c.places.reached} of ${c.places.total} knots and stitches and ${c.choices.reached} of ${c.choices.total} choices${named}. Raise the limit (npm run check:stories -- --max-states N --max-seconds S; for the build, confideInk({ limits }) in vite.config.ts), or cut the combinations (variables or visit counts that keep growing in a loop make new states forever)`;
}

/**
 * inkjs loads a story with a text replacement where JSON.parse cannot report number sources
 * (Node 20, some browsers): it rewrites ", 4.0…" anywhere in the JSON, strings included, and
 * the story then fails to load. Catch such text at build time, with its line.
 */
const INKJS_FLOAT_REWRITE = /,\s*[0-9]+\.0/;

function unloadableText(storyJson: string, lines: readonly SourceLine[]): ContentIssue[] {
	const found = new Set<string>();
	JSON.parse(storyJson, (_key, value: unknown) => {
		if (typeof value === 'string') {
			const match = INKJS_FLOAT_REWRITE.exec(value);
			if (match) found.add(match[0]);
		}
		return value;
	});
	return [...found].map((fragment) => {
		const line = lines.find((l) => l.code.includes(fragment));
		return {
			...(line ? { file: line.file, line: line.line } : {}),
			message: `the text '${fragment.trim()}' (a comma followed by a number like 4.0) breaks the inkjs runtime in some browsers; write it with '; ' instead, e.g. 'APA 4.02; APA 4.05(b)'`
		};
	});
}

/** An EXTERNAL function the story calls must have an ink function of the same name to fall back on. */
function missingFallbacks(compiler: Compiler, runtime: Story, display: (name: string) => string): ContentIssue[] {
	const externals = (compiler.parsedStory as unknown as { externals: Map<string, { debugMetadata: { fileName: string | null; startLineNumber: number } | null }> }).externals;
	const issues: ContentIssue[] = [];
	for (const [name, declaration] of externals ?? []) {
		if (runtime.KnotContainerWithName(name)) continue;
		const dm = declaration.debugMetadata;
		issues.push({
			...(dm ? { file: display(dm.fileName ?? ''), line: dm.startLineNumber } : {}),
			message: `EXTERNAL function '${name}' has no ink fallback. Confide plays stories in the browser with no game code to bind it, so, as Inky does, it runs an ink function of the same name: add '=== function ${name}(…) ===' with what the story should do`
		});
	}
	return issues;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line of the facilitator's note a message quotes ('…'). */
function locateNote(lines: readonly SourceLine[], message: string): SourceLine | undefined {
	const note = /\('([^']*)'\)/.exec(message)?.[1];
	return note ? lines.find((l) => /#\s*facilitator\s*:/.test(l.code) && l.code.includes(note)) : undefined;
}

/** An option id's line, or for a decision id its announcement, else its first option. */
export function locateId(lines: readonly SourceLine[], id: string): SourceLine | undefined {
	const option = new RegExp(`#\\s*id\\s*:\\s*${escapeRegExp(id)}(?![\\w.-])`);
	const announcement = new RegExp(`#\\s*decision\\s*:\\s*${escapeRegExp(id)}\\s`);
	const firstOption = new RegExp(`#\\s*id\\s*:\\s*${escapeRegExp(id)}\\.`);
	return lines.find((l) => option.test(l.code)) ?? lines.find((l) => announcement.test(l.code)) ?? lines.find((l) => firstOption.test(l.code));
}

/**
 * The line of the story tag a message is about: a missing tag belongs at the top (the first line
 * that is not a comment);
 * otherwise the tag line (comments ignored) holding the quoted text or the quoted key.
 */
function locateStoryTag(entryLines: readonly SourceLine[], message: string): { file?: string; line: number } {
	const file = entryLines[0]?.file;
	const tagLines = entryLines.filter((l) => /^\s*#/.test(l.code));
	if (!message.startsWith('missing story tag'))
		for (const [, quoted] of message.matchAll(/'([^']+)'/g)) {
			const text = quoted!.trim();
			const key = text.split(/[:@\s]/)[0]!;
			// A tag given twice is wrong where it is given the second time.
			const pick = /given twice/.test(message) ? (ls: SourceLine[]) => ls.at(-1) : (ls: SourceLine[]) => ls[0];
			const at = pick(tagLines.filter((l) => l.code.includes(text))) ?? pick(tagLines.filter((l) => new RegExp(`#\\s*${escapeRegExp(key)}(?![\\w])`).test(l.code)));
			if (at) return { ...(file ? { file } : {}), line: at.line };
		}
	return { ...(file ? { file } : {}), line: topOfStory(entryLines) };
}

/** The first line ink reads (comments skipped): where story tags belong. */
function topOfStory(entryLines: readonly SourceLine[]): number {
	return entryLines.find((l) => l.code.trim() !== '')?.line ?? 1;
}

/** A missing story tag's message, with where and how to add it. */
function storyTagFix(message: string): string {
	const key = /^missing story tag '([^']+)'/.exec(message)?.[1];
	return key ? `${message}: add '# ${key}: …' at the top of main.ink, before any content (see stories/README.md)` : message;
}

function sortIssues(issues: ContentIssue[]): ContentIssue[] {
	return dedupeIssues(issues).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
}

function dedupeIssues(issues: ContentIssue[]): ContentIssue[] {
	const seen = new Set<string>();
	return issues.filter((i) => {
		const key = formatIssue(i);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}


/** The line of a story tag by its key, comments ignored. */
function storyTagLine(lines: readonly SourceLine[], key: string): number | undefined {
	return lines.find((l) => new RegExp(`^\\s*#\\s*${key}\\s*:`).test(l.code))?.line;
}

/** What the rules across vignettes need of one (see domain/story-collisions.ts). */
export function storySummary(compiled: CompiledCase): StorySummary {
	const file = compiled.lines[0]?.file ?? '';
	const entryLines = compiled.lines.filter((l) => l.file === file);
	const { meta, decisions } = compiled.manifest;
	const idLine = storyTagLine(entryLines, 'id');
	const vignetteLine = storyTagLine(entryLines, 'vignette');
	return {
		file,
		storyId: meta.id,
		vignette: meta.vignette,
		optionIds: decisions.flatMap((d) => d.options.map((o) => o.id)),
		...(idLine ? { idLine } : {}),
		...(vignetteLine ? { vignetteLine } : {})
	};
}
