/**
 * Integrity codes for reports and exports: a short checksum over an attempt's recorded facts and
 * the story content it was played on. It catches accidental or careless edits to an exported
 * file or a printed record. It is NOT proof against a determined forger: the algorithm is public,
 * so anyone can recompute a code for altered data. Pure: the same code in Node and every browser.
 */
import type { AttemptRecord } from './attempt';

/** The fields a code covers: what a report states. Transcript text and ink state are left out. */
export function integrityFacts(a: AttemptRecord) {
	return [
		a.id,
		a.caseId,
		a.contentHash,
		a.storyVersion,
		a.profile,
		a.mode,
		a.practice ? [a.practice.of, a.practice.fromDecision] : null,
		a.status,
		a.startedAt,
		a.completedAt,
		a.choiceLog.map((c) => [c.choiceId, c.at]),
		a.ledger.map((e) => [e.decisionId, e.optionId, e.action, e.verdict, e.kind ?? null, e.critical]),
		// Only when set, so the codes of every attempt without it stay as they were.
		...(a.edited ? ['edited'] : [])
	];
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`. */
export function fnv1a64(text: string): bigint {
	let hash = FNV_OFFSET;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * FNV_PRIME) & MASK;
	}
	return hash;
}

// Crockford's base32: no I, L, O or U, so a code read off paper is typed back correctly.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 base32 characters in groups of four, e.g. `7KQ2-M0XD-9RTA`. */
export function formatCode(hash: bigint): string {
	let out = '';
	for (let i = 0; i < 12; i++) out += ALPHABET[Number((hash >> BigInt(60 - i * 5)) & 31n)];
	return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

export function codeOf(value: unknown): string {
	return formatCode(fnv1a64(JSON.stringify(value)));
}

export function attemptIntegrity(attempt: AttemptRecord): string {
	return codeOf(['confide-attempt-1', integrityFacts(attempt)]);
}

/** A completion record's code: over the trainee name and each listed attempt's code, in order. */
export function recordIntegrity(trainee: string | null, attempts: readonly AttemptRecord[]): string {
	return codeOf(['confide-record-1', trainee, attempts.map(attemptIntegrity)]);
}

/** Compares ignoring case, spaces and hyphens, as a code typed from paper may differ in those. */
export function sameCode(a: string, b: string): boolean {
	const norm = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');
	return norm(a) === norm(b);
}
