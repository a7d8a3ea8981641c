// A page for `npm run bench` only: not linked, rendered in the browser (its shell is prerendered, so the
// site needs no single-page fallback).
export const prerender = true;
export const ssr = false;
