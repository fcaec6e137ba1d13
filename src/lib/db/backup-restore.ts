/**
 * Brings attempts back from the backup copy (db/backup.ts) when the database opens without any:
 * the browser discarded it (it does so, silently, when it finds it damaged) or it was deleted
 * outside Confide. Confide's own "Delete everything" deletes the backup as well, so nothing the
 * trainee deleted comes back. The page hears of it through db/restore-notice.ts.
 */
import { isStepRow } from './attempt-rows';
import type { ConfideDatabase } from './database';
import { announceRestored } from './restore-notice';

/** How many attempts came back: 0 unless the database held none and the backup some. */
export async function restoreFromBackup(db: ConfideDatabase): Promise<number> {
	const backup = db.backup;
	if (!backup || (await db.attempts.count()) > 0) return 0;
	const rows = await backup.readAll();
	if (rows.length === 0) return 0;
	// Checked again inside the write: another tab may have restored (or saved) meanwhile.
	// The copy holds the database's rows as they were: attempts (whole, or heads of split ones) and steps.
	const steps = rows.filter(isStepRow);
	const attempts = rows.filter((row) => !isStepRow(row));
	if (attempts.length === 0) return 0;
	const restored = await db.transaction('rw', db.attempts, db.attemptSteps, async () => {
		if ((await db.attempts.count()) > 0) return 0;
		await db.attemptSteps.bulkPut(steps);
		await db.attempts.bulkPut(attempts);
		return attempts.length;
	});
	if (restored > 0) announceRestored({ restored });
	return restored;
}
