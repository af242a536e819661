import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { VILLAGE_TABS } from '@/lib/schemas/view-tabs.ts';
import { z } from 'zod';
import { CITY_SCOPES, CITY_SORTS, DEFAULT_CITY_YEAR } from '@/lib/schemas/villages.ts';
import { SERIES_GROUPS } from '@/lib/schemas/series-url.ts';
import { SERIES_VIEW_CSV_DESCRIPTION } from '@/lib/schemas/series.ts';
import { apiError as error } from '@/lib/schemas/responses/common.ts';
import { healthDownResponse, healthUpResponse } from '@/lib/schemas/responses/health.ts';
import { seriesCatalogueResponse, seriesValuesResponse } from '@/lib/schemas/responses/series.ts';
import { cityRankingResponse, nationalResponse, provinceTotalsResponse, villagePageResponse } from '@/lib/schemas/responses/villages.ts';

extendZodWithOpenApi(z);

// Sections register their own paths; imported after extendZodWithOpenApi so they may use .openapi().
const sectionRegistrations = () =>
  Promise.all([import('./openapi/models.ts'), import('./openapi/clusters.ts'), import('./openapi/yongkang.ts'), import('./openapi/imports.ts'), import('./openapi/counties.ts'), import('./openapi/sources.ts'), import('./openapi/list-rankings.ts')]);

// Documents the query parameters as clients send them (strings); the handlers validate with
// the schemas in lib/schemas, whose enums and defaults are imported here so the two stay in step.
const year = z.string().regex(/^\d{4}$/).openapi({ description: `Year (default ${DEFAULT_CITY_YEAR})`, example: '2019' });
const cityQuery = z.object({
  year: year.optional(),
  province: z.array(z.string()).optional().openapi({ description: 'Repeatable. Adcode (330000), English (Zhejiang) or Chinese (浙江) name.' }),
  q: z.string().max(40).optional().openapi({ description: 'City name contains (English or Chinese)' }),
  sort: z.enum(CITY_SORTS).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  scope: z.enum(CITY_SCOPES).optional().openapi({ description: '"ranked": the published ranked list (default); "all": every published city count' }),
  lang: z.enum(['en', 'zh']).optional().openapi({ description: 'Collation for sort=city/province' }),
  tab: z.enum(VILLAGE_TABS).optional().openapi({ description: "The page's tab (the URL state is shared with /{locale}/villages): accepted and ignored, the rows are the same for every tab" }),
});

