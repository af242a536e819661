import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { createResponseCache } from '@/server/response-cache.mjs';

// The cache's single flight against the real test database (it polls the data version there):
// later requests for a URL wait for the first computation, but a first client that never finishes
// must not hold them (the attack run's stalled download).
describe.skipIf(!process.env.DATABASE_URL)('response cache: single flight with a bounded wait', () => {
  let server: Server;
  let cache: { handle: (...a: unknown[]) => void; ready: () => Promise<void>; stats: () => { version: string | null }; close: () => Promise<void> };
  let base = '';
  let computed = 0;

  beforeAll(async () => {
    cache = createResponseCache({ databaseUrl: process.env.DATABASE_URL, maxWaitMs: 300 });
    await cache.ready();
    expect(cache.stats().version).not.toBeNull();
    server = createServer((req, res) => {
      cache.handle(req, res, () => {
        computed += 1;
        res.setHeader('content-type', 'text/html');
        // The first computation starts its answer and never ends it; the others answer at once.
        if (computed === 1) res.write('<p>partial');
        else res.end('<p>whole</p>');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await cache.close();
  });

  it('a request waiting behind a first computation that never ends is computed on its own', async () => {
    const stalled = new AbortController();
    const first = fetch(`${base}/page`, { signal: stalled.signal }).catch(() => null);
    await expect.poll(() => computed, { timeout: 10_000 }).toBe(1);
    const second = await fetch(`${base}/page`);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-atlas-cache')).toBe('miss');
    expect(await second.text()).toBe('<p>whole</p>');
    expect(computed).toBe(2);
    stalled.abort();
    await first;
  });
});
