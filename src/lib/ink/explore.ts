/**
 * Walks an ink story depth first, saving and restoring its state at every choice point, and
 * reports what it meets through hooks. The build walks each choice point once (fast, enough to
 * index decisions); the story checker walks every path.
 */
import type { Story } from 'inkjs';
import { choiceIdOf, findDecisionTag, parseChoiceTags, type ChoiceMeaning, type Parsed } from '../domain/tags.ts';

export interface PathState {
	/** The choice ids taken from the start. */
	path: string[];
	/** Decisions announced on this path and not answered yet. */
	open: ReadonlySet<string>;
	/** Scored choices made on this path. */
	scored: number;
	/** The last scored choice on this path (where the path map draws an arrow from). */
	lastScored: string | null;
}

export interface OfferedChoice {
	index: number;
	id: string;
	text: string;
	parsed: Parsed<ChoiceMeaning>;
	decisionId: string | null;
}

export type ProblemKind = 'runtime' | 'step-cap' | 'path-cap';

export interface ExploreHooks {
	line?(tags: readonly string[], state: PathState): void;
	choicePoint?(offered: readonly OfferedChoice[], state: PathState): void;
	end?(state: PathState): void;
	problem(kind: ProblemKind, message: string, state: PathState): void;
}

export interface ExploreOptions {
	/** Walk a choice point offering the same choices only once (the build's index). */
	dedupe: boolean;
	stepCap: number;
	pathCap: number;
}

export interface ExploreTotals {
	paths: number;
	endings: number;
	choicePoints: number;
}

export function explore(story: Story, hooks: ExploreHooks, options: ExploreOptions): ExploreTotals {
	const totals: ExploreTotals = { paths: 0, endings: 0, choicePoints: 0 };
	const visited = new Set<string>();
	const errors: string[] = [];
	let capped = false;
	story.onError = (message: string) => {
		errors.push(message);
	};

	const walk = (path: string[], announced: ReadonlySet<string>, scored: number, lastScored: string | null) => {
		const open = new Set(announced);
		const state = (): PathState => ({ path, open, scored, lastScored });
		let steps = 0;
		try {
			while (story.canContinue && !errors.length) {
				story.Continue();
				const tags = story.currentTags ?? [];
				const decision = findDecisionTag(tags);
				if (decision?.ok) open.add(decision.value.id);
				hooks.line?.(tags, state());
				if (++steps > options.stepCap) {
					totals.paths++;
					hooks.problem('step-cap', `the story ran ${options.stepCap} lines without a choice or an end (a loop?)`, state());
					return;
				}
			}
		} catch (error) {
			errors.push((error as Error).message);
		}
		if (errors.length) {
			totals.paths++;
			for (const message of errors.splice(0)) hooks.problem('runtime', message, state());
			return;
		}
		const choices = story.currentChoices;
		if (choices.length === 0) {
			totals.paths++;
			totals.endings++;
			hooks.end?.(state());
			return;
		}
		if (options.dedupe) {
			// Keyed by the last scored choice too, so every option's way on is seen once.
			const key = `${lastScored ?? ''}>${choices.map((c) => c.pathStringOnChoice).join('|')}`;
			if (visited.has(key)) return;
			visited.add(key);
		}
		totals.choicePoints++;
		const offered: OfferedChoice[] = choices.map((choice) => {
			const parsed = parseChoiceTags(choice.tags ?? []);
			const meaning: ChoiceMeaning = parsed.ok ? parsed.value : { kind: 'narrative' };
			return {
				index: choice.index,
				id: choiceIdOf(meaning, choice.pathStringOnChoice),
				text: choice.text.trim(),
				parsed,
				decisionId: meaning.kind === 'scored' ? meaning.option.decisionId : null
			};
		});
		hooks.choicePoint?.(offered, state());
		const saved = story.state.ToJson();
		for (const choice of offered) {
			if (totals.paths >= options.pathCap) {
				if (!capped) hooks.problem('path-cap', `more than ${options.pathCap} paths: not every path was explored`, state());
				capped = true;
				break;
			}
			story.state.LoadJson(saved);
			story.ChooseChoiceIndex(choice.index);
			const next = new Set(open);
			if (choice.decisionId) next.delete(choice.decisionId);
			walk([...path, choice.id], next, scored + (choice.decisionId ? 1 : 0), choice.decisionId ? choice.id : lastScored);
		}
		story.state.LoadJson(saved);
	};

	walk([], new Set(), 0, null);
	return totals;
}
