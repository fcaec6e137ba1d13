#!/usr/bin/env node
// `npm run check:stories`: compiles every vignette and plays every path under every profile.
// Usage: node scripts/check-stories.js [folder-or-main.ink ...] [--json FILE]
//   default: every stories/<case>/main.ink. A folder holding <case>/main.ink folders checks each.
// Exit status 1 if any vignette fails. Prints one line per vignette and profile, then each
// failure as file:line, message and the path of choice ids that led there.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt === -1 ? undefined : args.splice(jsonAt, 2)[1];
const targets = args.length ? args : ['stories'];

const { module: plugin } = await runnerImport(join(root, 'src/lib/ink/vite-plugin.ts'));
const { module: checker } = await runnerImport(join(root, 'src/lib/ink/checker.ts'));

const entries = targets.flatMap((target) => {
	const abs = resolve(target);
	if (!existsSync(abs)) {
		console.error(`No such file or folder: ${target}`);
		process.exit(2);
	}
	if (statSync(abs).isFile()) return [abs];
	if (existsSync(join(abs, 'main.ink'))) return [join(abs, 'main.ink')];
	return plugin.caseEntries(root, [abs]);
});
if (entries.length === 0) {
	console.error(`No vignettes found in ${targets.join(', ')}`);
	process.exit(2);
}

const started = Date.now();
const reports = entries.flatMap((entry) => checker.checkCase(entry, { root }));
let failed = 0;
for (const r of reports) {
	const profile = r.profile ? ` profile ${r.profile}` : '';
	const status = r.failures.length ? `FAIL (${r.failures.length})` : 'ok';
	console.log(`${status.padEnd(9)} ${r.caseId}${profile}: ${r.paths} paths explored, ${r.endings} endings, ${r.decisions} decisions, ${r.choicePoints} choice points`);
	for (const f of r.failures) console.log(`  ${checker.formatFailure(r, f)}`);
	if (r.failures.length) failed++;
}
console.log(`${reports.length - failed} vignette profiles passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(reports, null, 2));
process.exitCode = failed ? 1 : 0;
