import http from 'node:http';

/**
 * POSTs `total` bytes to `url` in pieces (chunked unless `declare`, then with that Content-Length),
 * stopping as soon as the server answers, and never past `total`: bytes beyond a declared length
 * would be parsed by the server as a next, malformed request on the same connection.
 */
export function postBody(url: string, total: number, declare: boolean, headers: Record<string, string> = {}, pieceBytes = 64 * 1024) {
  return new Promise<{ status: number; body: string; sent: number }>((done, fail) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: 'POST', headers: { ...headers, ...(declare ? { 'content-length': String(total) } : {}) } });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        req.destroy();
        done({ status: res.statusCode ?? 0, body, sent });
      });
    });
    req.on('error', (e) => (answered ? undefined : fail(e)));
    const piece = Buffer.alloc(pieceBytes, 97);
    const pump = () => {
      while (sent < total && !answered) {
        const part = piece.subarray(0, Math.min(piece.length, total - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}
