// The database check behind GET /api/health, shared by server/serve.mjs (which answers the probe
// itself, without Next.js, so balancer probes cost next to nothing) and the Next.js route (used by
// `next dev`).
import { settings } from '../lib/settings.mjs';

/**
 * A stopped or unreachable server fails at once (connection refused); the timeout is for a database
 * that accepts but does not answer — long enough that a busy event loop under load is not reported
 * as an outage. Probes that arrive while a check runs share it (one round trip), and a success is
 * reused for `reuseMs` so that a flood of probes costs one query per `reuseMs`. A failure is never
 * reused: the next probe checks again, so once the database is back health says so at once, no
 * later than the API serves again (a reused failure made health answer 503 while the API was
 * already back at 200). An outage shows within `reuseMs` plus one check.
 */
export function createHealthCheck(query, { timeoutMs = settings().HEALTH_DB_TIMEOUT_MS, reuseMs = 250 } = {}) {
  let lastSuccess = null;
  let running = null;
  async function check() {
    const started = performance.now();
    let timer;
    try {
      await Promise.race([
        query(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`database check timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return { up: true, latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      return { up: false, error: error instanceof Error ? error.message.split('\n')[0] : 'unknown' };
    } finally {
      clearTimeout(timer);
    }
  }
  return function health() {
    if (lastSuccess && Date.now() - lastSuccess.at <= reuseMs) return Promise.resolve(lastSuccess.result);
    running ??= check().then((result) => {
      running = null;
      lastSuccess = result.up ? { at: Date.now(), result } : null;
      return result;
    });
    return running;
  };
}

/** The probe's answer: status, headers and JSON body. */
export function healthResponse(result) {
  return result.up
    ? { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: { status: 'ok', database: 'up', latencyMs: result.latencyMs } }
    : { status: 503, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'retry-after': '5' }, body: { status: 'degraded', database: 'down', error: result.error } };
}
