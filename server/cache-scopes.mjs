// Which data version a cached answer depends on (lib/data/data-version.mjs), by its URL. An answer
// listed here stays valid across an import that leaves its version alone: a village-level or count
// import does not re-render the series, business-model or Yongkang pages and APIs, a series import
// not the latter two. Everything not listed depends on every change ('all'): a URL wrongly listed
// would keep showing data an import changed, so only routes that read nothing an import writes are
// here, and tests/faults/cache-scopes.test.ts renders each of them before and after imports of each
// kind and fails if any answer changed.

const locale = '(en|zh)';
const end = '(\\?|$)';

/** Routes that read only tables the seed alone writes (and the OpenAPI document, which reads none). */
const SEED_ONLY = [
  new RegExp(`^/${locale}/models${end}`),
  new RegExp(`^/${locale}/clusters/yongkang${end}`),
  new RegExp(`^/api/v1/models(\\.csv)?${end}`),
  new RegExp(`^/api/v1/clusters/yongkang(/|${end})`),
  new RegExp(`^/api/v1/openapi\\.json${end}`),
];

/** Routes that read the time series (and tables the seed alone writes), never village data. */
const SERIES = [
  new RegExp(`^/${locale}/(users|transactions)${end}`),
  new RegExp(`^/${locale}/embed/(users|transactions)${end}`),
  new RegExp(`^/${locale}/clusters/cross-border${end}`),
  new RegExp(`^/api/v1/series(/|${end})`),
  new RegExp(`^/api/v1/views/(users|transactions)(\\.csv)?${end}`),
  new RegExp(`^/api/v1/clusters/cross-border${end}`),
];

/**
 * 'seed', 'series' or 'all' for a request target (path and query, as the cache keys it).
 * @param {string} url
 * @returns {'seed' | 'series' | 'all'}
 */
export function cacheScopeOf(url) {
  if (SEED_ONLY.some((re) => re.test(url))) return 'seed';
  if (SERIES.some((re) => re.test(url))) return 'series';
  return 'all';
}

/** Every route pattern with its scope, for the test that checks the list against real renders. */
export const SCOPED_ROUTE_PATTERNS = { seed: SEED_ONLY, series: SERIES };
