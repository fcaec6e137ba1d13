/** The live story behind an attempt: the case page's and a workshop's effects share it. */
import type { CatalogueEntry } from '../ink/catalogue-types';
import type { StoryPort, StoryStep } from '../ink/runner';
import type { CaseManifest } from '../domain/types';
import { idleTask, type Schedule } from './idle-task';

/** The profiles an attempt of this vignette can start under (null: a vignette without profiles), the default first. */
export function startProfiles(manifest: Pick<CaseManifest, 'meta'>): (string | null)[] {
	return manifest.meta.profiles.length ? manifest.meta.profiles.map((p) => p.id) : [null];
}

/** What a step played ahead gave, and the ink state after it. */
interface Ahead<T> {
	value: T;
	state: string;
}

/** Where the story stands: the options on offer and the ink state they are offered from. */
interface Offer {
	ids: string[];
	state: string;
}

/**
 * The live story: one runner at a time, replaced when a practice run or a resume needs a fresh one.
 *
 * A click should not wait for ink: while the trainee reads, a second runner (the scout) plays
 * each option on offer from the current state, one per idle task, and keeps the step it leads to
 * with the ink state after it. Choosing a foreseen option returns that step at once; the live
 * runner takes the state only when it is next needed (never on the way to the frame), and a save
 * reads the state as it is. An option not yet foreseen is played live, as before. Ink is
 * deterministic from a state (its random seed is part of the state), so both ways give the same
 * step and the same state. The story's opening is foreseen the same way, under each profile an
 * attempt can start under, so Start does not run ink either.
 */
export class StoryHolder implements StoryPort {
	private runner: StoryPort | undefined;
	private make: (() => StoryPort) | undefined;
	private scout: StoryPort | undefined;
	/** The state the live runner is to take before its next use (a foreseen choice was made). */
	private pendingState: string | null = null;
	private foreseen = new Map<string, Ahead<ReturnType<StoryPort['choose']>>>();
	/** The opening under each profile, played ahead; each is used once (a new start gets a new seed). */
	private startsAhead = new Map<string | null, Ahead<StoryStep>>();
	private cancelForesight: () => void = () => {};

	constructor(private readonly schedule: Schedule = idleTask) {}

	/**
	 * Loads the runtime and the story (each its own chunk) and makes the first runner; the opening
	 * under each of `profiles` is then played ahead, in idle time.
	 */
	async load(entry: Pick<CatalogueEntry, 'loadStory'>, profiles: readonly (string | null)[] = []) {
		const [{ storyJson }, { StoryRunner }] = await Promise.all([entry.loadStory(), import('../ink/runner')]);
		this.make = () => new StoryRunner(storyJson);
		this.runner = this.make();
		this.foreseeStarts(profiles);
	}

	/** A runner of its own, for a plan that may fail without disturbing the current one. */
	fresh(): StoryPort {
		if (!this.make) throw new Error('the story has not loaded yet');
		return this.make();
	}

	use(runner: StoryPort) {
		this.runner = runner;
		this.pendingState = null;
		this.foresee(null);
	}

	/** The live runner, brought to the state a foreseen choice left it in. */
	private get active(): StoryPort {
		if (!this.runner) throw new Error('the story has not loaded yet');
		if (this.pendingState !== null) {
			const state = this.pendingState;
			this.pendingState = null;
			this.runner.loadState(state);
		}
		return this.runner;
	}

	start: StoryPort['start'] = (profile) => {
		const ahead = this.startsAhead.get(profile);
		this.startsAhead.delete(profile);
		const step = ahead ? this.takeAhead(ahead, ahead.value.choices) : this.startLive(profile);
		// Starting again (a restart) finds this profile's opening played ahead once more.
		this.foreseeStarts([profile]);
		return step;
	};

	choose: StoryPort['choose'] = (id) => {
		const ahead = this.foreseen.get(id);
		if (ahead) return this.takeAhead(ahead, ahead.value.step.choices);
		const chosen = this.active.choose(id);
		this.foresee(null);
		return chosen;
	};

	current: StoryPort['current'] = () => this.active.current();

	saveState: StoryPort['saveState'] = () => this.pendingState ?? this.active.saveState();

	loadState: StoryPort['loadState'] = (json) => {
		this.pendingState = null;
		const step = this.active.loadState(json);
		this.foresee(null);
		return step;
	};

	private startLive(profile: string | null): StoryStep {
		this.pendingState = null;
		const step = this.active.start(profile);
		this.foresee(null);
		return step;
	}

	/** A step played ahead becomes the story's: its state is the live runner's next, and what it offers is foreseen in turn. */
	private takeAhead<T>(ahead: Ahead<T>, offered: StoryStep['choices']): T {
		this.pendingState = ahead.state;
		this.foresee({ ids: offered.map((c) => c.id), state: ahead.state });
		return ahead.value;
	}

	/** Plays one step on the scout; what it gave and the state after it, or null if ink could not play it. */
	private playAhead<T>(play: (scout: StoryPort) => T): Ahead<T> | null {
		try {
			this.scout ??= this.fresh();
			const value = play(this.scout);
			return { value, state: this.scout.saveState() };
		} catch {
			// Played live when it is asked for, where ink's error is reported.
			return null;
		}
	}

	/** Plays the opening under each profile not yet played ahead, one per scheduled task. */
	private foreseeStarts(profiles: readonly (string | null)[]) {
		const [profile, ...rest] = profiles;
		if (profile === undefined || !this.make) return;
		this.schedule(() => {
			const ahead = this.startsAhead.has(profile) ? null : this.playAhead((scout) => scout.start(profile));
			if (ahead) this.startsAhead.set(profile, ahead);
			this.foreseeStarts(rest);
		});
	}

	/**
	 * Forgets what was foreseen and plays the options now on offer, one per scheduled task. The
	 * offer is known when a step played ahead was taken; else the first task reads it off the live
	 * runner.
	 */
	private foresee(known: Offer | null) {
		this.cancelForesight();
		this.foreseen = new Map();
		const foreseen = this.foreseen;
		let offer = known;
		let index = 0;
		let cancelled = false;
		let cancelTask = () => {};
		this.cancelForesight = () => {
			cancelled = true;
			cancelTask();
		};
		// One piece of work per task (reading the offer, then one option each), so a click that
		// comes meanwhile waits for one short task at most.
		const next = () => {
			cancelTask = this.schedule(() => {
				if (cancelled) return;
				if (offer === null) {
					try {
						const runner = this.active;
						offer = { ids: runner.current().choices.map((c) => c.id), state: runner.saveState() };
					} catch {
						return; // an offer that cannot be read is left alone
					}
				} else {
					const id = offer.ids[index++];
					if (id === undefined) return;
					const from = offer.state;
					const ahead = this.playAhead((scout) => {
						scout.loadState(from);
						return scout.choose(id);
					});
					if (ahead) foreseen.set(id, ahead);
				}
				next();
			});
		};
		if (this.make) next();
	}
}
