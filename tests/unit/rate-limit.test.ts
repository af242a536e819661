import { describe, expect, it } from 'vitest';
import { createRateLimit } from '@/lib/api/rate-limit.ts';
import { isDatabaseUnavailable } from '@/lib/db/errors.ts';

describe('rate limit', () => {
  it('allows `limit` requests per window, then answers with the seconds to wait', () => {
    const check = createRateLimit({ limit: 2, windowMs: 60_000 });
    expect(check('a', 0)).toEqual({ ok: true });
    expect(check('a', 1000)).toEqual({ ok: true });
    expect(check('a', 2000)).toEqual({ ok: false, retryAfterSeconds: 58 });
    expect(check('b', 2000)).toEqual({ ok: true });
    expect(check('a', 60_000)).toEqual({ ok: true });
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises connection failures, also when wrapped', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: { code: '57P01', message: 'terminating connection due to administrator command' } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('column "x" does not exist'))).toBe(false);
  });
});
