// The page a static host sends for any unknown address (build/404.html, and en/404.html for the English
// site): prerendered in the site's frame, and without the app, which, started on an address that has no
// page, would go looking for one and fail in the console.
export const csr = false;
export const trailingSlash = 'never';
