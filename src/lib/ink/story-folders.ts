/** Node only: where the vignettes are. One folder per case with a main.ink; `_` and `.` folders never count. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
