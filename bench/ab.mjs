// Interleaved A/B of two servers already running with ATLAS_RESPONSE_CACHE=0 (e.g. a build of main
// and one of a branch, on the same machine): for each path, request pairs alternate A, B, B, A, …,
// so a loaded machine slows both alike and the ratio B/A stays fair where back-to-back runs of
// bench:cases would not be. Prints p50 (min) per server, B/A of the p50s, and the gzip size of each
// answer (the page weight).
//   BENCH_A=http://127.0.0.1:3411 BENCH_B=http://127.0.0.1:3410 node bench/ab.mjs /en/models /en/clusters/yongkang
//   BENCH_PAIRS (default 30) timed pairs after 3 warm-up pairs.
import { gzipSync } from 'node:zlib';
import { fmt, quantile } from './lib.mjs';

const A = process.env.BENCH_A;
const B = process.env.BENCH_B;
const PAIRS = Number(process.env.BENCH_PAIRS ?? 30);
const WARMUP = 3;
const paths = process.argv.slice(2);
if (!A || !B || !paths.length) {
  console.error('usage: BENCH_A=<url> BENCH_B=<url> node bench/ab.mjs PATH…');
  process.exit(2);
}

/** One uncached request read to its end: its time in ms and its body's gzip size. */
async function timed(base, path) {
  const started = performance.now();
  const response = await fetch(base + path, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${base}${path}: ${response.status}`);
  if (response.headers.get('x-atlas-cache')) throw new Error(`${base}${path}: served from the response cache; run with ATLAS_RESPONSE_CACHE=0`);
  return { ms, gzip: gzipSync(body).length };
}

console.log(['path', 'A p50 (min) ms', 'B p50 (min) ms', 'B/A', 'A gzip KB', 'B gzip KB'].join('\t'));
for (const path of paths) {
  const times = { a: [], b: [] };
  const gzip = { a: 0, b: 0 };
  for (let i = 0; i < PAIRS + WARMUP; i++) {
    // Alternate which goes first, so neither always meets the other's after-effects.
    const order = i % 2 ? ['b', 'a'] : ['a', 'b'];
    for (const k of order) {
      const r = await timed(k === 'a' ? A : B, path);
      gzip[k] = r.gzip;
      if (i >= WARMUP) times[k].push(r.ms);
    }
  }
  for (const k of ['a', 'b']) times[k].sort((x, y) => x - y);
  const [pa, pb] = [quantile(times.a, 0.5), quantile(times.b, 0.5)];
  console.log([path, `${fmt(pa)} (${fmt(times.a[0])})`, `${fmt(pb)} (${fmt(times.b[0])})`, fmt(pb / pa, 2), fmt(gzip.a / 1024), fmt(gzip.b / 1024)].join('\t'));
}
