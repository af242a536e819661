import { describe, expect, it } from 'vitest';
import { createLimiter } from '@/lib/api/rate-limit.ts';
import { createTokenGuard } from '@/lib/import/attempts.ts';
import { isDatabaseUnavailable } from '@/lib/db/errors.ts';

// The in-memory store (ATLAS_RATE_LIMIT_STORE unset); the PostgreSQL one is exercised over HTTP in tests/faults.
describe('rate limit (rate-limiter-flexible, memory)', () => {
  it('allows `points` per window per key, then answers with the seconds to wait; other keys are untouched', async () => {
    const limit = createLimiter({ name: `unit-${Math.random()}`, points: 2, durationSeconds: 60 });
    expect(await limit.consume('a')).toMatchObject({ ok: true });
    expect(await limit.consume('a')).toMatchObject({ ok: true });
    const refused = await limit.consume('a');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(!refused.ok && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await limit.consume('b')).toMatchObject({ ok: true });
    expect((await limit.state('a')).consumed).toBe(3);
    await limit.reset('a');
    expect(await limit.consume('a')).toMatchObject({ ok: true });
  });

  it('keeps counting at any number of keys (no global reset)', async () => {
    const limit = createLimiter({ name: `unit-${Math.random()}`, points: 1, durationSeconds: 60 });
    expect(await limit.consume('victim')).toMatchObject({ ok: true });
    for (let i = 0; i < 12_000; i++) await limit.consume(`junk-${i}`);
    expect((await limit.consume('victim')).ok).toBe(false);
  });
});

describe('token guard', () => {
  it('limits attempts per address; consecutive failures block only that address; a success clears them', async () => {
    const guard = createTokenGuard({ name: `unit-${Math.random()}`, attemptsPerMinute: 100, failuresPerClient: 3, blockSeconds: 900 });
    for (let i = 0; i < 4; i++) {
      expect(await guard.admit('attacker')).toEqual({ ok: true, delayMs: 0 });
      await guard.failed('attacker');
    }
    const blocked = await guard.admit('attacker');
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.retryAfterSeconds).toBeGreaterThan(60);
    expect(await guard.admit('admin')).toEqual({ ok: true, delayMs: 0 });

    await guard.failed('admin');
    await guard.failed('admin');
    await guard.succeeded('admin');
    await guard.failed('admin');
    await guard.failed('admin');
    expect((await guard.admit('admin')).ok).toBe(true);
  });

  it('refuses the attempt past the per-address limit with Retry-After seconds', async () => {
    const guard = createTokenGuard({ name: `unit-${Math.random()}`, attemptsPerMinute: 2 });
    expect((await guard.admit('a')).ok).toBe(true);
    expect((await guard.admit('a')).ok).toBe(true);
    expect(await guard.admit('a')).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect((await guard.admit('b')).ok).toBe(true);
  });

  it('slows everyone down, never locks anyone out, when many addresses fail at once', async () => {
    const guard = createTokenGuard({ name: `unit-${Math.random()}`, attemptsPerMinute: 10, globalFailuresBeforeSlowDown: 5, delayPerFailureMs: 100, maxDelayMs: 1000 });
    for (let i = 0; i < 5; i++) await guard.failed(`bot-${i}`);
    expect(await guard.admit('admin')).toEqual({ ok: true, delayMs: 0 });
    for (let i = 5; i < 8; i++) await guard.failed(`bot-${i}`);
    expect(await guard.admit('admin')).toEqual({ ok: true, delayMs: 300 });
    for (let i = 8; i < 100; i++) await guard.failed(`bot-${i}`);
    expect(await guard.admit('admin')).toEqual({ ok: true, delayMs: 1000 });
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises connection failures, also when wrapped', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: { code: '57P01', message: 'terminating connection due to administrator command' } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('column "x" does not exist'))).toBe(false);
  });
});
