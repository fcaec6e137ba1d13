/**
 * How decisions follow one another in a vignette, read off its decision graph: the order and
 * columns of decisions, their numbers ("Decision 2"), the best route and the trainee's route,
 * and how often each option was chosen. Pure; the path map (components/path-map-layout.ts) draws
 * it, the debrief and the class summary number decisions with it.
 */
import { scoreFor } from './profiles';
import { GRAPH_END, GRAPH_START, type CaseManifest, type DecisionGraph, type DecisionInfo } from './types';

const next = (graph: DecisionGraph, from: string) => graph.next[from] ?? [];

/**
 * Columns of decision ids. A decision sits one column after the furthest of its predecessors
 * (longest path from the start, edges that loop back ignored), so every edge points right.
 * Within a column decisions keep the order the graph first reaches them; decisions the graph
 * never reaches (no graph, or content the walk did not see) follow in columns of their own.
 */
export function layoutColumns(graph: DecisionGraph, decisions: readonly DecisionInfo[]): string[][] {
	const known = new Map(decisions.map((d) => [d.id, d]));
	const successors = (id: string): string[] => {
		const options = id === GRAPH_START ? [GRAPH_START] : (known.get(id)?.options.map((o) => o.id) ?? []);
		const out: string[] = [];
		for (const from of options) for (const to of next(graph, from)) if (to !== GRAPH_END && known.has(to) && !out.includes(to)) out.push(to);
		return out;
	};

	// Breadth-first order of first reach, for a stable order within a column.
	const firstReach: string[] = [];
	const queue = [GRAPH_START];
	while (queue.length) {
		for (const to of successors(queue.shift()!))
			if (!firstReach.includes(to)) {
				firstReach.push(to);
				queue.push(to);
			}
	}

	// Depth-first post-order gives a topological order once back edges (to nodes on the stack) are dropped.
	const forward = new Map<string, string[]>();
	const state = new Map<string, 'open' | 'done'>();
	const post: string[] = [];
	const visit = (id: string) => {
		state.set(id, 'open');
		const kept: string[] = [];
		for (const to of successors(id)) {
			if (state.get(to) === 'open') continue;
			kept.push(to);
			if (!state.has(to)) visit(to);
		}
		forward.set(id, kept);
		state.set(id, 'done');
		post.push(id);
	};
	visit(GRAPH_START);

	const layer = new Map<string, number>([[GRAPH_START, -1]]);
	for (const id of post.reverse())
		for (const to of forward.get(id) ?? []) layer.set(to, Math.max(layer.get(to) ?? 0, (layer.get(id) ?? 0) + 1));

	const columns: string[][] = [];
	for (const id of firstReach) (columns[layer.get(id)!] ??= []).push(id);
	const dense = columns.filter((c) => c && c.length);
	for (const d of decisions) if (!firstReach.includes(d.id)) dense.push([d.id]);
	return dense;
}

/** Decision id -> its number in the map ("Decision 2", "D2"), for labels outside the map. */
export function decisionNumbers(manifest: Pick<CaseManifest, 'decisions' | 'graph'>): Map<string, number> {
	return new Map(layoutColumns(manifest.graph, manifest.decisions).flat().map((id, i) => [id, i + 1]));
}

/** The first target of `from` in map order, decisions before the end, skipping `seen`. */
function firstNext(graph: DecisionGraph, from: string, order: readonly string[], seen: ReadonlySet<string>): string | undefined {
	const targets = next(graph, from).filter((t) => t === GRAPH_END || (order.includes(t) && !seen.has(t)));
	targets.sort((a, b) => (a === GRAPH_END ? 1 : b === GRAPH_END ? -1 : order.indexOf(a) - order.indexOf(b)));
	return targets[0];
}

/**
 * The best route: from the start, take the best option at each decision and follow it. Where
 * narrative choices could lead to several decisions, the first in map order is taken.
 */
export function bestRoute(graph: DecisionGraph, decisions: readonly DecisionInfo[], profile?: string | null, order?: readonly string[]): string[] {
	const mapOrder = order ?? layoutColumns(graph, decisions).flat();
	const byId = new Map(decisions.map((d) => [d.id, d]));
	const seen = new Set<string>();
	const route: string[] = [];
	let at = firstNext(graph, GRAPH_START, mapOrder, seen);
	while (at && at !== GRAPH_END && !seen.has(at)) {
		seen.add(at);
		const best = byId.get(at)?.options.find((o) => scoreFor(o, profile ?? undefined).verdict === 'best');
		if (!best) break;
		route.push(best.id);
		at = firstNext(graph, best.id, mapOrder, seen);
	}
	return route;
}

/** The trainee's route: the chosen option ids that belong to the vignette, in order. */
export function traineeRoute(decisions: readonly DecisionInfo[], chosen: readonly string[]): string[] {
	const ids = new Set(decisions.flatMap((d) => d.options.map((o) => o.id)));
	return chosen.filter((id) => ids.has(id));
}

/** Edge keys (`from->to`) a route of option ids walks: into each decision, its fork, and on to the next or the end. */
export function routeEdges(graph: DecisionGraph, decisionOf: (optionId: string) => string, route: readonly string[]): Set<string> {
	const keys = new Set<string>();
	route.forEach((optionId, i) => {
		const decision = decisionOf(optionId);
		const previous = i === 0 ? GRAPH_START : route[i - 1]!;
		if (next(graph, previous).includes(decision)) keys.add(`${previous}->${decision}`);
		keys.add(`${decision}->${optionId}`);
		const following = route[i + 1];
		if (following === undefined) {
			if (next(graph, optionId).includes(GRAPH_END)) keys.add(`${optionId}->${GRAPH_END}`);
		} else if (next(graph, optionId).includes(decisionOf(following))) keys.add(`${optionId}->${decisionOf(following)}`);
	});
	return keys;
}

/**
 * Frequency overlay: option id -> share of attempts (0..1). Against `total` when given (and
 * positive), else against the sum of counts at the option's decision.
 */
export function frequencyShares(decisions: readonly DecisionInfo[], frequencies: Readonly<Record<string, number>>, total?: number): Map<string, number> {
	const shares = new Map<string, number>();
	for (const decision of decisions) {
		const counts = decision.options.map((o) => Math.max(0, frequencies[o.id] ?? 0));
		const base = total && total > 0 ? total : counts.reduce((a, b) => a + b, 0);
		decision.options.forEach((o, i) => shares.set(o.id, base > 0 ? Math.min(1, counts[i]! / base) : 0));
	}
	return shares;
}

