// The security headers of every response: next.config.ts applies them to what Next.js serves, and
// server/serve.mjs to the answers it gives itself (health probes, export-limit 429s).

/**
 * HSTS, only for answers that went out over TLS (server/serve.mjs decides per request: a trusted
 * proxy said X-Forwarded-Proto: https, or ATLAS_PUBLIC_ORIGIN is https). A year, subdomains included.
 */
export const STRICT_TRANSPORT_SECURITY = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' };

/** Next.js's own dev tooling needs eval; production never does. */
export function securityHeaders(production) {
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
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ];
}
