// The bench's Twine peers (scripts/bench/twine-peers.js) must be the same story a trainee meets in
// Confide: the passages built from the compiled Ink show, path for path, what inkjs shows.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Compiler } from 'inkjs/full';
import { Story } from 'inkjs';
import { afterAll, describe, expect, it } from 'vitest';
import { TWINE_FORMATS, buildTwinePeers, loadFormat, storyGraph } from '../../scripts/bench/twine-peers.js';

const json = new Compiler(readFileSync('stories/dana/main.ink', 'utf8')).Compile().ToJson()!;
const graph = storyGraph(json);

/** What inkjs shows up to the next choice point, as the graph records it. */
function settle(story: Story): string[] {
	const lines: string[] = [];
	while (story.canContinue) {
		const line = story.Continue()!.trim();
		if (line) lines.push(line);
	}
	return lines;
}

describe('Twine peers of Dana', () => {
	const out = mkdtempSync(join(tmpdir(), 'confide-twine-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it('are a finite graph whose every link leads to a passage', () => {
		expect(graph.passages.length).toBeGreaterThan(5);
		expect(graph.states).toBeGreaterThanOrEqual(graph.passages.length);
		for (const passage of graph.passages) for (const choice of passage.choices) expect(graph.passages[choice.to], `link to ${choice.to}`).toBeDefined();
	});

	it('show on every path what inkjs shows, passage by passage (merging states hides nothing)', () => {
		// Every path, by the choice index taken at each step; Dana's paths all end.
		let paths = 0;
		const walk = (taken: number[]) => {
			const story = new Story(json);
			let at = 0;
			expect(settle(story)).toEqual(graph.passages[at]!.lines);
			for (const index of taken) {
				story.ChooseChoiceIndex(index);
				at = graph.passages[at]!.choices.find((c) => c.index === index)!.to;
				expect(settle(story), `after ${taken.join(',')}`).toEqual(graph.passages[at]!.lines);
			}
			expect(story.currentChoices.map((c) => c.text)).toEqual(graph.passages[at]!.choices.map((c) => c.text));
			if (story.currentChoices.length === 0) paths++;
			for (const c of story.currentChoices) walk([...taken, c.index]);
		};
		walk([]);
		expect(paths).toBeGreaterThan(10);
	});

	it('are published in each vendored format with every first choice marked for the probe', () => {
		const built = buildTwinePeers({ json, title: 'Dana', outDir: out });
		expect(Object.keys(built.paths).sort()).toEqual(Object.keys(TWINE_FORMATS).sort());
		for (const key of Object.keys(TWINE_FORMATS)) {
			const format = loadFormat(key as keyof typeof TWINE_FORMATS);
			expect(format.name.length).toBeGreaterThan(0);
			const html = readFileSync(join(out, key, 'index.html'), 'utf8');
			expect(html).not.toContain('{{STORY_DATA}}');
			const data = html.slice(html.indexOf('<tw-storydata'));
			expect(data).toContain(`format="${format.name}"`);
			// The start passage's links, escaped inside <tw-passagedata>.
			const start = data.slice(data.indexOf('name="p1"'), data.indexOf('</tw-passagedata>'));
			for (const choice of graph.passages[0]!.choices) expect(start).toContain(`data-choice-id=&quot;${choice.index}&quot;`);
		}
	});
});
