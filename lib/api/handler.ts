import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { clientKey, createExportLimit, EXPORT_LIMITED } from '@/lib/api/rate-limit.ts';
import { isDatabaseUnavailable } from '@/lib/db/errors.ts';
import { UnknownSeriesError } from '@/lib/queries/series.ts';
import { UnknownYearError } from '@/lib/queries/villages.ts';
import { searchParamsToObject, toApiIssues, type ApiIssue } from '@/lib/schemas/params.ts';
import { settings } from '@/lib/settings.mjs';

export type ApiError = { error: string; issues: ApiIssue[] };

const exportLimit = createExportLimit();
// server/serve.mjs applies the same limit in front of its response cache (so cached exports count
// too) and says so in this setting; `next dev` has no such front, so the handlers apply it.
const limitedInFront = () => settings().ATLAS_FRONT_SERVER;

export function serviceUnavailable(): NextResponse<ApiError> {
  return NextResponse.json(
    { error: 'the database is unavailable; try again shortly', issues: [] },
    { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } },
  );
}

/** PostgreSQL refused a value's characters: 22021 (e.g. a NUL byte in text), 22P05. */
function isUnencodableInput(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const err = e as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };
    if (err.code === '22021' || err.code === '22P05' || err.originalCode === '22021' || err.originalCode === '22P05') return true;
    if (typeof err.message === 'string' && /invalid byte sequence for encoding|unsupported Unicode escape|\\u0000 cannot be converted/i.test(err.message)) return true;
    e = err.cause;
  }
  return false;
}

export function badRequest(error: string, issues: ApiIssue[]): NextResponse<ApiError> {
  return NextResponse.json({ error, issues }, { status: 400 });
}

/**
 * Every v1 GET handler: parse the query with the view's strict zod schema (unknown or repeated
 * parameters are errors), run the domain function, and map domain errors to a structured 4xx.
 */
export function apiGet<S extends z.ZodType, C = unknown>(
  schema: S,
  arrayKeys: readonly string[],
  run: (query: z.output<S>, request: Request, context: C) => Promise<Response>,
) {
  return async (request: Request, context: C): Promise<Response> => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('.csv') && !limitedInFront()) {
      const verdict = await exportLimit.consume(clientKey(request));
      if (!verdict.ok) {
        return NextResponse.json(
          { error: EXPORT_LIMITED, issues: [] },
          { status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds) } },
        );
      }
    }
    const parsed = schema.safeParse(searchParamsToObject(url.searchParams, arrayKeys));
    if (!parsed.success) {
      const issues = toApiIssues(parsed.error);
      const fields = [...new Set(issues.map((i) => i.path[0]).filter((p) => p !== undefined))];
      return badRequest(`invalid query parameter${fields.length > 1 ? 's' : ''}: ${fields.join(', ') || 'query'}`, issues);
    }
    try {
      return await run(parsed.data, request, context);
    } catch (error) {
      if (error instanceof UnknownYearError) {
        return badRequest('invalid query parameter: year', [{ path: ['year'], message: error.message }]);
      }
      if (error instanceof UnknownSeriesError) {
        return badRequest('invalid series id', [{ path: ['id'], message: error.message }]);
      }
      if (isDatabaseUnavailable(error)) return serviceUnavailable();
      // The schemas refuse control characters; should one still reach PostgreSQL, it is the
      // client's input that cannot be stored or compared, not a server fault.
      if (isUnencodableInput(error)) return badRequest('invalid input: a value contains a character PostgreSQL cannot take (NUL)', []);
      console.error(error);
      return NextResponse.json({ error: 'internal error: the request could not be completed', issues: [] }, { status: 500 });
    }
  };
}
