/**
 * The key under which the story checker deduplicates ink states: the saved state JSON without
 * what never changes what the story does next, in a canonical form. Two states with the same
 * key offer the same choices and lead to the same places, however the trainee got there.
 *
 * Left out or normalised:
 * - visit counts and turn indices nothing can read any more (see story-reach.ts);
 * - the absolute turn counter, unless the story reads it with TURNS() (turns since each counted
 *   container are kept instead, which is all TURNS_SINCE reads);
 * - the output stream (the line just shown: the next Continue starts a fresh one);
 * - thread numbers (ink numbers threads from a counter that only grows; renumbered in order);
 * - the order in which containers were first visited (keys are sorted).
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
	/**
	 * Visit counts and turns-since above this are treated as this (a sticky loop that counts its
	 * own visits would otherwise never repeat a state). Undefined: exact.
	 */
	countCap?: number;
}

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function capped(counts: Json | undefined, cap: number | undefined, live: (path: string) => boolean, map: (n: number) => number = (n) => n): JsonObject {
	const out: JsonObject = {};
	if (!isObject(counts)) return out;
	for (const [path, value] of Object.entries(counts)) {
		if (!live(path)) continue;
		const n = map(Number(value));
		out[path] = cap === undefined ? n : Math.min(n, cap);
	}
	return out;
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
	for (const key of Object.keys(choiceThreads).sort((a, b) => Number(a) - Number(b))) renamed[String(renumber(key))] = choiceThreads[key]!;
	flow['choiceThreads'] = renamed;
	if (callstack) delete callstack['threadCounter'];
}

/** JSON with object keys sorted, so equal states give equal text. */
function canonical(value: Json): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (isObject(value))
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`)
			.join(',')}}`;
	return JSON.stringify(value);
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
	state['visitCounts'] = capped(state['visitCounts'], options.countCap, live);
	state['turnIndices'] = capped(state['turnIndices'], options.countCap, live, (at) => turn - at);
	if (!options.keepTurn) delete state['turnIdx'];
	for (const flow of Object.values(flows)) {
		if (!isObject(flow)) continue;
		delete flow['outputStream'];
		renumberThreads(flow);
	}
	return canonical(state);
}
