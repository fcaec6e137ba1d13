// Every page is prerendered; `x/index.html` is served by every static host, `x.html` is not.
export const prerender = true;
export const trailingSlash = 'always';
