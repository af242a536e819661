import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import pg from 'pg';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { isDatabaseUnavailable } from '@/lib/db/errors.ts';
import { serviceUnavailable } from '@/lib/api/handler.ts';
import { clientKey } from '@/lib/api/rate-limit.ts';
import { BodyTooLargeError, bodyTooLarge, readBoundedForm } from '@/lib/http/bounded-body.ts';
import { createTokenGuard } from '@/lib/import/attempts.ts';
import { checkRequest, type AuthResult } from '@/lib/import/auth.ts';
import { fileNameSchema, historyQuerySchema, importFormSchema, maxUploadBytes } from '@/lib/import/http.ts';
import { listDatasets, listImports, runImport, UnknownDatasetError } from '@/lib/import/store.ts';
import { clipText, formatIssue } from '@/lib/import/types.ts';
import { toApiIssues } from '@/lib/schemas/params.ts';
import { settings } from '@/lib/settings.mjs';
import { bodyLimitOf } from '@/server/body-limit.mjs';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };
const fail = (status: number, error: string, issues: { path: (string | number)[]; message: string }[] = [], headers: Record<string, string> = {}) =>
  NextResponse.json({ error, issues }, { status, headers: { ...NO_STORE, ...headers } });

function unauthorized({ status, error }: Extract<AuthResult, { ok: false }>) {
  if (status === 503) return serviceUnavailable();
  return fail(status, error, [], status === 401 ? { 'WWW-Authenticate': 'Bearer realm="cluster-atlas imports"' } : {});
}

// Counted before authentication, so guessing tokens is limited too: IMPORT_RATE_LIMIT per client
// address and minute, consecutive failures per address, a slow-down when many fail (lib/import/attempts.ts).
const writes = createTokenGuard({ name: 'import', attemptsPerMinute: settings().IMPORT_RATE_LIMIT });

/** POST /api/v1/imports — multipart: file, dataset, source | newSource, dryRun, encoding, actor, expectSha256. */
export async function POST(request: Request): Promise<Response> {
  const client = clientKey(request);
  const verdict = await writes.admit(client);
  if (!verdict.ok) return fail(429, 'too many import requests; slow down', [], { 'Retry-After': String(verdict.retryAfterSeconds) });
  if (verdict.delayMs) await sleep(verdict.delayMs);
  const auth = await checkRequest(request);
  if (!auth.ok) {
    if (auth.status === 401) await writes.failed(client);
    return unauthorized(auth);
  }
  await writes.succeeded(client);
  const max = maxUploadBytes();
  let form: FormData;
  try {
    // Capped before parsing: the file limit plus room for the form around it.
    form = await readBoundedForm(request, bodyLimitOf('/api/v1/imports', { importMaxBytes: max }));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLarge(error, `; import files over ${max} bytes with the CLI (npm run data:import)`);
    return fail(400, 'expected multipart/form-data with a file and the fields dataset and source', [{ path: ['file'], message: 'required' }]);
  }
  const file = form.get('file');
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key !== 'file' && typeof value === 'string') fields[key] = value;
  const parsed = importFormSchema.safeParse(fields);
  const issues = parsed.success ? [] : toApiIssues(parsed.error);
  if (!(file instanceof File)) issues.push({ path: ['file'], message: 'required: the CSV file' });
  else if (file.size > max) return fail(413, `the file is larger than ${max} bytes; import it with the CLI (npm run data:import)`);
  const fileName = fileNameSchema.safeParse(file instanceof File ? file.name : '');
  if (!fileName.success) issues.push(...toApiIssues(fileName.error).map((i) => ({ ...i, path: ['file', 'name', ...i.path] })));
  if (!parsed.success || !(file instanceof File) || !fileName.success) {
    const fields = [...new Set(issues.map((i) => i.path.filter((p) => typeof p === 'string').join('.')).filter(Boolean))];
    return fail(400, `invalid import request${fields.length ? `: ${fields.join(', ')}` : ''}`, issues);
  }

  const f = parsed.data;
  try {
    const result = await runImport({
      dataset: f.dataset,
      fileName: fileName.data || 'upload.csv',
      open: () => Readable.fromWeb(file.stream() as unknown as NodeReadableStream<Uint8Array>),
      sourceId: f.source ?? null,
      newSource: f.newSource,
      dryRun: f.dryRun,
      encoding: f.encoding,
      actor: `${auth.via === 'cookie' ? 'web' : 'api'}${f.actor ? `: ${f.actor}` : ''}`,
      expectSha256: f.expectSha256 ?? null,
    });
    // Pages and API responses read the store on each request; drop anything Next may have cached all the same.
    if (result.status === 'committed') revalidatePath('/', 'layout');
    if (result.errorCount) {
      return NextResponse.json(
        {
          error: `the import was rejected: ${result.errorCount} error${result.errorCount === 1 ? '' : 's'}; nothing was written`,
          issues: result.errors.map((e) => ({ path: [...(e.row === null ? [] : [e.row]), ...(e.column === null ? [] : [e.column])], message: formatIssue(e) })),
          ...result,
        },
        { status: 422, headers: NO_STORE },
      );
    }
    return NextResponse.json(result, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof UnknownDatasetError) return fail(400, 'invalid import request', [{ path: ['dataset'], message: error.message }]);
    if (isDatabaseUnavailable(error)) return serviceUnavailable();
    console.error(error);
    return fail(500, `the import failed and was rolled back: ${clipText(error instanceof Error ? error.message : String(error), 1000)}`);
  }
}

/** GET /api/v1/imports?limit=&dataset= — the import history (newest first) and the importable datasets. */
export async function GET(request: Request): Promise<Response> {
  const auth = await checkRequest(request);
  if (!auth.ok) return unauthorized(auth);
  const parsed = historyQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return fail(400, 'invalid query parameter', toApiIssues(parsed.error));
  const client = new pg.Client({ connectionString: settings().DATABASE_URL });
  try {
    await client.connect();
    const [imports, datasets] = await Promise.all([listImports(client, parsed.data), listDatasets(client)]);
    return NextResponse.json({ imports, datasets }, { headers: NO_STORE });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return serviceUnavailable();
    console.error(error);
    return fail(500, 'internal error: the request could not be completed');
  } finally {
    await client.end().catch(() => {});
  }
}
