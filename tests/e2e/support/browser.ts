/**
 * Which Chromium the browser tests drive, and how it is launched. Shared by
 * playwright.config.ts and the crash test (which spawns the browser itself).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export { CHROMIUM_ARGS } from '../../../scripts/lib/chromium-args.js';

const INSTALL_HINT =
	'Install one with `apt-get update && apt-get install -y chromium` (Debian, as root; gives /usr/bin/chromium), ' +
	'or `npx playwright install chromium` where downloads are allowed, or point CHROME_PATH at a Chromium executable.';

/** CHROME_PATH, then /usr/bin/chromium, then Playwright's own download; otherwise a clear error. */
export function findChromium(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there. ${INSTALL_HINT}`);
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	let own: string | undefined;
	try {
		own = chromium.executablePath();
	} catch {
		own = undefined;
	}
	if (own && existsSync(own)) return own;
	throw new Error(`No Chromium found (looked at CHROME_PATH, /usr/bin/chromium and Playwright's own browsers). ${INSTALL_HINT}`);
}

/** The port the built site is served on for the browser tests. */
export const E2E_PORT = Number(process.env.CONFIDE_E2E_PORT ?? 4179);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
