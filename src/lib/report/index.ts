/**
 * The follow-up report: one outline of blocks, drawn by the page (and its print) and written as a Word file.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/report/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** the outline's blocks */
export * as blocks from './blocks';
/** what a report says */
export * as outline from './outline';
/** the outline drawn on the page */
export { default as ReportBlocks } from './ReportBlocks.svelte';
/** the Word file (load it on click: docx is large) */
export * as docx from './docx';
/** the auditors' recommendations as report blocks, and their annual table */
export * as auditOutline from './audit-outline';
/** a report's Word file made on click and saved by its name */
export * as saveDocx from './save-docx';
