/**
 * The Kolada wing: Kolada's API, a refresh of `data/` checked like an upload, a municipality's comparison groups, and Följupp set up for any municipality. Runs in Node (scripts), never in the browser.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/kolada/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** the API client, offline said in a sentence */
export * as api from './api';
/** `npm run kolada`: new values staged, checked and applied */
export * as refresh from './refresh';
/** a municipality's comparison groups */
export * as groups from './groups';
/** `npm run setup`: the site for another municipality */
export * as setup from './setup';
