import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { ADMIN_COOKIE, adminConfig, checkAdmin, checkRequest, readCookie, sameDigest, sameOrigin, sessionCookie, tokenDigest } from '@/lib/import/auth.ts';
import { fileNameSchema, importFormSchema } from '@/lib/import/http.ts';
import { nameProblem } from '@/lib/import/names.ts';
import { estimatedTokenBits, MIN_TOKEN_BITS, MIN_TOKEN_LENGTH, parseSettings, tokenWeakness } from '@/lib/settings.mjs';

// A token of the recommended kind (openssl rand -hex 32).
const TOKEN = 'f3a9c27e5b1d48e6a0c3b7d9e2f14a6c8b5d0e7f9a2c4b6d8e1f3a5c7b9d0e2f';

describe('import authentication', () => {
  it('is disabled (403) when ATLAS_ADMIN_TOKEN is unset or too weak: there is no default credential', async () => {
    expect(adminConfig(undefined)).toMatchObject({ enabled: false });
    expect(await checkAdmin({ authorization: `Bearer ${TOKEN}` }, '')).toMatchObject({ ok: false, status: 403, error: expect.stringContaining('ATLAS_ADMIN_TOKEN') });
    expect(await checkAdmin({ authorization: 'Bearer short' }, 'short')).toMatchObject({ ok: false, status: 403, error: expect.stringContaining('at least 32') });
    // Long enough, but one repeated character: no entropy at all.
    expect(await checkAdmin({ authorization: `Bearer ${'a'.repeat(40)}` }, 'a'.repeat(40))).toMatchObject({ ok: false, status: 403, error: expect.stringContaining('bits') });
  });

  it('answers 401 without credentials, with a wrong token, or with a cookie that is no session id (never an exception)', async () => {
    expect(await checkAdmin({}, TOKEN)).toMatchObject({ ok: false, status: 401, error: expect.stringContaining('Bearer') });
    expect(await checkAdmin({ authorization: 'Bearer wrong-wrong-wrong-wrong' }, TOKEN)).toMatchObject({ ok: false, status: 401 });
    expect(await checkAdmin({ authorization: `Basic ${TOKEN}` }, TOKEN)).toMatchObject({ ok: false, status: 401 });
    // Malformed cookies are refused by their shape, before any database lookup.
    for (const cookie of [TOKEN, tokenDigest(TOKEN), '%E0%A4%A', '%00', 'x'.repeat(5000), '\u202e'.repeat(43)]) {
      expect(await checkAdmin({ cookie }, TOKEN)).toMatchObject({ ok: false, status: 401, error: expect.stringContaining('session') });
    }
  });

  it('accepts the bearer token', async () => {
    expect(await checkAdmin({ authorization: `Bearer ${TOKEN}` }, TOKEN)).toEqual({ ok: true, via: 'bearer' });
    expect(await checkAdmin({ authorization: `bearer   ${TOKEN}  ` }, TOKEN)).toEqual({ ok: true, via: 'bearer' });
  });

  it('compares digests in constant time and only well-formed ones', () => {
    const d = tokenDigest(TOKEN);
    expect(sameDigest(d, d)).toBe(true);
    expect(sameDigest(d, tokenDigest('x'))).toBe(false);
    expect(sameDigest(d.slice(0, 63), d.slice(0, 63))).toBe(false);
    expect(sameDigest(d.toUpperCase(), d)).toBe(false);
  });

  it('sets an httpOnly SameSite=Strict cookie that holds the session id, never the token', () => {
    const id = 'A'.repeat(43);
    const cookie = sessionCookie(id, false);
    expect(cookie).toBe(`${ADMIN_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=28800`);
    expect(sessionCookie(id, true)).toMatch(/; Secure$/);
    expect(readCookie(`a=1; ${ADMIN_COOKIE}=abc; b=2`, ADMIN_COOKIE)).toBe('abc');
    expect(readCookie(`${ADMIN_COOKIE}=%E0%A4%A`, ADMIN_COOKIE)).toBe('%E0%A4%A');
    expect(readCookie('a=1', ADMIN_COOKIE)).toBeNull();
  });

  it('refuses a cookie sent from another origin; a bearer token from anywhere is fine', async () => {
    const request = (headers: Record<string, string>) => new Request('http://atlas.test/api/v1/imports', { headers: { host: 'atlas.test', ...headers } });
    expect(sameOrigin(request({}))).toBe(true);
    expect(sameOrigin(request({ origin: 'http://atlas.test' }))).toBe(true);
    expect(sameOrigin(request({ origin: 'https://evil.example' }))).toBe(false);
    expect(sameOrigin(request({ origin: 'not a url' }))).toBe(false);
    expect(await checkRequest(request({ authorization: `Bearer ${TOKEN}`, origin: 'https://script.example' }), TOKEN)).toEqual({ ok: true, via: 'bearer' });
  });
});

