/**
 * A dropped link for some of the app's scripts: those whose text matches are refused as a lost
 * connection, the rest are served. Block the service worker in tests that use it: requests a
 * worker answers never meet the route.
 */
import type { Page } from '@playwright/test';

export interface DroppedScripts {
	/** How many requests were refused so far. */
	readonly drops: number;
	/** The link is back: every script is served from now on. */
	restore(): void;
}

export async function dropScripts(page: Page, matches: (body: string) => boolean): Promise<DroppedScripts> {
	let dropping = true;
	let drops = 0;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (dropping && matches(body)) {
			drops++;
			return route.abort('internetdisconnected');
		}
		return route.fulfill({ response, body });
	});
	return {
		get drops() {
			return drops;
		},
		restore: () => void (dropping = false)
	};
}
