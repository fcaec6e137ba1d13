/**
 * The soak's ink oracle (Node): compiles the vignettes from their sources, as the build does, and
 * checks a stored attempt row against the story itself. Replaying the row's choice log on a fresh
 * story must give the row's transcript, ledger, passage start and phase; loading the row's ink
 * state must offer the same choices as that replay. The app's own modules do the compiling and
 * the replaying (loaded through Vite's module runner), so the oracle agrees with the app about
 * what a story is and differs only where the stored state does.
 */
import { join } from 'node:path';
import { runnerImport } from 'vite';

/**
 * @typedef {import('./model.js').StoredRow} StoredRow
 * @typedef {{ id: string, text: string, scored: boolean }} Choice
 * @typedef {{ problems: string[], offered: Choice[] }} RowCheck offered: the choices on offer at the row's place
 */

/**
 * @param {string} root the project folder
 * @param {readonly string[]} storyDirs folders holding one folder per vignette
 */
export async function loadOracle(root, storyDirs) {
	const [{ module: plugin }, { module: compile }, { module: runner }, { module: resume }] = await Promise.all([
		runnerImport(join(root, 'src/lib/ink/vite-plugin.ts')),
		runnerImport(join(root, 'src/lib/ink/compile.ts')),
		runnerImport(join(root, 'src/lib/ink/runner.ts')),
		runnerImport(join(root, 'src/lib/session/resume.ts'))
	]);
	/** @type {Map<string, { manifest: any, storyJson: string }>} */
	const cases = new Map();
	for (const entry of plugin.caseEntries(root, storyDirs)) {
		const { manifest, storyJson } = compile.compileCase(entry, { root });
		cases.set(manifest.meta.id, { manifest, storyJson });
	}

	/** @param {{ storyJson: string }} c */
	const newRunner = (c) => new runner.StoryRunner(c.storyJson);
	/** @param {Choice[]} choices */
	const ids = (choices) => choices.map((c) => c.id).join(' ');

	return {
		/** @param {string} caseId @returns {string | null} the profile a new attempt starts under */
		defaultProfile(caseId) {
			return cases.get(caseId)?.manifest.meta.profiles[0]?.id ?? null;
		},
		/**
		 * @param {string} caseId
		 * @returns {string[]} the ids of the vignette's recorded profiles: a practice-only one saves
		 * nothing, so it has no place in a soak of saves
		 */
		profiles(caseId) {
			return (cases.get(caseId)?.manifest.meta.profiles ?? [])
				.filter((/** @type {{ practiceOnly: boolean }} */ p) => !p.practiceOnly)
				.map((/** @type {{ id: string }} */ p) => p.id);
		},
		/** @param {string} caseId */
		has(caseId) {
			return cases.has(caseId);
		},
		/**
		 * @param {StoredRow} row
		 * @returns {RowCheck}
		 */
		check(row) {
			const c = cases.get(row.caseId);
			if (!c) return { problems: [`no story for case ${row.caseId}`], offered: [] };
			/** @type {string[]} */
			const problems = [];
			if (/** @type {{ contentHash?: string }} */ (row).contentHash !== c.manifest.contentHash)
				return { problems: [`content hash ${/** @type {{ contentHash?: string }} */ (row).contentHash} is not the stories' ${c.manifest.contentHash}: is the build older than the stories?`], offered: [] };
			if (row.phase === 'setting') return { problems, offered: [] };

			const replayRunner = newRunner(c);
			const plan = resume.replay(row, c.manifest, replayRunner);
			if (plan.kind === 'outdated') return { problems: [`the choice log does not replay on the story: ${plan.reason}`], offered: [] };
			const rebuilt = plan.attempt;
			if (canonical(rebuilt.transcript) !== canonical(row.transcript)) problems.push(`the transcript differs from a replay of the choice log (${firstDifference(rebuilt.transcript, row.transcript)})`);
			if (canonical(rebuilt.ledger) !== canonical(row.ledger)) problems.push(`the ledger differs from a replay of the choice log (${firstDifference(rebuilt.ledger, row.ledger)})`);
			if (rebuilt.passageStart !== row.passageStart) problems.push(`passageStart ${row.passageStart}, a replay gives ${rebuilt.passageStart}`);
			if (rebuilt.phase !== row.phase) problems.push(`phase ${row.phase}, a replay gives ${rebuilt.phase}`);
			/** @type {Choice[]} */
			const offered = replayRunner.current().choices;

			if (row.inkState !== null) {
				try {
					const stored = newRunner(c).loadState(row.inkState).choices;
					if (ids(stored) !== ids(offered) || canonical(stored) !== canonical(offered))
						problems.push(`the ink state offers [${ids(stored)}], a replay of the choice log offers [${ids(offered)}]`);
				} catch (error) {
					problems.push(`the ink state does not load: ${/** @type {Error} */ (error).message}`);
				}
			}
			return { problems, offered };
		}
	};
}

/**
 * JSON with object keys sorted and undefined members left out: equal data, equal text.
 * @param {unknown} value
 * @returns {string}
 */
export function canonical(value) {
	return JSON.stringify(value, (_key, v) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v
	);
}

/**
 * @param {unknown[]} replayed
 * @param {unknown[]} stored
 */
function firstDifference(replayed, stored) {
	const n = Math.max(replayed.length, stored.length);
	for (let i = 0; i < n; i++)
		if (canonical(replayed[i]) !== canonical(stored[i])) return `entry ${i}: stored ${canonical(stored[i])?.slice(0, 300)}, replayed ${canonical(replayed[i])?.slice(0, 300)}`;
	return 'same entries';
}
