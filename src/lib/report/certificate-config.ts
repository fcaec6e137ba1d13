/** What this build's certificates say (set at build time: CONFIDE_PASS_PERCENT, CONFIDE_CE_*; README). */
import type { PassRule } from '../domain/pass-rule';

export const PASS_RULE: PassRule = { minPercent: __CONFIDE_CERTIFICATE__.passPercent };

/** Continuing-education fields, each printed only when the build sets it. */
export const CE_FIELDS = __CONFIDE_CERTIFICATE__.ce;
