/** Playing a package inside the test LMS's frame, and reading what the LMS committed (lms-player.ts). */
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { lmsRecord } from './lms-player';

export type Cmi = Record<string, unknown>;
export const get = (cmi: Cmi, path: string): unknown => path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], cmi);
export const interactionsOf = (cmi: Cmi) => Object.values((cmi['interactions'] ?? {}) as Record<string, Cmi>).filter((i) => typeof i === 'object' && i !== null && 'id' in i);

export async function screen(sco: FrameLocator, name: string) {
	await expect(sco.locator('main')).toHaveAttribute('data-screen', name, { timeout: 15_000 });
}

/** A choice, then wait until the page moved on and the local save settled. */
export async function choose(sco: FrameLocator, id: string, next: string) {
	await sco.locator(`[data-choice-id="${id}"]`).click();
	await screen(sco, next);
	await expect(sco.locator('main')).toHaveAttribute('data-save-state', 'saved');
}

export async function continueFeedback(sco: FrameLocator, next: string) {
	await sco.locator('[data-feedback] [data-action=continue]').click();
	await screen(sco, next);
	await expect(sco.locator('main')).toHaveAttribute('data-save-state', 'saved');
}

export async function start(sco: FrameLocator) {
	await screen(sco, 'content-note');
	await sco.locator('[data-action=begin]').click();
	await screen(sco, 'setting');
	await sco.locator('main [data-action=continue]').click();
	await screen(sco, 'choosing');
}

/** Waits until the LMS's committed record satisfies `check`. */
export async function committed(page: Page, check: (cmi: Cmi) => boolean, message: string) {
	await expect.poll(async () => check(((await lmsRecord(page))?.cmi ?? {}) as Cmi), { message, timeout: 20_000 }).toBe(true);
	return ((await lmsRecord(page))!.cmi ?? {}) as Cmi;
}

