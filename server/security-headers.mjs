// The security headers of every response: next.config.ts applies them to what Next.js serves, and
// server/serve.mjs to the answers it gives itself (health probes, export-limit 429s).

/**
 * HSTS, only for answers that went out over TLS (server/serve.mjs decides per request: a trusted
 * proxy said X-Forwarded-Proto: https, or ATLAS_PUBLIC_ORIGIN is https). A year, subdomains included.
 */
export const STRICT_TRANSPORT_SECURITY = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' };

/**
 * The embeds (app/[locale]/embed: one chart for another site's <iframe>) are the only pages other
 * sites may frame; every other page keeps frame-ancestors 'none' and X-Frame-Options: DENY. The
 * sources are Next.js `headers()` paths (path-to-regexp). server/serve.mjs's own answers (health,
 * 429, 503: JSON, never framed) keep the default headers.
 */
export const EMBED_SOURCE = '/:path((?:en|zh)/embed(?:/.*)?)';
/** Every other path: a negative lookahead, so no path gets both rules' headers. */
export const NOT_EMBED_SOURCE = '/:path((?!(?:en|zh)/embed(?:/|$)).*)';

/** The rules next.config.ts gives Next.js: embeds frameable by any site, everything else by none. */
export function headerRules(production) {
  return [
    { source: NOT_EMBED_SOURCE, headers: securityHeaders(production) },
    { source: EMBED_SOURCE, headers: securityHeaders(production, { frameable: true }) },
  ];
}

/** The paths EMBED_SOURCE matches, as a regular expression over a request's path (no query). */
const EMBED_PATH = /^\/(?:en|zh)\/embed(?:\/.*)?$/;

/**
 * The headers of headerRules() for one request target, for server/serve.mjs to set before anything
 * answers: Next.js adds its headers() only to what its routes render, not to its own redirects (a
 * trailing slash's 308), so every response, redirects included, gets them from here.
 */
export function headersForPath(target, production) {
  const path = target.split('?')[0];
  return securityHeaders(production, { frameable: EMBED_PATH.test(path) });
}

/** Next.js's own dev tooling needs eval; production never does. */
export function securityHeaders(production, { frameable = false } = {}) {
  const contentSecurityPolicy = [
    "default-src 'self'",
    // 'unsafe-inline' stays for <script> elements: the App Router inlines each page's RSC payload
    // (self.__next_f.push(…)), different per page and per data version, so no build-time hash fits;
    // a nonce needs a fresh value per response, which the whole-response cache (it stores gzipped
    // bytes and replays them) cannot give without decompressing and rewriting every hit.
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    // Inline event-handler attributes (onerror=, onclick=) are never used (React binds events in
    // JavaScript), so an injected one does not run even though inline <script> elements may.
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // X-Frame-Options has no "any site" value: a frameable page leaves it out (CSP governs).
    ...(frameable ? [] : [{ key: 'X-Frame-Options', value: 'DENY' }]),
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ];
}
