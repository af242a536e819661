// A fixed-window limit per client for exports and writes, kept in this process's memory: with
// several instances each enforces its own share (see docs/deployment.md). Plain JavaScript so that
// server/serve.mjs (in front of the response cache) and the route handlers share one rule.
import { settings } from '../lib/settings.mjs';

export function createRateLimit({ limit, windowMs }) {
  const windows = new Map();
  return function check(key, now = Date.now()) {
    const w = windows.get(key);
    if (!w || now - w.start >= windowMs) {
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: now, count: 1 });
      return { ok: true };
    }
    w.count += 1;
    if (w.count <= limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
  };
}

/** The client a request counts against: the first proxy-reported address, else one shared bucket. */
export function clientKeyOf(header) {
  return header('x-forwarded-for')?.split(',')[0]?.trim() || header('x-real-ip') || 'local';
}

/** The export limit's setting, shared by both places that may apply it. */
export const exportLimitPerMinute = () => settings().EXPORT_RATE_LIMIT;

export const EXPORT_LIMITED = 'too many export requests; slow down';
