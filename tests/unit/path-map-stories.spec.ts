/** The path map of the real vignettes (compiled from their ink), checked against CONTENT.md's tables. */
import { describe, expect, it } from 'vitest';
import { buildPathMap } from '../../src/lib/components/path-map-layout';
import { compileCase } from '../../src/lib/ink/compile';
import { DANA, DANA_BEST, DANA_WORST, JORDAN, JORDAN_TX, TINY, TINY_BEST, bestPath } from '../support/verdict-tables';

const dana = compileCase('stories/dana/main.ink').manifest;
const tiny = compileCase('tests/fixtures/stories/tiny/main.ink').manifest;
const jordan = compileCase('stories/jordan/main.ink').manifest;

describe('path map of the real vignettes', () => {
	it('tiny: two columns, best route and marks from the fixture table', () => {
		const map = buildPathMap(tiny, null, { chosen: ['V99.D99.1.b', 'V99.D99.2.c'] });
		expect(map.decisions.map((d) => [d.short, d.id, d.options.length])).toEqual([
			['D1', 'V99.D99.1', 3],
			['D2', 'V99.D99.2', 3]
		]);
		expect(map.bestPath).toEqual(TINY_BEST);
		for (const o of map.decisions.flatMap((d) => d.options)) {
			const row = TINY[o.id]!;
			expect(o.mark, o.id).toBe(row.verdict === 'error' ? (row.critical ? 'critical' : 'error') : row.verdict);
		}
		expect(map.edges.filter((e) => e.chosen).map((e) => e.id)).toEqual([
			'start->V99.D99.1',
			'V99.D99.1->V99.D99.1.b',
			'V99.D99.1.b->V99.D99.2',
			'V99.D99.2->V99.D99.2.c',
			'V99.D99.2.c->end'
		]);
	});

	it('dana: four columns in story order; best route is the table best path; a worst run is marked', () => {
		const map = buildPathMap(dana, null, { chosen: DANA_WORST });
		expect(map.decisions.map((d) => d.id)).toEqual(['V1.D1.1', 'V1.D1.2', 'V1.D1.3', 'V1.D1.5']);
		expect(map.decisions.map((d) => d.layer)).toEqual([0, 1, 2, 3]);
		expect(map.bestPath).toEqual(DANA_BEST);
		expect(map.bestPath).toEqual(bestPath(DANA));
		const options = map.decisions.flatMap((d) => d.options);
		expect(options.map((o) => o.id).sort()).toEqual(Object.keys(DANA).sort());
		expect(options.filter((o) => o.chosen).map((o) => o.id)).toEqual(DANA_WORST);
		expect(map.steps.map((s) => [s.chosen?.id, s.best?.id])).toEqual(DANA_WORST.map((id, i) => [id, DANA_BEST[i]]));
		// Every option leads on: 15 forks, 15 onward edges, one start edge.
		expect(map.edges).toHaveLength(1 + 15 + 15);
		expect(map.hasEnd).toBe(true);
	});

	it('jordan under the Texas-modelled profile takes that profile\u2019s best options', () => {
		expect(buildPathMap(jordan, 'tx').bestPath).toEqual(bestPath(JORDAN_TX));
		expect(buildPathMap(jordan, 'ca').bestPath).toEqual(bestPath(JORDAN));
		expect(bestPath(JORDAN_TX)).not.toEqual(bestPath(JORDAN));
	});
});
