// Every page is prerendered: the site is a folder of static files.
export const prerender = true;
// `x/index.html` for every page: every static host serves that, also under a sub-path.
export const trailingSlash = 'always';
