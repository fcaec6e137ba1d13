/**
 * The page policy enforces Trusted Types (scripts/lib/security-policy.js), so
 * `serviceWorker.register` takes a TrustedScriptURL, not a string. This policy makes one for the
 * service worker's own URL and refuses anything else.
 */
interface TrustedTypePolicyLike {
	createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
	createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

export const SERVICE_WORKER_POLICY = 'confide-service-worker';

let policy: TrustedTypePolicyLike | undefined;

export function serviceWorkerUrl(url: string): string {
	const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
	if (!tt) return url;
	policy ??= tt.createPolicy(SERVICE_WORKER_POLICY, {
		createScriptURL(candidate) {
			if (new URL(candidate, location.href).pathname.endsWith('/service-worker.js')) return candidate;
			throw new TypeError(`not the service worker: ${candidate}`);
		}
	});
	// A TrustedScriptURL is accepted wherever the URL string is.
	return policy.createScriptURL(url) as string;
}
