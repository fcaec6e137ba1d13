/**
 * A seed fixed for the commit under test: the same on every run of one commit (a commit never
 * passes once and fails the next time), different from commit to commit (the fuzzers still
 * explore). CONFIDE_FUZZ_SEED replays a seed a failure printed.
 */
import { execFileSync } from 'node:child_process';

export function commitSeed(salt = 0): number {
	const replay = Number(process.env['CONFIDE_FUZZ_SEED']);
	if (Number.isInteger(replay) && replay > 0) return replay;
	let commit = 'no-git';
	try {
		commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		// Not a git checkout (a source archive): one fixed seed.
	}
	let hash = 2166136261 ^ salt;
	for (const char of commit) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
	return (hash >>> 0) % 0x7fffffff || 1;
}
