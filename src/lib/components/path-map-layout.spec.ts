import { describe, expect, it } from 'vitest';
import { bestRoute, decisionNumbers, frequencyShares, layoutColumns, routeEdges, traineeRoute } from '../domain/decision-routes';
import type { DecisionGraph, DecisionInfo, OptionScore, ScoredOption } from '../domain/types';
import { buildPathMap, edgeWeight, GEOMETRY, MARK_WORD } from './path-map-layout';

const hold = (verdict: OptionScore['verdict'], extra: Partial<OptionScore> = {}): OptionScore => ({
	action: 'hold',
	verdict,
	critical: false,
	rationale: 'why',
	...(verdict === 'error' ? { kind: 'process' as const } : { cite: 'APA 4.01' }),
	...extra
});

function option(id: string, base: OptionScore, overrides: ScoredOption['overrides'] = {}): ScoredOption {
	return { id, decisionId: id.slice(0, id.lastIndexOf('.')), text: `text of ${id}`, base, overrides };
}

/** A decision with options a (best), b (error), c (critical error) unless given. */
function decision(id: string, options?: ScoredOption[]): DecisionInfo {
	return {
		id,
		title: `Title of ${id}`,
		options: options ?? [option(`${id}.a`, hold('best')), option(`${id}.b`, hold('error')), option(`${id}.c`, hold('error', { kind: 'under', critical: true, cite: 'T' }))]
	};
}

const graph = (next: DecisionGraph['next']): DecisionGraph => ({ next });

/** Three decisions in a line, like the real vignettes. */
const linear = {
	decisions: [decision('V9.D9.1'), decision('V9.D9.2'), decision('V9.D9.3')],
	graph: graph({
		start: ['V9.D9.1'],
		'V9.D9.1.a': ['V9.D9.2'],
		'V9.D9.1.b': ['V9.D9.2'],
		'V9.D9.1.c': ['V9.D9.2'],
		'V9.D9.2.a': ['V9.D9.3'],
		'V9.D9.2.b': ['V9.D9.3'],
		'V9.D9.2.c': ['V9.D9.3'],
		'V9.D9.3.a': ['end'],
		'V9.D9.3.b': ['end'],
		'V9.D9.3.c': ['end']
	})
};

/**
 * Branching: D1.a leads to D2, D1.b to D3 directly, D1.c straight to the end; D2 leads on to D3.
 * D3 is reached from D1 and from D2, so it must sit after D2 (longest path).
 */
const branching = {
	decisions: [decision('V9.D9.1'), decision('V9.D9.2'), decision('V9.D9.3')],
	graph: graph({
		start: ['V9.D9.1'],
		'V9.D9.1.a': ['V9.D9.2'],
		'V9.D9.1.b': ['V9.D9.3'],
		'V9.D9.1.c': ['end'],
		'V9.D9.2.a': ['V9.D9.3'],
		'V9.D9.2.b': ['V9.D9.3'],
		'V9.D9.2.c': ['end'],
		'V9.D9.3.a': ['end'],
		'V9.D9.3.b': ['end'],
		'V9.D9.3.c': ['end']
	})
};

/** Two decisions in the same column: D1.a -> D3, D1.b -> D2 (D3 is reached first), both then D4. */
const sideBySide = {
	decisions: [decision('V9.D9.1'), decision('V9.D9.2'), decision('V9.D9.3'), decision('V9.D9.4')],
	graph: graph({
		start: ['V9.D9.1'],
		'V9.D9.1.a': ['V9.D9.3'],
		'V9.D9.1.b': ['V9.D9.2'],
		'V9.D9.1.c': ['V9.D9.2'],
		'V9.D9.2.a': ['V9.D9.4'],
		'V9.D9.2.b': ['V9.D9.4'],
		'V9.D9.2.c': ['V9.D9.4'],
		'V9.D9.3.a': ['V9.D9.4'],
		'V9.D9.3.b': ['V9.D9.4'],
		'V9.D9.3.c': ['V9.D9.4'],
		'V9.D9.4.a': ['end'],
		'V9.D9.4.b': ['end'],
		'V9.D9.4.c': ['end']
	})
};

