/**
 * The vocabulary every layer speaks: what a key figure, a target, a measure, a follow-up and a period are. No logic beyond the words.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/model/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** `Dataset`, `Target`, `Measure`, `FollowUpRecord`, `Point`, `Series`, `Assessment` … */
export * as model from './model';
/** reporting periods (year, half-year, term, quarter, month) on one time scale, and a report's period */
export * as periods from './periods';
/** the Swedish and English ways a period is written, read and named */
export * as periodText from './period-text';
