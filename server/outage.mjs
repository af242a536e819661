// What server/serve.mjs does while PostgreSQL is unreachable: every page and API answers 503 with
// Retry-After (a small bilingual page, or the API's error JSON), instead of each request failing on
// its own with a 500 and a stack trace. The state comes from the health check (server/health.mjs),
// polled here; the log gets one line when the outage starts and one when it ends.

export const RETRY_AFTER_SECONDS = 5;

/**
 * Polls `check` (the health check: resolves { up, error? }) every `intervalMs`; `confirm()` polls
 * at once (a request that failed on the database asks, so the next ones see the outage).
 */
export function createOutageWatch(check, { intervalMs = 500, log = () => {} } = {}) {
  let down = false;
  let since = 0;
  let checking = null;
  function confirm() {
    checking ??= Promise.resolve(check())
      .then((result) => {
        if (!result.up && !down) {
          down = true;
          since = Date.now();
          log(`database unavailable (${result.error ?? 'no answer'}): answering 503 until it is back`);
        } else if (result.up && down) {
          down = false;
          log(`database back after ${((Date.now() - since) / 1000).toFixed(1)} s: serving again`);
        }
        return down;
      })
      .finally(() => (checking = null));
    return checking;
  }
  const timer = setInterval(confirm, intervalMs);
  timer.unref();
  return { isDown: () => down, confirm, stop: () => clearInterval(timer) };
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · 暂时无法访问 — Cluster Atlas</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>Temporarily unavailable</h1>
<p>The atlas cannot reach its database right now. Please try again in a few seconds.</p>
<h1 lang="zh">暂时无法访问</h1>
<p lang="zh">本站暂时无法连接数据库，请稍后再试。</p>
</body></html>
`;

/** The 503 for a request during an outage: the API's error JSON under /api, the page otherwise. */
export function unavailableResponse(target) {
  const headers = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' };
  if (/^\/api(\/|$|\?)/.test(target ?? '')) {
    return { status: 503, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ error: 'the database is unavailable; try again shortly', issues: [] }) };
  }
  return { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: PAGE };
}

/**
 * Holds back a response that Next.js is about to send with status ≥ 500, asks `decide()` whether
 * the database is down, and then sends either `replacement()` (the 503) or the original response
 * unchanged. This closes the gap between PostgreSQL going away and the watch noticing it: a page
 * rendered in that gap fails inside Next.js, and Next.js has no way to set 503 from a page.
 */
export function holdServerErrors(res, decide, replacement) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let held = null; // { head: args of writeHead or null, chunks: [args of write], ended: args of end }
  const holding = () => held !== null;
  const startHolding = () => {
    held ??= { head: null, chunks: [] };
  };
  const erroneous = (status) => status >= 500;

  res.writeHead = function (status, ...rest) {
    if (!res.headersSent && erroneous(status)) {
      startHolding();
      held.head = [status, ...rest];
      return res;
    }
    return original.writeHead.call(res, status, ...rest);
  };
  res.flushHeaders = function () {
    if (holding() || (!res.headersSent && erroneous(res.statusCode))) return startHolding();
    return original.flushHeaders.call(res);
  };
  res.write = function (...args) {
    if (holding() || (!res.headersSent && erroneous(res.statusCode))) {
      startHolding();
      held.chunks.push(args);
      return true;
    }
    return original.write.apply(res, args);
  };
  res.end = function (...args) {
    if (!(holding() || (!res.headersSent && erroneous(res.statusCode)))) return original.end.apply(res, args);
    startHolding();
    const { head, chunks } = held;
    Object.assign(res, original);
    Promise.resolve(decide()).then(
      (down) => {
        if (down) {
          const { status, headers, body } = replacement();
          for (const name of res.getHeaderNames()) res.removeHeader(name);
          res.writeHead(status, headers);
          res.end(body);
          return;
        }
        if (head) res.writeHead(...head);
        for (const chunk of chunks) res.write(...chunk);
        res.end(...args);
      },
      () => res.end(...args),
    );
    return res;
  };
}
