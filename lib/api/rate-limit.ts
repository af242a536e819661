/**
 * A fixed-window limit per client for exports and writes, kept in this process's memory: with
 * several instances each enforces its own share (see docs/deployment.md).
 */
export function createRateLimit({ limit, windowMs }: { limit: number; windowMs: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  return function check(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
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

export const clientKey = (request: Request) =>
  request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'local';
