#!/usr/bin/env node
// `npm run check:stories`: compiles every vignette and plays every path under every profile.
// Usage: node scripts/check-stories.js [folder-or-main.ink ...] [--json FILE] [--quiet]
//   default: every stories/<case>/main.ink. A folder holding <case>/main.ink folders checks each.
// Exit status 1 if any vignette fails. Prints one line per vignette and profile, the tables behind
// the authoring rules (blanket strategies, option lengths), then each failure as file:line,
// message and the path of choice ids that led there.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt === -1 ? undefined : args.splice(jsonAt, 2)[1];
// --quiet: one line per vignette and profile, without the authoring tables.
const quietAt = args.indexOf('--quiet');
const quiet = quietAt !== -1 && Boolean(args.splice(quietAt, 1));
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
const percent = (share) => `${Math.round(share * 100)} %`;

/** The figures behind the authoring rules (CONTENT.md 2.5, 2.6): blanket strategies and option lengths. */
function printTables({ bestActions, blanket, lengths }) {
	const strategy = (b) =>
		`always ${b.action} ${b.earned}/${b.possible} (${percent(b.possible ? b.earned / b.possible : 0)}), ${b.criticalAt.length ? `critical at ${b.criticalAt.join(', ')}` : 'no critical'}`;
	console.log(`          best action by decision: ${bestActions.split('').join(' ')}; ${blanket.map(strategy).join('; ')}`);
	console.log(`          ${'decision'.padEnd(10)} options  chars     max deviation  best position  best is longest`);
	for (const l of lengths)
		console.log(
			`          ${l.decisionId.padEnd(10)} ${String(l.options.length).padEnd(8)} ${`${l.min}-${l.max}`.padEnd(9)} ${percent(l.maxDeviation).padEnd(14)} ${String(l.bestPosition).padEnd(14)} ${l.bestIsLongest ? 'yes' : 'no'}`
		);
	const longest = lengths.filter((l) => l.bestIsLongest).length;
	console.log(`          best is longest in ${longest} of ${lengths.length} decisions`);
}

for (const r of reports) {
	const profile = r.profile ? ` profile ${r.profile}` : '';
	const status = r.failures.length ? `FAIL (${r.failures.length})` : 'ok';
	console.log(`${status.padEnd(9)} ${r.caseId}${profile}: ${r.paths} paths explored, ${r.endings} endings, ${r.decisions} decisions, ${r.choicePoints} choice points`);
	if (r.authoring && !quiet) printTables(r.authoring);
	for (const f of r.failures) console.log(`  ${checker.formatFailure(r, f)}`);
	if (r.failures.length) failed++;
}
console.log(`${reports.length - failed} vignette profiles passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(reports, null, 2));
process.exitCode = failed ? 1 : 0;
