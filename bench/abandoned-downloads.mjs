// Abandoned village-list downloads against a running server: six downloads of an uncached
// villages.csv whose clients stop reading after a few chunks (four hold every streaming connection
// by back-pressure, two more wait for one), all six closed by their clients; then the streaming
// sessions in pg_stat_activity over a few seconds, and a seventh download read to the end.
//   node bench/abandoned-downloads.mjs <base-url> <database-url> [path]
// path defaults to the largest loaded list year; the list should be large (≥ 100k rows) so that a
// download outlasts the socket buffers. With DB_STREAM_POOL_SIZE=4 (the default).
import http from 'node:http';
import pg from 'pg';

const [base, databaseUrl, pathArg] = process.argv.slice(2);
if (!base || !databaseUrl) {
  console.error('usage: node bench/abandoned-downloads.mjs <base-url> <database-url> [path]');
  process.exit(2);
}
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const path = pathArg ?? `/api/v1/taobao-villages/villages.csv?year=${(await db.query('SELECT max(year) AS y FROM taobao_village')).rows[0].y}`;
const streams = async () =>
  (await db.query("SELECT state, left(regexp_replace(query, '\\s+', ' ', 'g'), 24) AS q FROM pg_stat_activity WHERE application_name = 'atlas-stream' ORDER BY pid")).rows;
const show = (rows) => (rows.length ? rows.map((r) => `${r.state}${r.state === 'active' ? ` (${r.q}…)` : ''}`).join(', ') : 'none');

function download({ readChunks, leaveAfterMs }) {
  return new Promise((done) => {
    let chunks = 0;
    let bytes = 0;
    let status = 'no answer';
    const req = http.get(`${base}${path}`, { headers: { 'accept-encoding': 'identity' } }, (res) => {
      status = res.statusCode;
      res.on('data', (c) => {
        bytes += c.length;
        if (++chunks === readChunks) res.pause();
      });
    });
    req.on('error', () => {});
    setTimeout(() => {
      req.destroy();
      done({ status, bytes });
    }, leaveAfterMs);
  });
}

console.log(`${base}${path}`);
const started = Date.now();
const six = await Promise.all(Array.from({ length: 6 }, (_, i) => download({ readChunks: 3, leaveAfterMs: i < 4 ? 5000 : 1000 })));
console.log(`six downloads closed by their clients (4 after 5 s, 2 after 1 s): ${six.map((d) => `${d.status}/${(d.bytes / 1e6).toFixed(1)} MB`).join(', ')}`);
for (let i = 0; i < 4; i++) {
  console.log(`  +${((Date.now() - started) / 1000).toFixed(1)} s streaming sessions: ${show(await streams())}`);
  await new Promise((r) => setTimeout(r, 1000));
}
const t = performance.now();
const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(60_000) }).catch((e) => ({ status: `failed: ${e.name}` }));
const text = res.text ? await res.text() : '';
console.log(`seventh download: ${res.status}, ${Math.max(0, text.trimEnd().split('\r\n').length - 1)} rows, ${(text.length / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
console.log(`streaming sessions after: ${show(await streams())}`);
await db.end();
