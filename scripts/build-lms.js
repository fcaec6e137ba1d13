#!/usr/bin/env node
// npm run build:scorm: installable LMS packages in dist/lms/, one zip per vignette and standard
// (SCORM 1.2, SCORM 2004 4th Edition and cmi5), or with --catalogue one zip per standard holding
// every vignette as one course; each with its manifest at the root (SCORM: imsmanifest.xml and the
// schema files; cmi5: cmi5.xml) and the site built for an LMS inside (relative paths, no service
// worker).
//
// Options (flags, or the environment variables the site build reads):
//   --standard scorm12,scorm2004,cmi5   which standards (default all three)
//   --case dana,jordan             which vignettes (default every one)
//   --catalogue                    one package with those vignettes as one course (one gradebook
//                                  entry: completed once every vignette is, scored over all of them)
//   --packages vignette,catalogue  which shapes (default vignette; --catalogue means catalogue)
//   --profile tx                   fix the jurisdiction profile (default: the trainee chooses)
//   --mode assessment              CONFIDE_MODE (default learning)
//   --pass 75 | 75,critical-ok     CONFIDE_PASS: the pass rule (default 75, no critical error)
//   --out dist/lms                 where the zips go
// CONFIDE_FIXTURES=1 adds the test vignettes (test packages only).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cmi5Manifest, scorm12Manifest, scorm2004Manifest } from './lib/lms-manifest.js';
import { zipFiles } from './lib/zip.js';

const args = process.argv.slice(2);
/** @param {string} name @param {string | undefined} fallback */
const arg = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const root = resolve(import.meta.dirname, '..');
const STANDARDS = /** @type {const} */ (['scorm12', 'scorm2004', 'cmi5']);
const standards = (arg('standard', STANDARDS.join(',')) ?? '').split(',');
for (const s of standards) if (!STANDARDS.includes(/** @type {never} */ (s))) throw new Error(`--standard: '${s}' is not one of ${STANDARDS.join(', ')}`);
const profile = arg('profile', undefined);
const mode = arg('mode', process.env.CONFIDE_MODE ?? 'learning');
const pass = arg('pass', process.env.CONFIDE_PASS);
// The pass rule's share of the points, as cmi5's mastery score (the site build checks the rule itself).
const masteryScore = Number(/^\s*(\d{1,3})/.exec(pass ?? '')?.[1] ?? 75) / 100;
const out = resolve(root, arg('out', 'dist/lms') ?? 'dist/lms');
const SHAPES = ['vignette', 'catalogue'];
const shapes = (arg('packages', args.includes('--catalogue') ? 'catalogue' : 'vignette') ?? '').split(',');
for (const s of shapes) if (!SHAPES.includes(s)) throw new Error(`--packages: '${s}' is not one of ${SHAPES.join(', ')}`);

