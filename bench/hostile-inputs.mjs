// Hostile requests over every route of the OpenAPI document and every page: what bench/hostile.mjs
// sends in full and tests/integration/hostile.test.ts samples. Sent with node:http (fetch refuses
// methods such as TRACE and headers such as Host), or over a raw socket for bytes http refuses.
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';

export const LOCALES = ['en', 'zh'];
/** Every page below a locale ('' is the home page); app/[locale]/…/page.tsx. */
export const PAGES = ['', 'villages', 'users', 'transactions', 'models', 'sources', 'clusters/wenzhou', 'clusters/yongkang', 'clusters/cross-border', 'admin/import', 'embed/users', 'embed/transactions', 'embed/villages'];

/** Example values for the path parameters of the OpenAPI document's templates. */
const PATH_EXAMPLES = { id: 'cnnic-internet-users', section: 'users', table: 'paths' };
/** Routes outside the OpenAPI document (the sign-in form's target, the document itself, the map). */
const UNDOCUMENTED = [
  { template: '/api/v1/imports/session', path: '/api/v1/imports/session', methods: ['POST'] },
  { template: '/api/v1/openapi.json', path: '/api/v1/openapi.json', methods: ['GET'] },
  { template: '/map/provinces.svg', path: '/map/provinces.svg', methods: ['GET'] },
];

/** The concrete paths of an OpenAPI document ({id} and co. filled in) and the methods each documents, plus the undocumented routes. */
export function routesOf(openapi) {
  return [...UNDOCUMENTED, ...Object.entries(openapi.paths).map(([template, ops]) => ({
    template,
    path: template.replace(/\{(\w+)\}/g, (_, name) => (template.startsWith('/api/v1/clusters/{') ? 'wenzhou' : PATH_EXAMPLES[name] ?? 'x')),
    methods: Object.keys(ops).map((m) => m.toUpperCase()),
  }))];
}

export const pagePaths = () => [...LOCALES.flatMap((l) => PAGES.map((p) => `/${l}${p ? `/${p}` : ''}`)), '/'];

