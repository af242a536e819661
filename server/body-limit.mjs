// Request bodies are capped before anything parses them. Next.js reads a whole form into memory
// (request.formData()), so without a cap one 300 MB chunked POST to the sign-in form took the
// server from 370 MB to 1.18 GB RSS. server/serve.mjs enforces the cap on the raw bytes of every
// request; the write routes read their bodies through lib/http/bounded-body.ts with the same
// limits, which is what holds under `next dev` (no serve.mjs in front).

const KB = 1024;

/** The sign-in / logout form: a token, a locale, a logout flag. */
export const SESSION_BODY_MAX_BYTES = 8 * KB;
/** Room for the multipart framing and the text fields around an import's file. */
export const IMPORT_FORM_OVERHEAD_BYTES = 64 * KB;
/** Any other request: no other route reads a body. */
export const OTHER_BODY_MAX_BYTES = 16 * KB;

/** The largest body (bytes) a request to `pathname` may carry. */
export function bodyLimitOf(pathname, { importMaxBytes }) {
  if (pathname === '/api/v1/imports') return importMaxBytes + IMPORT_FORM_OVERHEAD_BYTES;
  if (pathname === '/api/v1/imports/session') return SESSION_BODY_MAX_BYTES;
  return OTHER_BODY_MAX_BYTES;
}

export const bodyTooLargeMessage = (limit) => `the request body is larger than ${limit} bytes`;

// After a 413 the rest of an oversized body is read and dropped for at most this long (never kept),
// so the client sees the answer instead of a connection reset; then the connection is destroyed.
// (Not "Connection: close": Node.js would close the socket as soon as the answer is written, with
// the body still arriving, and many clients then report the reset instead of the 413.)
const LINGER_MS = 2000;

/**
 * Guards one request of server/serve.mjs: returns false after answering 413 itself (Content-Length
 * over the limit); otherwise counts the body's bytes as they arrive from the socket (chunked bodies
 * included) and, once past the limit, answers 413 if no answer has started, stops the handler's
 * further writes, and destroys the request.
 */
export function guardRequestBody(req, res, { importMaxBytes, headers = {} }) {
  const pathname = (req.url ?? '/').split('?')[0];
  const limit = bodyLimitOf(pathname, { importMaxBytes });
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    refuse(req, res, limit, headers);
    return false;
  }
  // IncomingMessage receives its body from the HTTP parser through push(): counting there sees
  // every byte before Next.js (or anyone) buffers it.
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk, encoding) => {
    if (chunk !== null && chunk !== undefined) {
      received += chunk.length;
      if (received > limit) {
        // From here on, bytes are dropped as they arrive (returning true keeps the socket flowing,
        // so the client can read the 413 instead of stalling) until the request is destroyed.
        req.push = () => true;
        refuse(req, res, limit, headers);
        return true;
      }
    }
    return push(chunk, encoding);
  };
  return true;
}

function refuse(req, res, limit, headers) {
  if (res.writableEnded) {
    // The handler already answered in full (a 401 before reading the body, or its own 413): drop
    // the rest of the upload for a while so the client reads that answer instead of a reset.
    linger(req);
    return;
  }
  if (res.headersSent) {
    // An answer is being streamed: nothing can be said any more, stop the upload.
    req.destroy();
    return;
  }
  const body = JSON.stringify({ error: bodyTooLargeMessage(limit), issues: [{ path: ['body'], message: `at most ${limit} bytes` }] });
  res.writeHead(413, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  const end = res.end.bind(res);
  // Whatever the handler still tries to send for this request goes nowhere.
  res.setHeader = () => res;
  res.appendHeader = () => res;
  res.removeHeader = () => {};
  res.writeHead = () => res;
  res.flushHeaders = () => {};
  res.write = (_chunk, encoding, callback) => {
    (typeof encoding === 'function' ? encoding : callback)?.();
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    const done = [chunk, encoding, callback].find((f) => typeof f === 'function');
    done?.();
    return res;
  };
  end(body);
  linger(req);
}

function linger(req) {
  if (!req.listenerCount('data')) req.resume(); // nobody reads this body: drop it as it arrives
  setTimeout(() => req.destroy(), LINGER_MS).unref();
}
