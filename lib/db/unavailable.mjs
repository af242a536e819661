// Whether an error means PostgreSQL cannot be reached right now (as opposed to a bad query).
// Plain ESM so that server/serve.mjs (outside the Next.js build) and the app share one definition.
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const UNAVAILABLE_MESSAGE = /ECONNREFUSED|Connection terminated|Can't reach database|the database system is (shutting down|starting up)|terminating connection/i;

/** @param {unknown} error */
export function isDatabaseUnavailable(error) {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const err = /** @type {{ code?: unknown, message?: unknown, cause?: unknown, name?: unknown }} */ (e);
    if (typeof err.code === 'string' && UNAVAILABLE_CODES.has(err.code)) return true;
    if (typeof err.message === 'string' && UNAVAILABLE_MESSAGE.test(err.message)) return true;
    if (err.name === 'DriverAdapterError' && typeof err.message === 'string' && /connect/i.test(err.message)) return true;
    e = err.cause;
  }
  return false;
}
