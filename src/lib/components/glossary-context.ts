import { getContext, setContext } from 'svelte';

/** Lets a page show a term's definition in place, so following a term never leaves a case. */
export interface GlossaryOpener {
	open(termId: string, returnFocus: HTMLElement): void;
}

const KEY = Symbol('glossary');

export function provideGlossary(opener: GlossaryOpener) {
	setContext(KEY, opener);
}

export function glossaryOpener(): GlossaryOpener | undefined {
	return getContext<GlossaryOpener | undefined>(KEY);
}
