/**
 * A test LMS: a player page that hosts a built SCORM package in an iframe, with `scorm-again`
 * (the run time LMS players embed) as the LMS side. Everything is served by Playwright routes
 * from the package zip itself, under a sub-path of the test origin: no server of its own.
 *
 * The LMS's record is what scorm-again held at the last successful commit or terminate, kept in
 * the player's localStorage (the "LMS database"), so a reload or a new launch starts from it.
 * `window.lmsFault` injects faults: 'commit-false' (commits answer false) or 'gone' (every call
 * throws, as when the LMS frame is torn down).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { readZip } from '../../support/read-zip';

export type Standard = 'scorm12' | 'scorm2004';

export const PACKAGE_DIR = '.tmp/lms-test';
/** A test package: the `tiny` vignette's, or the catalogue of `tiny` and `facilitated` as one course. */
export const packagePath = (standard: Standard, name: 'tiny' | 'catalogue' = 'tiny') => join(PACKAGE_DIR, `confide-${name}-${standard}.zip`);

/** scorm-again's browser build (a global Scorm12API / Scorm2004API), as LMS players load it. */
const scormAgainScript = (standard: Standard) => createRequire(import.meta.url).resolve(`scorm-again/${standard}/min`);

const PLAYER_PATH = '/lms/player/';
const CONTENT_PATH = '/lms/content/';

function playerHtml(standard: Standard, launch: string) {
	const global = standard === 'scorm12' ? 'API' : 'API_1484_11';
	const constructor = standard === 'scorm12' ? 'Scorm12API' : 'Scorm2004API';
	const [commit, finish] = standard === 'scorm12' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate'];
	return `<!doctype html><html><head><meta charset="utf-8"><title>Test LMS</title>
<script src="scorm-again.min.js"></script>
<script>
	const saved = localStorage.getItem('lms-record');
	const api = new ${constructor}({ autocommit: false, logLevel: 5 });
	if (saved) api.loadFromJSON(JSON.parse(saved).cmi);
	window.lmsFault = 'none';
	window.lmsCalls = { commit: 0, finish: 0 };
	const keep = () => localStorage.setItem('lms-record', api.renderCMIToJSONString());
	const real = {};
	for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(api)).concat(Object.keys(api))) {
		if (typeof api[name] !== 'function' || !/^(LMS|Initialize|Terminate|GetValue|SetValue|Commit|GetLastError)/.test(name)) continue;
		real[name] = api[name].bind(api);
		api[name] = (...args) => {
			if (window.lmsFault === 'gone') throw new Error('the LMS is gone');
			return real[name](...args);
		};
	}
	api['${commit}'] = (arg) => {
		if (window.lmsFault === 'gone') throw new Error('the LMS is gone');
		if (window.lmsFault === 'commit-false') return 'false';
		const answer = real['${commit}'](arg);
		if (answer === 'true') { window.lmsCalls.commit++; keep(); }
		return answer;
	};
	api['${finish}'] = (arg) => {
		if (window.lmsFault === 'gone') throw new Error('the LMS is gone');
		const answer = real['${finish}'](arg);
		window.lmsCalls.finish++;
		keep();
		return answer;
	};
	window.${global} = api;
</script></head>
<body><iframe id="sco" title="course" src="${CONTENT_PATH}${launch}" style="width:1200px;height:760px"></iframe></body></html>`;
}

/** Serves the player and the package (from its zip) on `context`; returns the player's URL. */
export async function installLms(context: BrowserContext, standard: Standard, { parameters = '', name = 'tiny' as 'tiny' | 'catalogue' } = {}) {
	const files = readZip(readFileSync(packagePath(standard, name)));
	const manifest = files.get('imsmanifest.xml')!.toString('utf8');
	const href = /<resource [^>]*href="([^"]+)"/.exec(manifest)?.[1];
	if (!href) throw new Error('the manifest names no launch page');
	// As an LMS launches it: the resource's page with the item's parameters (the standard, a profile).
	const itemParameters = (/<item [^>]*parameters="([^"]+)"/.exec(manifest)?.[1] ?? '').replace(/&amp;/g, '&');
	const launch = `${href}${itemParameters}${parameters ? `${itemParameters ? '&' : '?'}${parameters.replace(/^\?/, '')}` : ''}`;
	const scormAgain = readFileSync(scormAgainScript(standard));
	await context.route(`**${PLAYER_PATH}**`, (route) => {
		const path = new URL(route.request().url()).pathname.slice(PLAYER_PATH.length);
		if (path === 'scorm-again.min.js') return route.fulfill({ body: scormAgain, contentType: 'text/javascript' });
		return route.fulfill({ body: playerHtml(standard, launch), contentType: 'text/html' });
	});
	await context.route(`**${CONTENT_PATH}**`, (route) => {
		const path = decodeURI(new URL(route.request().url()).pathname.slice(CONTENT_PATH.length));
		const body = files.get(path.endsWith('/') ? `${path}index.html` : path);
		if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
		const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : path.endsWith('.json') ? 'application/json' : 'text/html';
		return route.fulfill({ body, contentType: type });
	});
	return { url: PLAYER_PATH, manifest, files };
}

/** The LMS's record (what was committed), as scorm-again renders it. */
export async function lmsRecord(page: Page): Promise<{ cmi: Record<string, unknown> } | null> {
	return page.evaluate(() => {
		const text = localStorage.getItem('lms-record');
		return text ? JSON.parse(text) : null;
	});
}
