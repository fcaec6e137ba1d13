import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileCase } from '../ink/compile';
import { StoryRunner } from '../ink/runner';
import { StoryHolder, startProfiles } from './story-holder';
import type { Schedule } from './idle-task';

let storyJson: string;
beforeAll(() => {
	storyJson = compileCase('stories/dana/main.ink').storyJson!;
});
afterEach(() => vi.restoreAllMocks());

/** A schedule the test runs by hand: nothing is foreseen until it says so. */
function manualSchedule() {
	const tasks: (() => void)[] = [];
	const schedule: Schedule = (task) => {
		tasks.push(task);
		return () => {
			const at = tasks.indexOf(task);
			if (at !== -1) tasks.splice(at, 1);
		};
	};
	return { schedule, tasks, runAll: () => tasks.splice(0).forEach((task) => task()) };
}

async function loadedHolder() {
	const idle = manualSchedule();
	const holder = new StoryHolder(idle.schedule);
	await holder.load({ loadStory: async () => ({ storyJson }) });
	return { holder, ...idle, runAll: () => { while (idle.tasks.length) idle.runAll(); } };
}

describe('StoryHolder foresight', () => {
	it('answers a foreseen choice without running ink, with the step and state a live choice gives', async () => {
		const { holder, runAll } = await loadedHolder();
		const reference = new StoryRunner(storyJson);
		holder.start(null);
		const liveChoose = vi.spyOn(StoryRunner.prototype, 'choose');
		let clicks = 0;
		// The first option every time, to the end: every passage of that path is foreseen.
		for (let offer = holder.current().choices; offer.length > 0; offer = holder.current().choices) {
			reference.loadState(holder.saveState());
			runAll();
			liveChoose.mockClear();
			const chosen = holder.choose(offer[0]!.id);
			expect(liveChoose, 'no ink on the way to the frame').not.toHaveBeenCalled();
			expect(chosen).toEqual(reference.choose(offer[0]!.id));
			expect(holder.saveState()).toBe(reference.saveState());
			clicks++;
		}
		expect(clicks).toBeGreaterThan(5);
		expect(holder.current().ended).toBe(true);
	});

	it('plays an option live when its outcome is not foreseen yet, with the same result', async () => {
		const { holder, tasks } = await loadedHolder();
		const reference = new StoryRunner(storyJson);
		holder.start(null);
		reference.loadState(holder.saveState());
		const id = holder.current().choices[0]!.id;
		expect(tasks.length, 'foresight is scheduled, not run').toBeGreaterThan(0);
		const liveChoose = vi.spyOn(StoryRunner.prototype, 'choose');
		const chosen = holder.choose(id);
		expect(liveChoose).toHaveBeenCalledTimes(1);
		liveChoose.mockRestore();
		expect(chosen).toEqual(reference.choose(id));
		expect(holder.saveState()).toBe(reference.saveState());
	});

	it('forgets what it foresaw when the story is started again or loaded elsewhere', async () => {
		const { holder, tasks, runAll } = await loadedHolder();
		const first = holder.start(null);
		const atStart = holder.saveState();
		const id = first.choices[0]!.id;
		runAll();
		const once = holder.choose(id);
		runAll();
		// Back to the start: the earlier foresight (of the second passage) is dropped, and the
		// scheduled tasks are the new offer's only.
		holder.loadState(atStart);
		expect(tasks.length).toBe(1);
		expect(holder.choose(id)).toEqual(once);
		holder.start(null);
		runAll();
		expect(holder.choose(id)).toEqual(once);
	});

	it('brings the live runner to a foreseen state before anything else reads it', async () => {
		const { holder, runAll } = await loadedHolder();
		holder.start(null);
		runAll();
		const chosen = holder.choose(holder.current().choices[0]!.id);
		expect(holder.current().choices).toEqual(chosen.step.choices);
		expect(holder.current().ended).toBe(chosen.step.ended);
	});

	it('leaves an option ink cannot play to the live choice, where its error is reported', async () => {
		const { holder, runAll } = await loadedHolder();
		holder.start(null);
		const id = holder.current().choices[0]!.id;
		const scoutError = new Error('ink failed');
		const choose = vi.spyOn(StoryRunner.prototype, 'choose').mockImplementation(() => {
			throw scoutError;
		});
		runAll();
		expect(() => holder.choose(id)).toThrow(scoutError);
		expect(choose).toHaveBeenCalledTimes(holder.current().choices.length + 1);
	});
});

describe('StoryHolder foreseen openings', () => {
	async function holderWithStarts(profiles: (string | null)[]) {
		const idle = manualSchedule();
		const holder = new StoryHolder(idle.schedule);
		await holder.load({ loadStory: async () => ({ storyJson }) }, profiles);
		return { holder, ...idle, runAll: () => { while (idle.tasks.length) idle.runAll(); } };
	}

	it('lists the profiles an attempt can start under, the default first; null for a vignette without profiles', () => {
		const meta = compileCase('stories/dana/main.ink').manifest.meta;
		expect(startProfiles({ meta })).toEqual(meta.profiles.length ? meta.profiles.map((p) => p.id) : [null]);
		expect(startProfiles({ meta: { ...meta, profiles: [] } })).toEqual([null]);
	});

	it('answers Start from the opening played ahead, without running ink, and plays it ahead again for a restart', async () => {
		const { holder, runAll } = await holderWithStarts([null]);
		const reference = new StoryRunner(storyJson).start(null);
		runAll();
		const liveStart = vi.spyOn(StoryRunner.prototype, 'start');
		const step = holder.start(null);
		expect(liveStart, 'no ink on the way to the frame').not.toHaveBeenCalled();
		expect(step).toEqual(reference);
		expect(holder.current().choices).toEqual(reference.choices);
		// A restart before the opening is played ahead again starts live, with the same opening.
		expect(holder.start(null)).toEqual(reference);
		expect(liveStart).toHaveBeenCalledTimes(1);
		runAll();
		liveStart.mockClear();
		expect(holder.start(null)).toEqual(reference);
		expect(liveStart).not.toHaveBeenCalled();
	});

	it('starts live under a profile whose opening was not played ahead', async () => {
		const { holder, runAll } = await holderWithStarts(['elsewhere']);
		runAll();
		const liveStart = vi.spyOn(StoryRunner.prototype, 'start');
		expect(holder.start(null)).toEqual(new StoryRunner(storyJson).start(null));
		expect(liveStart).toHaveBeenCalledTimes(2);
	});
});
