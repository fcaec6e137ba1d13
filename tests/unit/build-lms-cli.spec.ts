/** npm run build:scorm refuses, before building anything, packages that could not work. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const buildLms = (...args: string[]) => spawnSync(process.execPath, ['scripts/build-lms.js', ...args, '--out', '.tmp/lms-refused'], { encoding: 'utf8' });

describe('build:scorm', () => {
	it('refuses a fixed profile that a chosen vignette marks practice only: its package would report nothing', () => {
		const run = buildLms('--case', 'jordan', '--profile', 'tx');
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('--profile tx: jordan marks that profile practice only');
	});
	it('refuses an unknown package shape or vignette', () => {
		expect(buildLms('--packages', 'bundle').stderr).toContain("--packages: 'bundle' is not one of vignette, catalogue");
		expect(buildLms('--case', 'nobody').stderr).toContain("--case: no vignette 'nobody'");
	});
});
