/**
 * The effect wing: did the municipality move differently from what it would likely have done anyway?
 * A synthetic comparison municipality from the others, with placebo tests, for each target on a
 * Kolada key figure; said in words that never claim a cause.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/effect/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** the estimate on any panel, with its placebos (`estimateEffect`, `Panel`) */
export * as estimate from './estimate';
/** a key figure as a panel of every municipality */
export * as panel from './panel';
/** what a target page shows of it (`effectView`) */
export * as view from './view';
/** the section on a target page */
export { default as EffectSection } from './EffectSection.svelte';
/** a long-format panel read from CSV, its problems by line and column (`npm run effect`) */
export * as panelCsv from './panel-csv';
/** an estimate as one tidy CSV (the site's file and `npm run effect`'s) */
export * as csv from './csv';
