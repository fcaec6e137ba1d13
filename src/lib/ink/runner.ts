/**
 * Browser side of ink: wraps an inkjs Story (never subclasses it) and yields plain data.
 * The UI and the machine never touch Story. Only the runtime is imported here.
 *
 * The story checker explores stories through this same runner (in Node, wrapping the
 * compiler's own Story, which knows the file and line of everything), so what it proves is
 * what the browser plays.
 */
import { Story } from 'inkjs';
import type { ChoiceView } from '../domain/attempt.ts';
import { choiceIdOf, findDecisionTag, parseChoiceTags, type ChoiceMeaning, type ParsedChoice } from '../domain/tags.ts';
import type { ScoredOption } from '../domain/types.ts';

export interface StoryLine {
	text: string;
	tags: string[];
}

/** One line the story continued, blank ones included (a tag on a line of its own is blank). */
export interface ContinuedLine {
	/** The line's text, trimmed ('' for a blank line). */
	text: string;
	tags: string[];
	/** The ink path of the last content the line came from (for the checker's coverage). */
	inkPath: string;
}

export interface StoryStep {
	lines: StoryLine[];
	choices: ChoiceView[];
	ended: boolean;
	/** The decision announced in this passage, if any. */
	decision?: { id: string; title: string };
	/** Every line continued in this step, for the story checker (the UI reads `lines`). */
	continued?: ContinuedLine[];
}

/** A file and line in the ink sources. */
export interface SourceLocation {
	file: string;
	line: number;
}

/** A choice on offer, with everything the story checker needs to judge it. */
export interface OfferedChoice extends ChoiceView {
	/** The choice's tags as inkjs reports them. */
	tags: string[];
	meaning: ParsedChoice;
	option?: ScoredOption;
	/** The ink path of the choice point in the compiled story. */
	inkPath: string;
	/** Where the choice is written: known only when the story carries ink's debug metadata (Node). */
	source?: SourceLocation;
}

export type RuntimeErrorKind = 'runtime' | 'step-cap';

export class StoryRuntimeError extends Error {
	constructor(
		message: string,
		readonly kind: RuntimeErrorKind = 'runtime',
		/** Where ink says the error happened (Node only: the browser's story has no debug metadata). */
		readonly location?: SourceLocation
	) {
		super(message);
		this.name = 'StoryRuntimeError';
	}
}

/** What the session machine needs of a story; the runner implements it, tests fake it. */
export interface StoryPort {
	/** Starts from the beginning under a profile (sets the story's `profile` variable, if any). */
	start(profile: string | null): StoryStep;
	choose(choiceId: string): { step: StoryStep; option?: ScoredOption; choiceText: string };
	current(): StoryStep;
	saveState(): string;
	loadState(json: string): StoryStep;
}

export const DEFAULT_STEP_CAP = 2000;

export interface StoryRunnerOptions {
	/** Lines one step may run without reaching a choice or an end (a loop guard). */
	stepCap?: number;
	/** Fixes ink's random seed (0-99) at every start, so shuffles and RANDOM repeat: the checker. */
	seed?: number;
	/** Maps ink's file names (as INCLUDE wrote them) to the names messages should use. */
	displayFile?: (inkFile: string) => string;
}

/**
 * A vignette with profiles may declare `VAR profile = "ca"` to vary its prose; it is set to the
 * attempt's profile before the story starts. Scores never depend on it (tags only).
 */
export function setProfileVariable(story: Story, profile: string | null) {
	if (profile && story.variablesState.GetVariableWithName('profile') != null) story.variablesState['profile'] = profile;
}

/** inkjs reports errors (2) and warnings (1) through onError. */
const INK_WARNING = 1;

/** "RUNTIME ERROR: 'main.ink' line 12: message" (with debug metadata) or "RUNTIME ERROR: (path): message". */
const RUNTIME_MESSAGE = /^RUNTIME (?:ERROR|WARNING):\s*(?:'([^']*)' line (\d+):|\(([^)]*)\):)?\s*/;

