// Attributes the gzip bytes of each built file to a category (inkjs, xstate, dexie, framework,
// app, story, html, css, ...).
//
// JS chunks are attributed with source maps from a separate analysis build (same sources, built
// with --sourcemap into another directory), so that chunks mixing several libraries are split
// exactly: each generated character belongs to the source its mapping segment points at. A chunk
// of the measured build is paired with its analysis twin by content (hashed file names masked),
// so a stale or differing analysis build is never used silently. Files without a twin or map fall
// back to content signatures and are flagged `heuristic`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSize } from './server.js';

/** Categories in report order; any other npm package found in a chunk gets its own category. */
export const CATEGORIES = ['html', 'css', 'framework', 'app', 'xstate', 'inkjs', 'dexie', 'story'];

const FRAMEWORK_PACKAGES = new Set(['svelte', '@sveltejs/kit', 'esm-env', 'devalue', 'clsx', 'vite', 'set-cookie-parser', 'cookie']);
const PACKAGE_CATEGORY = { inkjs: 'inkjs', xstate: 'xstate', dexie: 'dexie' };

/** Category of one source path as it appears in a source map's `sources`. */
export function categoryOfSource(source) {
	const s = source.replaceAll('\\', '/');
	const nm = s.lastIndexOf('node_modules/');
	if (nm !== -1) {
		const rest = s.slice(nm + 'node_modules/'.length).split('/');
		const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
		if (PACKAGE_CATEGORY[pkg]) return PACKAGE_CATEGORY[pkg];
		if (FRAMEWORK_PACKAGES.has(pkg) || pkg.startsWith('@sveltejs/')) return 'framework';
		return pkg; // e.g. valibot: reported as its own line
	}
	if (/\.ink(\?|$)/.test(s)) return 'story'; // the compiled vignette and its manifest
	if (s.includes('.svelte-kit/') || /(^|\/)generated\//.test(s)) return 'framework';
	if (s.includes('vite/') || s.includes('\0') || s.includes('preload-helper')) return 'framework';
	if (/(^|\/)src\//.test(s)) return 'app';
	if (/(^|\/)stories\//.test(s)) return 'story';
	return 'app';
}

/** Content signatures, for files without a usable source map. First match wins. */
export function categoryByContent(relPath, text) {
	if (/inkVersionCurrent|\bStoryState\b/.test(text)) return 'inkjs';
	if (/"inkVersion":\s*\d+/.test(text)) return 'story';
	if (/\bDexie\b/.test(text)) return 'dexie';
	if (/\bxstate\.|createMachine/.test(text)) return 'xstate';
	if (relPath.includes('/entry/') || /__sveltekit|vite:preloadError|__svelte\b/.test(text)) return 'framework';
	return 'app';
}

// ---- source map decoding (base64 VLQ), just what attribution needs ----
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** @returns {Array<Array<[number, number]>>} per generated line: [generatedColumn, sourceIndex or -1] */
export function decodeMappings(mappings) {
	const lines = [];
	let source = 0;
	for (const line of mappings.split(';')) {
		const segments = [];
		let column = 0;
		if (line) {
			for (const segment of line.split(',')) {
				if (!segment) continue;
				const fields = [];
				let value = 0;
				let shift = 0;
				for (const char of segment) {
					const digit = B64_INDEX.get(char);
					if (digit === undefined) throw new Error(`bad VLQ character '${char}'`);
					value += (digit & 31) << shift;
					if (digit & 32) {
						shift += 5;
					} else {
						const negative = value & 1;
						fields.push(negative ? -(value >>> 1) : value >>> 1);
						value = 0;
						shift = 0;
					}
				}
				column += fields[0];
				if (fields.length >= 4) {
					source += fields[1];
					segments.push([column, source]);
				} else segments.push([column, -1]);
			}
		}
		segments.sort((a, b) => a[0] - b[0]);
		lines.push(segments);
	}
	return lines;
}

/** Splits generated code into per-category text using its source map. */
function splitBySourceMap(code, map) {
	const categories = map.sources.map((s) => categoryOfSource(s));
	const decoded = decodeMappings(map.mappings);
	/** @type {Map<string, string[]>} */
	const pieces = new Map();
	const add = (category, text) => {
		if (!text) return;
		if (!pieces.has(category)) pieces.set(category, []);
		pieces.get(category).push(text);
	};
	const lines = code.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i];
		const segments = decoded[i] ?? [];
		add('', text.slice(0, segments.length ? segments[0][0] : text.length));
		for (let j = 0; j < segments.length; j++) {
			const [start, src] = segments[j];
			const end = j + 1 < segments.length ? segments[j + 1][0] : text.length;
			add(src >= 0 ? (categories[src] ?? '') : '', text.slice(start, end));
		}
	}
	return new Map([...pieces].map(([k, v]) => [k, v.join('\n')]));
}

/** Masks what differs between two builds of the same sources: hashed names, the build version, map comments. */
function fingerprint(text, version) {
	if (version) text = text.replaceAll(version, 'VERSION');
	return text
		.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '')
		.replace(/[A-Za-z0-9_-]{8}\.(js|css)\b/g, 'XXXXXXXX.$1')
		.replace(/__sveltekit_[a-z0-9]+/g, '__sveltekit_X')
		.trimEnd();
}

