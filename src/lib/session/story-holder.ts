/** The live story behind an attempt: the case page's and a workshop's effects share it. */
import type { CatalogueEntry } from '../ink/catalogue-types';
import type { StoryPort } from '../ink/runner';

/** The live story: one runner at a time, replaced when a practice run or a resume needs a fresh one. */
export class StoryHolder implements StoryPort {
	private runner: StoryPort | undefined;
	private make: (() => StoryPort) | undefined;

	/** Loads the runtime and the story (each its own chunk) and makes the first runner. */
	async load(entry: Pick<CatalogueEntry, 'loadStory'>) {
		const [{ storyJson }, { StoryRunner }] = await Promise.all([entry.loadStory(), import('../ink/runner')]);
		this.make = () => new StoryRunner(storyJson);
		this.runner = this.make();
	}

	/** A runner of its own, for a plan that may fail without disturbing the current one. */
	fresh(): StoryPort {
		if (!this.make) throw new Error('the story has not loaded yet');
		return this.make();
	}

	use(runner: StoryPort) {
		this.runner = runner;
	}

	private get active(): StoryPort {
		if (!this.runner) throw new Error('the story has not loaded yet');
		return this.runner;
	}

	start: StoryPort['start'] = (profile) => this.active.start(profile);
	choose: StoryPort['choose'] = (id) => this.active.choose(id);
	current: StoryPort['current'] = () => this.active.current();
	saveState: StoryPort['saveState'] = () => this.active.saveState();
	loadState: StoryPort['loadState'] = (json) => this.active.loadState(json);
}
