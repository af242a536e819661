import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { primaryDb } from '@/lib/db/index.ts';
import { isDatabaseUnavailable } from '@/lib/db/errors.ts';
import { MIN_TOKEN_LENGTH, settings, tokenWeakness } from '@/lib/settings.mjs';

// Who may import: whoever holds the token in ATLAS_ADMIN_TOKEN (no default: unset = imports off;
// lib/settings.mjs refuses a weak one at start-up). Scripts send it as `Authorization: Bearer
// <token>`; the admin page exchanges it once for a session: a random 32-byte id in an httpOnly,
// SameSite=Strict cookie, of which the table admin_session keeps only the SHA-256 and the expiry.
// Logout deletes the row, so the old cookie is worthless at once.

export const ADMIN_COOKIE = 'atlas_admin';
export const SESSION_SECONDS = 8 * 60 * 60;
// 32 random bytes in base64url; anything else in the cookie is no session at all.
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

export type AdminConfig = { enabled: true; digest: string } | { enabled: false; reason: string };
export type AuthResult = { ok: true; via: 'bearer' | 'cookie' } | { ok: false; status: 401 | 403 | 503; error: string };

export const tokenDigest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function adminConfig(token: string | undefined = settings().ATLAS_ADMIN_TOKEN): AdminConfig {
  if (!token) return { enabled: false, reason: `imports are disabled: the server has no ATLAS_ADMIN_TOKEN (set it to a random secret of at least ${MIN_TOKEN_LENGTH} characters, e.g. openssl rand -hex 32, to enable them)` };
  const weakness = tokenWeakness(token);
  if (weakness) return { enabled: false, reason: `imports are disabled: ATLAS_ADMIN_TOKEN ${weakness}` };
  return { enabled: true, digest: tokenDigest(token) };
}

/** Constant-time comparison of two hex SHA-256 digests (anything else is simply unequal). */
export function sameDigest(a: string, b: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(a) || !/^[0-9a-f]{64}$/.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/** The token check of a sign-in form or a Bearer header. */
export const tokenMatches = (token: string, config: Extract<AdminConfig, { enabled: true }>) => sameDigest(tokenDigest(token.trim()), config.digest);

/** A cookie's raw value (session ids need no decoding; a malformed value simply fails the session check). */
export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Starts a session: stores the hash of a new random id with its expiry; returns the id for the cookie. */
export async function startSession(now = new Date()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await primaryDb().adminSession.create({ data: { idHash: tokenDigest(id), expiresAt: new Date(now.getTime() + SESSION_SECONDS * 1000) } });
  // Sign-ins are rare: a good moment to forget the sessions that ran out.
  await primaryDb().adminSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return id;
}

/** True for the id of a stored, unexpired session. An expired one is deleted on sight. */
export async function sessionIsValid(id: string, now = new Date()): Promise<boolean> {
  if (!SESSION_ID.test(id)) return false;
  // Looked up by the hash of the id: its timing says nothing about any stored id.
  const row = await primaryDb().adminSession.findUnique({ where: { idHash: tokenDigest(id) } });
  if (!row) return false;
  if (row.expiresAt <= now) {
    await primaryDb().adminSession.deleteMany({ where: { idHash: row.idHash } });
    return false;
  }
  return true;
}

/** Logout: the session's row is deleted (revoked), whatever the browser does with its cookie. */
export async function endSession(id: string | null): Promise<void> {
  if (id && SESSION_ID.test(id)) await primaryDb().adminSession.deleteMany({ where: { idHash: tokenDigest(id) } });
}

/** 403 when imports are not configured; 401 when the token (bearer) or the session cookie is missing or wrong; 503 when the sessions cannot be read. */
export async function checkAdmin(
  { authorization, cookie }: { authorization?: string | null; cookie?: string | null },
  token: string | undefined = settings().ATLAS_ADMIN_TOKEN,
): Promise<AuthResult> {
  const config = adminConfig(token);
  if (!config.enabled) return { ok: false, status: 403, error: config.reason };
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (bearer !== undefined) return tokenMatches(bearer, config) ? { ok: true, via: 'bearer' } : { ok: false, status: 401, error: 'the token is wrong' };
  if (cookie) {
    try {
      return (await sessionIsValid(cookie)) ? { ok: true, via: 'cookie' } : { ok: false, status: 401, error: 'the session is not valid or has ended (sign in again)' };
    } catch (error) {
      if (isDatabaseUnavailable(error)) return { ok: false, status: 503, error: 'the database is unavailable; try again shortly' };
      throw error;
    }
  }
  return { ok: false, status: 401, error: 'authentication required: send Authorization: Bearer <token>' };
}

export async function checkRequest(request: Request, token: string | undefined = settings().ATLAS_ADMIN_TOKEN): Promise<AuthResult> {
  const result = await checkAdmin({ authorization: request.headers.get('authorization'), cookie: readCookie(request.headers.get('cookie'), ADMIN_COOKIE) }, token);
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

export function sessionCookie(sessionId: string, secure: boolean): string {
  return `${ADMIN_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${ADMIN_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** The request came over HTTPS (directly or through a proxy that says so). */
export const isHttps = (request: Request) =>
  new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