/** Every vignette folder's id, title and version, read from its story tags, in vignette order (as the catalogue lists them). */
function vignettes() {
	const dirs = ['stories', ...(process.env.CONFIDE_FIXTURES === '1' ? ['tests/fixtures/stories'] : [])];
	return dirs.flatMap((dir) =>
		readdirSync(join(root, dir), { withFileTypes: true })
			.filter((d) => d.isDirectory() && !/^[_.]/.test(d.name) && existsSync(join(root, dir, d.name, 'main.ink')))
			.map((d) => {
				const source = readFileSync(join(root, dir, d.name, 'main.ink'), 'utf8');
				const tag = (/** @type {string} */ name) => new RegExp(`^#\\s*${name}:\\s*(.+)$`, 'm').exec(source)?.[1]?.trim() ?? '';
				const practiceOnly = [...source.matchAll(/^#\s*practice_only:\s*(.+)$/gm)].flatMap((m) => m[1].trim().split(/[\s,]+/));
				return { id: tag('id') || d.name, title: tag('title') || d.name, version: tag('version') || '0', order: Number(tag('vignette')) || 0, practiceOnly };
			})
	).sort((a, b) => a.order - b.order);
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
const chosen = all.filter((v) => wanted.includes(v.id));
// A practice-only profile's runs are never recorded: a package fixed to one would report nothing.
for (const v of chosen)
	if (profile && v.practiceOnly.includes(profile))
		throw new Error(`--profile ${profile}: ${v.id} marks that profile practice only (its runs are never recorded), so its package would report nothing to the LMS. Choose another profile, or leave --case ${v.id} out.`);

mkdirSync(out, { recursive: true });
// One site build serves every standard: each package's manifest names its standard in the launch
// (`?lms=scorm12|scorm2004|cmi5`), and the case page reports accordingly.
const site = join(root, '.tmp', 'lms-build');
rmSync(site, { recursive: true, force: true });
const env = { ...process.env, CONFIDE_LMS: 'package', CONFIDE_OUT: site, CONFIDE_MODE: mode, ...(pass ? { CONFIDE_PASS: pass } : {}) };
const built = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) throw new Error('the LMS site build failed');
const siteFiles = walk(site).filter((f) => f !== 'service-worker.js' && f !== '_headers');

/**
 * A file of the package as it goes into the zip. Only cmi5 talks to the LMS over the network (its
 * xAPI endpoint, named at launch): a SCORM package's pages get back their policy of connecting to
 * their own origin only.
 * @param {string} name
 * @param {string} standard
 */
function packaged(name, standard) {
	const data = readFileSync(join(site, ...name.split('/')));
	if (standard === 'cmi5' || !name.endsWith('.html')) return data;
	const narrowed = data.toString('utf8').replace(/connect-src [^;"]*/g, "connect-src 'self'");
	return Buffer.from(narrowed, 'utf8');
}

/**
 * The packages to write: one per vignette, or one holding them all. A package holds only its own
 * vignettes' case pages (another's would report into this one's record); a catalogue's launch
 * names them (`course=`), and opens on the home page that lists them.
 */
const catalogue = {
	name: 'catalogue',
	identifier: `confide-catalogue-${chosen.map((v) => `${v.id}-${v.version}`).join('-')}`.slice(0, 200),
	title: 'Confide: case vignettes',
	description: `Confide's vignettes (${chosen.map((v) => `${v.title} ${v.version}`).join('; ')}) as one course: decisions about confidentiality and the duty to disclose, scored with feedback.`,
	courseId: 'urn:confide:course:catalogue',
	auId: 'urn:confide:catalogue',
	href: 'index.html',
	vignettes: chosen
};
const perVignette = chosen.map((v) => ({
	name: v.id,
	identifier: `confide-${v.id}-${v.version}`,
	title: `Confide: ${v.title}`,
	description: `A Confide vignette (version ${v.version}): decisions about confidentiality and the duty to disclose, scored with feedback.`,
	courseId: `urn:confide:course:${encodeURIComponent(v.id)}`,
	auId: `urn:confide:vignette:${encodeURIComponent(v.id)}`,
	href: `case/${v.id}/index.html`,
	vignettes: [v]
}));
const packages = [...(shapes.includes('catalogue') ? [catalogue] : []), ...(shapes.includes('vignette') ? perVignette : [])];

for (const standard of standards) {
	// cmi5 packages carry no schema files, only cmi5.xml.
	const schemas = standard === 'cmi5' ? null : join(root, 'scripts', 'lms', 'schemas', standard);
	for (const pkg of packages) {
		const ids = pkg.vignettes.map((v) => v.id);
		const launch = new URLSearchParams({ lms: standard, ...(pkg === catalogue ? { course: ids.join(',') } : {}), ...(profile ? { profile } : {}) });
		const files = siteFiles.filter((f) => !f.startsWith('case/') || ids.some((id) => f.startsWith(`case/${id}/`)));
		const info = { identifier: pkg.identifier, title: pkg.title, href: pkg.href, parameters: `?${launch}`, files };
		const manifest =
			standard === 'cmi5'
				? {
						name: 'cmi5.xml',
						text: cmi5Manifest({ courseId: pkg.courseId, auId: pkg.auId, title: info.title, description: pkg.description, url: `${info.href}${info.parameters}`, masteryScore })
					}
				: { name: 'imsmanifest.xml', text: standard === 'scorm12' ? scorm12Manifest(info) : scorm2004Manifest(info) };
		const zip = zipFiles([
			{ name: manifest.name, data: Buffer.from(manifest.text, 'utf8') },
			...(schemas ? readdirSync(schemas).map((name) => ({ name, data: readFileSync(join(schemas, name)) })) : []),
			...files.map((name) => ({ name, data: packaged(name, standard) }))
		]);
		const name = `confide-${pkg.name}${profile ? `-${profile}` : ''}-${standard}.zip`;
		writeFileSync(join(out, name), zip);
		console.log(`${relative(root, join(out, name)).split(sep).join('/')}  ${(zip.length / 1024).toFixed(0)} KB, ${files.length} files`);
	}
}
