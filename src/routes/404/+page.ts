// 404.html at the build's root, not 404/index.html: the file static hosts serve for an unknown address.
export const trailingSlash = 'never';
// Served at any address, where the app's scripts (whose boot script finds them relative to the
// address, and is hashed in the page's policy) would not load: links and styles are enough, and
// src/hooks.server.ts makes their URLs root-relative.
export const csr = false;
