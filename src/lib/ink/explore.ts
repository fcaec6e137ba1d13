/**
 * Node only: explores every state a story can reach, through the runner the browser plays it
 * with. Breadth first with explicit queues (no recursion, so no stack to overflow), each state
 * once: a state is the ink state (normalised, see state-key.ts) plus the path ledger (decisions
 * announced, answered, the last scored option). Hubs, loops and sticky choices end because their
 * states repeat; order-free questions cost their combinations, not their orderings.
 *
 * Bounded by a number of states and a time per profile; what was reached is reported either way.
 * States that offer a choice never offered before are explored first, so a budget that runs out
 * has reached as much of the story as it could. Each problem is reported once, with the first path
 * that meets it (short: breadth first within each queue) and the source line of its last choice.
 * The build's decision index and path map come from the same exploration, so a decision reachable
 * under any variable values is indexed.
 */
import { createHash } from 'node:crypto';
import { addNotes } from '../domain/facilitator-notes.ts';
import { findDecisionTag, readFacilitatorNotes } from '../domain/tags.ts';
import { GRAPH_END, GRAPH_START, type PathStep, type ScoredOption } from '../domain/types.ts';
import { announce, answer, EMPTY_LEDGER, endProblem, ledgerKey, offerProblem, type PathLedger } from '../domain/path-ledger.ts';
import { StoryRuntimeError, type OfferedChoice, type SourceLocation, type StoryRunner, type StoryStep } from './runner.ts';
import { stateKey, type StateKeyOptions } from './state-key.ts';

export interface ExploreLimits {
	/** Distinct states explored per profile before giving up (reported with coverage). */
	maxStates: number;
	/** Seconds per profile before giving up (reported with coverage). */
	maxSeconds: number;
	/** Random seeds explored (ink has 100); one unless the story uses shuffles or RANDOM. */
	seeds: readonly number[];
	/** Counts above this are treated as this (see StateKeyOptions.countCap). */
	countCap: number;
}

/** What the exploration knows of the story beyond the runner: for coverage and for state keys. */
export interface StoryKnowledge {
	structure?: StoryStructure;
	keyOptions?: Omit<StateKeyOptions, 'countCap' | 'onCapped'>;
}

export type { PathStep };

export type ProblemKind =
	| 'runtime'
	| 'step-cap'
	| 'tags'
	| 'facilitator'
	| 'decision-tag'
	| 'decision-title'
	| 'offered-twice'
	| 'option-conflict'
	| 'revisit'
	| 'unannounced'
	| 'no-debrief'
	| 'unanswered'
	| 'option-order';

export interface ExploreProblem {
	kind: ProblemKind;
	message: string;
	/** The choices from the start that meet the problem (the first way found: short, not always the shortest). */
	path: PathStep[];
	/** The source line to look at: the last choice on the path, or the choice or tag concerned. */
	at?: SourceLocation;
}

export interface ExploreWarning {
	message: string;
	at?: SourceLocation;
}

/** A knot, stitch or choice of the story, for coverage. */
export interface StoryPlace {
	inkPath: string;
	name: string;
	at?: SourceLocation;
}

/** Everything coverage is measured against (compile.ts reads it from the compiled story). */
export interface StoryStructure {
	/** Knots and stitches that show text or offer choices (functions excluded). */
	places: StoryPlace[];
	choices: StoryPlace[];
}

export interface Coverage {
	/** Distinct states explored (choice points reached). */
	states: number;
	/** Ways to an end (a state and a choice that ends the story). */
	endings: number;
	complete: boolean;
	stoppedBy?: 'states' | 'time';
	/** Some state had a visit count (or turn count) above the cap: counts beyond it were not told apart. */
	countsCapped: boolean;
	seeds: number;
	elapsedMs: number;
	places: { reached: number; total: number; unreached: StoryPlace[] };
	choices: { reached: number; total: number; unreached: StoryPlace[] };
}

export interface FoundOption {
	option: ScoredOption;
	at?: SourceLocation;
}

export interface Exploration {
	profile: string | null;
	problems: ExploreProblem[];
	warnings: ExploreWarning[];
	/** Decision id -> its title and where it was announced. */
	announced: Map<string, { title: string; at?: SourceLocation }>;
	/** Option id -> the option as first met (its text is the one the manifest keeps). */
	options: Map<string, FoundOption>;
	/** Option id or GRAPH_START -> the decisions (or GRAPH_END) that can come next. */
	graph: Map<string, Set<string>>;
	/** Facilitator notes met: by the text of the line they are on, and by the decision a prompt announces. */
	notes: { lines: Map<string, string[]>; decisions: Map<string, string[]> };
	coverage: Coverage;
}

interface Node {
	parent: number;
	step?: PathStep;
	at?: SourceLocation;
}

