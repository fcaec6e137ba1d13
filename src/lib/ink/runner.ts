/**
 * Browser side of ink: wraps an inkjs Story (never subclasses it) and yields plain data.
 * The UI and the machine never touch Story. Only the runtime is imported here.
 */
import { Story } from 'inkjs';
import type { ChoiceView } from '../domain/attempt';
import { choiceIdOf, findDecisionTag, parseChoiceTags } from '../domain/tags';
import type { ScoredOption } from '../domain/types';

export interface StoryLine {
	text: string;
	tags: string[];
}

export interface StoryStep {
	lines: StoryLine[];
	choices: ChoiceView[];
	ended: boolean;
	/** The decision announced in this passage, if any. */
	decision?: { id: string; title: string };
}

export class StoryRuntimeError extends Error {
	constructor(message: string) {
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

/**
 * A vignette with profiles may declare `VAR profile = "ca"` to vary its prose; it is set to the
 * attempt's profile before the story starts. Scores never depend on it (tags only).
 */
export function setProfileVariable(story: Story, profile: string | null) {
	if (profile && story.variablesState.GetVariableWithName('profile') != null) story.variablesState['profile'] = profile;
}

export class StoryRunner implements StoryPort {
	private readonly story: Story;
	private readonly globalTagCount: number;
	private readonly stepCap: number;
	private errors: string[] = [];
	private atStart = true;

	constructor(storyJson: string, options: { stepCap?: number } = {}) {
		this.story = new Story(storyJson);
		this.globalTagCount = this.story.globalTags?.length ?? 0;
		this.stepCap = options.stepCap ?? DEFAULT_STEP_CAP;
		this.story.onError = (message: string) => {
			this.errors.push(message);
		};
	}

	start(profile: string | null): StoryStep {
		this.story.ResetState();
		this.atStart = true;
		setProfileVariable(this.story, profile);
		return this.continueStory();
	}

	current(): StoryStep {
		return { lines: [], choices: this.choiceViews().map((c) => c.view), ended: this.ended() };
	}

	choose(choiceId: string) {
		const match = this.choiceViews().find((c) => c.view.id === choiceId);
		if (!match) throw new StoryRuntimeError(`choice '${choiceId}' is not on offer`);
		this.story.ChooseChoiceIndex(match.index);
		const step = this.continueStory();
		return { step, choiceText: match.view.text, ...(match.option ? { option: match.option } : {}) };
	}

	saveState(): string {
		return this.story.state.ToJson();
	}

	loadState(json: string): StoryStep {
		this.story.state.LoadJson(json);
		this.atStart = false;
		return this.current();
	}

	private ended(): boolean {
		return !this.story.canContinue && this.story.currentChoices.length === 0;
	}

	private continueStory(): StoryStep {
		const lines: StoryLine[] = [];
		let decision: StoryStep['decision'];
		let steps = 0;
		while (this.story.canContinue) {
			if (++steps > this.stepCap) throw new StoryRuntimeError(`the story ran ${this.stepCap} lines without a choice`);
			const text = this.story.Continue() ?? '';
			this.throwIfErrors();
			let tags = this.story.currentTags ?? [];
			// inkjs repeats the story's global tags on its first line; they are not line tags.
			if (this.atStart) {
				tags = tags.slice(this.globalTagCount);
				this.atStart = false;
			}
			const found = findDecisionTag(tags);
			if (found?.ok) decision = found.value;
			if (text.trim()) lines.push({ text: text.trim(), tags });
		}
		this.throwIfErrors();
		return { lines, choices: this.choiceViews().map((c) => c.view), ended: this.ended(), ...(decision ? { decision } : {}) };
	}

	private throwIfErrors() {
		if (this.errors.length) {
			const message = this.errors.join('; ');
			this.errors = [];
			throw new StoryRuntimeError(message);
		}
	}

	private choiceViews(): { index: number; view: ChoiceView; option?: ScoredOption }[] {
		return this.story.currentChoices.map((choice) => {
			const parsed = parseChoiceTags(choice.tags ?? []);
			// The build rejects malformed tags; here a bad one is treated as narrative text.
			const meaning = parsed.ok ? parsed.value : { kind: 'narrative' as const };
			const text = choice.text.trim();
			const id = choiceIdOf(meaning, choice.pathStringOnChoice);
			if (meaning.kind === 'scored') {
				const option: ScoredOption = { ...meaning.option, text };
				return { index: choice.index, view: { id, text, scored: true }, option };
			}
			return { index: choice.index, view: { id, text, scored: false } };
		});
	}
}
