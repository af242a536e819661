// The front door of server/serve.mjs: requests that no route can answer sensibly are refused here,
// before the response cache and Next.js, with a 4xx in the API's error shape. Next.js answers
// some of them with 500 (an unsupported method such as TRACE, a malformed percent-escape in the
// path), and a NUL byte that reaches PostgreSQL is a 500 there too. The route handlers validate
// their own input as well; this is the net under them, not the only check.

/** Longer request targets are refused (414): no page or API needs more, and a long one is a probe. */
export const MAX_TARGET_LENGTH = 4096;

// Methods each route takes (HEAD goes with GET; OPTIONS is answered here). Everything else,
// pages and static files included, is GET/HEAD only. tests/unit/front-door.test.ts checks this
// table against the route handlers' exports and the OpenAPI document.
const WRITE_ROUTES = new Map([
  ['/api/v1/imports', ['GET', 'HEAD', 'POST', 'OPTIONS']],
  ['/api/v1/imports/session', ['POST', 'OPTIONS']],
]);
const READ_ONLY = ['GET', 'HEAD', 'OPTIONS'];

/** The methods a path takes (trailing slash ignored). */
export function allowedMethods(pathname) {
  return WRITE_ROUTES.get(pathname.replace(/(.)\/$/, '$1')) ?? READ_ONLY;
}

// C0 controls and DEL: no page, id or query value contains them, and NUL makes PostgreSQL fail.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Query parameters each page reads; any other parameter is dropped from a cacheable page request (see canonicalTarget). */
export const PAGE_PARAMS = {
  // `tab`: which of Chart / Map / Table / Sources / Download the data page shows (lib/schemas/view-tabs.ts).
  // cyear, cprovince, ccity: the Counties view (lib/schemas/counties.ts COUNTY_PAGE_PARAMS).
  // lyear, lprovince, lcity: the loaded-list view (lib/schemas/list-rankings.ts LIST_PAGE_PARAMS).
  villages: ['year', 'province', 'q', 'sort', 'dir', 'scope', 'lang', 'tab', 'cyear', 'cprovince', 'ccity', 'lyear', 'lprovince', 'lcity'],
  users: ['series', 'from', 'to', 'mode', 'base', 'log', 'midyear', 'tab'],
  transactions: ['series', 'from', 'to', 'mode', 'base', 'log', 'midyear', 'tab'],
  // `tab`: the chart and guide (absent) or a view of reference material (lib/views/models-tabs.ts).
  models: ['tab', 'capital', 'info', 'mgmt'],
  // `tab`: the overview or one table of the paper (lib/views/clusters/yongkang-tabs.ts).
  'clusters/yongkang': ['tab'],
  // `tab`: the overview (absent) or Table 1's whole index system (lib/schemas/wenzhou-view.ts).
  'clusters/wenzhou': ['tab'],
  sources: ['q', 'section', 'kind', 'publisher', 'source', 'page'],
  // The embeds (app/[locale]/embed): the series pages' own parameters but the tab (an embed is the chart alone); the villages chart's year and provinces.
  'embed/users': ['series', 'from', 'to', 'mode', 'base', 'log', 'midyear'],
  'embed/transactions': ['series', 'from', 'to', 'mode', 'base', 'log', 'midyear'],
  'embed/villages': ['year', 'province'],
};
const PAGE = /^\/(?:en|zh)(?:\/(.*?))?\/?$/;
/** A path segment no page has: renders the language's 404 (app/[locale]/[...rest]). */
const NOT_A_PAGE = 'not-a-page';

const refusal = (status, error, issues, headers = {}) => ({
  status,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify({ error, issues }),
});

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Screens a request by its method and target. Returns null when the request may go on, or the
 * refusal to send: { status, headers, body }.
 */
export function screenRequest(method, target) {
  if (typeof target !== 'string' || !target.startsWith('/')) {
    return refusal(400, 'invalid request target: expected a path starting with /', [{ path: ['url'], message: 'the request target must be a path (origin form)' }]);
  }
  if (target.length > MAX_TARGET_LENGTH) {
    return refusal(414, `request target too long: at most ${MAX_TARGET_LENGTH} characters`, [{ path: ['url'], message: `${target.length} characters` }]);
  }
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const rawQuery = q === -1 ? '' : target.slice(q + 1);
  const segments = rawPath.split('/');
  for (let i = 1; i < segments.length; i++) {
    const decoded = decodeSegment(segments[i]);
    if (decoded === null) {
      return refusal(400, 'invalid path: malformed percent-escape', [{ path: ['path', i - 1], message: 'a % must be followed by two hex digits that encode UTF-8' }]);
    }
    if (CONTROL.test(decoded)) {
      return refusal(400, 'invalid path: control character', [{ path: ['path', i - 1], message: 'a path segment must not contain control characters (NUL, newline, …)' }]);
    }
  }
  if (rawQuery) {
    // Parsed as every handler parses it (URLSearchParams is lenient with stray % signs).
    for (const [key, value] of new URLSearchParams(rawQuery)) {
      if (CONTROL.test(key) || CONTROL.test(value)) {
        return refusal(400, `invalid query parameter: ${CONTROL.test(key) ? 'name' : key}`, [{ path: [CONTROL.test(key) ? 'query' : key], message: 'a query parameter must not contain control characters (NUL, newline, …)' }]);
      }
    }
  }
  const allowed = allowedMethods(decodeSegment(rawPath) ?? rawPath);
  if (method === 'OPTIONS') return { status: 204, headers: { allow: allowed.join(', '), 'cache-control': 'no-store' }, body: '' };
  if (!allowed.includes(method)) {
    return refusal(405, `method ${method} not allowed here; allowed: ${allowed.join(', ')}`, [{ path: ['method'], message: `this path takes ${allowed.join(', ')}` }], { allow: allowed.join(', ') });
  }
  return null;
}

/**
 * The target a cacheable GET is keyed (and, for pages, rendered) under: query parameters sorted
 * by name (the order of a repeated parameter's values kept); on a page, parameters it does not
 * read are dropped, so `?utm=…` or `?x=1`, `?x=2`, … are one entry, not one each that would push
 * real entries out. APIs refuse unknown parameters with 400, which is never stored.
 */
/**
 * No page's address holds a literal "%" (an escaped "%25"), and Next.js answers such a path under a
 * language with a bare 500 (it decodes the catch-all segment twice): it gets the language's own 404
 * page instead, through an address that is certainly unknown. Every other target is returned as is.
 */
export function knownSafeTarget(target) {
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  return PAGE.test(path) && /%25/i.test(path) ? `${path.slice(0, 3)}/${NOT_A_PAGE}` : target;
}

export function canonicalTarget(raw) {
  const target = knownSafeTarget(raw);
  const q = target.indexOf('?');
  if (q === -1) return target;
  const path = target.slice(0, q);
  const page = PAGE.exec(path);
  // The admin page is never cached and reads its own parameters (a sign-in problem): untouched.
  if (page && /^admin(\/|$)/.test(page[1] ?? '')) return target;
  const known = page ? PAGE_PARAMS[page[1] ?? ''] ?? [] : null;
  const params = [...new URLSearchParams(target.slice(q + 1))].filter(([key]) => !known || known.includes(key));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}
