/**
 * Attempts made with content 1.x stay honest under content 2.0 (CONTENT.md 10): a finished one
 * keeps its result and says which content version it was made with; an unfinished one goes
 * through the "content changed" path (kept as superseded, a restart offered), never replayed
 * onto decisions that were retired. The database is the one a 1.x build left: Dexie schema
 * version 1, written with the raw IndexedDB API before the app ever opens it.
 */
import { expect, test, type Page } from '@playwright/test';
import { openCase, storedRows, waitReady } from './support/case';

const ID_OR_LETTER = /V\d+\.D\d+\.\d+/;

/** A Dana attempt as content 1.0.0 stored it (decision D1.4 was retired in 2.0). */
function oldDanaAttempt(id: string, status: 'completed' | 'active') {
	const log = status === 'completed' ? ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.4.a'] : ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a'];
	const entry = (optionId: string, action: 'hold' | 'disclose') => ({
		decisionId: optionId.slice(0, -2),
		optionId,
		optionText: `The option 1.0 offered at its decision ${optionId.at(-3)}`,
		action,
		verdict: 'best',
		critical: false,
		rationale: `Why it was best in content 1.0 (decision ${optionId.at(-3)}).`,
		cite: 'APA 4.01'
	});
	return {
		id,
		caseId: 'dana',
		contentHash: '1-x-content-hash',
		storyVersion: '1.0.0',
		profile: null,
		schemaVersion: 1,
		status,
		phase: status === 'completed' ? 'ended' : 'choosing',
		startedAt: Date.UTC(2026, 10, 2, 9, 0),
		updatedAt: Date.UTC(2026, 10, 2, 9, 20),
		completedAt: status === 'completed' ? Date.UTC(2026, 10, 2, 9, 20) : null,
		inkState: null,
		choiceLog: log.map((choiceId, i) => ({ choiceId, at: Date.UTC(2026, 10, 2, 9, 2 + i) })),
		transcript: [{ kind: 'text', text: 'It is Dana’s sixth session.' }],
		passageStart: 0,
		ledger: log.map((id) => entry(id, id === 'V1.D1.3.a' ? 'disclose' : 'hold')),
		revision: log.length + 2
	};
}

/** The database a 1.x build left behind: Dexie's version 1 schema (IndexedDB version 10). */
async function seedVersionOneDatabase(page: Page, rows: unknown[]) {
	await page.goto('/glossary/');
	await page.evaluate(
		(rows) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('confide', 10);
				request.onupgradeneeded = () => {
					const store = request.result.createObjectStore('attempts', { keyPath: 'id' });
					store.createIndex('caseId', 'caseId');
					store.createIndex('[caseId+status]', ['caseId', 'status']);
					store.createIndex('updatedAt', 'updatedAt');
				};
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction('attempts', 'readwrite');
					for (const row of rows) tx.objectStore('attempts').put(row);
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			}),
		rows
	);
}

test('a finished 1.x attempt keeps its result after the upgrade, and says it was made with content 1.0.0', async ({ page }) => {
	await seedVersionOneDatabase(page, [oldDanaAttempt('old-finished', 'completed')]);

	await page.goto('/progress/');
	const row = page.locator('tr[data-attempt="old-finished"]');
	await expect(row).toBeVisible({ timeout: 15_000 });
	// Its own result: four best answers of 1.0 (three holds, one breach), counted from its record.
	await expect(row.locator('[data-count=correct_hold]')).toHaveText('3');
	await expect(row.locator('[data-count=correct_breach]')).toHaveText('1');
	await expect(row.locator('[data-content-version]')).toContainText('content 1.0.0');

	// Migrated to the current row shape by the upgrade, its result untouched.
	const [stored] = await storedRows(page);
	expect(stored).toMatchObject({ id: 'old-finished', schemaVersion: 2, storyVersion: '1.0.0', status: 'completed' });
	expect((stored!['ledger'] as unknown[]).length).toBe(4);

	await row.locator('[data-action=report]').click();
	await expect(page.locator('main[data-report=ready]')).toBeAttached();
	await expect(page.locator('main')).toContainText('version 1.0.0');
	await expect(page.locator('main')).toContainText('earlier version of the vignette');
	await expect(page.locator('[data-count=correct_hold]').first()).toHaveText('3');
	// The retired decision is named for what it is, never by its id.
	await expect(page.locator('main')).toContainText('A decision no longer in this vignette');
	expect(await page.locator('main').innerText()).not.toMatch(ID_OR_LETTER);
});

test('an unfinished 1.x attempt is not replayed onto content 2.0: it is kept as superseded and a new attempt starts', async ({ page }) => {
	await seedVersionOneDatabase(page, [oldDanaAttempt('old-active', 'active')]);
	await openCase(page, 'dana');
	await expect(page.locator('[data-outdated]')).toContainText('This vignette was updated since you last played it');
	expect((await waitReady(page)).screen).toBe('content-note');
	await expect
		.poll(async () => (await storedRows(page)).find((r) => r['id'] === 'old-active')?.['status'], { message: 'kept, as superseded' })
		.toBe('superseded');
});
