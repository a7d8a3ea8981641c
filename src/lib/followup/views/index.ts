/**
 * What each page and chart shows, as plain JSON built from the assessed data set: a page's view
 * model, and every chart as a `Figure`, built once for page, embed, file and report.
 *
 * What the layer offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside it of a module not named here. Import the module itself
 * (`$lib/followup/views/<module>`), not this file, so that a page loads only what it uses.
 */
/** each page's view model */
export * as pages from './pages';
/** a target, measure or area as a page shows it */
export * as entities from './entities';
/** `Figure`, the contract every chart is drawn from */
export * as figure from './figure';
/** every chart built once for page, embed, file and report */
export * as charts from './charts';
/** the committees' records as pages show them */
export * as records from './records';
/** a target as it stood on a report's day */
export * as asOf from './as-of';
