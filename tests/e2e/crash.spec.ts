/**
 * A browser killed outright (SIGKILL) must lose nothing that was acknowledged as saved.
 * Playwright's own contexts keep IndexedDB in memory and launchPersistentContext exposes no
 * process, so this test spawns Chromium on a profile folder itself (scripts/lib/chromium-process.js),
 * drives it over CDP, kills its whole process group and starts it again on the same folder.
 * scripts/soak.js does the same at random moments, many times over.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { killChromium, launchChromium, type RunningChromium } from '../../scripts/lib/chromium-process.js';
import { BASE_URL } from './support/browser';
import { DANA, chosenEntries, expectedCounts, play, readCounts, waitReady, type View } from './support/case';

const resumable = (v: View) => ({ screen: v.screen, passage: v.passage, transcript: v.transcript, choiceIds: v.choiceIds, feedback: v.feedback });

test('a browser killed with SIGKILL resumes at the last saved choice, then with the feedback open', async () => {
	test.setTimeout(90_000);
	const profile = mkdtempSync(join(tmpdir(), 'confide-crash-'));
	const started: RunningChromium[] = [];
	const start = async () => {
		const running = await launchChromium(profile);
		started.push(running);
		await running.page.goto(`${BASE_URL}/case/dana/`);
		await waitReady(running.page);
		return running;
	};
	try {
		// 1. Play to the second decision; act() returns once data-save-state is "saved".
		let run = await start();
		const { view: atChoice } = await play(run.page, DANA, ['V1.D1.1.a'], {
			stopAt: (v, left) => left === 0 && v.screen === 'choosing' && v.choiceIds.some((id) => id.startsWith('V1.D1.2.'))
		});
		expect(atChoice.saveState).toBe('saved');
		expect(atChoice.passage?.length ?? 0).toBeGreaterThan(50);
		expect(atChoice.transcript.length).toBeGreaterThan(2);
		await killChromium(run);

		// 2. Same profile: exactly the same place, no content note.
		run = await start();
		const resumed = await waitReady(run.page);
		expect(resumed.screen).not.toBe('content-note');
		expect(resumable(resumed)).toEqual(resumable(atChoice));

		// 3. A scored choice, killed while its feedback is open.
		const { view: atFeedback } = await play(run.page, DANA, ['V1.D1.2.a'], { stopAt: (v, left) => left === 0 && v.screen === 'feedback' });
		expect(atFeedback.saveState).toBe('saved');
		expect(chosenEntries(atFeedback)).toHaveLength(3);
		expect(atFeedback.feedback?.length ?? 0).toBeGreaterThan(50);
		await killChromium(run);

		run = await start();
		const resumedFeedback = await waitReady(run.page);
		expect(resumable(resumedFeedback)).toEqual(resumable(atFeedback));

		// 4. It plays on to the right debrief.
		await play(run.page, DANA, ['V1.D1.3.a', 'V1.D1.5.c']);
		expect(await readCounts(run.page)).toEqual(expectedCounts(DANA, ['V1.D1.1.a', 'V1.D1.2.a', 'V1.D1.3.a', 'V1.D1.5.c']));
	} finally {
		for (const running of started) {
			await running.browser.close().catch(() => {});
			await killChromium(running).catch(() => {});
		}
		rmSync(profile, { recursive: true, force: true });
	}
});
