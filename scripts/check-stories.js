#!/usr/bin/env node
// `npm run check:stories`: compiles every vignette and explores every state it can reach under
// every profile (see stories/README.md, "The checker").
// Usage: node scripts/check-stories.js [folder-or-main.ink ...] [options]
//   default: every stories/<case>/main.ink. A folder holding <case>/main.ink folders checks each.
//   --max-states N    states explored per profile before giving up (default 100000)
//   --max-seconds S   seconds per profile before giving up (default 60)
//   --seeds N         random seeds tried when a story uses shuffles or RANDOM (default 4)
//   --count-cap N     visit counts above N are taken as N, so loops end (default 10)
//   --json FILE       write the reports as JSON
//   --quiet           one line per vignette and profile, without the authoring tables
// Exit status 1 if any vignette fails. Prints one line per vignette and profile, the tables behind
// the authoring rules (blanket strategies, option lengths), then each failure as file:line,
// message and the path of choices that led there, and warnings (tags Confide ignores).
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

/** Removes `--name value` from args; the value, or undefined. */
function option(name) {
	const at = args.indexOf(name);
	return at === -1 ? undefined : args.splice(at, 2)[1];
}
function numberOption(name) {
	const value = option(name);
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!(n > 0)) {
		console.error(`${name} needs a positive number, not '${value}'`);
		process.exit(2);
	}
	return n;
}
const jsonFile = option('--json');
const limits = Object.fromEntries(
	[
		['maxStates', numberOption('--max-states')],
		['maxSeconds', numberOption('--max-seconds')],
		['seeds', numberOption('--seeds')],
		['countCap', numberOption('--count-cap')]
	].filter(([, v]) => v !== undefined)
);
const quietAt = args.indexOf('--quiet');
const quiet = quietAt !== -1 && Boolean(args.splice(quietAt, 1));
const unknown = args.find((a) => a.startsWith('--'));
if (unknown) {
	console.error(`Unknown option ${unknown} (see the top of scripts/check-stories.js)`);
	process.exit(2);
}
const targets = args.length ? args : ['stories'];

// Vite loads the TypeScript modules. `tsconfig: false`: the project's tsconfig.json extends
// .svelte-kit/tsconfig.json, which exists only after a build or `svelte-kit sync`, and the
// checker must work on a fresh clone.
const { module: checker } = await runnerImport(join(root, 'src/lib/ink/checker.ts'), { oxc: { tsconfig: false } });

const entries = targets.flatMap((target) => {
	const abs = resolve(target);
	if (!existsSync(abs)) {
		console.error(`No such file or folder: ${target}`);
		process.exit(2);
	}
	if (statSync(abs).isFile()) return [abs];
	if (existsSync(join(abs, 'main.ink'))) return [join(abs, 'main.ink')];
	return checker.caseEntries(root, [abs]);
});
if (entries.length === 0) {
	console.error(`No vignettes found in ${targets.join(', ')}`);
	process.exit(2);
}

const started = Date.now();
const reports = checker.checkCases(entries, { root, limits });
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

const warned = new Set();
for (const r of reports) {
	const profile = r.profile ? ` profile ${r.profile}` : '';
	const status = r.failures.length ? `FAIL (${r.failures.length})` : 'ok';
	const coverage = r.coverage ? `: ${r.decisions} decisions; ${checker.formatCoverage(r.coverage)}` : '';
	console.log(`${status.padEnd(9)} ${r.caseId}${profile}${coverage}`);
	if (r.authoring && !quiet) printTables(r.authoring);
	for (const f of r.failures) console.log(`  ${checker.formatFailure(r, f)}`);
	// Warnings are about the story, not a profile: once per vignette.
	if (!warned.has(r.entry)) for (const w of r.warnings) console.log(`  warning: ${checker.formatFailure({ profile: null }, w)}`);
	warned.add(r.entry);
	if (r.failures.length) failed++;
}
console.log(`${reports.length - failed} vignette profiles passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(reports, null, 2));
process.exitCode = failed ? 1 : 0;
