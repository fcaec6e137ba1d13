#!/usr/bin/env node
// npm run build:file: the copy of Confide that opens from disk (file://), for handing out as one
// file. Builds with CONFIDE_TARGET=file (svelte.config.js: everything inlined into index.html,
// pages addressed by hash), then keeps only that index.html: the stylesheet and version file Kit
// also writes are already inside it. Other CONFIDE_* variables (CONFIDE_MODE=assessment...) apply.
// Usage: node scripts/build-file.js   (writes build-file/index.html; CONFIDE_OUT=dir to change)
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = process.env.CONFIDE_OUT ?? 'build-file';
const vite = join(import.meta.dirname, '..', 'node_modules', 'vite', 'bin', 'vite.js');
const built = spawnSync(process.execPath, [vite, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CONFIDE_TARGET: 'file', CONFIDE_OUT: out }
});
if (built.status !== 0) process.exit(built.status ?? 1);
rmSync(join(out, '_app'), { recursive: true, force: true });
const file = resolve(out, 'index.html');
console.log(`\nThe copy that opens from disk: ${file} (${Math.round(statSync(file).size / 1024)} KB).`);
console.log('Hand out that one file; trainees open it in Chrome, Edge or Firefox (double-click, or File > Open).');
