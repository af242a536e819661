import { describe, expect, it } from 'vitest';
import { BASE_URL, get, getJson } from './http.ts';

describe('response headers', () => {
  it.each(['/en/villages', '/api/v1/taobao-villages/national', '/api/v1/taobao-villages/cities.csv', '/api/health'])('%s carries the security headers and no X-Powered-By', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("script-src-attr 'none'");
    // Plain HTTP without a trusted proxy: no HSTS (tests/faults/auth-limits.test.ts covers the TLS case).
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('redirects carry the security headers too', () => {
  // Next.js answers a trailing slash with its own 308, outside the headers() of next.config.ts;
  // server/serve.mjs sets the path's headers before anything answers.
  const redirect = async (path: string) => {
    const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(path.replace(/\/$/, ''));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBeTruthy();
    expect(res.headers.get('content-security-policy')).toContain("script-src-attr 'none'");
    return res;
  };

  it.each(['/en/embed/users/', '/zh/embed/villages/'])('%s: 308 with the embed headers (frameable by any site)', async (path) => {
    const res = await redirect(path);
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it.each(['/en/villages/', '/zh/models/'])('%s: 308 with the headers of every page (framed by none)', async (path) => {
    const res = await redirect(path);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('health', () => {
  it('reports the database as up', async () => {
    const { status, body } = await getJson('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: 'up' });
  });
});
