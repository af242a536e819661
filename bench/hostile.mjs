// A hostile-input run over every route of the OpenAPI document and every page (both locales):
// malformed percent-escapes, double encodings, control characters, long targets, every method,
// odd headers (Host, X-Forwarded-*, Authorization, malformed cookies, huge headers), junk queries,
// and raw request lines no client library sends. Prints the requests tried per kind and the answers
// ≥ 500; exits 1 when there is any (the goal is 0).
//   node bench/hostile.mjs [base URL]     (no URL: starts the app on its own database, as npm start)
import { hasErrorShape, hostileRequests, inBatches, pagePaths, rawRequests, routesOf, send, sendRaw } from './hostile-inputs.mjs';
import { startApp, stopApp } from './lib.mjs';

const target = process.argv[2];
const app = target ? null : await startApp({ port: 4391, pgPort: 55391, pgDir: '.data/bench-hostile-pg' });
const base = target ?? app.url;

try {
  const openapi = await fetch(`${base}/api/v1/openapi.json`).then((r) => r.json());
  const routes = routesOf(openapi);
  const pages = pagePaths();
  const kinds = hostileRequests(routes, pages);
  const rows = [];
  const failures = [];
  let total = 0;
  let totalFailed = 0;
  for (const [kind, requests] of Object.entries(kinds)) {
    const row = { kind, tried: requests.length, '2xx/3xx': 0, '4xx': 0, 'server ≥500': 0, 'no answer': 0, 'unshaped api 4xx': 0 };
    await inBatches(requests, 16, async (request) => {
      const { status, body } = await send(base, request);
      if (status >= 500) {
        row['server ≥500']++;
        failures.push(`${status} ${request.method} ${request.path.slice(0, 120)} ${JSON.stringify(request.headers).slice(0, 120)}`);
      } else if (status >= 400) {
        row['4xx']++;
        // API answers and the front door's refusals carry the error shape; Next's 404 page is HTML.
        if (request.path.startsWith('/api/') && request.method !== 'HEAD' && status !== 404 && status !== 431 && !hasErrorShape(body)) row['unshaped api 4xx']++;
      } else if (status > 0) row['2xx/3xx']++;
      else row['no answer']++;
    });
    rows.push(row);
    total += row.tried;
    totalFailed += row['server ≥500'];
  }
  const raw = rawRequests([...routes.map((r) => r.path), ...pages]);
  const rawRow = { kind: 'raw request lines', tried: raw.length, '2xx/3xx': 0, '4xx': 0, 'server ≥500': 0, 'no answer': 0, 'unshaped api 4xx': 0 };
  await inBatches(raw, 16, async (bytes) => {
    const status = await sendRaw(base, bytes);
    if (status >= 500) {
      rawRow['server ≥500']++;
      failures.push(`${status} raw ${JSON.stringify(bytes.split('\r\n')[0])}`);
    } else if (status >= 400) rawRow['4xx']++;
    else if (status > 0) rawRow['2xx/3xx']++;
    else rawRow['no answer']++;
  });
  rows.push(rawRow);
  total += rawRow.tried;
  totalFailed += rawRow['server ≥500'];

  console.log(`hostile-input run against ${base}: ${routes.length} routes (the OpenAPI document's and those outside it), ${pages.length} pages`);
  console.table(rows);
  console.log(`${total} requests, ${totalFailed} answers ≥ 500 (goal 0)`);
  for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
  process.exitCode = totalFailed === 0 ? 0 : 1;
} finally {
  if (app) await stopApp(app.child);
}
process.exit(process.exitCode ?? 1);
