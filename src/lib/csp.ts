/**
 * The Content-Security-Policy the site is built and tested for (issue 8), as one header value.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; blob: workers are Pagefind's too.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');
