/**
 * The Content-Security-Policy of the site (issue #7): scripts only from the site's own files, never inline
 * and never from a report; nothing loaded from another origin. Inline styles stay allowed (Astro inlines
 * small stylesheets and mermaid styles its SVGs). Sent as a <meta> by src/components/Csp.astro and as a header
 * by scripts/lib/static-server.ts; frame-ancestors only works as a header.
 */
export const CSP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

export const CSP_HEADER = `${CSP_POLICY}; frame-ancestors 'none'`;
