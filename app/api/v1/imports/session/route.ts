import { NextResponse } from 'next/server';
import { clientKey, createRateLimit } from '@/lib/api/rate-limit.ts';
import { BodyTooLargeError, bodyTooLarge, readBoundedForm } from '@/lib/http/bounded-body.ts';
import { adminConfig, clearedSessionCookie, isHttps, sameDigest, sameOrigin, sessionCookie, tokenDigest } from '@/lib/import/auth.ts';
import { SESSION_BODY_MAX_BYTES } from '@/server/body-limit.mjs';

export const dynamic = 'force-dynamic';

// Sign-in attempts per client and minute (the token is long, but there is no reason to allow guessing).
const attempts = createRateLimit({ limit: 10, windowMs: 60_000 });

/**
 * POST /api/v1/imports/session — the admin page's token form (application/x-www-form-urlencoded:
 * token, locale[, logout]). Sets or clears the httpOnly SameSite=Strict session cookie, then sends
 * the browser back to /{locale}/admin/import (303, relative Location), with ?auth=failed|disabled|limited on failure.
 */
export async function POST(request: Request): Promise<Response> {
  let form: FormData | null = null;
  try {
    // A few KB at most, counted while reading: nothing parses an unbounded body.
    form = await readBoundedForm(request, SESSION_BODY_MAX_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLarge(error);
    /* no form: treated as a failed attempt */
  }
  const locale = form?.get('locale') === 'zh' ? 'zh' : 'en';
  // A relative Location: the browser stays on the host it used (behind a proxy request.url may name another).
  const redirect = (query: string, cookie?: string) => {
    const headers = new Headers({ Location: `/${locale}/admin/import${query}`, 'Cache-Control': 'no-store' });
    if (cookie) headers.append('Set-Cookie', cookie);
    return new Response(null, { status: 303, headers });
  };
  if (!sameOrigin(request)) return NextResponse.json({ error: 'cross-origin request refused', issues: [] }, { status: 403 });
  if (form?.get('logout')) return redirect('', clearedSessionCookie(isHttps(request)));

  const config = adminConfig();
  if (!config.enabled) return redirect('?auth=disabled');
  if (!attempts(clientKey(request)).ok) return redirect('?auth=limited');
  const token = form?.get('token');
  if (typeof token !== 'string' || !sameDigest(tokenDigest(token.trim()), config.digest)) return redirect('?auth=failed');
  return redirect('', sessionCookie(token.trim(), isHttps(request)));
}
