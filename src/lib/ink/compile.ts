/**
 * Node only: compiles a vignette with the inkjs compiler and checks it against the tag
 * contract. Used by the Vite plugin (build, dev, tests) and the story checker; never by
 * code that reaches the browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { Story } from 'inkjs';
import { checkDecisions, findDecisionTag, parseStoryTags } from '../domain/tags.ts';
import { GRAPH_END, GRAPH_START, type CaseManifest, type ContentIssue, type DecisionGraph, type ScoredOption } from '../domain/types.ts';
import { explore } from './explore.ts';

export interface CompiledCase {
	manifest: CaseManifest;
	/** The compiler's own runtime story: it carries file and line debug data (Node only). */
	runtime: Story;
	/** Every source line read, for locating choices by id or text. */
	lines: SourceLine[];
	/** The compiled story, as inkjs's `Story` constructor takes it. */
	storyJson: string;
	/** Every ink file read, absolute paths (the entry first). */
	files: string[];
	warnings: ContentIssue[];
}

export class InkContentError extends Error {
	constructor(public readonly issues: ContentIssue[]) {
		super(issues.map(formatIssue).join('\n'));
		this.name = 'InkContentError';
	}
}

export function formatIssue(issue: ContentIssue): string {
	const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}` : ''}: ` : '';
	const path = issue.path?.length ? ` (path: ${issue.path.join(' > ')})` : '';
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

export interface SourceLine {
	file: string;
	line: number;
	text: string;
}

/** Ink reports "ERROR: 'file.ink' line 12: message"; keep file and line apart. */
function parseInkMessage(message: string, fallbackFile: string): ContentIssue {
	const match = /^(?:ERROR|WARNING|TODO):\s*(?:'([^']+)'\s*)?line (\d+):\s*(.*)$/s.exec(message.trim());
	if (!match) return { file: fallbackFile, message: message.trim() };
	return { file: match[1] ?? fallbackFile, line: Number(match[2]), message: match[3]!.trim() };
}