/** The build's version string (SvelteKit writes it into the client runtime too). */
function versionOf(dir) {
	try {
		return String(JSON.parse(readFileSync(join(dir, '_app', 'version.json'), 'utf8')).version || '') || undefined;
	} catch {
		return undefined;
	}
}

function walk(dir) {
	const out = [];
	if (!existsSync(dir)) return out;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...walk(path));
		else out.push(path);
	}
	return out;
}

/**
 * @param {{ buildDir: string, analysisDir?: string }} options
 */
export function createAttributor({ buildDir, analysisDir }) {
	/** fingerprint -> analysis JS file (with a .map next to it) */
	const twins = new Map();
	let analysisFiles = 0;
	const buildVersion = versionOf(buildDir);
	if (analysisDir && existsSync(analysisDir)) {
		const analysisVersion = versionOf(analysisDir);
		for (const file of walk(analysisDir)) {
			if (extname(file) !== '.js') continue;
			analysisFiles++;
			const key = fingerprint(readFileSync(file, 'utf8'), analysisVersion);
			if (!twins.has(key)) twins.set(key, file);
		}
	}
	const cache = new Map();

	/**
	 * @param {string} file absolute path of a file in buildDir
	 * @returns {{ file: string, gz: number, raw: number, method: string, categories: Record<string, number>, note?: string }}
	 */
	function attribute(file) {
		if (cache.has(file)) return cache.get(file);
		const rel = relative(buildDir, file).split(sep).join('/');
		const body = readFileSync(file);
		const gz = gzipSize(body);
		const ext = extname(file);
		let result;
		if (ext === '.html') result = { file: rel, gz, raw: body.length, method: 'type', categories: { html: gz } };
		else if (ext === '.css') result = { file: rel, gz, raw: body.length, method: 'type', categories: { css: gz } };
		else if (ext !== '.js') result = { file: rel, gz, raw: body.length, method: 'type', categories: { other: gz } };
		else {
			const text = body.toString('utf8');
			const twin = twins.get(fingerprint(text, buildVersion));
			const mapFile = twin && `${twin}.map`;
			if (mapFile && existsSync(mapFile)) {
				try {
					result = bySourceMap(rel, gz, body.length, readFileSync(twin, 'utf8'), JSON.parse(readFileSync(mapFile, 'utf8')));
				} catch (error) {
					result = undefined;
					console.warn(`  (source map of ${rel} unreadable: ${error.message}; using content signatures)`);
				}
			}
			if (!result) {
				const category = categoryByContent(rel, text);
				result = {
					file: rel,
					gz,
					raw: body.length,
					method: 'heuristic',
					categories: { [category]: gz },
					note: twin ? 'no source map for this chunk' : 'no matching chunk in the analysis build'
				};
			}
		}
		cache.set(file, result);
		return result;
	}

	function bySourceMap(rel, gz, raw, code, map) {
		const pieces = splitBySourceMap(code, map);
		const unmapped = pieces.get('') ?? '';
		pieces.delete('');
		if (pieces.size === 0) return undefined;
		// gzip each category's text on its own, then scale so the parts add up to the real size.
		const estimates = new Map([...pieces].map(([k, v]) => [k, { chars: v.length, gz: gzipSize(Buffer.from(v)) }]));
		const mappedChars = [...estimates.values()].reduce((s, e) => s + e.chars, 0);
		const unmappedGz = unmapped.length ? gzipSize(Buffer.from(unmapped)) : 0;
		// Glue code without a mapping (import/export statements) follows the chunk's own mix.
		for (const e of estimates.values()) e.gz += (unmappedGz * e.chars) / mappedChars;
		const sum = [...estimates.values()].reduce((s, e) => s + e.gz, 0);
		const categories = {};
		for (const [k, e] of estimates) categories[k] = (e.gz / sum) * gz;
		return { file: rel, gz, raw, method: 'sourcemap', categories };
	}

	return { attribute, analysisFiles, analysisDir: analysisDir && existsSync(analysisDir) ? analysisDir : null };
}

/** Adds `b`'s categories into `a` (both objects of category -> bytes). */
export function addCategories(a, b, scale = 1) {
	for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v * scale;
	return a;
}
