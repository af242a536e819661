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
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
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
