/**
 * Vite plugin (Node only): compiles `stories/<case>/main.ink` at build time and serves
 * `virtual:confide/catalogue`, the list of cases with their metadata and a lazy loader each.
 * A compile error or a broken tag fails the build and the dev server with file and line; in the
 * dev server every page shows the error instead of the site until the story is fixed.
 */
import { resolve } from 'node:path';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { storyCollisions } from '../domain/story-collisions.ts';
import type { ContentIssue } from '../domain/types.ts';
import { compileCase, formatIssue, InkContentError, storySummary, type CompileOptions, type CompiledCase } from './compile.ts';
import type { CatalogueEntry } from './catalogue-types.ts';
import { caseEntries } from './story-folders.ts';

export { caseEntries };

const CATALOGUE_ID = 'virtual:confide/catalogue';
const RESOLVED_CATALOGUE_ID = '\0' + CATALOGUE_ID;

export interface ConfideInkOptions {
	root: string;
	/** Folders holding one sub-folder per case, each with a main.ink. */
	storyDirs: string[];
	/** The exploration budget per profile (see compile.ts DEFAULT_LIMITS). */
	limits?: CompileOptions['limits'];
}

type Compiled = { ok: true; compiled: CompiledCase } | { ok: false; error: InkContentError };

/** The dev server's page for a story that does not build: what is wrong, where, and that it reloads. */
export function contentErrorPage(error: InkContentError): string {
	const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	const items = error.issues.map((issue) => `<li><pre>${escape(formatIssue(issue))}</pre></li>`).join('\n');
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Ink content error</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{white-space:pre-wrap;margin:0}li{margin:.75rem 0;padding:.5rem .75rem;background:#fff4f4;border-left:4px solid #b00020}</style>
</head>
<body>
<h1>Ink content error</h1>
<p>A vignette does not build, so the site cannot start. Each problem names the file and line to fix; this page reloads when you save.</p>
<ol>
${items}
</ol>
<script type="module" src="/@vite/client"></script>
</body>
</html>
`;
}

export function confideInk(options: ConfideInkOptions): Plugin {
	const cache = new Map<string, Compiled>();
	let server: ViteDevServer | undefined;
	const compileOnce = (file: string): Compiled => {
		const cached = cache.get(file);
		if (cached) return cached;
		let result: Compiled;
		try {
			result = { ok: true, compiled: compileCase(file, { root: options.root, ...(options.limits ? { limits: options.limits } : {}) }) };
		} catch (error) {
			if (!(error instanceof InkContentError)) throw error;
			result = { ok: false, error };
		}
		cache.set(file, result);
		return result;
	};
	const compile = (file: string): CompiledCase => {
		const result = compileOnce(file);
		if (!result.ok) throw result.error;
		return result.compiled;
	};
	/** Every vignette compiled and the rules across them checked: the catalogue, in vignette order. */
	const compileAll = () => {
		const results = caseEntries(options.root, options.storyDirs).map((entry) => ({ entry, result: compileOnce(entry) }));
		// Every broken vignette at once, not only the first.
		const broken = results.flatMap(({ result }) => (result.ok ? [] : result.error.issues));
		if (broken.length) throw new InkContentError(broken);
		const entries = results.map(({ entry, result }) => ({ entry, compiled: (result as Extract<Compiled, { ok: true }>).compiled }));
		const collisions = storyCollisions(entries.map(({ compiled }) => storySummary(compiled)));
		if (collisions.length) throw new InkContentError(collisions);
		return entries.sort((a, b) => a.compiled.manifest.meta.vignette - b.compiled.manifest.meta.vignette);
	};
	/** What the dev server shows instead of the site while a vignette does not build. */
	const contentError = (): InkContentError | undefined => {
		try {
			compileAll();
			return undefined;
		} catch (error) {
			if (error instanceof InkContentError) return error;
			throw error;
		}
	};
	const errorPages: Connect.NextHandleFunction = (req, res, next) => {
		if (!req.headers.accept?.includes('text/html')) return next();
		const error = contentError();
		if (!error) return next();
		res.statusCode = 500;
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.end(contentErrorPage(error));
	};

	return {
		name: 'confide-ink',
		enforce: 'pre',
		configureServer(devServer) {
			server = devServer;
			// Before every other handler, the site's own pages included: a bare "500" would hide the line to fix.
			devServer.middlewares.use(errorPages);
		},
		resolveId(id) {
			return id === CATALOGUE_ID ? RESOLVED_CATALOGUE_ID : undefined;
		},
		load(id) {
			const file = id.split('?')[0]!;
			try {
				if (id === RESOLVED_CATALOGUE_ID) {
					const items = compileAll().map(({ entry, compiled }) => {
						compiled.files.forEach((f) => this.addWatchFile(f));
						const { meta, contentHash, decisions } = compiled.manifest;
						const summary: Omit<CatalogueEntry, 'loadManifest' | 'loadStory' | 'loadNotes'> = {
							id: meta.id,
							vignette: meta.vignette,
							title: meta.title,
							summary: meta.summary,
							version: meta.version,
							reviewed: meta.reviewed,
							contentNotes: meta.contentNotes,
							profiles: meta.profiles,
							decisionCount: decisions.length,
							contentHash
						};
						return `{...${JSON.stringify(summary)}, loadManifest: () => import(${JSON.stringify(entry + '?manifest')}), loadStory: () => import(${JSON.stringify(entry)}), loadNotes: () => import(${JSON.stringify(entry + '?notes')})}`;
					});
					return `export const catalogue = [${items.join(',\n')}];\n`;
				}
				if (file.endsWith('.ink')) {
					const compiled = compile(file);
					compiled.files.forEach((f) => this.addWatchFile(f));
					for (const w of [...compiled.inkWarnings, ...compiled.warnings]) this.warn(formatIssue(w));
					// `?manifest` is the small part the first screens need; the story JSON loads after.
					if (id.endsWith('?manifest')) return `export const manifest = ${JSON.stringify(compiled.manifest)};\n`;
					// `?notes` only a workshop's presenter view imports: trainees' and rooms' pages never carry them.
					if (id.endsWith('?notes')) return `export const notes = ${JSON.stringify(compiled.notes)};\n`;
					return `export const storyJson = ${JSON.stringify(compiled.storyJson)};\n`;
				}
			} catch (error) {
				if (error instanceof InkContentError) {
					const first: ContentIssue | undefined = error.issues[0];
					const at = first?.file ? resolve(options.root, first.file) : file;
					server?.ws.send({ type: 'error', err: { message: `Ink content error\n${error.message}`, stack: '', id: at, ...(first?.line ? { loc: { file: at, line: first.line, column: 0 } } : {}) } });
					this.error({
						message: `Ink content error\n${error.message}`,
						id: at,
						...(first?.line ? { loc: { file: at, line: first.line, column: 0 } } : {})
					});
				}
				throw error;
			}
			return undefined;
		},
		watchChange(id) {
			if (id.endsWith('.ink')) cache.clear();
		},
		handleHotUpdate({ file, server: devServer }) {
			if (!file.endsWith('.ink')) return;
			cache.clear();
			const mod = devServer.moduleGraph.getModuleById(RESOLVED_CATALOGUE_ID);
			if (mod) devServer.moduleGraph.invalidateModule(mod);
			// The error page is no module Vite knows of: reload every page so it shows the fixed story.
			devServer.ws.send({ type: 'full-reload', path: '*' });
		}
	};
}
