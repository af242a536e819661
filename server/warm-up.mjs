// Warm start: before a server opens its public port it renders the pages readers land on once,
// through its own request listener on a private loopback port. A process that takes traffic cold
// compiles its page modules and renders every route for the first time while a balancer already
// sends it a third of the load, and its first answers then take seconds (bench:cluster measured
// 3–9 s for an instance restarted under 64 connections). Warmed, its response cache holds those
// answers and its code is loaded when the first reader arrives.
import { createServer } from 'node:http';

/** The section pages in both languages: what ATLAS_WARM_PATHS=pages renders. */
export const SECTION_PAGES = ['/en', '/zh'].flatMap((locale) =>
  ['', '/villages', '/users', '/transactions', '/models', '/clusters/wenzhou', '/clusters/yongkang', '/clusters/cross-border', '/sources'].map((p) => `${locale}${p}`),
);

/**
 * One request per read API route module (JSON and CSV), with the parameters the pages' links use:
 * each loads its route's code, which otherwise a restarted process compiles while a third of the
 * load already waits on it (bench:cluster: 5–6 s for the first API answers of such a process). The
 * village-level list routes are left out: without a loaded list they answer 4xx, and villages.csv
 * streams the whole list.
 */
export const READ_API_PATHS = [
  ...['national', 'provinces', 'cities', 'counties'].flatMap((r) => [`/api/v1/taobao-villages/${r}`, `/api/v1/taobao-villages/${r}.csv`]),
  '/api/v1/taobao-villages/villages', '/api/v1/taobao-villages/dataset.csv',
  '/api/v1/series', '/api/v1/series/cnnic-internet-users', '/api/v1/series/cnnic-internet-users.csv', '/api/v1/views/users.csv',
  '/api/v1/models', '/api/v1/models.csv', '/api/v1/clusters/wenzhou', '/api/v1/clusters/cross-border', '/api/v1/clusters/yongkang',
  '/api/v1/clusters/yongkang/sem/paths', '/api/v1/clusters/yongkang/sem/paths.csv', '/api/v1/sources', '/api/v1/openapi.json',
];

/** The paths a setting names: 'none' → [], 'pages' → SECTION_PAGES, 'routes' → those and READ_API_PATHS, else the list itself. */
export function warmPaths(setting) {
  if (setting === 'none') return [];
  if (setting === 'pages') return SECTION_PAGES;
  if (setting === 'routes') return [...SECTION_PAGES, ...READ_API_PATHS];
  return setting;
}

/**
 * Renders `paths` through `listener` (the server's own: front door, cache, Next.js) with the
 * headers of a browser (gzip, as the response cache keys it), `concurrency` at a time. When
 * `dataVersion()` moves while it runs (an import elsewhere), it goes over the paths again so the
 * cache holds answers of the version the server will serve. Never throws: a path that fails is
 * reported, and whatever is not done by `timeoutMs` is left to the first reader.
 * Resolves with { rendered, failed, rounds, ms }.
 */
export async function warmUp(listener, paths, { concurrency = 2, timeoutMs = 60_000, dataVersion = () => null, log = () => {} } = {}) {
  const started = Date.now();
  const result = { rendered: 0, failed: [], rounds: 0, ms: 0 };
  if (paths.length === 0) return result;
  const server = createServer(listener);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const deadline = started + timeoutMs;
  const renderOne = async (path) => {
    try {
      const res = await fetch(origin + path, { headers: { 'accept-encoding': 'gzip' }, signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
      await res.arrayBuffer();
      if (res.status === 200) result.rendered += 1;
      else result.failed.push(`${path} (${res.status})`);
    } catch (error) {
      result.failed.push(`${path} (${error?.name === 'TimeoutError' ? 'not done in time' : (error?.message ?? error)})`);
    }
  };
  try {
    for (let version = dataVersion(); result.rounds < 3 && Date.now() < deadline; ) {
      result.rounds += 1;
      result.rendered = 0;
      result.failed = [];
      const queue = [...paths];
      await Promise.all(
        Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
          while (queue.length && Date.now() < deadline) await renderOne(queue.shift());
        }),
      );
      const now = dataVersion();
      if (now === version) break;
      log(`data version changed while warming: rendering the pages again`);
      version = now;
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  result.ms = Date.now() - started;
  return result;
}
