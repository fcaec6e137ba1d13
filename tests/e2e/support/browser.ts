/**
 * Which Chromium the browser tests drive, and how it is launched. Shared by
 * playwright.config.ts and the crash test (which spawns the browser itself, see
 * scripts/lib/chromium-process.js).
 */
export { CHROMIUM_ARGS } from '../../../scripts/lib/chromium-args.js';
export { findChromium } from '../../../scripts/lib/chromium-process.js';

/** The port the built site is served on for the browser tests. */
export const E2E_PORT = Number(process.env.CONFIDE_E2E_PORT ?? 4179);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
