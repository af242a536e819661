import { NextResponse } from 'next/server';
import { setTimeout as sleep } from 'node:timers/promises';
import { serviceUnavailable } from '@/lib/api/handler.ts';
import { clientKey } from '@/lib/api/rate-limit.ts';
import { isDatabaseUnavailable } from '@/lib/db/errors.ts';
import { BodyTooLargeError, bodyTooLarge, readBoundedForm } from '@/lib/http/bounded-body.ts';
import { createTokenGuard } from '@/lib/import/attempts.ts';
import { ADMIN_COOKIE, adminConfig, clearedSessionCookie, endSession, isHttps, readCookie, sameOrigin, sessionCookie, startSession, tokenMatches } from '@/lib/import/auth.ts';
import { SESSION_BODY_MAX_BYTES } from '@/server/body-limit.mjs';

export const dynamic = 'force-dynamic';

// Sign-in attempts: 10 per client address and minute, consecutive failures per address, and a
// slow-down when many addresses fail at once (lib/import/attempts.ts).
const signIn = createTokenGuard({ name: 'sign-in', attemptsPerMinute: 10 });

/**
 * POST /api/v1/imports/session — the admin page's token form (application/x-www-form-urlencoded:
 * token, locale[, logout]). Starts or ends a server-side session (cookie: its random id), then sends
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
  const redirect = (query: string, extra: Record<string, string> = {}) => {
    const headers = new Headers({ Location: `/${locale}/admin/import${query}`, 'Cache-Control': 'no-store', ...extra });
    return new Response(null, { status: 303, headers });
  };
  if (!sameOrigin(request)) return NextResponse.json({ error: 'cross-origin request refused', issues: [] }, { status: 403 });
  try {
    if (form?.get('logout')) {
      await endSession(readCookie(request.headers.get('cookie'), ADMIN_COOKIE));
      return redirect('', { 'Set-Cookie': clearedSessionCookie(isHttps(request)) });
    }

    const config = adminConfig();
    if (!config.enabled) return redirect('?auth=disabled');
    const client = clientKey(request);
    const verdict = await signIn.admit(client);
    if (!verdict.ok) return redirect('?auth=limited', { 'Retry-After': String(verdict.retryAfterSeconds) });
    // The slow-down while many addresses are failing at once (0 ms otherwise).
    if (verdict.delayMs) await sleep(verdict.delayMs);
    const token = form?.get('token');
    if (typeof token !== 'string' || !tokenMatches(token, config)) {
      await signIn.failed(client);
      return redirect('?auth=failed');
    }
    await signIn.succeeded(client);
    return redirect('', { 'Set-Cookie': sessionCookie(await startSession(), isHttps(request)) });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return serviceUnavailable();
    throw error;
  }
}
