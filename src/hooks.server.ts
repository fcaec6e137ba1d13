import type { Handle } from '@sveltejs/kit';

const SHELL = `<script>${__CONFIDE_OPENING_SHELL__.text}</script>`;
const SCRIPT_SRC = "script-src 'self'";

/**
 * At prerender: a case page with an opening gets the script that runs it before the app loads
 * (src/lib/opening/opening-shell.js), right after its <main>, so it sets the screens up before the
 * first paint; its hash joins that page's policy, and no other page's.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			if (event.route.id !== '/case/[id]') return html;
			const end = html.indexOf('</main>') + '</main>'.length;
			const policy = html.indexOf(SCRIPT_SRC);
			if (end < '</main>'.length || policy === -1 || policy > end || !html.slice(0, end).includes('data-opening')) return html;
			const at = policy + SCRIPT_SRC.length;
			return html.slice(0, at) + ` '${__CONFIDE_OPENING_SHELL__.hash}'` + html.slice(at, end) + SHELL + html.slice(end);
		}
	});
