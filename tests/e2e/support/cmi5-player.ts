/**
 * A test cmi5 LMS: a player page that launches a built cmi5 test package in an iframe with
 * the launch parameters (a new session, LMS.LaunchData written first, on every load of the
 * player), and the LMS's fetch URL, State API and Statement API (tests/support/cmi5-lms.ts),
 * all served by Playwright routes on the test origin from the package zip itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { cmi5Lms, type Cmi5Lms, type LaunchOptions } from '../../support/cmi5-lms';
import { readZip } from '../../support/read-zip';
import { BASE_URL } from './browser';
import { PACKAGE_DIR } from './lms-player';

/** The `tiny` vignette's package, or the catalogue of `tiny` and `facilitated` as one course. */
export const cmi5PackagePath = (name: 'tiny' | 'catalogue' = 'tiny') => join(PACKAGE_DIR, `confide-${name}-cmi5.zip`);

const ROOT = '/lms/cmi5/';

/** Serves the LMS and the package on `context`; the same `lms` (its records) may serve several contexts. */
export async function installCmi5(context: BrowserContext, lms: Cmi5Lms = cmi5Lms(`${BASE_URL}${ROOT}`), launch: LaunchOptions = {}, name: 'tiny' | 'catalogue' = 'tiny') {
	const files = readZip(readFileSync(cmi5PackagePath(name)));
	const manifest = files.get('cmi5.xml')!.toString('utf8');
	const url = /<url>([^<]+)<\/url>/.exec(manifest)?.[1]?.replace(/&amp;/g, '&');
	if (!url) throw new Error('cmi5.xml names no launch page');
	// The verbs of every statement the page sent, as it sent them (a request made as a frame goes
	// away can outlive what a test route intercepts, though the browser sends it).
	const sent: string[] = [];
	context.on('request', (request) => {
		if (request.method() !== 'POST' || !request.url().includes(`${ROOT}xapi/statements`)) return;
		for (const statement of JSON.parse(request.postData() ?? '[]') as { verb: { id: string } }[]) sent.push(statement.verb.id.split('/').pop() ?? '');
	});
	await context.route(`**${ROOT}**`, async (route) => {
		const request = route.request();
		const path = decodeURI(new URL(request.url()).pathname.slice(ROOT.length));
		if (path === 'player/') {
			const query = lms.launch(launch);
			const src = `${ROOT}content/${url}${url.includes('?') ? '&' : '?'}${query}`;
			return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><meta charset="utf-8"><title>Test cmi5 LMS</title></head><body><iframe id="au" title="course" src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" style="width:1200px;height:760px"></iframe></body></html>` });
		}
		if (path.startsWith('content/')) {
			const file = path.slice('content/'.length);
			const body = files.get(file.endsWith('/') ? `${file}index.html` : file);
			if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
			const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'text/html';
			return route.fulfill({ body, contentType: type });
		}
		const answer = lms.handle({ method: request.method(), path: path + new URL(request.url()).search, headers: request.headers(), body: request.postData() ?? '' });
		return route.fulfill({ status: answer.status, body: answer.body, ...(answer.contentType ? { contentType: answer.contentType } : {}) });
	});
	return { url: `${ROOT}player/`, lms, manifest, sent };
}
