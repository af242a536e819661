import { NextResponse } from 'next/server';
import { bodyTooLargeMessage } from '@/server/body-limit.mjs';

// The write routes read their bodies through here, never request.formData() on the raw request:
// a body is refused (413) as soon as it passes the route's limit, whatever its Content-Length says
// (chunked bodies have none). server/serve.mjs enforces the same limits on the raw bytes; this is
// what holds under `next dev`, and it keeps the routes honest if the server in front changes.

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(bodyTooLargeMessage(limit));
  }
}

/** The whole body, at most `limit` bytes; throws BodyTooLargeError (and stops reading) past it. */
export async function readBoundedBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    await request.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(limit);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/**
 * The request's form (multipart or urlencoded), read with readBoundedBody: the parser only ever
 * sees at most `limit` bytes.
 */
export async function readBoundedForm(request: Request, limit: number): Promise<FormData> {
  const body = await readBoundedBody(request, limit);
  const contentType = request.headers.get('content-type') ?? '';
  return new Response(body, { headers: { 'content-type': contentType } }).formData();
}

/** 413 in the API's error shape. */
export function bodyTooLarge(error: BodyTooLargeError, extra = ''): NextResponse {
  return NextResponse.json(
    { error: `${error.message}${extra}`, issues: [{ path: ['body'], message: `at most ${error.limit} bytes` }] },
    { status: 413, headers: { 'Cache-Control': 'no-store' } },
  );
}