export const MALFORMED_ESCAPES = ['%', '%E0%A4%A', '%ZZ', '%C0%AF', '%FF', '%E0%80', '%u0041', 'a%', '%%'];
export const DOUBLE_ENCODINGS = ['%25', '%2525', '%252e%252e', '%25E0%25A4%25A', '%2500', '%252F', '..%252f..%252fetc'];
export const CONTROL_CHARACTERS = ['%00', 'a%00b', '%0A', '%0D%0ASet-Cookie:%20x=1', '%1B', '%7F', '%09'];
export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO', 'M-SEARCH', 'PURGE'];
export const JUNK_QUERIES = ['x=1', 'x=%ZZ', '%ZZ=1', 'a[]=1&a[]=2', 'year=1e309', 'year=', 'q=%00', 'q=%0D%0A', `q=${'9'.repeat(3000)}`, '__proto__=1&constructor=x', '_rsc=1', 'province=' + 'Zhejiang&province='.repeat(50) + 'x', '&&&==&', 'x=1;y=2'];
export const ODD_HEADERS = [
  { host: 'evil.example' },
  { 'x-forwarded-host': 'evil.example' },
  { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'x-forwarded-port': '8443' },
  { forwarded: 'host=evil.example;proto=https' },
  { 'x-forwarded-proto': 'javascript' },
  { 'x-forwarded-for': '1.2.3.4, ' + '5.6.7.8, '.repeat(200) + '9.9.9.9' },
  { authorization: 'Bearer ' + 'x'.repeat(64) },
  { authorization: 'Basic %E0%A4%A' },
  { authorization: 'Bearer' },
  { cookie: 'atlas_admin=%E0%A4%A' },
  { cookie: 'atlas_admin=%00; NEXT_LOCALE=%ZZ' },
  { cookie: 'NEXT_LOCALE=xx' },
  { cookie: 'a'.repeat(8000) },
  { 'x-huge': 'h'.repeat(15_000) },
  { rsc: '1' },
  { rsc: '1', 'next-router-state-tree': '%E0%A4%A' },
  { 'next-router-state-tree': '[[[[' },
  { 'next-router-prefetch': '1', rsc: '1' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-nextjs-data': '1' },
  { 'accept-encoding': 'br;q=x, gzip;q=-1, *' },
  { 'accept-language': 'zz;q=x,,,;' },
  { range: 'bytes=999999999-' },
  { 'if-none-match': '*', 'if-modified-since': 'yesterday' },
  { 'content-type': 'multipart/form-data; boundary=' },
  { origin: 'https://evil.example' },
];

/** Replaces the last segment of a path with `segment` (or appends it to a page path). */
export const withSegment = (path, segment) => (path === '/' ? `/${segment}` : `${path.replace(/\/[^/]*$/, '')}/${segment}`);

/**
 * Every hostile request for the given routes and pages, grouped by kind: { kind: [{ method, path, headers }] }.
 */
export function hostileRequests(routes, pages) {
  const all = [...routes.map((r) => r.path), ...pages];
  const get = (path, headers = {}) => ({ method: 'GET', path, headers });
  return {
    'malformed escapes': all.flatMap((p) => MALFORMED_ESCAPES.flatMap((e) => [get(withSegment(p, e)), get(`${p}/${e}`), get(`/${e}${p}`)])),
    'double encodings': all.flatMap((p) => DOUBLE_ENCODINGS.flatMap((e) => [get(withSegment(p, e)), get(`${p}${p.includes('.') ? '' : '/'}${e}`)])),
    'control characters': all.flatMap((p) => CONTROL_CHARACTERS.flatMap((e) => [get(withSegment(p, e)), get(`${p}?q=${e}`), get(`${p}?${e}=1`)])),
    'long targets': all.flatMap((p) => [get(`${p}/${'a'.repeat(5000)}`), get(`${p}?q=${'b'.repeat(10_000)}`), get(`${p}/${'%2e%2e/'.repeat(600)}`)]),
    methods: all.flatMap((p) => METHODS.map((method) => ({ method, path: p, headers: ['POST', 'PUT', 'PATCH'].includes(method) ? { 'content-type': 'application/x-www-form-urlencoded' } : {}, body: ['POST', 'PUT', 'PATCH'].includes(method) ? 'a=1' : undefined }))),
    headers: all.flatMap((p) => ODD_HEADERS.map((h) => get(p, h))),
    'junk queries': all.flatMap((p) => JUNK_QUERIES.map((q) => get(`${p}?${q}`))),
  };
}

/** Raw bytes no HTTP client library would send: control characters and spaces in the target, CONNECT. */
export function rawRequests(paths) {
  return paths.flatMap((p) => [
    `GET ${p}/\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    `GET ${p}?q=\u0001 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    `GET ${p}/a b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    `CONNECT ${p} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    `GET http://evil.example${p} HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`,
    `GET ${p} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\nConnection: close\r\n\r\n`,
  ]);
}

function decoded(encoding, bytes) {
  try {
    if (encoding === 'gzip') return zlib.gunzipSync(bytes).toString('utf8');
    if (encoding === 'br') return zlib.brotliDecompressSync(bytes).toString('utf8');
    if (encoding === 'deflate') return zlib.inflateSync(bytes).toString('utf8');
  } catch {
    return '';
  }
  return bytes.toString('utf8');
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** Sends one request; resolves { status, body, headers } (status 0 when the server closed the connection without an answer). */
export function send(base, { method, path, headers = {}, body }) {
  const url = new URL(base);
  return new Promise((resolve) => {
    let req;
    try {
      req = http.request({ host: url.hostname, port: url.port, method, path, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: decoded(res.headers['content-encoding'], Buffer.concat(chunks)) }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }));
      });
    } catch (error) {
      // node:http refuses the request before sending it (an invalid header value): not a server answer.
      resolve({ status: -1, headers: {}, body: String(error) });
      return;
    }
    req.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    req.setTimeout(30_000, () => req.destroy());
    req.end(body);
  });
}

/** Sends raw bytes; resolves the status code of the answer (0 when the connection closed without one). */
export function sendRaw(base, bytes) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.end(bytes));
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.on('error', () => resolve(0));
    socket.setTimeout(30_000, () => socket.destroy());
  });
}

/** A 4xx body in the API's error shape: { error: string, issues: [{ path: [], message: string }] }. */
export function hasErrorShape(body) {
  try {
    const parsed = JSON.parse(body);
    return typeof parsed.error === 'string' && Array.isArray(parsed.issues) && parsed.issues.every((i) => Array.isArray(i.path) && typeof i.message === 'string');
  } catch {
    return false;
  }
}

/** Runs `fn` over `items` with at most `size` at a time. */
export async function inBatches(items, size, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}