interface Queued {
	node: number;
	state: string;
	ledger: PathLedger;
}

const hash = (text: string) => createHash('sha1').update(text).digest('base64');
const where = (at: SourceLocation | undefined) => (at ? ` (${at.file}:${at.line})` : '');

/** The id a reported step shows: scored option ids and authored narrative ids, not ink paths. */
function stepOf(choice: OfferedChoice): PathStep {
	const authored = choice.meaning.ok && (choice.meaning.value.kind === 'scored' || choice.meaning.value.id);
	return authored ? { text: choice.text, id: choice.id } : { text: choice.text };
}

export function exploreStory(
	runnerFor: (seed: number) => StoryRunner,
	profile: string | null,
	limits: ExploreLimits,
	knowledge: StoryKnowledge = {}
): Exploration {
	const structure = knowledge.structure ?? { places: [], choices: [] };
	const keyOptions: StateKeyOptions = {
		...knowledge.keyOptions,
		countCap: limits.countCap,
		onCapped: () => {
			result.coverage.countsCapped = true;
		}
	};
	const started = Date.now();
	const deadline = started + limits.maxSeconds * 1000;
	const result: Exploration = {
		profile,
		problems: [],
		warnings: [],
		announced: new Map(),
		options: new Map(),
		graph: new Map(),
		notes: { lines: new Map(), decisions: new Map() },
		coverage: {
			states: 0,
			endings: 0,
			complete: true,
			countsCapped: false,
			seeds: 0,
			elapsedMs: 0,
			places: { reached: 0, total: 0, unreached: [] },
			choices: { reached: 0, total: 0, unreached: [] }
		}
	};
	const reported = new Set<string>();
	const reachedPrefixes = new Set<string>();
	const reachedChoices = new Set<string>();
	const optionPlaces = new Map<string, SourceLocation | undefined>();
	/** Each decision's options as it was first offered: its screen order, and so its labels 1, 2, 3. */
	const firstOffer = new Map<string, string[]>();

	const reach = (inkPath: string) => {
		const parts = inkPath.split('.');
		for (let i = 1; i <= parts.length; i++) reachedPrefixes.add(parts.slice(0, i).join('.'));
	};
	const link = (from: string | null, to: string) => {
		const key = from ?? GRAPH_START;
		if (!result.graph.has(key)) result.graph.set(key, new Set());
		result.graph.get(key)!.add(to);
	};
	const warn = (message: string, at?: SourceLocation) => {
		const key = `${message}${where(at)}`;
		if (reported.has(`w:${key}`)) return;
		reported.add(`w:${key}`);
		result.warnings.push({ message, ...(at ? { at } : {}) });
	};

	for (const seed of limits.seeds) {
		if (!result.coverage.complete) break;
		result.coverage.seeds++;
		const runner = runnerFor(seed);
		const nodes: Node[] = [];
		// Two queues, each first in first out: states offering a choice no state offered before go
		// first, so a budget that runs out has reached as much of the story as it could.
		const fresh = new StateQueue();
		const known = new StateQueue();
		const choicesQueued = new Set<string>();
		const seen = new Set<string>();
		const pathTo = (node: number, last?: PathStep): PathStep[] => {
			const steps: PathStep[] = last ? [last] : [];
			for (let n = node; n >= 0; n = nodes[n]!.parent) if (nodes[n]!.step) steps.unshift(nodes[n]!.step!);
			return steps;
		};
		const problem = (kind: ProblemKind, message: string, path: PathStep[], at?: SourceLocation) => {
			const key = `${kind}:${message}${where(at)}`;
			if (reported.has(key)) return;
			reported.add(key);
			result.problems.push({ kind, message, path, ...(at ? { at } : {}) });
		};

		const conflict = (id: string, first: SourceLocation | undefined, second: SourceLocation | undefined, here: () => PathStep[]) =>
			problem(
				'option-conflict',
				`option id '${id}' is used for two different choices${where(first)}${where(second)}: their scoring tags differ. Give each option its own id; alternatives of one option may differ in text, not in tags`,
				here(),
				second
			);

		/** Reads a step's lines: decisions announced, and an end. Returns the ledger after it. */
		const afterStep = (step: StoryStep, ledger: PathLedger, node: number, last: PathStep | undefined, lastAt: SourceLocation | undefined) => {
			let next = ledger;
			for (const line of step.continued ?? []) {
				reach(line.inkPath);
				const decision = findDecisionTag(line.tags);
				const notes = readFacilitatorNotes(line.tags);
				if (!notes.ok) problem('facilitator', notes.errors.join('; '), pathTo(node, last), runner.sourceAt(line.inkPath));
				else if (notes.value.length && !line.text)
					// A tag-only line has no place of its own in ink's debug data: compile.ts finds the note's line.
					problem(
						'facilitator',
						`a facilitator's note ('${notes.value[0]}') is on a line with no text, so no step of a workshop shows it: write it at the end of the line it is about`,
						pathTo(node, last)
					);
				else if (notes.value.length) {
					addNotes(result.notes.lines, line.text, notes.value);
					if (decision?.ok) addNotes(result.notes.decisions, decision.value.id, notes.value);
				}
				if (!decision) continue;
				const at = runner.sourceAt(line.inkPath);
				if (!decision.ok) {
					problem('decision-tag', decision.errors.join('; '), pathTo(node, last), at);
					continue;
				}
				const { id, title } = decision.value;
				const known = result.announced.get(id);
				if (!known) result.announced.set(id, { title, ...(at ? { at } : {}) });
				else if (known.title !== title)
					problem('decision-title', `decision '${id}' is announced with two titles ('${known.title}' and '${title}'): give it one`, pathTo(node, last), at);
				const announced = announce(next, id);
				if (announced.problem === 'revisit') problem('revisit', revisitMessage(id), pathTo(node, last), lastAt);
				next = announced.ledger;
			}
			for (const message of runner.takeWarnings()) warn(`ink runtime warning: ${message}`, lastAt);
			return next;
		};

		const enqueue = (node: Node, ledger: PathLedger) => {
			const state = runner.saveState();
			const key = hash(`${stateKey(state, keyOptions)}#${ledgerKey(ledger)}`);
			if (seen.has(key)) return;
			seen.add(key);
			nodes.push(node);
			let novel = false;
			for (const choice of runner.offered())
				if (!choicesQueued.has(choice.inkPath)) {
					choicesQueued.add(choice.inkPath);
					novel = true;
				}
			(novel ? fresh : known).push({ node: nodes.length - 1, state, ledger });
		};

		const ended = (ledger: PathLedger, path: PathStep[], at: SourceLocation | undefined) => {
			result.coverage.endings++;
			link(ledger.lastScored, GRAPH_END);
			const end = endProblem(ledger);
			if (end === 'no-debrief') problem('no-debrief', 'this path ends without a single scored decision: its debrief would be empty', path, at);
			if (end === 'unanswered')
				problem('unanswered', `this path ends with decision ${ledger.open.join(', ')} announced but never answered, so the debrief misses it`, path, at);
		};

		const failed = (error: unknown, path: PathStep[], at: SourceLocation | undefined) => {
			if (!(error instanceof StoryRuntimeError)) throw error;
			const inInk = error.location && (error.location.file !== at?.file || error.location.line !== at?.line) ? ` (ink stopped at ${error.location.file}:${error.location.line})` : '';
			if (error.kind === 'step-cap') problem('step-cap', `${error.message}${inInk}`, path, at);
			else problem('runtime', `ink runtime error: ${error.message}${inInk}`, path, at);
		};

		let first: StoryStep;
		try {
			first = runner.start(profile);
		} catch (error) {
			failed(error, [], error instanceof StoryRuntimeError ? error.location : undefined);
			continue;
		}
		const rootLedger = afterStep(first, EMPTY_LEDGER, -1, undefined, undefined);
		if (first.ended) ended(rootLedger, [], undefined);
		else enqueue({ parent: -1 }, rootLedger);

		for (let item = fresh.shift() ?? known.shift(); item; item = fresh.shift() ?? known.shift()) {
			if (result.coverage.states >= limits.maxStates || Date.now() > deadline) {
				result.coverage.complete = false;
				result.coverage.stoppedBy = result.coverage.states >= limits.maxStates ? 'states' : 'time';
				break;
			}
			result.coverage.states++;
			runner.loadState(item.state);
			const offered = runner.offered();
			const arrivedAt = nodes[item.node]!.at;
			const here = () => pathTo(item.node);
			for (const decisionId of new Set(offered.flatMap((c) => (c.option ? [c.option.decisionId] : [])))) {
				link(item.ledger.lastScored, decisionId);
				// Labels are the keys that choose: a decision's options come first, all of them, always in one order.
				const ids = offered.filter((c) => c.option?.decisionId === decisionId).map((c) => c.id);
				const first = firstOffer.get(decisionId);
				if (!first) firstOffer.set(decisionId, ids);
				const leading = offered.slice(0, ids.length).every((c) => c.option?.decisionId === decisionId);
				if (!leading || (first && first.join() !== ids.join()))
					problem(
						'option-order',
						`decision '${decisionId}' is offered here ${leading ? `as ${ids.join(', ')}, not as ${first!.join(', ')} where it was first offered` : 'after another choice'}: its options are labeled 1, 2, 3... in the order first offered, the keys that choose them, so offer all of them, first and always in the same order`,
						here(),
						offered.find((c) => c.option?.decisionId === decisionId)?.source
					);
			}

			const explored = new Set<string>();
			const toExplore: OfferedChoice[] = [];
			for (const choice of offered) {
				reachedChoices.add(choice.inkPath);
				reach(choice.inkPath);
				for (const w of choice.meaning.warnings) warn(w, choice.source);
				if (!choice.meaning.ok) {
					problem('tags', `choice '${writtenId(choice) ?? choice.text}': ${choice.meaning.errors.join('; ')}`, [...here(), stepOf(choice)], choice.source);
					continue;
				}
				if (explored.has(choice.id)) {
					const twin = offered.find((c) => c.id === choice.id)!;
					if (twin.option && choice.option && !sameScoring(twin.option, choice.option)) conflict(choice.id, twin.source, choice.source, here);
					else
						problem(
							'offered-twice',
							`${choice.scored ? 'option' : 'choice'} id '${choice.id}' is offered twice at once${where(twin.source)}${where(choice.source)}: the trainee would see two choices with one id. Make the conditions of its alternatives exclusive, or give each its own id`,
							here(),
							choice.source
						);
					continue;
				}
				explored.add(choice.id);
				if (choice.option) {
					const known = result.options.get(choice.id);
					if (!known) {
						result.options.set(choice.id, { option: choice.option, ...(choice.source ? { at: choice.source } : {}) });
						optionPlaces.set(choice.id, choice.source);
					} else if (!sameScoring(known.option, choice.option)) conflict(choice.id, known.at, choice.source, here);
					const offerIssue = offerProblem(item.ledger, choice.option.decisionId);
					if (offerIssue === 'revisit') {
						problem('revisit', revisitMessage(choice.option.decisionId), here(), arrivedAt ?? choice.source);
						continue;
					}
					if (offerIssue === 'unannounced')
						problem('unannounced', `option '${choice.id}' is offered where decision '${choice.option.decisionId}' was not announced`, [...here(), stepOf(choice)], choice.source);
				}
				toExplore.push(choice);
			}

			toExplore.forEach((choice, i) => {
				if (i > 0) runner.loadState(item.state);
				const step = stepOf(choice);
				let next: StoryStep;
				try {
					next = runner.choose(choice.id).step;
				} catch (error) {
					failed(error, [...here(), step], choice.source);
					return;
				}
				let ledger = choice.option ? answer(item.ledger, choice.option) : item.ledger;
				ledger = afterStep(next, ledger, item.node, step, choice.source);
				if (next.ended) ended(ledger, [...here(), step], choice.source);
				else enqueue({ parent: item.node, step, ...(choice.source ? { at: choice.source } : {}) }, ledger);
			});
		}
	}

	const places = structure.places;
	const unreachedPlaces = places.filter((p) => !reachedPrefixes.has(p.inkPath));
	const unreachedChoices = structure.choices.filter((c) => !reachedChoices.has(c.inkPath));
	result.coverage.places = { reached: places.length - unreachedPlaces.length, total: places.length, unreached: unreachedPlaces };
	result.coverage.choices = { reached: structure.choices.length - unreachedChoices.length, total: structure.choices.length, unreached: unreachedChoices };
	result.coverage.elapsedMs = Date.now() - started;
	return result;
}

