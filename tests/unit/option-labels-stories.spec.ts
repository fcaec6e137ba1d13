/**
 * On the real vignettes, an option's display label is the key that chooses it: wherever a
 * decision is offered, under every profile, its n-th choice on screen is the option labelled n
 * (CONTENT.md 0.3: labels follow screen order). A story that offered a decision's options in
 * another order, left one out, or put a narrative choice before them would fail here.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionLabel } from '../../src/lib/domain/option-labels';
import { compileCase } from '../../src/lib/ink/compile';
import { explore } from '../../src/lib/ink/explore';
import { setProfileVariable } from '../../src/lib/ink/runner';

const entries = [
	...readdirSync('stories', { withFileTypes: true })
		.filter((d) => d.isDirectory() && !d.name.startsWith('_'))
		.map((d) => `stories/${d.name}/main.ink`),
	'tests/fixtures/stories/tiny/main.ink'
];

describe('option labels are the keys that choose them', () => {
	it.each(entries)('%s', (entry) => {
		const { manifest, runtime } = compileCase(entry);
		const decisions = new Map(manifest.decisions.map((d) => [d.id, d]));
		const mismatches: string[] = [];
		let offered = 0;
		for (const profile of manifest.meta.profiles.length ? manifest.meta.profiles.map((p) => p.id) : [null]) {
			runtime.ResetState();
			setProfileVariable(runtime, profile);
			explore(
				runtime,
				{
					choicePoint(choices) {
						for (const choice of choices) {
							if (!choice.parsed.ok || choice.parsed.value.kind !== 'scored') continue;
							offered++;
							const decision = decisions.get(choice.decisionId ?? '');
							const key = String(choice.index + 1);
							const label = optionLabel(decision, choice.id);
							if (label !== key) mismatches.push(`${choice.id}${profile ? ` (${profile})` : ''}: key ${key}, label ${label}`);
						}
						// Every option of an offered decision is offered.
						const ids = new Set(choices.map((c) => c.id));
						for (const decisionId of new Set(choices.map((c) => c.decisionId)))
							for (const option of decisions.get(decisionId ?? '')?.options ?? [])
								if (!ids.has(option.id)) mismatches.push(`${option.id}${profile ? ` (${profile})` : ''}: not offered with its decision`);
					},
					problem(kind, message) {
						throw new Error(`${entry}: ${kind}: ${message}`);
					}
				},
				{ dedupe: true, stepCap: 2000, pathCap: 20000 }
			);
		}
		expect(offered).toBeGreaterThan(0);
		expect(mismatches).toEqual([]);
	});
});