describe('layoutColumns', () => {
	it('puts a linear story one decision per column, in graph order', () => {
		expect(layoutColumns(linear.graph, linear.decisions)).toEqual([['V9.D9.1'], ['V9.D9.2'], ['V9.D9.3']]);
	});

	it('places a decision after the furthest of its predecessors', () => {
		expect(layoutColumns(branching.graph, branching.decisions)).toEqual([['V9.D9.1'], ['V9.D9.2'], ['V9.D9.3']]);
	});

	it('stacks two decisions of the same depth in one column, in the order the graph first reaches them', () => {
		expect(layoutColumns(sideBySide.graph, sideBySide.decisions)).toEqual([['V9.D9.1'], ['V9.D9.3', 'V9.D9.2'], ['V9.D9.4']]);
	});

	it('ignores an edge that loops back, so every other edge still points right', () => {
		const looping = graph({ ...linear.graph.next, 'V9.D9.2.b': ['V9.D9.1', 'V9.D9.3'], 'V9.D9.3.c': ['V9.D9.2', 'end'] });
		expect(layoutColumns(looping, linear.decisions)).toEqual([['V9.D9.1'], ['V9.D9.2'], ['V9.D9.3']]);
	});

	it('appends decisions the graph never reaches, and falls back to manifest order without a graph', () => {
		const extra = [...linear.decisions, decision('V9.D9.7')];
		expect(layoutColumns(linear.graph, extra)).toEqual([['V9.D9.1'], ['V9.D9.2'], ['V9.D9.3'], ['V9.D9.7']]);
		expect(layoutColumns(graph({}), linear.decisions)).toEqual([['V9.D9.1'], ['V9.D9.2'], ['V9.D9.3']]);
	});
});

describe('decisionNumbers', () => {
	it('numbers decisions as the map does', () => {
		expect([...decisionNumbers(sideBySide)]).toEqual([
			['V9.D9.1', 1],
			['V9.D9.3', 2],
			['V9.D9.2', 3],
			['V9.D9.4', 4]
		]);
	});
});

describe('routes', () => {
	it('follows the best option from the start', () => {
		expect(bestRoute(linear.graph, linear.decisions)).toEqual(['V9.D9.1.a', 'V9.D9.2.a', 'V9.D9.3.a']);
	});

	it('follows the best option along a branch that skips a decision', () => {
		const skipBest = [decision('V9.D9.1', [option('V9.D9.1.a', hold('error')), option('V9.D9.1.b', hold('best'))]), ...branching.decisions.slice(1)];
		expect(bestRoute(branching.graph, skipBest)).toEqual(['V9.D9.1.b', 'V9.D9.3.a']);
	});

	it('stops where the best option ends the story', () => {
		const endBest = [decision('V9.D9.1', [option('V9.D9.1.a', hold('error')), option('V9.D9.1.c', hold('best'))]), ...branching.decisions.slice(1)];
		expect(bestRoute(branching.graph, endBest)).toEqual(['V9.D9.1.c']);
	});

	it('uses the profile to pick the best option', () => {
		const d = decision('V9.D9.1', [option('V9.D9.1.a', hold('best'), { tx: { verdict: 'error', kind: 'over' } }), option('V9.D9.1.b', hold('error'), { tx: { verdict: 'best', cite: 'X' } })]);
		const g = graph({ start: ['V9.D9.1'], 'V9.D9.1.a': ['end'], 'V9.D9.1.b': ['end'] });
		expect(bestRoute(g, [d])).toEqual(['V9.D9.1.a']);
		expect(bestRoute(g, [d], 'tx')).toEqual(['V9.D9.1.b']);
	});

	it('does not loop forever on a cycle', () => {
		const looping = graph({ start: ['V9.D9.1'], 'V9.D9.1.a': ['V9.D9.2'], 'V9.D9.2.a': ['V9.D9.1'] });
		expect(bestRoute(looping, linear.decisions.slice(0, 2))).toEqual(['V9.D9.1.a', 'V9.D9.2.a']);
	});

	it('keeps only chosen ids that are options of the vignette', () => {
		expect(traineeRoute(linear.decisions, ['V9.D9.1.b', 'path:knot.3', 'V9.D9.2.c', 'V1.D1.1.a'])).toEqual(['V9.D9.1.b', 'V9.D9.2.c']);
	});

	it('lists the edges a route walks, including a partial route that starts mid-story', () => {
		const decisionOf = (id: string) => id.slice(0, id.lastIndexOf('.'));
		expect([...routeEdges(linear.graph, decisionOf, ['V9.D9.1.b', 'V9.D9.2.a', 'V9.D9.3.c'])].sort()).toEqual(
			[
				'start->V9.D9.1',
				'V9.D9.1->V9.D9.1.b',
				'V9.D9.1.b->V9.D9.2',
				'V9.D9.2->V9.D9.2.a',
				'V9.D9.2.a->V9.D9.3',
				'V9.D9.3->V9.D9.3.c',
				'V9.D9.3.c->end'
			].sort()
		);
		// A practice run from decision 2: no edge from the start.
		expect([...routeEdges(linear.graph, decisionOf, ['V9.D9.2.b', 'V9.D9.3.a'])].sort()).toEqual(
			['V9.D9.2->V9.D9.2.b', 'V9.D9.2.b->V9.D9.3', 'V9.D9.3->V9.D9.3.a', 'V9.D9.3.a->end'].sort()
		);
	});
});

