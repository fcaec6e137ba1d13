// ESLint rules (eslint.config.js, for src/): story and imported text never reaches an HTML
// parser, so no HTML sink may appear in the app. The page's Trusted Types policy makes them
// throw at run time as well; this catches them before a build.
const message = 'Render story and imported text as text, never as HTML.';

/** @type {import('eslint').Linter.RulesRecord} */
export const noHtmlSinks = {
	'no-restricted-properties': [
		'error',
		...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe'].map((property) => ({ property, message })),
		{ object: 'document', property: 'write', message },
		{ object: 'document', property: 'writeln', message }
	],
	'no-restricted-globals': ['error', { name: 'DOMParser', message }],
	// `bind:innerHTML` on a contenteditable element (svelte/no-at-html-tags covers {@html}).
	'no-restricted-syntax': ['error', { selector: "SvelteDirective[kind='Binding'][key.name.name=/^(innerHTML|outerHTML)$/]", message }]
};
