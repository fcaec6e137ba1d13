// How /progress/ copes with a long history: plays one attempt of a vignette through (first option
// at every choice), stores `count` copies of that row (new ids, spread over time), then opens
// /progress/ fresh and times it until the page is ready and until the table shows its rows.
// Every copy is replayed on the story there (scores are derived, never read), so this is the
// worst case a trainee's device meets.

/** @param {import('playwright-core').Page} page */
async function playThroughFirstOptions(page, path) {
	await page.goto(path);
	await page.locator('main[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
	await page.locator('[data-action=begin]').click();
	await page.locator('main [data-action=continue]').click();
	for (let guard = 0; guard < 200; guard++) {
		const screen = await page.locator('main').getAttribute('data-screen');
		if (screen === 'debrief') break;
		const saved = page.locator('main:not([data-save-state=pending])');
		if (screen === 'feedback') await page.locator('[data-feedback] [data-action=continue]').click();
		else if (screen === 'choosing') await page.locator('[data-choice-id]').first().click();
		await saved.waitFor({ state: 'attached' });
		await page.waitForFunction((before) => document.querySelector('main')?.getAttribute('data-screen') !== before || document.querySelectorAll('[data-choice-id]').length > 0, screen);
	}
	await page.locator('main[data-save-state=saved]').waitFor({ state: 'attached' });
}

/** @param {import('playwright-core').Page} page @param {number} count */
async function storeCopies(page, count) {
	return page.evaluate(
		(count) =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('confide');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const read = db.transaction('attempts', 'readonly').objectStore('attempts').getAll();
					read.onsuccess = () => {
						const [row] = read.result.filter((r) => r.status === 'completed');
						if (!row) return reject(new Error('no completed attempt to copy'));
						const tx = db.transaction('attempts', 'readwrite');
						const store = tx.objectStore('attempts');
						const span = row.updatedAt - row.startedAt;
						for (let i = 0; i < count - 1; i++) {
							const shift = -(i + 1) * (span + 3_600_000);
							store.put({
								...row,
								id: `bench-${i}`,
								startedAt: row.startedAt + shift,
								updatedAt: row.updatedAt + shift,
								completedAt: row.completedAt + shift,
								choiceLog: row.choiceLog.map((c) => ({ ...c, at: c.at + shift }))
							});
						}
						tx.oncomplete = () => (db.close(), resolve(undefined));
						tx.onerror = () => reject(tx.error);
					};
				};
			}),
		count
	);
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {{ count?: number, path?: string }} options
 * @returns {Promise<{ attempts: number, readyMs: number, rowsMs: number, rowsShown: number }>}
 */
export async function measureProgressScale(browser, origin, { count = 5000, path = '/case/dana/' } = {}) {
	const context = await browser.newContext({ baseURL: origin, ignoreHTTPSErrors: true });
	try {
		const page = await context.newPage();
		await playThroughFirstOptions(page, path);
		await storeCopies(page, count);
		await page.close();
		const fresh = await context.newPage();
		const start = Date.now();
		await fresh.goto('/progress/');
		await fresh.locator('main[data-ready]').waitFor({ state: 'attached', timeout: 120_000 });
		const readyMs = Date.now() - start;
		await fresh.locator('tr[data-attempt]').first().waitFor({ timeout: 120_000 });
		const rowsMs = Date.now() - start;
		const rowsShown = await fresh.locator('tr[data-attempt]').count();
		const attempts = Number(await fresh.locator('main').getAttribute('data-attempts'));
		return { attempts, readyMs, rowsMs, rowsShown };
	} finally {
		await context.close();
	}
}

