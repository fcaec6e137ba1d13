import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { noHtmlSinks } from './scripts/lib/eslint-no-html-sinks.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', '.tmp/', '.bench/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: {
				...globals.browser,
				...globals.node,
				__CONFIDE_MODE__: 'readonly',
				__CONFIDE_TARGET__: 'readonly',
				__CONFIDE_CERTIFICATE__: 'readonly',
				__CONFIDE_LMS__: 'readonly',
				__CONFIDE_PASS_RULE__: 'readonly',
				__CONFIDE_LRS__: 'readonly'
			}
		},
		rules: {
			// Story and imported text is rendered as text, never as HTML.
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		// No HTML sinks in the app (scripts/lib/eslint-no-html-sinks.js).
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		rules: noHtmlSinks
	},
	{
		// The domain core stays pure: no framework, storage or story runtime.
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/*', 'xstate', 'dexie', 'inkjs', 'inkjs/*', 'node:*'], message: 'src/lib/domain is pure TypeScript.' }] }
			]
		}
	},
	{
		// Only build-time code may import the ink compiler; it must never reach the browser.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/ink/compile.ts', 'src/lib/ink/vite-plugin.ts', 'src/**/*.spec.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [{ name: 'inkjs/full', message: 'The ink compiler is build-time only.' }, { name: 'inkjs/compiler', message: 'The ink compiler is build-time only.' }] }]
		}
	}
);
