/**
 * The key under which the story checker deduplicates ink states: the saved state JSON without
 * what never changes what the story does next, in a canonical form. Two states with the same
 * key offer the same choices and lead to the same places, however the trainee got there.
 *
 * Left out or normalised:
 * - visit counts and turn indices nothing can read any more, and sequence counts past the point
 *   where the sequence repeats itself (see story-reach.ts);
 * - the absolute turn counter, unless the story reads it with TURNS() (turns since each counted
 *   container are kept instead, which is all TURNS_SINCE reads);
 * - the output stream (the line just shown: the next Continue starts a fresh one);
 * - thread numbers (ink numbers threads from a counter that only grows; renumbered in order);
 * - the order in which containers were first visited and temporaries set (sorted);
 * - ink's `$r` temporaries, the return addresses of choices whose text is also shown after they are
 *   taken: ink sets one right before each use, so an old one left in the call stack says nothing.
 * Kept: variables, visit counts, temporaries and the call stack, the current choices, the random
 * seed and the last random number.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

import type { StoryReach } from './story-reach.ts';

export interface StateKeyOptions {
	/** The story's reach: counts of containers no longer reachable and never read by name are left out. */
	reach?: StoryReach;
	/** The story reads the absolute turn number (TURNS()): keep it. */
	keepTurn?: boolean;
	/** By container path: the count that behaves the same (sequences, see story-reach.ts). */
	sameCount?: ReadonlyMap<string, (count: number) => number>;
	/**
	 * Visit counts, turns since and the turn number above this are treated as this: a sticky loop
	 * through a `{stopping|sequence}` or a counted knot would otherwise never repeat a state.
	 * Undefined: exact.
	 */
	countCap?: number;
	/** Told when a count was above the cap (the exploration reports it). */
	onCapped?: () => void;
}

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function capped(counts: Json | undefined, options: StateKeyOptions, live: (path: string) => boolean, map: (path: string, n: number) => number): JsonObject {
	const out: JsonObject = {};
	if (!isObject(counts)) return out;
	// In path order: ink lists them in the order first visited, which says nothing about the state.
	for (const path of Object.keys(counts).sort()) {
		if (!live(path)) continue;
		out[path] = capOf(map(path, Number(counts[path])), options);
	}
	return out;
}

function capOf(n: number, { countCap, onCapped }: StateKeyOptions): number {
	if (countCap === undefined || n <= countCap) return n;
	onCapped?.();
	return countCap;
}

/** Renumbers a flow's threads in the order they appear, so the key does not grow with ink's counter. */
function renumberThreads(flow: JsonObject) {
	const callstack = isObject(flow['callstack']) ? flow['callstack'] : undefined;
	const threads = Array.isArray(callstack?.['threads']) ? (callstack['threads'] as JsonObject[]) : [];
	const choices = Array.isArray(flow['currentChoices']) ? (flow['currentChoices'] as JsonObject[]) : [];
	const choiceThreads = isObject(flow['choiceThreads']) ? flow['choiceThreads'] : {};
	const numbers = new Map<string, number>();
	const renumber = (index: Json | undefined) => {
		const key = String(index);
		if (!numbers.has(key)) numbers.set(key, numbers.size);
		return numbers.get(key)!;
	};
	for (const thread of threads) thread['threadIndex'] = renumber(thread['threadIndex']);
	for (const choice of choices) choice['originalThreadIndex'] = renumber(choice['originalThreadIndex']);
	const renamed: JsonObject = {};
	for (const key of Object.keys(choiceThreads).sort((a, b) => Number(a) - Number(b))) {
		const thread = choiceThreads[key]!;
		const number = renumber(key);
		if (isObject(thread)) thread['threadIndex'] = number;
		renamed[String(number)] = thread;
	}
	flow['choiceThreads'] = renamed;
	if (callstack) delete callstack['threadCounter'];
}

/** Drops the `$r` choice-return temporaries from every call stack frame of a flow; sorts the rest. */
function dropChoiceReturns(flow: JsonObject) {
	const callstacks: Json[] = [];
	const callstack = isObject(flow['callstack']) ? flow['callstack'] : {};
	for (const thread of Array.isArray(callstack['threads']) ? callstack['threads'] : []) callstacks.push(thread);
	for (const thread of Object.values(isObject(flow['choiceThreads']) ? flow['choiceThreads'] : {})) callstacks.push(thread);
	for (const thread of callstacks) {
		if (!isObject(thread)) continue;
		for (const frame of Array.isArray(thread['callstack']) ? thread['callstack'] : []) {
			if (!isObject(frame) || !isObject(frame['temp'])) continue;
			const temp = frame['temp'];
			// Rebuilt in name order: temporaries set in another order are the same state.
			frame['temp'] = Object.fromEntries(
				Object.keys(temp)
					.filter((name) => !name.startsWith('$r'))
					.sort()
					.map((name) => [name, temp[name]!])
			);
		}
	}
}

/** The ink paths the story stands at: call stacks of every thread, choice threads, current choices. */
function positions(flows: JsonObject): string[] {
	const out: string[] = [];
	const frames = (callstack: Json | undefined) => {
		if (!isObject(callstack)) return;
		for (const frame of Array.isArray(callstack['callstack']) ? callstack['callstack'] : []) if (isObject(frame) && typeof frame['cPath'] === 'string') out.push(frame['cPath']);
	};
	for (const flow of Object.values(flows)) {
		if (!isObject(flow)) continue;
		const callstack = isObject(flow['callstack']) ? flow['callstack'] : {};
		for (const thread of Array.isArray(callstack['threads']) ? callstack['threads'] : []) frames(thread);
		for (const thread of Object.values(isObject(flow['choiceThreads']) ? flow['choiceThreads'] : {})) frames(thread);
		for (const choice of Array.isArray(flow['currentChoices']) ? flow['currentChoices'] : [])
			if (isObject(choice)) for (const key of ['targetPath', 'originalChoicePath']) if (typeof choice[key] === 'string') out.push(choice[key] as string);
	}
	return out;
}

export function stateKey(stateJson: string, options: StateKeyOptions = {}): string {
	const state = JSON.parse(stateJson) as JsonObject;
	const flows = isObject(state['flows']) ? state['flows'] : {};
	const turn = Number(state['turnIdx'] ?? 0);
	const { reach } = options;
	const reachable = reach ? reach.reachableFrom(positions(flows).map(reach.knotOf)) : undefined;
	const live = (path: string) => !reach || !reachable || reach.readByName.has(path) || reachable.has(reach.knotOf(path));
	state['visitCounts'] = capped(state['visitCounts'], options, live, (path, n) => options.sameCount?.get(path)?.(n) ?? n);
	state['turnIndices'] = capped(state['turnIndices'], options, live, (_, at) => turn - at);
	if (options.keepTurn) state['turnIdx'] = capOf(turn, options);
	else delete state['turnIdx'];
	for (const flow of Object.values(flows)) {
		if (!isObject(flow)) continue;
		delete flow['outputStream'];
		dropChoiceReturns(flow);
		renumberThreads(flow);
	}
	// inkjs writes everything else in a fixed order; the parts whose order varies are sorted above.
	return JSON.stringify(state);
}
