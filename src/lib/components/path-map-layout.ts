/**
 * The path map of a vignette as plain geometry for its SVG view: decisions in columns (in the
 * order the decision graph reaches them), option nodes per decision, edges option -> next
 * decision (or the end), the best route, the trainee's route and frequency weights. Pure; the
 * routes themselves come from the domain (domain/decision-routes.ts).
 */
import { bestRoute, frequencyShares, layoutColumns, routeEdges, traineeRoute } from '../domain/decision-routes';
import { optionLabel } from '../domain/option-labels';
import { processCall, type ProcessCall } from '../domain/scoring';
import { scoreFor } from '../domain/profiles';
import { GRAPH_END, GRAPH_START, type CaseManifest, type DecisionGraph, type ErrorKind, type Verdict } from '../domain/types';

const next = (graph: DecisionGraph, from: string) => graph.next[from] ?? [];

export interface Point {
	x: number;
	y: number;
}

/** How a node is drawn: shape and symbol follow this, so a verdict never rests on colour alone. */
export type OptionMark = 'best' | 'acceptable' | 'error' | 'critical';
export const MARK_SYMBOL: Record<OptionMark, string> = { best: '✓', acceptable: '~', error: '✕', critical: '!' };
/** The word beside a node (after its label): "3 acceptable". */
export const MARK_WORD: Record<OptionMark, string> = { best: 'best', acceptable: 'acceptable', error: 'error', critical: 'critical' };

/** An optional field present only when known (the map's options are compared by value in tests). */
const withCall = (call: ProcessCall | undefined) => (call ? { call } : {});

export interface MapOption extends Point {
	id: string;
	decisionId: string;
	/** The option's display label, "1", "2"... in the order offered (never its id's letter). */
	label: string;
	text: string;
	verdict: Verdict;
	kind?: ErrorKind;
	critical: boolean;
	mark: OptionMark;
	/** For a process error: whether its call was right (scoring.ts processCall). */
	call?: ProcessCall;
	/** The best option of its decision under the profile. */
	best: boolean;
	/** On the trainee's path. */
	chosen: boolean;
	/** Where onward edges leave: just after the label, so they never cross it. */
	exit: number;
	/** How many attempts chose it (frequency overlay), else null. */
	count: number | null;
	/** count as a share (0..1) of the total, else null. */
	share: number | null;
}

export interface MapDecision {
	id: string;
	/** 1-based place in the map's order: "D1", "Decision 1". */
	number: number;
	short: string;
	title: string;
	/** Column index (0 = the first decision column). */
	layer: number;
	/** Top-left corner of the decision's block. */
	x: number;
	y: number;
	height: number;
	/** Where incoming edges land and the fork to the options starts. */
	anchor: Point;
	options: MapOption[];
}

export type EdgeKind = 'start' | 'fork' | 'next';

export interface MapEdge {
	/** `${from}->${to}`: unique in a map. */
	id: string;
	kind: EdgeKind;
	/** GRAPH_START, a decision id (fork) or an option id. */
	from: string;
	/** A decision id, an option id (fork) or GRAPH_END. */
	to: string;
	/** SVG path data (a smooth curve). */
	d: string;
	best: boolean;
	chosen: boolean;
	/** Share of attempts along it (frequency overlay), else null. */
	share: number | null;
	/** Stroke width in map units: thicker for more common paths. */
	weight: number;
}

export interface PathStep {
	decision: MapDecision;
	/** The trainee's option at this decision, when a trainee path is shown. */
	chosen: MapOption | null;
	best: MapOption | null;
}

export interface PathMap {
	width: number;
	height: number;
	start: Point;
	end: Point;
	/** Whether any edge reaches the end (always, for a story that can end). */
	hasEnd: boolean;
	decisions: MapDecision[];
	edges: MapEdge[];
	/** Option ids of the best route, in order. */
	bestPath: string[];
	/** Option ids of the trainee's route, in order (known options only). */
	traineePath: string[];
	/** One step per decision on the trainee's route; every decision in map order when there is none. */
	steps: PathStep[];
	/** Frequencies were given: nodes show counts and edges are weighted. */
	withFrequencies: boolean;
}

export interface PathMapInput {
	/** Option ids the trainee chose, in order (a ledger's optionIds). */
	chosen?: readonly string[];
	/** Option id -> how many attempts chose it. */
	frequencies?: Readonly<Record<string, number>>;
	/** How many attempts the frequencies come from; without it, shares are per decision. */
	total?: number;
}

/** Geometry, in map units (1 unit = 1 CSS px at natural size). */
export const GEOMETRY = {
	pad: 16,
	startColumn: 56,
	column: 224,
	header: 34,
	row: 54,
	gap: 24,
	nodeRadius: 15,
	/** Option nodes sit this far right of the decision anchor. */
	nodeOffset: 40,
	/** Labels start this far right of a node's centre; their width is estimated per character. */
	labelGap: 29,
	labelChar: 8.8,
	endColumn: 56
} as const;

/** Stroke width for an edge: a hairline at 0 %, thick at 100 %. */
export const edgeWeight = (share: number | null) => (share === null ? 2 : 1.5 + 10 * share);

function curve(a: Point, b: Point): string {
	const mid = (a.x + b.x) / 2;
	return `M${a.x} ${a.y}C${mid} ${a.y} ${mid} ${b.y} ${b.x} ${b.y}`;
}

