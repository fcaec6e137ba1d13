import type { Handle } from '@sveltejs/kit';
import { NOT_FOUND_ROUTE, rootRelativeUrls } from '$lib/routing/not-found';

const SHELL = `<script>${__CONFIDE_OPENING_SHELL__.text}</script>`;
const SCRIPT_SRC = "script-src 'self'";

/**
 * At prerender: a case page with an opening gets the script that runs it before the app loads
 * (src/lib/opening/opening-shell.js), right after its <main>, so it sets the screens up before the
 * first paint; its hash joins that page's policy, and no other page's. The not-found page, served
 * at any address, gets root-relative URLs; it is prerendered at `<base>/404`.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			if (event.route.id === NOT_FOUND_ROUTE) return rootRelativeUrls(html, event.url.pathname.slice(0, -NOT_FOUND_ROUTE.length));
			if (event.route.id !== '/case/[id]') return html;
			const end = html.indexOf('</main>') + '</main>'.length;
			const policy = html.indexOf(SCRIPT_SRC);
			if (end < '</main>'.length || policy === -1 || policy > end || !html.slice(0, end).includes('data-opening')) return html;
			const at = policy + SCRIPT_SRC.length;
			return html.slice(0, at) + ` '${__CONFIDE_OPENING_SHELL__.hash}'` + html.slice(at, end) + SHELL + html.slice(end);
		}
	});