/** Every documented route, with the zod schemas of its parameters and responses. */
async function buildRegistry() {
  const registry = new OpenAPIRegistry();
  const bad = { description: 'Invalid query parameter', content: { 'application/json': { schema: error } } };
  const csv = (description: string) => ({ description, content: { 'text/csv': { schema: z.string() } } });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/cities', summary: 'Taobao villages by city for a year (the ranking table)',
    request: { query: cityQuery },
    responses: {
      200: { description: 'Rows and the sources behind them', content: { 'application/json': { schema: cityRankingResponse } } },
      400: bad,
    },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/cities.csv', summary: 'Same rows as /cities, as CSV (UTF-8 with BOM)', request: { query: cityQuery }, responses: { 200: csv('CSV of the rows'), 400: bad } });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/provinces', summary: 'Published province totals for a year, with share of national and concentration in meta',
    request: { query: z.object({ year: year.optional() }) },
    responses: { 200: { description: 'Province totals', content: { 'application/json': { schema: provinceTotalsResponse } } }, 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/provinces.csv', summary: 'Province totals as CSV', request: { query: z.object({ year: year.optional() }) }, responses: { 200: csv('CSV'), 400: bad } });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/national', summary: 'National Taobao villages and towns by year',
    responses: { 200: { description: 'National series', content: { 'application/json': { schema: nationalResponse } } }, 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/national.csv', summary: 'National series as CSV', responses: { 200: csv('CSV'), 400: bad } });
  const villageFilter = {
    year: z.string().regex(/^\d{4}$/).optional().openapi({ description: 'A year with a loaded village-level list (default: every loaded list)' }),
    province: z.array(z.string()).optional().openapi({ description: 'Repeatable. Adcode, English or Chinese name.' }),
    city: z.array(z.string()).optional().openapi({ description: 'Repeatable. Adcode (445200), English (Jieyang) or Chinese (揭阳) name; an ambiguous name (Suzhou) needs the adcode.' }),
  };
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/villages', summary: 'One page of the loaded village-level lists, in id order (keyset paging: pass nextAfter as after)',
    request: {
      query: z.object({
        ...villageFilter,
        limit: z.string().regex(/^\d+$/).optional().openapi({ description: 'Page size, 1–1000 (default 100)' }),
        after: z.string().regex(/^\d+$/).optional().openapi({ description: 'Return villages with an id above this (the previous page\'s nextAfter; default 0)' }),
      }),
    },
    responses: {
      200: { description: 'A page', content: { 'application/json': { schema: villagePageResponse } } },
      400: bad,
    },
  });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/villages.csv', summary: 'The loaded village-level lists as one streamed CSV (year, province, city, county, town, village, village_code: the NBS 2023 12-digit code the import matched, empty for rows imported before matching; sales band, source), in natural-key order',
    request: { query: z.object(villageFilter) }, responses: { 200: csv('CSV, streamed'), 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/dataset.csv', summary: 'Every published row (national, province, city), long format, with sources', responses: { 200: csv('CSV'), 400: bad } });
  registry.registerPath({
    method: 'get', path: '/api/v1/series', summary: 'Catalogue of the time series: id, names, unit, publisher, official or estimate, sources, span',
    request: { query: z.object({ group: z.enum(SERIES_GROUPS).optional() }) },
    responses: { 200: { description: 'Catalogue', content: { 'application/json': { schema: seriesCatalogueResponse } } }, 400: bad },
  });
  const seriesIdParam = z.string().openapi({ description: 'A series id of the catalogue (/api/v1/series)', example: 'cnnic-internet-users' });
  const seriesQuery = z.object({ from: year.optional(), to: year.optional(), period: z.enum(['year-end', 'mid-year']).optional().openapi({ description: 'year-end (default; includes readings that stand in for a missing year-end survey, labelled substitute) or mid-year' }) });
  registry.registerPath({
    method: 'get', path: '/api/v1/series/{id}', summary: "One series' values in base units (persons, yuan, percent) with their sources",
    request: { params: z.object({ id: seriesIdParam }), query: seriesQuery },
    responses: { 200: { description: 'Values', content: { 'application/json': { schema: seriesValuesResponse } } }, 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/series/{id}.csv', summary: 'Same values as CSV', request: { params: z.object({ id: seriesIdParam }), query: seriesQuery }, responses: { 200: csv('CSV'), 400: bad } });
  registry.registerPath({ method: 'get', path: '/api/v1/views/{section}.csv', summary: "The points a time-series page draws (its own query parameters), or with full=1 every stored value of the section", description: SERIES_VIEW_CSV_DESCRIPTION, request: { params: z.object({ section: z.enum(['users', 'transactions']) }) }, responses: { 200: csv('CSV'), 400: bad } });
  registry.registerPath({ method: 'get', path: '/api/health', summary: 'Liveness and database state (503 with Retry-After when the database is down)', responses: { 200: { description: 'Up', content: { 'application/json': { schema: healthUpResponse } } }, 503: { description: 'Database down', content: { 'application/json': { schema: healthDownResponse } } } } });
  for (const section of await sectionRegistrations()) section.register(registry);
  return registry;
}

let registered: Promise<OpenAPIRegistry> | undefined;
const documentedRegistry = () => (registered ??= buildRegistry());

/** The routes of the document with their zod schemas: tests validate real responses against the same schemas. */
export async function documentedRoutes(): Promise<RouteConfig[]> {
  return (await documentedRegistry()).definitions.flatMap((d) => (d.type === 'route' ? [d.route] : []));
}

async function document() {
  const registry = await documentedRegistry();
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Cluster Atlas API', version: '1.0.0', description: 'Taobao-village rankings and their sources. Every value carries a source id resolved in meta.sources.' },
  });
}

let cached: ReturnType<typeof document> | undefined;
export const openApiDocument = () => (cached ??= document());
