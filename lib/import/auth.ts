import { createHash, timingSafeEqual } from 'node:crypto';
import { settings } from '@/lib/settings.mjs';

// Who may import: whoever holds the token in ATLAS_ADMIN_TOKEN (no default: unset = imports off).
// Scripts send it as `Authorization: Bearer <token>`; the admin page exchanges it once for an
// httpOnly, SameSite=Strict cookie that holds its SHA-256 (never the token itself).

export const ADMIN_COOKIE = 'atlas_admin';
export const MIN_TOKEN_LENGTH = 16;
export const SESSION_SECONDS = 8 * 60 * 60;

export type AdminConfig = { enabled: true; digest: string } | { enabled: false; reason: string };
export type AuthResult = { ok: true; via: 'bearer' | 'cookie' } | { ok: false; status: 401 | 403; error: string };

export const tokenDigest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function adminConfig(env: Record<string, string | undefined> = process.env): AdminConfig {
  const token = env.ATLAS_ADMIN_TOKEN;
  if (!token) return { enabled: false, reason: 'imports are disabled: the server has no ATLAS_ADMIN_TOKEN (set it to a secret of at least 16 characters to enable them)' };
  if (token.length < MIN_TOKEN_LENGTH) {
    return { enabled: false, reason: `imports are disabled: ATLAS_ADMIN_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters` };
  }
  return { enabled: true, digest: tokenDigest(token) };
}

/** Constant-time comparison of two hex SHA-256 digests (anything else is simply unequal). */
export function sameDigest(a: string, b: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(a) || !/^[0-9a-f]{64}$/.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return decodeCookieValue(part.slice(eq + 1).trim());
  }
  return null;
}

/** A malformed percent-escape is a cookie that matches nothing (so 401), not an exception (500). */
function decodeCookieValue(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** 403 when imports are not configured; 401 when the token (bearer) or the session cookie is missing or wrong. */
export function checkAdmin(
  { authorization, cookie }: { authorization?: string | null; cookie?: string | null },
  env: Record<string, string | undefined> = process.env,
): AuthResult {
  const config = adminConfig(env);
  if (!config.enabled) return { ok: false, status: 403, error: config.reason };
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (bearer !== undefined) {
    return sameDigest(tokenDigest(bearer.trim()), config.digest) ? { ok: true, via: 'bearer' } : { ok: false, status: 401, error: 'the token is wrong' };
  }
  if (cookie) return sameDigest(cookie, config.digest) ? { ok: true, via: 'cookie' } : { ok: false, status: 401, error: 'the session is not valid (sign in again)' };
  return { ok: false, status: 401, error: 'authentication required: send Authorization: Bearer <token>' };
}

export function checkRequest(request: Request, env: Record<string, string | undefined> = process.env): AuthResult {
  const result = checkAdmin({ authorization: request.headers.get('authorization'), cookie: readCookie(request.headers.get('cookie'), ADMIN_COOKIE) }, env);
  // A browser session must come from a page of this site (SameSite=Strict already keeps other sites' requests cookie-less).
  if (result.ok && result.via === 'cookie' && !sameOrigin(request)) return { ok: false, status: 403, error: 'cross-origin request refused' };
  return result;
}

export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  // server/serve.mjs pins Host to the public origin's and keeps the one the browser used in
  // x-atlas-client-host; under `next dev` Host is the browser's own.
  const host = request.headers.get('x-atlas-client-host') || request.headers.get('host');
  try {
    return origin === settings().ATLAS_PUBLIC_ORIGIN || new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function sessionCookie(token: string, secure: boolean): string {
  return `${ADMIN_COOKIE}=${tokenDigest(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${ADMIN_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** The request came over HTTPS (directly or through a proxy that says so). */
export const isHttps = (request: Request) =>
  new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