describe('admin token strength', () => {
  it('needs at least 32 characters and 128 estimated bits', () => {
    expect(MIN_TOKEN_LENGTH).toBe(32);
    expect(MIN_TOKEN_BITS).toBe(128);
    expect(tokenWeakness('a'.repeat(16))).toContain('16 characters');
    expect(tokenWeakness('a'.repeat(64))).toContain('0 bits');
    expect(tokenWeakness('abababababababababababababababab')).toContain('32 bits');
    expect(estimatedTokenBits('ab')).toBe(2);
    // What the docs recommend, and what scripts/test.mjs generates, pass.
    expect(tokenWeakness(randomBytes(32).toString('hex'))).toBeNull();
    expect(tokenWeakness(randomBytes(32).toString('base64'))).toBeNull();
    expect(tokenWeakness(randomBytes(24).toString('hex'))).toBeNull();
    expect(tokenWeakness(TOKEN)).toBeNull();
  });

  it('stops start-up with a message that names the variable but never prints the token', () => {
    const weak = 'x'.repeat(40);
    let message = '';
    try {
      parseSettings({ ATLAS_ADMIN_TOKEN: weak });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('ATLAS_ADMIN_TOKEN=(hidden) is too weak');
    expect(message).not.toContain(weak);
    expect(parseSettings({ ATLAS_ADMIN_TOKEN: TOKEN }).ATLAS_ADMIN_TOKEN).toBe(TOKEN);
    expect(parseSettings({ ATLAS_ADMIN_TOKEN: '' }).ATLAS_ADMIN_TOKEN).toBeUndefined();
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

describe('import names', () => {
  it('normalises dataset, source, actor and file names to NFC', () => {
    const decomposed = 'Cafe\u0301';
    const parsed = importFormSchema.parse({ dataset: 'taobao-villages', source: decomposed, actor: decomposed });
    expect(parsed.source).toBe('Caf\u00e9');
    expect(parsed.actor).toBe('Caf\u00e9');
    expect(fileNameSchema.parse(`${decomposed}.csv`)).toBe('Caf\u00e9.csv');
  });

  it('refuses control, bidirectional and zero-width characters, naming the field and the character', () => {
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\u202a', '\u202e', '\u2066', '\u2069', '\u200b', '\u200d', '\ufeff', '\u2060', '\u200f']) {
      expect(nameProblem(`a${c}b`), JSON.stringify(c)).toContain(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
      const bad = importFormSchema.safeParse({ dataset: `taobao${c}-villages`, source: `s${c}x`, actor: `a${c}x` });
      expect(bad.success).toBe(false);
      expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['actor', 'dataset', 'source']);
      expect(fileNameSchema.safeParse(`evil${c}txt.csv`).success).toBe(false);
    }
    expect(fileNameSchema.safeParse('evil\u202Ecod.csv').error!.issues[0].message).toContain('U+202E at position 5');
  });

  it('keeps ordinary names in any script', () => {
    for (const name of ['淘宝村 2024.csv', 'Ürümqi – list (v2).csv', 'قائمة.csv', 'a b_c-d']) expect(nameProblem(name)).toBeNull();
  });
});
