// Every page (served in both locales) and every read API route, for the server and soak benchmarks.
export const PAGES = ['', '/villages', '/villages?province=330000&year=2020', '/users', '/transactions', '/models', '/clusters/wenzhou', '/clusters/yongkang', '/clusters/cross-border', '/sources'];
export const PAGE_ROUTES = ['/en', '/zh'].flatMap((locale) => PAGES.map((p) => `${locale}${p}`));
export const API_ROUTES = [
  '/api/health', '/api/v1/taobao-villages/cities?province=Zhejiang', '/api/v1/taobao-villages/cities.csv', '/api/v1/taobao-villages/provinces?year=2019',
  '/api/v1/taobao-villages/provinces.csv?year=2019', '/api/v1/taobao-villages/national', '/api/v1/taobao-villages/national.csv', '/api/v1/taobao-villages/dataset.csv',
  '/api/v1/taobao-villages/villages', '/api/v1/taobao-villages/villages.csv', '/api/v1/series', '/api/v1/series/cnnic-internet-users',
  '/api/v1/series/cnnic-internet-users.csv', '/api/v1/views/users.csv', '/api/v1/views/transactions.csv?full=1', '/api/v1/models', '/api/v1/models.csv',
  '/api/v1/clusters/wenzhou', '/api/v1/clusters/cross-border', '/api/v1/clusters/yongkang/sem/paths', '/api/v1/clusters/yongkang/sem/items.csv', '/api/v1/openapi.json',
];
/** The case-study routes, all read from the store: the uncached p50 goal (≤ 50 ms) of bench/case-studies.mjs. */
export const CASE_STUDY_ROUTES = [
  '/api/v1/clusters/yongkang', '/api/v1/clusters/wenzhou', '/api/v1/clusters/cross-border',
  ...['items', 'reliability', 'validity', 'fit', 'paths', 'mediation', 'sample'].flatMap((t) => [`/api/v1/clusters/yongkang/sem/${t}`, `/api/v1/clusters/yongkang/sem/${t}.csv?lang=zh`]),
  '/en/clusters/yongkang', '/en/clusters/wenzhou', '/en/clusters/cross-border', '/zh/clusters/yongkang',
  // The Yongkang page's table views (?tab=…): the largest two, in both languages.
  '/en/clusters/yongkang?tab=items', '/en/clusters/yongkang?tab=mediation', '/zh/clusters/yongkang?tab=mediation',
];
