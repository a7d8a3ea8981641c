// A page for `npm run bench` only: not prerendered, not linked, rendered in the browser.
export const prerender = false;
export const ssr = false;
