import type { Reroute } from '@sveltejs/kit';

/**
 * A page opened by its file name (`case/dana/index.html`, as an LMS launches a package's entry
 * point) is the same route as its folder URL (`case/dana/`), which is what every page is
 * prerendered as. The copy that opens from disk routes by hash: its one index.html is not a route.
 */
export const reroute: Reroute = ({ url }) =>
	__CONFIDE_TARGET__ !== 'file' && url.pathname.endsWith('/index.html') ? url.pathname.slice(0, -'index.html'.length) : undefined;
