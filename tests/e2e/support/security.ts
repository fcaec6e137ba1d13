/**
 * Helpers for the security specs: a record of Content-Security-Policy violations and of dialogs
 * (alert, confirm, prompt) that a page raised, installed before any page script runs.
 */
import { expect, type Page } from '@playwright/test';

export interface Violation {
	directive: string;
	blocked: string;
	sample: string;
	source: string;
	url: string;
}

declare global {
	interface Window {
		__cspViolations?: Violation[];
		__xss?: unknown;
	}
}

/**
 * Records every `securitypolicyviolation` of every document the page opens, and every browser
 * console message about a policy (a second net: the console also reports violations the event
 * does not reach, such as an invalid policy). Returns the console log.
 */
export async function watchPolicy(page: Page): Promise<string[]> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations?.push({
				directive: e.effectiveDirective,
				blocked: e.blockedURI,
				sample: e.sample,
				source: `${e.sourceFile}:${e.lineNumber}`,
				url: location.pathname
			});
		});
	});
	const console: string[] = [];
	page.on('console', (message) => {
		if (/content security policy|trusted type/i.test(message.text())) console.push(message.text());
	});
	return console;
}

/** The violations recorded in the current document (they reset with each page load). */
export async function violations(page: Page): Promise<Violation[]> {
	return page.evaluate(() => window.__cspViolations ?? []);
}

/** Fails if the current document recorded a violation. */
export async function expectNoViolations(page: Page, where: string) {
	expect(await violations(page), `CSP violations on ${where}`).toEqual([]);
}

/** Every dialog (alert, confirm, prompt, beforeunload) the page opens, dismissed at once. */
export function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return dialogs;
}
