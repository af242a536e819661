import { describe, expect, it } from 'vitest';
import { get, getJson } from './http.ts';

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

describe('health', () => {
  it('reports the database as up', async () => {
    const { status, body } = await getJson('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: 'up' });
  });
});
