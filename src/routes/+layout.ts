// Everything is prerendered for static hosting and the service worker's precache.
export const prerender = true;
// `/kk/` is served as kk/index.html by any static host and by the service worker alike.
export const trailingSlash = 'always';
