import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { READ_API_PATHS, SECTION_PAGES, warmPaths, warmUp } from '../../server/warm-up.mjs';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
type Warmed = { rendered: number; failed: string[]; rounds: number; ms: number };
const warm = warmUp as (listener: Listener, paths: string[], options?: Record<string, unknown>) => Promise<Warmed>;

// The warm start of server/serve.mjs: a real loopback HTTP server around a request listener (here a
// small one that records what it was asked; the production server's own is exercised in tests/faults).
function recorder(answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('ok')) {
  const seen: { url: string; gzip: boolean }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const listener: Listener = (req, res) => {
    seen.push({ url: req.url ?? '', gzip: /gzip/.test(String(req.headers['accept-encoding'])) });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
    setTimeout(() => answer(req, res), 5);
  };
  return { listener, seen, maxInFlight: () => maxInFlight };
}

describe('warm start (server/warm-up.mjs)', () => {
  it('names the section pages in both languages for "pages", nothing for "none", else the list given', () => {
    expect(warmPaths('none')).toEqual([]);
    expect(warmPaths('pages')).toBe(SECTION_PAGES);
    expect(SECTION_PAGES).toHaveLength(18);
    expect(SECTION_PAGES).toContain('/zh/clusters/yongkang');
    expect(warmPaths(['/en/users'])).toEqual(['/en/users']);
    expect(warmPaths('routes')).toEqual([...SECTION_PAGES, ...READ_API_PATHS]);
    expect(READ_API_PATHS).toContain('/api/v1/taobao-villages/dataset.csv');
  });

  it('requests every path once, as a browser would (gzip), at most `concurrency` at a time', async () => {
    const r = recorder();
    const paths = Array.from({ length: 9 }, (_, i) => `/en/p${i}`);
    const result = await warm(r.listener, paths, { concurrency: 2 });
    expect(r.seen.map((s) => s.url).sort()).toEqual([...paths].sort());
    expect(r.seen.every((s) => s.gzip)).toBe(true);
    expect(r.maxInFlight()).toBeLessThanOrEqual(2);
    expect(result).toMatchObject({ rendered: 9, failed: [], rounds: 1 });
  });

  it('goes over the paths again when the data version moved while it ran, so the cache holds the new data', async () => {
    const r = recorder();
    let version = 1;
    const result = await warm(r.listener, ['/en', '/zh'], {
      dataVersion: () => {
        const now = version;
        version = 2; // the first look sees 1, every later one 2: changed during the first round only
        return now;
      },
    });
    expect(result.rounds).toBe(2);
    expect(r.seen.map((s) => s.url)).toEqual(['/en', '/zh', '/en', '/zh']);
  });

  it('reports what did not render instead of failing the start, and gives up at its deadline', async () => {
    const r = recorder((req, res) => {
      if (req.url === '/missing') {
        res.statusCode = 404;
        res.end();
      } else if (req.url !== '/hangs') res.end('ok');
      // '/hangs' is never answered
    });
    const result = await warm(r.listener, ['/ok', '/missing', '/hangs'], { concurrency: 3, timeoutMs: 500 });
    expect(result.rendered).toBe(1);
    expect(result.failed).toEqual(expect.arrayContaining(['/missing (404)', '/hangs (not done in time)']));
    expect(result.ms).toBeLessThan(5_000);
  });
});
