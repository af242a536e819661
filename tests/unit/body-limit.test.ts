import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBoundedBody, readBoundedForm } from '@/lib/http/bounded-body.ts';
import { bodyLimitOf, guardRequestBody, OTHER_BODY_MAX_BYTES, SESSION_BODY_MAX_BYTES } from '@/server/body-limit.mjs';
import { postBody } from '../post-body.ts';

const importMaxBytes = 100_000;

/** A request body delivered in `chunks` pieces of `size` bytes, counting how many were pulled. */
function streamed(chunks: number, size: number) {
  const state = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(97));
    },
  });
  return { body, state };
}

describe('route limits', () => {
  it('gives sign-in a few KB, imports the import limit plus the form around it, everything else 16 KB', () => {
    expect(bodyLimitOf('/api/v1/imports/session', { importMaxBytes })).toBe(SESSION_BODY_MAX_BYTES);
    expect(SESSION_BODY_MAX_BYTES).toBeLessThanOrEqual(16 * 1024);
    expect(bodyLimitOf('/api/v1/imports', { importMaxBytes })).toBe(importMaxBytes + 64 * 1024);
    expect(bodyLimitOf('/en/villages', { importMaxBytes })).toBe(OTHER_BODY_MAX_BYTES);
  });
});

describe('readBoundedBody (the route handlers, and `next dev`)', () => {
  it('refuses a declared Content-Length over the limit without reading', async () => {
    const { body, state } = streamed(10, 1000);
    const request = new Request('http://x/api', { method: 'POST', body, headers: { 'content-length': '10000' }, duplex: 'half' } as RequestInit);
    await expect(readBoundedBody(request, 5000)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const { body, state } = streamed(1000, 1000);
    const request = new Request('http://x/api', { method: 'POST', body, duplex: 'half' } as RequestInit);
    const error = await readBoundedBody(request, 5000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect((error as BodyTooLargeError).limit).toBe(5000);
    expect(state.pulled).toBeLessThan(10);
  });

  it('returns a body within the limit whole, and parses a form from it', async () => {
    const { body } = streamed(5, 1000);
    const bytes = await readBoundedBody(new Request('http://x/api', { method: 'POST', body, duplex: 'half' } as RequestInit), 5000);
    expect(bytes.byteLength).toBe(5000);
    const form = await readBoundedForm(new Request('http://x/api', { method: 'POST', body: new URLSearchParams({ token: 't'.repeat(40), locale: 'zh' }) }), SESSION_BODY_MAX_BYTES);
    expect(form.get('locale')).toBe('zh');
    expect(form.get('token')).toBe('t'.repeat(40));
  });
});

describe('guardRequestBody (server/serve.mjs) over real HTTP', () => {
  let server: http.Server;
  let base = '';
  const bodiesSeen: number[] = [];
  beforeAll(async () => {
    // Stands in for Next.js: reads the whole body, then answers with its size.
    server = http.createServer((req, res) => {
      if (!guardRequestBody(req, res, { importMaxBytes, headers: { 'x-own': '1' } })) return;
      let size = 0;
      req.on('data', (c: Buffer) => (size += c.length));
      req.on('end', () => {
        bodiesSeen.push(size);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ size }));
      });
      req.on('error', () => {});
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  /** POSTs `total` bytes in 16 KB pieces (chunked unless `declare`), stopping once an answer arrives. */
  const post = (path: string, total: number, declare: boolean) => postBody(`${base}${path}`, total, declare, {}, 16 * 1024);

  for (const [path, limit] of [['/api/v1/imports/session', SESSION_BODY_MAX_BYTES], ['/api/v1/imports', importMaxBytes + 64 * 1024]] as const) {
    it(`${path}: 413 at once for a Content-Length over ${limit} bytes`, async () => {
      const r = await post(path, limit * 50, true);
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body)).toEqual({ error: `the request body is larger than ${limit} bytes`, issues: [{ path: ['body'], message: `at most ${limit} bytes` }] });
    });

    it(`${path}: 413 for a chunked body once it passes ${limit} bytes, the handler never sees it whole`, async () => {
      const seen = bodiesSeen.length;
      const r = await post(path, limit * 50, false);
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body).error).toBe(`the request body is larger than ${limit} bytes`);
      expect(bodiesSeen.length).toBe(seen);
    });

    it(`${path}: a body within the limit reaches the handler whole`, async () => {
      for (const declare of [true, false]) {
        const r = await post(path, limit, declare);
        expect(r.status).toBe(200);
        expect(JSON.parse(r.body)).toEqual({ size: limit });
      }
    });
  }
});
