/**
 * `npm run check:stories` on a fresh clone: no .svelte-kit folder yet (the project's tsconfig.json
 * extends .svelte-kit/tsconfig.json, which only a build or `svelte-kit sync` creates). Runs the
 * real script in a copy of the project that has never been built.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function freshClone(stories: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'confide-fresh-'));
	for (const path of ['package.json', 'tsconfig.json', 'scripts/check-stories.js', 'src/lib/ink', 'src/lib/domain'])
		cpSync(resolve(path), join(root, path), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
	for (const [name, fixture] of Object.entries(stories)) {
		mkdirSync(join(root, 'stories', name), { recursive: true });
		cpSync(resolve(fixture), join(root, 'stories', name, 'main.ink'));
	}
	return root;
}

const run = (root: string, ...args: string[]) => spawnSync(process.execPath, ['scripts/check-stories.js', '--quiet', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('check:stories on a fresh clone', () => {
	it('checks the stories before any build has made .svelte-kit', { timeout: 150_000 }, () => {
		const root = freshClone({ tiny: 'tests/fixtures/stories/tiny/main.ink' });
		expect(existsSync(join(root, '.svelte-kit'))).toBe(false);
		const result = run(root);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^ok +tiny: 2 decisions; 7 states, 9 ways to an end, 2\/2 knots and stitches, 7\/7 choices/m);
		expect(result.status).toBe(0);
	});

	it('fails with file, line and path for a broken story, and takes a state budget', { timeout: 150_000 }, () => {
		const root = freshClone({ tiny: 'tests/fixtures/stories/tiny/main.ink', revisit: 'tests/fixtures/real-ink/revisit-decision.ink' });
		const broken = run(root, 'stories/revisit');
		expect(broken.status).toBe(1);
		expect(broken.stdout).toContain("stories/revisit/main.ink:23: decision 'V22.D22.1' comes round again");
		expect(broken.stdout).toContain('path: "Note it as venting and move on now." (V22.D22.1.c)');
		const budget = run(root, 'stories/tiny', '--max-states', '2');
		expect(budget.status).toBe(1);
		expect(budget.stdout).toContain('the exploration stopped at its limit of 2 states');
	});
});