/** A generous estimate of a label's width at the map's label size (no text measuring in a pure module). */
const labelWidth = (label: string) => label.length * GEOMETRY.labelChar;

/** Lays out the whole map for one manifest under one profile. */
export function buildPathMap(manifest: Pick<CaseManifest, 'decisions' | 'graph'>, profile?: string | null, input: PathMapInput = {}): PathMap {
	const g = GEOMETRY;
	const { graph, decisions } = manifest;
	const columns = layoutColumns(graph, decisions);
	const order = columns.flat();
	const byId = new Map(decisions.map((d) => [d.id, d]));
	const best = bestRoute(graph, decisions, profile, order);
	const trainee = traineeRoute(decisions, input.chosen ?? []);
	const chosenSet = new Set(trainee);
	const shares = input.frequencies ? frequencyShares(decisions, input.frequencies, input.total) : null;

	const placed: MapDecision[] = [];
	let tallest = 0;
	columns.forEach((column, layer) => {
		const x = g.pad + g.startColumn + layer * g.column;
		let y = g.pad;
		for (const id of column) {
			const info = byId.get(id)!;
			const height = g.header + info.options.length * g.row;
			const optionsTop = y + g.header;
			const options: MapOption[] = info.options.map((o, i) => {
				const score = scoreFor(o, profile ?? undefined);
				const mark: OptionMark = score.verdict === 'error' ? (score.critical ? 'critical' : 'error') : score.verdict;
				const label = optionLabel(info, o.id)!;
				return {
					id: o.id,
					decisionId: id,
					label,
					text: o.text,
					verdict: score.verdict,
					...(score.kind ? { kind: score.kind } : {}),
					critical: score.critical,
					...withCall(processCall(score, info, profile ?? undefined)),
					mark,
					best: score.verdict === 'best',
					chosen: chosenSet.has(o.id),
					count: input.frequencies ? Math.max(0, input.frequencies[o.id] ?? 0) : null,
					share: shares ? (shares.get(o.id) ?? 0) : null,
					x: x + g.nodeOffset,
					exit: x + g.nodeOffset + g.labelGap + labelWidth(`${label} ${MARK_WORD[mark]}`) + 6,
					y: optionsTop + i * g.row + g.row / 2
				};
			});
			const anchor = { x, y: options.length ? (options[0]!.y + options.at(-1)!.y) / 2 : optionsTop };
			placed.push({ id, number: 0, short: '', title: info.title, layer, x, y, height, anchor, options });
			y += height + g.gap;
		}
		tallest = Math.max(tallest, y - g.gap);
	});
	placed.forEach((d, i) => {
		d.number = i + 1;
		d.short = `D${i + 1}`;
	});

	const decisionById = new Map(placed.map((d) => [d.id, d]));
	const optionById = new Map(placed.flatMap((d) => d.options.map((o) => [o.id, o] as const)));
	const decisionOf = (optionId: string) => optionById.get(optionId)?.decisionId ?? '';
	const bestKeys = routeEdges(graph, decisionOf, best);
	const traineeKeys = routeEdges(graph, decisionOf, trainee);

	const height = Math.max(tallest + g.pad, g.pad * 2 + g.header + g.row);
	const firstTargets = next(graph, GRAPH_START).flatMap((id) => decisionById.get(id) ?? []);
	const start = { x: g.pad + 10, y: firstTargets.length ? firstTargets[0]!.anchor.y : height / 2 };
	const endSources = [...optionById.values()].filter((o) => next(graph, o.id).includes(GRAPH_END));
	const endX = g.pad + g.startColumn + columns.length * g.column + 10;
	const end = { x: endX, y: endSources.length ? endSources.reduce((s, o) => s + o.y, 0) / endSources.length : height / 2 };

	const edges: MapEdge[] = [];
	const push = (kind: EdgeKind, from: string, to: string, a: Point, b: Point, share: number | null) => {
		const id = `${from}->${to}`;
		edges.push({ id, kind, from, to, d: curve(a, b), best: bestKeys.has(id), chosen: traineeKeys.has(id), share, weight: edgeWeight(share) });
	};
	for (const d of firstTargets) push('start', GRAPH_START, d.id, { x: start.x + 10, y: start.y }, d.anchor, shares ? 1 : null);
	for (const d of placed) {
		for (const o of d.options) push('fork', d.id, o.id, d.anchor, { x: o.x - g.nodeRadius, y: o.y }, o.share);
		for (const o of d.options)
			for (const to of next(graph, o.id)) {
				const from = { x: o.exit, y: o.y };
				if (to === GRAPH_END) push('next', o.id, to, from, { x: end.x - 10, y: end.y }, o.share);
				else {
					const target = decisionById.get(to);
					if (target) push('next', o.id, to, from, target.anchor, o.share);
				}
			}
	}

	const steps: PathStep[] = trainee.length
		? trainee.map((id) => {
				const decision = decisionById.get(decisionOf(id))!;
				return { decision, chosen: optionById.get(id)!, best: decision.options.find((o) => o.best) ?? null };
			})
		: placed.map((decision) => ({ decision, chosen: null, best: decision.options.find((o) => o.best) ?? null }));

	return {
		width: endX + 10 + g.pad,
		height,
		start,
		end,
		hasEnd: endSources.length > 0,
		decisions: placed,
		edges,
		bestPath: best,
		traineePath: trainee,
		steps,
		withFrequencies: shares !== null
	};
}
