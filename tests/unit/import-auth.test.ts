import { describe, expect, it } from 'vitest';
import { ADMIN_COOKIE, adminConfig, checkAdmin, checkRequest, readCookie, sameDigest, sessionCookie, tokenDigest } from '@/lib/import/auth.ts';
import { importFormSchema } from '@/lib/import/http.ts';

const TOKEN = 'a-long-enough-test-token-0123';
const env = { ATLAS_ADMIN_TOKEN: TOKEN };

describe('import authentication', () => {
  it('is disabled (403) when ATLAS_ADMIN_TOKEN is unset or too short: there is no default credential', () => {
    expect(adminConfig({})).toMatchObject({ enabled: false });
    expect(checkAdmin({ authorization: `Bearer ${TOKEN}` }, {})).toMatchObject({ ok: false, status: 403, error: expect.stringContaining('ATLAS_ADMIN_TOKEN') });
    expect(checkAdmin({ authorization: 'Bearer short' }, { ATLAS_ADMIN_TOKEN: 'short' })).toMatchObject({ ok: false, status: 403, error: expect.stringContaining('shorter than 16') });
    expect(checkAdmin({ authorization: 'Bearer ' }, { ATLAS_ADMIN_TOKEN: '' })).toMatchObject({ status: 403 });
  });

  it('answers 401 without credentials or with a wrong token or cookie', () => {
    expect(checkAdmin({}, env)).toMatchObject({ ok: false, status: 401, error: expect.stringContaining('Bearer') });
    expect(checkAdmin({ authorization: 'Bearer wrong-wrong-wrong-wrong' }, env)).toMatchObject({ ok: false, status: 401 });
    expect(checkAdmin({ authorization: `Basic ${TOKEN}` }, env)).toMatchObject({ ok: false, status: 401 });
    expect(checkAdmin({ cookie: TOKEN }, env)).toMatchObject({ ok: false, status: 401 });
    expect(checkAdmin({ cookie: tokenDigest('another-token-another-token') }, env)).toMatchObject({ ok: false, status: 401 });
  });

  it('accepts the bearer token, or a cookie holding its SHA-256', () => {
    expect(checkAdmin({ authorization: `Bearer ${TOKEN}` }, env)).toEqual({ ok: true, via: 'bearer' });
    expect(checkAdmin({ authorization: `bearer   ${TOKEN}  ` }, env)).toEqual({ ok: true, via: 'bearer' });
    expect(checkAdmin({ cookie: tokenDigest(TOKEN) }, env)).toEqual({ ok: true, via: 'cookie' });
  });

  it('compares digests in constant time and only well-formed ones', () => {
    const d = tokenDigest(TOKEN);
    expect(sameDigest(d, d)).toBe(true);
    expect(sameDigest(d, tokenDigest('x'))).toBe(false);
    expect(sameDigest(d.slice(0, 63), d.slice(0, 63))).toBe(false);
    expect(sameDigest(d.toUpperCase(), d)).toBe(false);
  });

  it('sets an httpOnly SameSite=Strict cookie that holds the digest, never the token', () => {
    const cookie = sessionCookie(TOKEN, false);
    expect(cookie).toBe(`${ADMIN_COOKIE}=${tokenDigest(TOKEN)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=28800`);
    expect(cookie).not.toContain(TOKEN);
    expect(sessionCookie(TOKEN, true)).toMatch(/; Secure$/);
    expect(readCookie(`a=1; ${ADMIN_COOKIE}=abc; b=2`, ADMIN_COOKIE)).toBe('abc');
    expect(readCookie('a=1', ADMIN_COOKIE)).toBeNull();
  });

  it('refuses a browser session sent from another origin', () => {
    const request = (headers: Record<string, string>) => new Request('http://atlas.test/api/v1/imports', { headers: { host: 'atlas.test', ...headers } });
    const cookie = `${ADMIN_COOKIE}=${tokenDigest(TOKEN)}`;
    expect(checkRequest(request({ cookie }), env)).toEqual({ ok: true, via: 'cookie' });
    expect(checkRequest(request({ cookie, origin: 'http://atlas.test' }), env)).toEqual({ ok: true, via: 'cookie' });
    expect(checkRequest(request({ cookie, origin: 'https://evil.example' }), env)).toMatchObject({ ok: false, status: 403 });
    expect(checkRequest(request({ authorization: `Bearer ${TOKEN}`, origin: 'https://script.example' }), env)).toEqual({ ok: true, via: 'bearer' });
  });
});

describe('import request fields', () => {
  it('parses the multipart text fields strictly', () => {
    expect(importFormSchema.parse({ dataset: 'taobao-villages', source: 'x', dryRun: 'true' })).toMatchObject({ dataset: 'taobao-villages', source: 'x', dryRun: true, encoding: 'auto' });
    expect(importFormSchema.parse({ dataset: 'd', newSource: '{"id":"a"}' }).newSource).toEqual({ id: 'a' });
    const bad = importFormSchema.safeParse({ dataset: '', encoding: 'latin1', dryRun: 'maybe', newSource: '{', extra: '1' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.') || i.code).sort()).toEqual(['dataset', 'dryRun', 'encoding', 'newSource', 'unrecognized_keys'].sort());
  });
});
