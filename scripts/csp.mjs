// The strict Content-Security-Policy the README recommends. The demo server and
// the test server both send it, so every page a test opens proves it is enough.
// 'allow-duplicates': two copies of the widgets (ESM + IIFE, or two versions)
// each bring Lit, and each asks for the "lit-html" Trusted Types policy.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html mrx-json-ld 'allow-duplicates'",
].join('; ');

/** The strict policy for a page that loads the widgets from an npm CDN at `origin` (`https://cdn.jsdelivr.net`). */
export const cspWithCdn = (origin) => CSP.replace("script-src 'self'", `script-src 'self' ${origin}`);
