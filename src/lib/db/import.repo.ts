/**
 * Applies an import plan in one read-write transaction: it plans again from what is stored at
 * that moment and writes only if that matches the plan the trainee confirmed. Any error aborts
 * the transaction, so the database is either fully updated or untouched.
 */
import type { AttemptRecord } from '../domain/attempt';
import type { ExportFile } from '../exchange/format';
import { planImport, planSignature, type ImportPlan } from '../exchange/merge';
import type { ConfideDatabase } from './database';
import { parseAttempt } from './schemas';
import { copyToBackup, joinAttemptRows, putWholeAttempts, type StaleSteps } from './stored-attempts';

export class PlanChangedError extends Error {
	constructor() {
		super('Your saved progress changed while the import was being confirmed, so nothing was imported. Please choose the file again.');
		this.name = 'PlanChangedError';
	}
}

export class ImportRepository {
	constructor(private readonly db: ConfideDatabase) {}

	private async current(): Promise<{ valid: AttemptRecord[]; unreadable: Set<string> }> {
		const rows = await joinAttemptRows(this.db, await this.db.attempts.toArray());
		const keys = await this.db.attempts.toCollection().primaryKeys();
		const valid: AttemptRecord[] = [];
		for (const row of rows) {
			const parsed = parseAttempt(row);
			if (parsed) valid.push(parsed);
		}
		const readable = new Set(valid.map((a) => a.id));
		return { valid, unreadable: new Set(keys.filter((k) => !readable.has(k))) };
	}

	/** What importing the file would do now (read only); `openCases`: vignettes a tab is playing. */
	async preview(file: ExportFile, openCases: ReadonlySet<string> = new Set()): Promise<ImportPlan> {
		return this.db.transaction('r', this.db.attempts, this.db.attemptSteps, async () => {
			const { valid, unreadable } = await this.current();
			return planImport(valid, file, unreadable, openCases);
		});
	}

	/** Writes the file's attempts if the plan still holds; throws PlanChangedError (writing nothing) if not. */
	async apply(file: ExportFile, confirmed: ImportPlan, openCases: ReadonlySet<string> = new Set()): Promise<ImportPlan> {
		const { plan, stale } = await this.db.transaction('rw', this.db.attempts, this.db.attemptSteps, async () => {
			const { valid, unreadable } = await this.current();
			const plan = planImport(valid, file, unreadable, openCases);
			if (planSignature(plan) !== planSignature(confirmed)) throw new PlanChangedError();
			// Stored whole: an imported attempt replaces any split copy of the same id.
			const stale: StaleSteps[] = plan.writes.length > 0 ? await putWholeAttempts(this.db, plan.writes) : [];
			return { plan, stale };
		});
		if (plan.writes.length > 0) await copyToBackup(this.db, plan.writes, stale);
		return plan;
	}
}
