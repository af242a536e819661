// Sends a 300 MB body to every write route of a running server, once with Content-Length and once
// chunked, and prints the answer, how much of the body the server took before answering, and the
// server process's resident memory (VmRSS from /proc/<pid>/status) before, at its highest during,
// and after each request. The server must run on this machine.
//   node bench/big-body.mjs <base-url> <server-pid> [admin-token]
//   e.g. node bench/big-body.mjs http://127.0.0.1:3000 $(pgrep -f server/serve.mjs) "$ATLAS_ADMIN_TOKEN"
// With a token the import route is also tried signed in (the body then reaches the route handler).
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [base, pidArg, token] = process.argv.slice(2);
if (!base || !pidArg) {
  console.error('usage: node bench/big-body.mjs <base-url> <server-pid> [admin-token]');
  process.exit(2);
}
const pid = Number(pidArg);
const SIZE = Number(process.env.BIG_BODY_BYTES ?? 300 * 1024 * 1024);
const CHUNK = Buffer.alloc(64 * 1024, 'a');

const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** Sends SIZE bytes (prefix, then filler) as fast as the server takes them; resolves on its answer or a reset. */
function send(path, { chunked, contentType, prefix = '', headers = {} }) {
  return new Promise((done) => {
    let sent = 0;
    let answered = null;
    const started = performance.now();
    const req = http.request(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(chunked ? {} : { 'content-length': String(SIZE) }), ...headers },
    });
    const finish = (status) => {
      if (answered) return;
      answered = { status, sentMb: sent / 1e6, ms: performance.now() - started };
      req.destroy();
      done(answered);
    };
    req.on('response', (res) => {
      res.resume();
      finish(res.statusCode);
    });
    req.on('error', (error) => finish(`no answer (${error.code ?? error.message})`));
    const pump = () => {
      while (sent < SIZE && !answered) {
        const piece = sent === 0 && prefix ? Buffer.from(prefix) : CHUNK.subarray(0, Math.min(CHUNK.length, SIZE - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const boundary = 'big-body-bench';
const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="dataset"\r\n\r\ntaobao-villages\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\nyear,province,city,county,town,village\r\n`;
const cases = [
  ['/api/v1/imports/session', 'sign-in form', { contentType: 'application/x-www-form-urlencoded', prefix: 'locale=en&token=' }],
  ['/api/v1/imports', 'import, no token', { contentType: `multipart/form-data; boundary=${boundary}`, prefix: multipart }],
  ...(token ? [['/api/v1/imports', 'import, signed in', { contentType: `multipart/form-data; boundary=${boundary}`, prefix: multipart, headers: { authorization: `Bearer ${token}` } }]] : []),
];

console.log(`body ${(SIZE / 1e6).toFixed(0)} MB; server pid ${pid}; RSS at start ${rssMb().toFixed(0)} MB\n`);
console.log('route\tcase\tframing\tstatus\tMB sent before the answer\tms\tRSS before MB\tRSS max during MB\tRSS after MB');
for (const [path, label, options] of cases) {
  for (const chunked of [false, true]) {
    const before = rssMb();
    let max = before;
    const sampler = setInterval(() => (max = Math.max(max, rssMb())), 20);
    const r = await send(path, { ...options, chunked });
    // Give the server a moment to drop what it read, then sample once more.
    await new Promise((ok) => setTimeout(ok, 500));
    clearInterval(sampler);
    const after = rssMb();
    max = Math.max(max, after);
    console.log([path, label, chunked ? 'chunked' : 'Content-Length', r.status, r.sentMb.toFixed(1), r.ms.toFixed(0), before.toFixed(0), max.toFixed(0), after.toFixed(0)].join('\t'));
  }
}
