/**
 * The published files and their checks: every cell, row and file read, and every problem said as a value naming file, line and column. Knows nothing of status, pages or charts.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/data/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** one cell of a file: text, number, date, a word from a list */
export * as cells from './cells';
/** a CSV file read against its schema */
export * as table from './table';
/** each data file's columns */
export * as schemas from './schemas';
/** the whole data set read and checked at once (`loadDataset`, `DATA_FILES`) */
export * as load from './load';
/** problems as values, and their words */
export * as problems from './problems';
/** the audit files' checks across rows, and an action's due day */
export * as auditChecks from './audit-checks';
/** a measure's own figures: their checks, and seen as key figures */
export * as ownFigures from './own-figures';
/** small numbers taken out as the data is read, and the cells that would give them away */
export * as suppression from './suppression';
/** Swedish Excel's files mended (`check-data --fix`) */
export * as fix from './fix';
/** Kolada's municipality groups as a file */
export * as groups from './groups';
/** a Kolada API record's shape */
export * as koladaRecord from './kolada-record';
/** observations merged with an upload */
export * as merge from './merge';
/** observations.csv read fast */
export * as observationsCsv from './observations-csv';
/** the observations as Parquet, read by range requests */
export * as parquet from './parquet';
/** `data/` read at build time (Node only) */
export * as repositoryServer from './repository.server';
/** long work in slices that leave the page responsive */
export * as slices from './slices';
/** "did you mean" for a mistyped id */
export * as suggest from './suggest';
/** text and encodings: the one UTF-8 check */
export * as text from './text';
