/**
 * Draw a `Figure`: the same layout per kind for the page (Svelte) and the files (SVG, PNG, CSV).
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/charts/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** any chart on a page, framed the same way */
export { default as Figure } from './Figure.svelte';
/** a status by shape and word */
export { default as StatusBadge } from './status/StatusBadge.svelte';
/** each kind as the page draws it, and the width of a printed page */
export * as registry from './registry';
/** each kind as a file: SVG and CSV */
export * as kinds from './kinds';
/** an SVG drawn as PNG at a print resolution */
export * as png from './png';
