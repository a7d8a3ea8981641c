/**
 * The audits wing: the elected auditors' audits, their recommendations, the committees' answers and
 * every promised action followed up until done — the loop the audits ask for, on the site.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself
 * (`$lib/audits/<module>`), not this file.
 */
/** where each recommendation and action stands (pure) */
export * as status from './status';
/** what the audit pages, a committee's page, the gaps and the annual table show */
export * as views from './views';
/** one recommendation with its answers and actions, on an audit's and a committee's page */
export { default as Recommendation } from './components/Recommendation.svelte';
/** on a measure's or a target's page: the recommendation it answers */
export { default as AnswersTo } from './components/AnswersTo.svelte';
/** an action's status by shape and word */
export { default as ActionStatus } from './components/ActionStatus.svelte';
