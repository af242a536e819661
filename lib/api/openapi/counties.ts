import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { apiError } from '@/lib/schemas/responses/common.ts';
import { countyCountsResponse } from '@/lib/schemas/responses/counties.ts';

// GET /api/v1/taobao-villages/counties and its CSV twin. The query as clients send it (strings);
// the handlers validate with countyQueryStrict (lib/schemas/counties.ts). No `.openapi()` calls.

const query = z.object({
  year: z.string().regex(/^\d{4}$/).optional().describe('A year with published county counts (default: every year; another year is a 400 naming the years)').meta({ example: '2021' }),
  province: z.array(z.string()).optional().describe('Repeatable. Adcode (330000), English (Zhejiang) or Chinese (浙江) name.').meta({ example: ['Shandong'] }),
  city: z.array(z.string()).optional().describe('Repeatable. Adcode (371700), English (Heze) or Chinese (菏泽) name; an ambiguous name (Suzhou) needs the adcode.').meta({ example: ['菏泽'] }),
});

export function register(registry: OpenAPIRegistry) {
  const bad = { description: 'Invalid query parameter', content: { 'application/json': { schema: apiError } } };
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/counties',
    summary: 'Published county counts of Taobao villages and towns (one row per year, county and source), largest first',
    request: { query },
    responses: { 200: { description: 'Rows and the sources behind them', content: { 'application/json': { schema: countyCountsResponse } } }, 400: bad },
  });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/counties.csv', summary: 'Same rows as /counties, as CSV (UTF-8 with BOM)',
    request: { query }, responses: { 200: { description: 'CSV of the rows', content: { 'text/csv': { schema: z.string() } } }, 400: bad },
  });
}
