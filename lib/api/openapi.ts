import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { CITY_SCOPES, CITY_SORTS, DEFAULT_CITY_YEAR } from '@/lib/schemas/villages.ts';
import { SERIES_GROUPS } from '@/lib/schemas/series-url.ts';
import { SERIES_VIEW_CSV_DESCRIPTION, seriesValueRow } from '@/lib/schemas/series.ts';

extendZodWithOpenApi(z);

// Sections register their own paths; imported after extendZodWithOpenApi so they may use .openapi().
const sectionRegistrations = () =>
  Promise.all([import('./openapi/models.ts'), import('./openapi/clusters.ts'), import('./openapi/yongkang.ts'), import('./openapi/imports.ts')]);

// Documents the query parameters as clients send them (strings); the handlers validate with
// the schemas in lib/schemas, whose enums and defaults are imported here so the two stay in step.
const year = z.string().regex(/^\d{4}$/).openapi({ description: `Year (default ${DEFAULT_CITY_YEAR})`, example: '2019' });
const error = z
  .object({
    error: z.string().openapi({ example: 'invalid query parameter: province' }),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
  })
  .openapi('Error');
const place = z.object({ adcode: z.number().int(), nameEn: z.string(), nameZh: z.string() });
const qualifier = z.enum(['exact', 'approx', 'lower_bound']);
const source = z
  .object({
    id: z.string(), kind: z.enum(['paper', 'official', 'industry', 'press']), publisher: z.string(), title: z.string(), date: z.string(),
    asReportedBy: z.string().nullable(), whereRead: z.string(), licence: z.string(),
  })
  .openapi('Source');
const note = z.object({ id: z.string(), kind: z.string(), sourceId: z.string(), textEn: z.string(), textZh: z.string() }).openapi('DataNote');
const cityRow = z
  .object({
    city: place, province: place, villages: z.number().int().nullable(), villagesQualifier: qualifier, towns: z.number().int().nullable(),
    townsQualifier: qualifier, publishedRank: z.number().int().nullable(), rank: z.number().int().nullable(),
    shareOfView: z.number().nullable(), shareOfNational: z.number().nullable(), rankedList: z.string().nullable(), sourceId: z.string(), noteIds: z.array(z.string()),
  })
  .openapi('CityRankRow');
const nationalRow = z
  .object({ year: z.number().int(), villages: z.number().int().nullable(), villagesQualifier: qualifier, towns: z.number().int().nullable(), townsQualifier: qualifier, townsFlag: z.enum(['stated', 'computed']), referenceDate: z.string().nullable(), sourceId: z.string(), noteIds: z.array(z.string()) })
  .openapi('NationalRow');
const provinceRow = z
  .object({ province: place.extend({ region: z.string() }), year: z.number().int(), villages: z.number().int().nullable(), villagesQualifier: qualifier, towns: z.number().int().nullable(), townsQualifier: qualifier, publishedRank: z.number().int().nullable(), shareOfNational: z.number().nullable(), basis: z.enum(['published', 'village-list']), sourceId: z.string(), noteIds: z.array(z.string()) })
  .openapi('ProvinceTotalRow');

const cityQuery = z.object({
  year: year.optional(),
  province: z.array(z.string()).optional().openapi({ description: 'Repeatable. Adcode (330000), English (Zhejiang) or Chinese (浙江) name.' }),
  q: z.string().max(40).optional().openapi({ description: 'City name contains (English or Chinese)' }),
  sort: z.enum(CITY_SORTS).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  scope: z.enum(CITY_SCOPES).optional().openapi({ description: '"ranked": the published ranked list (default); "all": every published city count' }),
  lang: z.enum(['en', 'zh']).optional().openapi({ description: 'Collation for sort=city/province' }),
});

