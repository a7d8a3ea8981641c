/**
 * The publishing wing: the site where people already work — the årshjul as iCalendar feeds per
 * organisation and for the whole municipality (`/arshjul/asn.ics`), and the published data described
 * for Sweden's data portal (DCAT-AP-SE, `/data/katalog.rdf`). Written by the build.
 *
 * What the wing offers the rest of Följupp, and all it offers: tests/unit/imports.test.ts fails on an
 * import from outside the wing of a module not named here. Import the module itself
 * (`$lib/publish/<module>`), not this file.
 */
/** an iCalendar file of all-day events (RFC 5545) */
export * as ical from './ical';
/** the årshjul's follow-ups and council reports as events */
export * as calendar from './calendar';
/** a small RDF/XML writer */
export * as rdfXml from './rdf-xml';
/** the DCAT-AP-SE catalogue of the published data */
export * as dcat from './dcat';