const CHOICE_LINE = /^\s*(?:[*+]\s*)+/;
const OPTION_TAG_AFTER_BRACKET = /\]\s*[^#]*#\s*(id|action|verdict|kind|critical|rationale|cite)\b/;

/** Source-level checks that need the line: tags written after a choice's `]`. */
function scanChoiceLines(lines: readonly SourceLine[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const { file, line, text } of lines) {
		if (!CHOICE_LINE.test(text)) continue;
		const match = OPTION_TAG_AFTER_BRACKET.exec(text);
		if (match)
			issues.push({
				file,
				line,
				message: `tag '${match[1]}' is after the choice's ']': it would tag the output line, not the choice. Move it inside the brackets.`
			});
	}
	return issues;
}

/**
 * inkjs loads a story with a text replacement where JSON.parse cannot report number sources
 * (Node 20, some browsers): it rewrites ", 4.0…" anywhere in the JSON, strings included, and
 * the story then fails to load. Catch such text at build time, with its line.
 */
const INKJS_FLOAT_REWRITE = /,\s*[0-9]+\.0/;

function unloadableText(storyJson: string, lines: readonly SourceLine[]): ContentIssue[] {
	const found = new Set<string>();
	const visit = (value: unknown) => {
		if (typeof value === 'string') {
			const match = INKJS_FLOAT_REWRITE.exec(value);
			if (match) found.add(match[0]);
		} else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	visit(JSON.parse(storyJson));
	return [...found].map((fragment) => {
		const line = lines.find((l) => l.text.includes(fragment));
		return {
			...(line ? { file: line.file, line: line.line } : {}),
			message: `the text '${fragment.trim()}' (a comma followed by a number like 4.0) breaks the inkjs runtime in some browsers; write it with '; ' instead, e.g. 'APA 4.02; APA 4.05(b)'`
		};
	});
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function idPattern(id: string): RegExp {
	return new RegExp(`#\\s*id\\s*:\\s*${escapeRegExp(id)}(?![\\w.-])`);
}

/** Finds the source line of a choice: by its id tag, else by its text on a choice line. */
export function locateChoice(lines: readonly SourceLine[], id: string | undefined, text: string): SourceLine | undefined {
	if (id) {
		const pattern = idPattern(id);
		const found = lines.find((l) => pattern.test(l.text));
		if (found) return found;
	}
	const needle = text.trim();
	return lines.find((l) => CHOICE_LINE.test(l.text) && needle && l.text.includes(needle));
}

/** An option id's line, or for a decision id its announcement, else its first option. */
export function locateId(lines: readonly SourceLine[], id: string): SourceLine | undefined {
	const announcement = new RegExp(`#\\s*decision\\s*:\\s*${escapeRegExp(id)}\\s`);
	const firstOption = new RegExp(`#\\s*id\\s*:\\s*${escapeRegExp(id)}\\.`);
	return locateChoice(lines, id, '') ?? lines.find((l) => announcement.test(l.text)) ?? lines.find((l) => firstOption.test(l.text));
}

function locateTag(lines: readonly SourceLine[], rawTag: string): SourceLine | undefined {
	const key = rawTag.split(':')[0]!.trim();
	return lines.find((l) => l.text.includes(rawTag.trim())) ?? lines.find((l) => new RegExp(`#\\s*${escapeRegExp(key)}\\b`).test(l.text));
}

export interface CompileOptions {
	/** Safety cap on lines continued between two choices. */
	stepCap?: number;
	/** Cap on distinct choice points visited while indexing decisions. */
	nodeCap?: number;
	/** Paths are reported relative to this folder. */
	root?: string;
}

/** Compiles `entry` (a main.ink) and returns the story JSON with its manifest, or throws InkContentError. */
export function compileCase(entry: string, options: CompileOptions = {}): CompiledCase {
	const root = options.root ?? process.cwd();
	const dir = dirname(resolve(entry));
	const entryName = basename(entry);
	const sources = new Map<string, string>();
	const display = (name: string) => relative(root, resolve(dir, name)) || name;
	const load = (name: string) => {
		const text = normaliseInk(readFileSync(resolve(dir, name), 'utf8'));
		sources.set(name, text);
		return text;
	};

	const issues: ContentIssue[] = [];
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
	for (const m of compiler.errors) {
		const issue = parseInkMessage(m, entryName);
		issues.push({ ...issue, file: display(issue.file ?? entryName) });
	}
	for (const m of compiler.warnings) {
		const issue = parseInkMessage(m, entryName);
		warnings.push({ ...issue, file: display(issue.file ?? entryName) });
	}
	if (issues.length || !storyJson || !runtime) {
		if (!issues.length) issues.push({ file: display(entryName), message: 'the ink compiler produced no story' });
		throw new InkContentError(issues);
	}

	const lines: SourceLine[] = [...sources].flatMap(([name, text]) =>
		text.split('\n').map((t, i) => ({ file: display(name), line: i + 1, text: t }))
	);
	const entryLines = lines.filter((l) => l.file === display(entryName));
	issues.push(...scanChoiceLines(lines));

	issues.push(...unloadableText(storyJson, lines));
	if (issues.length) throw new InkContentError(issues);

	const story = new Story(storyJson);
	const metaResult = parseStoryTags(story.globalTags ?? []);
	if (!metaResult.ok) {
		for (const message of metaResult.errors) {
			const quoted = /'([^']+)'/.exec(message)?.[1];
			const at = quoted ? locateTag(entryLines, quoted) : undefined;
			issues.push({ file: display(entryName), ...(at ? { line: at.line } : { line: 1 }), message });
		}
		throw new InkContentError(issues);
	}
	const meta = metaResult.value;

	const index = indexChoices(story, lines, options, display(entryName));
	issues.push(...index.issues);
	const decisions = checkDecisions(meta.vignette, index.announced, index.options, meta.profiles);
	if (!decisions.ok)
		for (const message of decisions.errors) {
			const id = /'(V\d+\.D\d+\.\d+(?:\.[a-z])?)'/.exec(message)?.[1];
			const at = id ? locateId(lines, id) : undefined;
			issues.push({ file: at?.file ?? display(entryName), ...(at ? { line: at.line } : {}), message });
		}
	if (issues.length) throw new InkContentError(dedupeIssues(issues));

	return {
		manifest: { meta, contentHash: contentHash(sources), decisions: decisions.ok ? decisions.value : [], graph: index.graph },
		storyJson,
		runtime,
		lines,
		files: [...sources.keys()].map((name) => resolve(dir, name)),
		warnings
	};
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

/**
 * Walks each choice point once to collect every choice with its parsed tags and every
 * announced decision. Runtime errors and loops met on the way fail the build too.
 */
function indexChoices(story: Story, lines: readonly SourceLine[], options: CompileOptions, entryFile: string) {
	const issues: ContentIssue[] = [];
	const announced = new Map<string, string>();
	const found = new Map<string, ScoredOption>();
	const next = new Map<string, Set<string>>();
	const link = (from: string | null, to: string) => {
		const key = from ?? GRAPH_START;
		if (!next.has(key)) next.set(key, new Set());
		next.get(key)!.add(to);
	};
	const at = (line: SourceLine | undefined) => (line ? { file: line.file, line: line.line } : { file: entryFile });
	explore(
		story,
		{
			line(tags) {
				const decision = findDecisionTag(tags);
				if (decision && !decision.ok) {
					const quoted = decision.errors[0]?.split("'")[1] ?? '\u0000';
					const line = lines.find((l) => /#\s*decision\s*:/.test(l.text) && l.text.includes(quoted));
					issues.push({ ...at(line), message: decision.errors.join('; ') });
				} else if (decision?.ok) {
					const previous = announced.get(decision.value.id);
					if (previous !== undefined && previous !== decision.value.title)
						issues.push({ ...at(locateId(lines, decision.value.id)), message: `decision '${decision.value.id}' is announced with two titles` });
					announced.set(decision.value.id, decision.value.title);
				}
			},
			choicePoint(offered, state) {
				const decisionIds = new Set(offered.map((c) => c.decisionId).filter((id): id is string => id !== null));
				for (const id of decisionIds) link(state.lastScored, id);
				for (const choice of offered) {
					const id = choice.parsed.ok ? choice.id : idTagOf(choice.text, lines);
					if (!choice.parsed.ok) {
						for (const message of choice.parsed.errors)
							issues.push({ ...at(locateChoice(lines, id, choice.text)), message: `choice '${id ?? choice.text}': ${message}` });
						continue;
					}
					if (choice.parsed.value.kind !== 'scored') continue;
					const option = { ...choice.parsed.value.option, text: choice.text };
					const previous = found.get(option.id);
					if (previous && JSON.stringify(previous) !== JSON.stringify(option)) {
						const places = lines.filter((l) => idPattern(option.id).test(l.text));
						const where = places.map((l) => `${l.file}:${l.line}`).join(' and ');
						issues.push({ ...at(places.at(-1)), message: `option id '${option.id}' is used for two different choices (${where})` });
					}
					found.set(option.id, option);
				}
			},
			end(state) {
				link(state.lastScored, GRAPH_END);
			},
			problem(kind, message, state) {
				const last = state.path.at(-1);
				const text = kind === 'runtime' ? `ink runtime error: ${message}` : message;
				issues.push({ ...at(last ? locateChoice(lines, last, '') : undefined), message: text, path: state.path });
			}
		},
		{ dedupe: true, stepCap: options.stepCap ?? 2000, pathCap: options.nodeCap ?? 20000 }
	);
	const graph: DecisionGraph = { next: Object.fromEntries([...next].sort(([a], [b]) => a.localeCompare(b)).map(([from, to]) => [from, [...to].sort()])) };
	return { issues, announced, options: [...found.values()], graph };
}

/** The id written in a choice's source line, for reporting a choice whose tags did not parse. */
function idTagOf(text: string, lines: readonly SourceLine[]): string | undefined {
	const line = locateChoice(lines, undefined, text);
	return line ? /#\s*id\s*:\s*([^\s#\]]+)/.exec(line.text)?.[1] : undefined;
}
