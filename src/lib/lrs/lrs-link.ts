/**
 * The case page's link to a learning record store (built with CONFIDE_LRS_ENDPOINT): follows the
 * attempt machine's snapshots, turns the attempt into xAPI statements after every step, queues
 * them in the outbox and sends them. It only observes the attempt; a store that fails never stops
 * the trainee. Statements left from earlier visits (played offline) are sent when it starts and
 * whenever the browser comes back online.
 */
import { recordOf, type AttemptSnapshot } from '../machines/attempt.machine';
import { isPracticeOnly } from '../domain/profiles';
import { attemptStatements, type StatementSources } from '../exchange/xapi';
import { openStorage } from '../db/storage';
import { outboxSender, type LrsConfig, type OutboxSender } from './outbox-sender';
import { buildReviewNotice } from '../ink/catalogue';

export interface LrsLink {
	observe(snapshot: AttemptSnapshot): void;
	stop(): void;
}

/** `learner`: inside an LMS package, the learner it named (an xAPI agent): the statements' actor. */
export function startLrs(config: LrsConfig, learner?: Record<string, unknown>): LrsLink {
	let sender: OutboxSender | undefined;
	let sources: Omit<StatementSources, 'vignette'> | undefined;
	let last = '';
	let pending: AttemptSnapshot | undefined;
	const online = () => void sender?.flush();
	addEventListener('online', online);

	const ready = (async () => {
		const [{ OutboxRepository }, storage] = await Promise.all([import('../db/outbox.repo'), openStorage()]);
		const trainee = storage.ok ? ((await storage.settings.read().catch(() => null))?.trainee ?? null) : null;
		sources = { actor: { name: trainee, homePage: new URL('.', document.baseURI).origin + '/', ...(learner ? { agent: learner } : {}) }, passRule: __CONFIDE_PASS_RULE__, notice: buildReviewNotice };
		sender = outboxSender(await OutboxRepository.open(), config, { fetch: (...args) => fetch(...args) });
		await sender.flush();
	})().catch(() => undefined);

	function send(snapshot: AttemptSnapshot) {
		const c = snapshot.context;
		if (!sender || !sources || c.choiceLog.length === 0 || isPracticeOnly(c.manifest.meta, c.profile)) return;
		const key = `${c.attemptId}:${c.choiceLog.length}:${c.phase}`;
		if (key === last) return;
		last = key;
		const vignette = { title: c.manifest.meta.title, decisions: c.decisions };
		const statements = attemptStatements(recordOf(c), { ...sources, vignette: () => vignette });
		void sender.add(statements).catch(() => undefined);
	}

	return {
		observe(snapshot) {
			pending = snapshot;
			if (sender) send(snapshot);
			else void ready.then(() => pending && send(pending));
		},
		stop() {
			removeEventListener('online', online);
			sender?.stop();
		}
	};
}