interface InkContent {
	content?: InkContent[];
	namedContent?: Map<string, InkContent>;
	debugMetadata?: { fileName: string | null; startLineNumber: number } | null;
}

export class StoryRunner implements StoryPort {
	private readonly story: Story;
	private readonly globalTagCount: number;
	private readonly stepCap: number;
	private readonly seed: number | undefined;
	private readonly displayFile: (inkFile: string) => string;
	private errors: string[] = [];
	private warnings: string[] = [];
	private atStart = true;
	/** The choices on offer, read once per state (reading parses every choice's tags). */
	private offeredNow: OfferedChoice[] | null = null;

	/** From the compiled story JSON (the browser), or around an inkjs Story (the compiler's, in Node). */
	constructor(story: string | Story, options: StoryRunnerOptions = {}) {
		this.story = typeof story === 'string' ? new Story(story) : story;
		// EXTERNAL functions run their ink fallback, as Inky plays them: no game code binds them here.
		this.story.allowExternalFunctionFallbacks = true;
		this.globalTagCount = this.story.globalTags?.length ?? 0;
		this.stepCap = options.stepCap ?? DEFAULT_STEP_CAP;
		this.seed = options.seed;
		this.displayFile = options.displayFile ?? ((name) => name);
		this.story.onError = (message: string, type?: number) => {
			(type === INK_WARNING ? this.warnings : this.errors).push(message);
		};
	}

	start(profile: string | null): StoryStep {
		this.offeredNow = null;
		this.story.ResetState();
		if (this.seed !== undefined) this.story.state.storySeed = this.seed;
		this.atStart = true;
		setProfileVariable(this.story, profile);
		return this.continueStory();
	}

	current(): StoryStep {
		return { lines: [], choices: this.offered().map(viewOf), ended: this.ended() };
	}

	choose(choiceId: string) {
		const offered = this.offered();
		const at = offered.findIndex((c) => c.id === choiceId);
		const match = offered[at];
		if (!match) throw new StoryRuntimeError(`choice '${choiceId}' is not on offer`);
		this.offeredNow = null;
		this.guard(() => this.story.ChooseChoiceIndex(at));
		const step = this.continueStory();
		return { step, choiceText: match.text, ...(match.option ? { option: match.option } : {}) };
	}

	saveState(): string {
		return this.story.state.ToJson();
	}

	loadState(json: string): StoryStep {
		this.offeredNow = null;
		this.story.state.LoadJson(json);
		this.atStart = false;
		return this.current();
	}

	/** The choices on offer with their parsed tags and, where ink knows it, their source line. */
	offered(): OfferedChoice[] {
		this.offeredNow ??= this.story.currentChoices.map((choice) => {
			const meaning = parsedTags(choice.tags ?? []);
			// The build rejects malformed tags; here a bad one is treated as narrative text.
			const sense: ChoiceMeaning = meaning.ok ? meaning.value : { kind: 'narrative' };
			const text = choice.text.trim();
			const id = choiceIdOf(sense, choice.pathStringOnChoice);
			const source = this.sourceAt(choice.sourcePath);
			const base = { id, text, scored: sense.kind === 'scored', tags: choice.tags ?? [], meaning, inkPath: choice.sourcePath, ...(source ? { source } : {}) };
			return sense.kind === 'scored' ? { ...base, option: { ...sense.option, text } } : base;
		});
		return this.offeredNow;
	}

	/** Runtime warnings ink reported since the last call (they never stop the story). */
	takeWarnings(): string[] {
		return this.warnings.splice(0).map((w) => this.plainMessage(w).message);
	}

	private ended(): boolean {
		return !this.story.canContinue && this.story.currentChoices.length === 0;
	}

