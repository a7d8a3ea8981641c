/**
 * The upload wing: a key-figure file read, checked and compared in the browser (or in Node), applied to DuckDB, kept in this browser, and shown on every page.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/upload/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** `ObservationStore`: stage, apply, undo, export — the one object its users need */
export * as store from './store';
/** `SqlEngine`, the one interface to DuckDB (WASM in the browser, Node in scripts) */
export * as engine from './engine';
/** DuckDB-WASM in a worker, started lazily */
export * as duckdb from './duckdb';
/** what staging a file reports */
export * as report from './report';
/** the observations as CSV or Excel-ready text */
export * as export from './export';
/** the upload page's steps */
export * as workflow from './workflow';
/** an applied upload kept in IndexedDB */
export * as kept from './kept';
/** the pages' upload state with the browser's effects (`withUpload`, `keepUpload`, …) */
export * as uploaded from './uploaded.svelte';
/** that state behind `UploadEffects`, for tests */
export * as shown from './shown.svelte';
/** DuckDB and "compare with" for the pages */
export * as pagesStore from './pages-store';
/** a file's problems, listed */
export { default as ProblemList } from './ProblemList.svelte';
/** what a file would change, before it is applied */
export { default as UploadPreview } from './UploadPreview.svelte';
