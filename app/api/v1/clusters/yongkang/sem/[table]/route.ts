import { NextResponse } from 'next/server';
import { z } from 'zod';
import { apiGet, badRequest } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { semTableCsvBody, semTableJsonBody } from '@/lib/views/clusters/yongkang-api.ts';
import { isTableId, TABLE_IDS } from '@/lib/views/clusters/yongkang-tables.ts';
import en from '@/messages/en/yongkang.json';
import zh from '@/messages/zh/yongkang.json';

type Context = { params: Promise<{ table: string }> };

const yongkangSemQuery = z.strictObject({
  lang: z.enum(['en', 'zh'], { error: 'lang must be en or zh' }).default('en'),
});

const MESSAGES = { en: en.yongkang, zh: zh.yongkang } as const;

// One handler for /sem/{table} (JSON) and its CSV twin /sem/{table}.csv: exactly the rows and columns of the table on the page.
export const GET = apiGet(yongkangSemQuery, [], async (query, _request, context: Context) => {
  const raw = (await context.params).table;
  const csv = raw.endsWith('.csv');
  const id = csv ? raw.slice(0, -4) : raw;
  if (!isTableId(id)) {
    return badRequest('invalid path parameter: table', [{ path: ['table'], message: `unknown table "${id}": expected one of ${TABLE_IDS.join(', ')}` }]);
  }
  if (csv) return csvResponse(await semTableCsvBody(id, query.lang), `yongkang-sem-${id}${query.lang === 'en' ? '' : `-${query.lang}`}.csv`);
  const m = MESSAGES[query.lang];
  return NextResponse.json(await semTableJsonBody(id, query.lang, m.cols, m.common.derivedLegend));
});
