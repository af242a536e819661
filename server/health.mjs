// The database check behind GET /api/health, shared by server/serve.mjs (which answers the probe
// itself, without Next.js, so balancer probes cost next to nothing) and the Next.js route (used by
// `next dev`).
import { settings } from '../lib/settings.mjs';

/**
 * A stopped or unreachable server fails at once (connection refused); the timeout is for a database
 * that accepts but does not answer — long enough that a busy event loop under load is not reported
 * as an outage. Probes that arrive together share one round trip, and a result is reused for
 * `reuseMs` (well inside the second in which an outage has to show).
 */
export function createHealthCheck(query, { timeoutMs = settings().HEALTH_DB_TIMEOUT_MS, reuseMs = 250 } = {}) {
  let last = null;
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
    const now = Date.now();
    if (!last || now - last.at > reuseMs) last = { at: now, result: check() };
    return last.result;
  };
}

/** The probe's answer: status, headers and JSON body. */
export function healthResponse(result) {
  return result.up
    ? { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: { status: 'ok', database: 'up', latencyMs: result.latencyMs } }
    : { status: 503, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'retry-after': '5' }, body: { status: 'degraded', database: 'down', error: result.error } };
}
