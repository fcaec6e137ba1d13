/**
 * Vite plugin (Node only): compiles `stories/<case>/main.ink` at build time and serves
 * `virtual:confide/catalogue`, the list of cases with their metadata and a lazy loader each.
 * A compile error or a broken tag fails the build and the dev server with file and line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileCase, formatIssue, InkContentError, type CompiledCase } from './compile.ts';
import type { CatalogueEntry } from './catalogue-types.ts';

const CATALOGUE_ID = 'virtual:confide/catalogue';
const RESOLVED_CATALOGUE_ID = '\0' + CATALOGUE_ID;

export interface ConfideInkOptions {
	root: string;
	/** Folders holding one sub-folder per case, each with a main.ink. */
	storyDirs: string[];
}

export function caseEntries(root: string, storyDirs: readonly string[]): string[] {
	return storyDirs.flatMap((dir) => {
		const abs = resolve(root, dir);
		if (!existsSync(abs)) return [];
		return readdirSync(abs, { withFileTypes: true })
			.filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
			.map((d) => join(abs, d.name, 'main.ink'))
			.filter((file) => existsSync(file))
			.sort();
	});
}

export function confideInk(options: ConfideInkOptions): Plugin {
	const cache = new Map<string, CompiledCase>();
	const compile = (file: string): CompiledCase => {
		const cached = cache.get(file);
		if (cached) return cached;
		const compiled = compileCase(file, { root: options.root });
		cache.set(file, compiled);
		return compiled;
	};

	return {
		name: 'confide-ink',
		enforce: 'pre',
		resolveId(id) {
			return id === CATALOGUE_ID ? RESOLVED_CATALOGUE_ID : undefined;
		},
		load(id) {
			const file = id.split('?')[0]!;
			try {
				if (id === RESOLVED_CATALOGUE_ID) {
					// In vignette order (1 Dana, 2 Jordan, ...), whatever the folder names.
					const entries = caseEntries(options.root, options.storyDirs)
						.map((entry) => ({ entry, compiled: compile(entry) }))
						.sort((a, b) => a.compiled.manifest.meta.vignette - b.compiled.manifest.meta.vignette);
					const ids = new Set<string>();
					const items = entries.map(({ entry, compiled }) => {
						compiled.files.forEach((f) => this.addWatchFile(f));
						const { meta, contentHash, decisions } = compiled.manifest;
						if (ids.has(meta.id)) throw new InkContentError([{ file: entry, message: `story id '${meta.id}' is used by two vignettes` }]);
						ids.add(meta.id);
						const summary: Omit<CatalogueEntry, 'loadManifest' | 'loadStory'> = {
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
						return `{...${JSON.stringify(summary)}, loadManifest: () => import(${JSON.stringify(entry + '?manifest')}), loadStory: () => import(${JSON.stringify(entry)})}`;
					});
					return `export const catalogue = [${items.join(',\n')}];\n`;
				}
				if (file.endsWith('.ink')) {
					const compiled = compile(file);
					compiled.files.forEach((f) => this.addWatchFile(f));
					for (const w of compiled.warnings) this.warn(formatIssue(w));
					// `?manifest` is the small part the first screens need; the story JSON loads after.
					if (id.endsWith('?manifest')) return `export const manifest = ${JSON.stringify(compiled.manifest)};\n`;
					return `export const storyJson = ${JSON.stringify(compiled.storyJson)};\n`;
				}
			} catch (error) {
				if (error instanceof InkContentError) {
					const first = error.issues[0];
					this.error({
						message: `Ink content error\n${error.message}`,
						id: first?.file ? resolve(options.root, first.file) : file,
						...(first?.line ? { loc: { file: resolve(options.root, first.file ?? file), line: first.line, column: 0 } } : {})
					});
				}
				throw error;
			}
			return undefined;
		},
		watchChange(id) {
			if (id.endsWith('.ink')) cache.clear();
		},
		handleHotUpdate({ file, server }) {
			if (!file.endsWith('.ink')) return;
			cache.clear();
			const mod = server.moduleGraph.getModuleById(RESOLVED_CATALOGUE_ID);
			if (mod) server.moduleGraph.invalidateModule(mod);
		}
	};
}
