import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, E2E_PORT, findChromium } from './tests/e2e/support/browser';

// Browser tests run against the static test build (the five vignettes and the fixtures of tests/fixtures/stories):
//   CONFIDE_FIXTURES=1 CONFIDE_OUT=.tmp/build-test npx vite build
const BUILD_DIR = '.tmp/build-test';
if (!existsSync(`${BUILD_DIR}/case/tiny/index.html`))
	throw new Error(`No test build in ${BUILD_DIR}. Build it first: CONFIDE_FIXTURES=1 CONFIDE_OUT=${BUILD_DIR} npx vite build`);

const executablePath = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: 2,
	timeout: 90_000,
	expect: { timeout: 7_000 },
	outputDir: '.tmp/e2e-output',
	reporter: [['list'], ['json', { outputFile: '.tmp/e2e-results.json' }]],
	use: {
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		baseURL: BASE_URL,
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		// Recording a trace costs about a fifth of the suite's time (measured: 22 tests, 128 s with,
		// 105 s without), and CI keeps no files: record one when you debug (CONFIDE_E2E_TRACE=1).
		trace: process.env.CONFIDE_E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
		screenshot: 'only-on-failure',
		// Installing the offline copy (the service worker's precache) in every test's new context is
		// the same work 200 times over. It is blocked here; the files that test the service worker,
		// or anything it could change (loading order, requests, CSP, offline, update, install), allow
		// it with test.use({ serviceWorkers: 'allow' }).
		serviceWorkers: 'block'
	},
	webServer: {
		command: `node scripts/serve.js --port ${E2E_PORT} --dir ${BUILD_DIR}`,
		url: `${BASE_URL}/`,
		// A server already on the port may serve another build (another checkout's, an older one):
		// tests would then pass or fail for that build. Reused only when asked (CONFIDE_E2E_REUSE=1,
		// for quick reruns against a server you started); otherwise a busy port stops the run.
		reuseExistingServer: process.env.CONFIDE_E2E_REUSE === '1',
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
