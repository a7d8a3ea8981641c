/**
 * The workspace wing (`/folj-upp/`): an official's drafts of measures, targets, follow-ups, a measure's own figures and the committees' answers to the auditors, checked as they type, exported and imported (CSV or one Excel workbook), kept only in this browser.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself (`$lib/workspace/<module>`),
 * not this file, so that a page loads only what it uses.
 */
/** `Workspace`, its state in the browser, with its effects injected */
export * as workspace from './workspace.svelte';
/** the editable files as rows */
export * as rows from './rows';
/** drafts and what they change */
export * as drafts from './drafts';
/** the drafts checked as `check-data` would */
export * as check from './check';
/** an imported file checked before it is merged */
export * as import from './import';
/** an import merged with the drafts, conflicts named */
export * as merge from './merge';
/** the Excel workbook, written and read */
export * as workbook from './workbook';
/** a new row's id, in the file's own form */
export * as ids from './ids';
/** what is due, per organisation and period */
export * as items from './items';
/** the workspace pages' view models */
export * as pages from './pages';
/** export, import and preview */
export { default as WorkspaceFiles } from './components/WorkspaceFiles.svelte';
/** a follow-up record's form */
export { default as FollowUpForm } from './components/FollowUpForm.svelte';
/** a measure's form */
export { default as MeasureForm } from './components/MeasureForm.svelte';
/** a target's form */
export { default as TargetForm } from './components/TargetForm.svelte';
/** a measure's own figures' form */
export { default as OwnFigures } from './components/OwnFigures.svelte';
/** a committee's answer to a recommendation */
export { default as AnswerForm } from './components/AnswerForm.svelte';
/** an action promised to the auditors, and its status at a report */
export { default as ActionForm } from './components/ActionForm.svelte';
/** an audit and its recommendations, entered as the auditors wrote them */
export { default as AuditForm } from './components/AuditForm.svelte';