async function document() {
  const registry = new OpenAPIRegistry();
  const bad = { description: 'Invalid query parameter', content: { 'application/json': { schema: error } } };
  const csv = (description: string) => ({ description, content: { 'text/csv': { schema: z.string() } } });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/cities', summary: 'Taobao villages by city for a year (the ranking table)',
    request: { query: cityQuery },
    responses: {
      200: { description: 'Rows and the sources behind them', content: { 'application/json': { schema: z.object({ data: z.array(cityRow), meta: z.object({ year: z.number(), count: z.number(), sources: z.array(source), notes: z.array(note) }).passthrough() }) } } },
      400: bad,
    },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/cities.csv', summary: 'Same rows as /cities, as CSV (UTF-8 with BOM)', request: { query: cityQuery }, responses: { 200: csv('CSV of the rows'), 400: bad } });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/provinces', summary: 'Published province totals for a year, with share of national and concentration in meta',
    request: { query: z.object({ year: year.optional() }) },
    responses: { 200: { description: 'Province totals', content: { 'application/json': { schema: z.object({ data: z.array(provinceRow), meta: z.object({}).passthrough() }) } } }, 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/provinces.csv', summary: 'Province totals as CSV', request: { query: z.object({ year: year.optional() }) }, responses: { 200: csv('CSV'), 400: bad } });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/national', summary: 'National Taobao villages and towns by year',
    responses: { 200: { description: 'National series', content: { 'application/json': { schema: z.object({ data: z.array(nationalRow), meta: z.object({}).passthrough() }) } } }, 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/national.csv', summary: 'National series as CSV', responses: { 200: csv('CSV'), 400: bad } });
  const villageFilter = {
    year: z.string().regex(/^\d{4}$/).optional().openapi({ description: 'A year with a loaded village-level list (default: every loaded list)' }),
    province: z.array(z.string()).optional().openapi({ description: 'Repeatable. Adcode, English or Chinese name.' }),
    city: z.array(z.string()).optional().openapi({ description: 'Repeatable. Adcode (445200), English (Jieyang) or Chinese (揭阳) name; an ambiguous name (Suzhou) needs the adcode.' }),
  };
  const village = z
    .object({ id: z.number().int(), year: z.number().int(), province: place, city: place, county: z.string(), town: z.string(), name: z.string(), salesBand: z.string().nullable(), sourceId: z.string() })
    .openapi('Village');
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
      200: { description: 'A page', content: { 'application/json': { schema: z.object({ total: z.number().int(), limit: z.number().int(), after: z.number().int(), nextAfter: z.number().int().nullable(), villages: z.array(village) }) } } },
      400: bad,
    },
  });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/villages.csv', summary: 'The loaded village-level lists as one streamed CSV (year, province, city, county, town, village, sales band, source), in natural-key order',
    request: { query: z.object(villageFilter) }, responses: { 200: csv('CSV, streamed'), 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/dataset.csv', summary: 'Every published row (national, province, city), long format, with sources', responses: { 200: csv('CSV'), 400: bad } });
  // A copy made after extendZodWithOpenApi (zod 4 attaches .openapi per instance); the shape is lib/schemas/series.ts's.
  const seriesValue = z.object(seriesValueRow.shape).openapi('SeriesValue');
  registry.registerPath({
    method: 'get', path: '/api/v1/series', summary: 'Catalogue of the time series: id, names, unit, publisher, official or estimate, sources, span',
    request: { query: z.object({ group: z.enum(SERIES_GROUPS).optional() }) },
    responses: { 200: { description: 'Catalogue', content: { 'application/json': { schema: z.object({ data: z.array(z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string(), unit: z.string(), sourceIds: z.array(z.string()) }).passthrough()), meta: z.object({}).passthrough() }) } } }, 400: bad },
  });
  const seriesQuery = z.object({ from: year.optional(), to: year.optional(), period: z.enum(['year-end', 'mid-year']).optional().openapi({ description: 'year-end (default; includes readings that stand in for a missing year-end survey, labelled substitute) or mid-year' }) });
  registry.registerPath({
    method: 'get', path: '/api/v1/series/{id}', summary: "One series' values in base units (persons, yuan, percent) with their sources",
    request: { params: z.object({ id: z.string() }), query: seriesQuery },
    responses: { 200: { description: 'Values', content: { 'application/json': { schema: z.object({ data: z.array(seriesValue), meta: z.object({}).passthrough() }) } } }, 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/series/{id}.csv', summary: 'Same values as CSV', request: { params: z.object({ id: z.string() }), query: seriesQuery }, responses: { 200: csv('CSV'), 400: bad } });
  registry.registerPath({ method: 'get', path: '/api/v1/views/{section}.csv', summary: "The points a time-series page draws (its own query parameters), or with full=1 every stored value of the section", description: SERIES_VIEW_CSV_DESCRIPTION, request: { params: z.object({ section: z.enum(['users', 'transactions']) }) }, responses: { 200: csv('CSV'), 400: bad } });
  registry.registerPath({ method: 'get', path: '/api/health', summary: 'Liveness and database state (503 with Retry-After when the database is down)', responses: { 200: { description: 'Up', content: { 'application/json': { schema: z.object({ status: z.string(), database: z.string() }) } } }, 503: { description: 'Database down' } } });
  for (const section of await sectionRegistrations()) section.register(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Cluster Atlas API', version: '1.0.0', description: 'Taobao-village rankings and their sources. Every value carries a source id resolved in meta.sources.' },
  });
}

let cached: ReturnType<typeof document> | undefined;
export const openApiDocument = () => (cached ??= document());