/** The id a choice's tags give, even when they do not parse (to name the choice in a message). */
function writtenId(choice: OfferedChoice): string | undefined {
	const tag = choice.tags.find((t) => /^\s*id\s*:/.test(t));
	return tag?.slice(tag.indexOf(':') + 1).trim() || undefined;
}

/** First in, first out, without Array.shift's copying; taken items are let go. */
class StateQueue {
	private items: (Queued | undefined)[] = [];
	private head = 0;
	push(item: Queued) {
		this.items.push(item);
	}
	shift(): Queued | undefined {
		if (this.head >= this.items.length) return undefined;
		const item = this.items[this.head];
		this.items[this.head++] = undefined;
		if (this.head > 4096 && this.head * 2 > this.items.length) {
			this.items = this.items.slice(this.head);
			this.head = 0;
		}
		return item;
	}
}

function revisitMessage(decisionId: string): string {
	return `decision '${decisionId}' comes round again after it was answered: the debrief and the path map list each decision once. Send the trainee on without returning to it: lead back through a once-only '*' choice, or guard the way back with a condition`;
}

/** JSON with object keys sorted: tags written in another order mean the same. */
const sortedJson = (value: unknown) =>
	JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v
	);

function sameScoring(a: ScoredOption, b: ScoredOption): boolean {
	if (a.decisionId !== b.decisionId) return false;
	// Usually the very same tags: a plain comparison first, the order-free one only when it fails.
	return JSON.stringify([a.base, a.overrides]) === JSON.stringify([b.base, b.overrides]) || sortedJson([a.base, a.overrides]) === sortedJson([b.base, b.overrides]);
}
