/** What this build's certificates say (set at build time: CONFIDE_PASS, CONFIDE_CE_*; README). */
import type { PassRule } from '../domain/pass-rule';

/** The build's one pass rule: the debrief, certificates and a course's LMS or record store use it. */
export const PASS_RULE: PassRule = __CONFIDE_PASS_RULE__;

/** Continuing-education fields, each printed only when the build sets it. */
export const CE_FIELDS = __CONFIDE_CERTIFICATE__.ce;
