// Where a read goes when DATABASE_REPLICA_URL is set: the replica, unless it failed a moment ago
// or has not yet replayed the data version the primary has. Plain ESM so that server/serve.mjs
// (whose response cache polls both databases' data version) and the app's queries (bundled by
// Next.js: a separate copy of this module) share one state, kept on globalThis.
import { isDatabaseUnavailable } from './unavailable.mjs';

/** How long reads stay on the primary after the replica failed a query, unless a version poll finds it answering sooner. */
export const REPLICA_COOLDOWN_MS = 2000;

/**
 * 'replica' or 'primary' for the next read. Versions unknown (no server/serve.mjs polling them,
 * e.g. `next dev`) count as equal: there is no response cache to keep a lagging answer then.
 * @param {{ configured: boolean, downUntil: number, primaryVersion: string | null, replicaVersion: string | null }} state
 * @param {number} now
 */
export function readTarget(state, now) {
  if (!state.configured) return 'primary';
  if (now < state.downUntil) return 'primary';
  // A replica behind the primary would serve the previous data, and the response cache (which
  // follows the primary's version) would keep that answer until the next import.
  if (state.primaryVersion !== null && state.replicaVersion !== null && state.primaryVersion !== state.replicaVersion) return 'primary';
  if (state.primaryVersion !== null && state.replicaVersion === null) return 'primary';
  return 'replica';
}

/**
 * Whether a failed read on the replica means the replica is unusable for a while (it is down,
 * restarting, or cancelled the query because of a conflict with recovery), as opposed to a
 * query the primary would refuse too. Either way the read is retried on the primary once.
 * @param {unknown} error
 */
export function replicaUnusable(error) {
  if (isDatabaseUnavailable(error)) return true;
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const err = /** @type {{ code?: unknown, kind?: unknown, cause?: unknown, message?: unknown }} */ (e);
    // 40001: "canceling statement due to conflict with recovery" on a hot standby.
    if (err.code === '40001' || err.code === '40P01') return true;
    if (typeof err.kind === 'string' && ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'].includes(err.kind)) return true;
    if (typeof err.message === 'string' && /timeout exceeded when trying to connect|Connection terminated/i.test(err.message)) return true;
    e = err.cause;
  }
  return false;
}

const KEY = Symbol.for('cluster-atlas.replica-route');

/** This process's routing state (one object, whichever copy of this module asks). */
export function replicaRoute() {
  const g = /** @type {Record<symbol, any>} */ (globalThis);
  g[KEY] ??= { configured: false, downUntil: 0, primaryVersion: null, replicaVersion: null, fallbacks: 0 };
  return g[KEY];
}

/** A failed read: keep reads on the primary for REPLICA_COOLDOWN_MS. */
export function markReplicaDown(now = Date.now()) {
  const route = replicaRoute();
  route.downUntil = Math.max(route.downUntil, now + REPLICA_COOLDOWN_MS);
}

/**
 * The result of one version poll of both databases (server/response-cache.mjs): a replica that
 * answered is usable again at once; one that did not is avoided until it answers.
 * @param {{ primaryVersion: string | null, replicaVersion: string | null, replicaAnswered: boolean }} poll
 */
export function recordVersions({ primaryVersion, replicaVersion, replicaAnswered }, now = Date.now()) {
  const route = replicaRoute();
  route.primaryVersion = primaryVersion;
  route.replicaVersion = replicaAnswered ? replicaVersion : null;
  route.downUntil = replicaAnswered ? 0 : Math.max(route.downUntil, now + REPLICA_COOLDOWN_MS);
}

/** Where the next read goes in this process. */
export const currentReadTarget = (now = Date.now()) => readTarget(replicaRoute(), now);
