#!/usr/bin/env node
// npm run build:scorm: installable LMS packages in dist/lms/, one zip per vignette and standard
// (SCORM 1.2 and SCORM 2004 4th Edition), each with imsmanifest.xml and the schema files at its
// root and the site built for an LMS inside (relative paths, no service worker).
//
// Options (flags, or the environment variables the site build reads):
//   --standard scorm12,scorm2004   which standards (default both)
//   --case dana,jordan             which vignettes (default every one)
//   --profile tx                   fix the jurisdiction profile (default: the trainee chooses)
//   --mode assessment              CONFIDE_MODE (default learning)
//   --pass 75 | 75,critical-ok     CONFIDE_PASS: the pass rule (default 75, no critical error)
//   --out dist/lms                 where the zips go
// CONFIDE_FIXTURES=1 adds the test vignettes (test packages only).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { scorm12Manifest, scorm2004Manifest } from './lib/lms-manifest.js';
import { zipFiles } from './lib/zip.js';

const args = process.argv.slice(2);
/** @param {string} name @param {string | undefined} fallback */
const arg = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const root = resolve(import.meta.dirname, '..');
const STANDARDS = /** @type {const} */ (['scorm12', 'scorm2004']);
const standards = (arg('standard', STANDARDS.join(',')) ?? '').split(',');
for (const s of standards) if (!STANDARDS.includes(/** @type {never} */ (s))) throw new Error(`--standard: '${s}' is not one of ${STANDARDS.join(', ')}`);
const profile = arg('profile', undefined);
const mode = arg('mode', process.env.CONFIDE_MODE ?? 'learning');
const pass = arg('pass', process.env.CONFIDE_PASS);
const out = resolve(root, arg('out', 'dist/lms') ?? 'dist/lms');

/** Every vignette folder's id, title and version, read from its story tags. */
function vignettes() {
	const dirs = ['stories', ...(process.env.CONFIDE_FIXTURES === '1' ? ['tests/fixtures/stories'] : [])];
	return dirs.flatMap((dir) =>
		readdirSync(join(root, dir), { withFileTypes: true })
			.filter((d) => d.isDirectory() && !/^[_.]/.test(d.name) && existsSync(join(root, dir, d.name, 'main.ink')))
			.map((d) => {
				const source = readFileSync(join(root, dir, d.name, 'main.ink'), 'utf8');
				const tag = (/** @type {string} */ name) => new RegExp(`^#\\s*${name}:\\s*(.+)$`, 'm').exec(source)?.[1]?.trim() ?? '';
				return { id: tag('id') || d.name, title: tag('title') || d.name, version: tag('version') || '0' };
			})
	);
}

/** @param {string} dir @returns {string[]} paths relative to dir, with `/` */
function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full).map((f) => `${name}/${f}`) : [name];
	});
}

const all = vignettes();
const wanted = arg('case', undefined)?.split(',') ?? all.map((v) => v.id);
for (const id of wanted) if (!all.some((v) => v.id === id)) throw new Error(`--case: no vignette '${id}'`);

mkdirSync(out, { recursive: true });
for (const standard of standards) {
	const site = join(root, '.tmp', 'lms-build', standard);
	rmSync(site, { recursive: true, force: true });
	const env = { ...process.env, CONFIDE_LMS: standard, CONFIDE_OUT: site, CONFIDE_MODE: mode, ...(pass ? { CONFIDE_PASS: pass } : {}) };
	const built = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
	if (built.status !== 0) throw new Error(`the ${standard} site build failed`);
	const schemas = join(root, 'scripts', 'lms', 'schemas', standard);
	const siteFiles = walk(site).filter((f) => f !== 'service-worker.js' && f !== '_headers');
	for (const vignette of all.filter((v) => wanted.includes(v.id))) {
		// Each package holds one vignette's case page (another's would report into this one's record).
		const files = siteFiles.filter((f) => !f.startsWith('case/') || f.startsWith(`case/${vignette.id}/`));
		const info = {
			identifier: `confide-${vignette.id}-${vignette.version}`,
			title: `Confide: ${vignette.title}`,
			href: `case/${vignette.id}/index.html`,
			parameters: profile ? `?profile=${encodeURIComponent(profile)}` : '',
			files
		};
		const manifest = standard === 'scorm12' ? scorm12Manifest(info) : scorm2004Manifest(info);
		const zip = zipFiles([
			{ name: 'imsmanifest.xml', data: Buffer.from(manifest, 'utf8') },
			...readdirSync(schemas).map((name) => ({ name, data: readFileSync(join(schemas, name)) })),
			...files.map((name) => ({ name, data: readFileSync(join(site, ...name.split('/'))) }))
		]);
		const name = `confide-${vignette.id}${profile ? `-${profile}` : ''}-${standard}.zip`;
		writeFileSync(join(out, name), zip);
		console.log(`${relative(root, join(out, name)).split(sep).join('/')}  ${(zip.length / 1024).toFixed(0)} KB, ${files.length} files`);
	}
}
