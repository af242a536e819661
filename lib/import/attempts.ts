import { createLimiter } from '../../server/rate-limit.mjs';

// Guessing the admin token is limited three ways, none of which can lock the admin out from
// another address:
// 1. attempts per client address and minute (sign-in form: 10; import POSTs: IMPORT_RATE_LIMIT),
//    counted before the token is checked;
// 2. consecutive failures per client address: after `failuresPerClient` without a success that
//    address is refused for `blockSeconds`; a success clears its count;
// 3. failures from everyone per minute: past `globalFailuresBeforeSlowDown`, every check waits a
//    little longer (up to `maxDelayMs`), whoever sends it. Many addresses together are slowed
//    down, never locked out: the admin still gets in, at worst `maxDelayMs` later.
// With a token of ≥ 128 bits (lib/settings.mjs) no rate is a real threat; these keep the noise down.

export type AttemptVerdict = { ok: true; delayMs: number } | { ok: false; retryAfterSeconds: number };

export type TokenGuardOptions = {
  name: string;
  attemptsPerMinute: number;
  failuresPerClient?: number;
  blockSeconds?: number;
  globalFailuresBeforeSlowDown?: number;
  delayPerFailureMs?: number;
  maxDelayMs?: number;
};

export function createTokenGuard({
  name,
  attemptsPerMinute,
  failuresPerClient = 20,
  blockSeconds = 15 * 60,
  globalFailuresBeforeSlowDown = 100,
  delayPerFailureMs = 20,
  maxDelayMs = 2000,
}: TokenGuardOptions) {
  const attempts = createLimiter({ name: `${name}-attempts`, points: attemptsPerMinute, durationSeconds: 60 });
  const failures = createLimiter({ name: `${name}-failures`, points: failuresPerClient, durationSeconds: 60 * 60, blockSeconds });
  // Only counted, never refused: its count sets the slow-down.
  const everyone = createLimiter({ name: `${name}-failures-all`, points: Number.MAX_SAFE_INTEGER, durationSeconds: 60 });
  /** Seconds an address stays refused after too many consecutive failures (0: not refused). */
  const blockedSeconds = async (client: string) => {
    const state = await failures.state(client);
    return state.consumed > failuresPerClient ? state.retryAfterSeconds : 0;
  };

  return {
    /** Call before checking a token: counts the attempt; says whether to check it and how long to wait first. */
    async admit(client: string): Promise<AttemptVerdict> {
      const block = await blockedSeconds(client);
      if (block) return { ok: false, retryAfterSeconds: block };
      const verdict = await attempts.consume(client);
      if (!verdict.ok) return verdict;
      const excess = (await everyone.state('all')).consumed - globalFailuresBeforeSlowDown;
      return { ok: true, delayMs: excess > 0 ? Math.min(maxDelayMs, excess * delayPerFailureMs) : 0 };
    },
    /** Call after a wrong token. */
    async failed(client: string): Promise<void> {
      await failures.consume(client);
      await everyone.consume('all');
    },
    /** Call after the right token: the address's run of failures is over. */
    async succeeded(client: string): Promise<void> {
      await failures.reset(client);
    },
  };
}
