/**
 * The domain, pure: a data set assessed — each target's status, trend and forecast, what is due, the gaps, summaries in words (what each page and chart shows, as plain data, is in `views/`, with its own entry module).
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/followup/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** `FollowUp`, the assessed data set */
export * as followup from './followup';
/** a target's status, trend and forecast */
export * as attainment from './attainment';
/** series and ranks over the observations */
export * as observations from './observations';
/** which follow-ups are due, and a subject's history */
export * as records from './records';
/** plain-language summaries and period labels */
export * as summary from './summary';
/** a target as it stood on a day */
export * as asOf from './as-of';
/** follow-up gaps: what is missing, late or never followed up */
export * as gaps from './gaps';