describe('frequencies', () => {
	it('shares against the total when given, else per decision', () => {
		const counts = { 'V9.D9.1.a': 6, 'V9.D9.1.b': 3, 'V9.D9.1.c': 1, 'V9.D9.2.a': 2 };
		const withTotal = frequencyShares(linear.decisions, counts, 20);
		expect(withTotal.get('V9.D9.1.a')).toBe(0.3);
		expect(withTotal.get('V9.D9.2.a')).toBe(0.1);
		const perDecision = frequencyShares(linear.decisions, counts);
		expect(perDecision.get('V9.D9.1.a')).toBe(0.6);
		expect(perDecision.get('V9.D9.2.a')).toBe(1);
		expect(perDecision.get('V9.D9.3.a')).toBe(0);
	});

	it('draws more common edges thicker', () => {
		expect(edgeWeight(0.8)).toBeGreaterThan(edgeWeight(0.2));
		expect(edgeWeight(0)).toBeGreaterThan(0);
	});
});

describe('buildPathMap', () => {
	it('numbers decisions in map order and marks verdicts, best and chosen options', () => {
		const map = buildPathMap(linear, null, { chosen: ['V9.D9.1.b', 'V9.D9.2.a', 'V9.D9.3.c'] });
		expect(map.decisions.map((d) => [d.short, d.id, d.title])).toEqual([
			['D1', 'V9.D9.1', 'Title of V9.D9.1'],
			['D2', 'V9.D9.2', 'Title of V9.D9.2'],
			['D3', 'V9.D9.3', 'Title of V9.D9.3']
		]);
		const options = map.decisions.flatMap((d) => d.options);
		expect(options.filter((o) => o.chosen).map((o) => o.id)).toEqual(['V9.D9.1.b', 'V9.D9.2.a', 'V9.D9.3.c']);
		expect(options.filter((o) => o.best).map((o) => o.id)).toEqual(['V9.D9.1.a', 'V9.D9.2.a', 'V9.D9.3.a']);
		expect(options.map((o) => o.mark)).toEqual(['best', 'error', 'critical', 'best', 'error', 'critical', 'best', 'error', 'critical']);
		expect(options.map((o) => o.label).join('')).toBe('123123123');
		expect(map.bestPath).toEqual(['V9.D9.1.a', 'V9.D9.2.a', 'V9.D9.3.a']);
		expect(map.traineePath).toEqual(['V9.D9.1.b', 'V9.D9.2.a', 'V9.D9.3.c']);
	});

	it('labels options 1, 2, 3 in the order the story offers them, not by their id letters', () => {
		const [a, b, c] = decision('V9.D9.1').options;
		const offered = { decisions: [decision('V9.D9.1', [c!, a!, b!])], graph: graph({ start: ['V9.D9.1'] }) };
		const options = buildPathMap(offered).decisions[0]!.options;
		expect(options.map((o) => [o.id, o.label])).toEqual([
			['V9.D9.1.c', '1'],
			['V9.D9.1.a', '2'],
			['V9.D9.1.b', '3']
		]);
	});

	it('flags exactly the edges of each route', () => {
		const map = buildPathMap(linear, null, { chosen: ['V9.D9.1.b', 'V9.D9.2.a', 'V9.D9.3.c'] });
		expect(map.edges.filter((e) => e.best).map((e) => e.id)).toEqual([
			'start->V9.D9.1',
			'V9.D9.1->V9.D9.1.a',
			'V9.D9.1.a->V9.D9.2',
			'V9.D9.2->V9.D9.2.a',
			'V9.D9.2.a->V9.D9.3',
			'V9.D9.3->V9.D9.3.a',
			'V9.D9.3.a->end'
		]);
		expect(map.edges.filter((e) => e.chosen).map((e) => e.id)).toEqual([
			'start->V9.D9.1',
			'V9.D9.1->V9.D9.1.b',
			'V9.D9.1.b->V9.D9.2',
			'V9.D9.2->V9.D9.2.a',
			'V9.D9.2.a->V9.D9.3',
			'V9.D9.3->V9.D9.3.c',
			'V9.D9.3.c->end'
		]);
		// One start edge, a fork and an onward edge per option.
		expect(map.edges).toHaveLength(1 + 9 + 9);
		expect(new Set(map.edges.map((e) => e.id)).size).toBe(map.edges.length);
	});

	it('lays columns left to right with every edge pointing right, inside the drawing', () => {
		for (const shape of [linear, branching, sideBySide]) {
			const map = buildPathMap(shape);
			const points = [map.start, map.end, ...map.decisions.map((d) => d.anchor), ...map.decisions.flatMap((d) => d.options)];
			for (const p of points) {
				expect(p.x).toBeGreaterThanOrEqual(0);
				expect(p.x).toBeLessThanOrEqual(map.width);
				expect(p.y).toBeGreaterThanOrEqual(0);
				expect(p.y).toBeLessThanOrEqual(map.height);
			}
			for (const e of map.edges) {
				const [x1, , , , , , x2] = e.d.match(/-?[\d.]+/g)!.map(Number);
				expect(x2!, e.id).toBeGreaterThan(x1!);
				// An onward edge leaves after the option's label (at least 8 units a character), never through it.
				const from = map.decisions.flatMap((d) => d.options).find((o) => o.id === e.from);
				if (e.kind === 'next') expect(x1!, e.id).toBeGreaterThanOrEqual(from!.x + GEOMETRY.labelGap + `${from!.label} ${MARK_WORD[from!.mark]}`.length * 8);
			}
		}
	});

	it('draws a branch: an option straight to the end, a decision reached from two columns', () => {
		const map = buildPathMap(branching);
		const ids = map.edges.map((e) => e.id);
		expect(ids).toContain('V9.D9.1.c->end');
		expect(ids).toContain('V9.D9.1.b->V9.D9.3');
		expect(ids).toContain('V9.D9.2.a->V9.D9.3');
		const [d1, d2, d3] = map.decisions;
		expect(d1!.layer).toBe(0);
		expect(d2!.layer).toBe(1);
		expect(d3!.layer).toBe(2);
		expect(map.end.x).toBeGreaterThan(d3!.options[0]!.x);
	});

	it('stacks same-column decisions without overlap', () => {
		const map = buildPathMap(sideBySide);
		const [first, second] = map.decisions.filter((d) => d.layer === 1);
		expect(first!.x).toBe(second!.x);
		expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height + GEOMETRY.gap);
		expect(map.height).toBeGreaterThanOrEqual(second!.y + second!.height);
		expect(map.decisions.map((d) => d.short)).toEqual(['D1', 'D2', 'D3', 'D4']);
		expect(map.decisions.map((d) => d.id)).toEqual(['V9.D9.1', 'V9.D9.3', 'V9.D9.2', 'V9.D9.4']);
	});

	it('describes the trainee path step by step, or every decision when there is none', () => {
		const map = buildPathMap(linear, null, { chosen: ['V9.D9.2.b', 'V9.D9.3.a'] });
		expect(map.steps.map((s) => [s.decision.short, s.chosen?.id, s.best?.id])).toEqual([
			['D2', 'V9.D9.2.b', 'V9.D9.2.a'],
			['D3', 'V9.D9.3.a', 'V9.D9.3.a']
		]);
		const instructor = buildPathMap(linear);
		expect(instructor.steps.map((s) => [s.decision.short, s.chosen, s.best?.id])).toEqual([
			['D1', null, 'V9.D9.1.a'],
			['D2', null, 'V9.D9.2.a'],
			['D3', null, 'V9.D9.3.a']
		]);
	});

	it('overlays frequencies: counts, shares and weights', () => {
		const map = buildPathMap(linear, null, { frequencies: { 'V9.D9.1.a': 8, 'V9.D9.1.b': 2 }, total: 10 });
		expect(map.withFrequencies).toBe(true);
		const [a, b, c] = map.decisions[0]!.options;
		expect([a!.count, a!.share, b!.count, b!.share, c!.count, c!.share]).toEqual([8, 0.8, 2, 0.2, 0, 0]);
		const weight = (id: string) => map.edges.find((e) => e.id === id)!.weight;
		expect(weight('V9.D9.1.a->V9.D9.2')).toBeGreaterThan(weight('V9.D9.1.b->V9.D9.2'));
		expect(weight('V9.D9.1->V9.D9.1.a')).toBe(weight('V9.D9.1.a->V9.D9.2'));
		const plain = buildPathMap(linear);
		expect(plain.withFrequencies).toBe(false);
		expect(plain.decisions[0]!.options[0]!.count).toBeNull();
	});
});