	private continueStory(): StoryStep {
		const lines: StoryLine[] = [];
		const continued: ContinuedLine[] = [];
		let decision: StoryStep['decision'];
		let steps = 0;
		this.offeredNow = null;
		while (this.story.canContinue) {
			if (++steps > this.stepCap)
				throw new StoryRuntimeError(`the story ran ${this.stepCap} lines without a choice or an end (a loop?)`, 'step-cap', this.here());
			const text = this.guard(() => this.story.Continue()) ?? '';
			this.throwIfErrors();
			let tags = this.story.currentTags ?? [];
			// inkjs repeats the story's global tags on its first line; they are not line tags.
			if (this.atStart) {
				tags = tags.slice(this.globalTagCount);
				this.atStart = false;
			}
			const found = findDecisionTag(tags);
			if (found?.ok) decision = found.value;
			continued.push({ text: text.trim(), tags, inkPath: this.story.state.previousPointer.path?.toString() ?? '' });
			if (text.trim()) lines.push({ text: text.trim(), tags });
		}
		this.throwIfErrors();
		return { lines, choices: this.offered().map(viewOf), ended: this.ended(), ...(decision ? { decision } : {}), continued };
	}

	/** Runs an inkjs call; anything it throws (a missing EXTERNAL, a bad index) becomes a StoryRuntimeError. */
	private guard<T>(run: () => T): T {
		try {
			return run();
		} catch (error) {
			if (error instanceof StoryRuntimeError) throw error;
			const { message, location } = this.plainMessage(error instanceof Error ? error.message : String(error));
			throw new StoryRuntimeError(message, 'runtime', location ?? this.here());
		}
	}

	private throwIfErrors() {
		if (this.errors.length) {
			const parsed = this.errors.map((e) => this.plainMessage(e));
			this.errors = [];
			throw new StoryRuntimeError(parsed.map((p) => p.message).join('; '), 'runtime', parsed.find((p) => p.location)?.location);
		}
	}

	/** Ink's message without its "RUNTIME ERROR: 'file' line n:" prefix, the file and line kept apart. */
	private plainMessage(raw: string): { message: string; location?: SourceLocation } {
		const match = RUNTIME_MESSAGE.exec(raw);
		const message = (match ? raw.slice(match[0].length) : raw).replace(/^Error:\s*/, '').trim();
		if (match?.[1] !== undefined && match[2]) return { message, location: { file: this.displayFile(match[1]), line: Number(match[2]) } };
		return { message };
	}

	/** Where the story is now, if the story carries debug metadata. */
	private here(): SourceLocation | undefined {
		const dm = (this.story as unknown as { currentDebugMetadata?: InkContent['debugMetadata'] }).currentDebugMetadata;
		return dm && dm.fileName !== undefined ? { file: this.displayFile(dm.fileName ?? ''), line: dm.startLineNumber } : undefined;
	}

	/** The source line of the content at an ink path, from debug metadata (absent in compiled JSON). */
	sourceAt(inkPath: string): SourceLocation | undefined {
		let node: InkContent | undefined = (this.story as unknown as { mainContentContainer: InkContent }).mainContentContainer;
		for (const part of inkPath.split('.')) {
			if (!node) return undefined;
			node = /^\d+$/.test(part) ? node.content?.[Number(part)] : node.namedContent?.get(part);
		}
		const dm = node?.debugMetadata;
		return dm ? { file: this.displayFile(dm.fileName ?? ''), line: dm.startLineNumber } : undefined;
	}
}

/** Tags parsed once per distinct list: a story offers the same choices again and again. */
const parsedByTags = new Map<string, ParsedChoice>();
function parsedTags(tags: readonly string[]): ParsedChoice {
	const key = tags.join('\u0000');
	let parsed = parsedByTags.get(key);
	if (!parsed) {
		if (parsedByTags.size > 10_000) parsedByTags.clear();
		parsed = parseChoiceTags(tags);
		parsedByTags.set(key, parsed);
	}
	return parsed;
}

function viewOf(choice: OfferedChoice): ChoiceView {
	return { id: choice.id, text: choice.text, scored: choice.scored };
}
