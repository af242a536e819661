import 'server-only';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { to as copyTo } from 'pg-copy-streams';
import { db } from '@/lib/db/index.ts';
import { acquireStreamClient } from '@/lib/db/pg-pool.ts';
import type { Place } from '@/lib/queries/types.ts';
import { getVillageListYears, UnknownYearError } from '@/lib/queries/villages.ts';
import type { VillageListFilter, VillageListQuery } from '@/lib/schemas/village-list.ts';

export class NoVillageListError extends UnknownYearError {
  constructor(year: number, available: number[]) {
    super(year, available);
    this.message = `no village-level list is loaded for ${year}; years with a list: ${available.join(', ') || 'none'}`;
  }
}

/** A filter's year must have a loaded list; no year means every loaded list. */
async function checkYear(filter: VillageListFilter) {
  if (filter.year === undefined) return;
  const years = await getVillageListYears();
  if (!years.includes(filter.year)) throw new NoVillageListError(filter.year, years);
}

function where(filter: VillageListFilter) {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.year !== undefined) add('v.year = ?', filter.year);
  if (filter.province.length) add('c.province_adcode = ANY(?::int[])', filter.province);
  if (filter.city.length) add('v.city_adcode = ANY(?::int[])', filter.city);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export const VILLAGE_CSV_COLUMNS = [
  'year', 'province_adcode', 'province_en', 'province_zh', 'city_adcode', 'city_en', 'city_zh', 'county', 'town', 'village', 'village_code', 'sales_band', 'source_id',
] as const;

const SELECT_ROWS = `
  SELECT v.year, c.province_adcode, p.name_en AS province_en, p.name_zh AS province_zh, v.city_adcode, c.name_en AS city_en,
         c.name_zh AS city_zh, v.county, v.town, v.name, v.sales_band, v.source_id
  FROM taobao_village v JOIN city c ON c.adcode = v.city_adcode JOIN province p ON p.adcode = c.province_adcode`;

type VillageRow = { year: number; province_adcode: number; province_en: string; province_zh: string; city_adcode: number; city_en: string; city_zh: string; county: string; town: string; name: string; sales_band: string | null; source_id: string };

// The rule of neutraliseCell (lib/csv/to-csv.ts), applied by PostgreSQL to the imported text columns:
// a first character of tab, CR, '+', '-', '=' or '@' gets a quote before it. (ascii() of the first
// character, not a regular expression: a third of the export's time otherwise.)
const safe = (column: string) => `CASE WHEN ascii(${column}) IN (9, 13, 43, 45, 61, 64) THEN '''' || ${column} ELSE ${column} END`;

/**
 * PostgreSQL writes the CSV itself (COPY … TO STDOUT): no row objects in Node, so a million rows
 * stream at the database's speed with flat memory. COPY takes no bind parameters, so the filter's
 * values travel as transaction-local settings set by a parameterised query, never spliced into SQL.
 */
function copySql(filter: VillageListFilter) {
  const clauses = [
    filter.year !== undefined && "v.year = current_setting('atlas.export_year')::int",
    filter.province.length > 0 && "c.province_adcode = ANY(current_setting('atlas.export_provinces')::int[])",
    filter.city.length > 0 && "v.city_adcode = ANY(current_setting('atlas.export_cities')::int[])",
  ].filter(Boolean);
  return `COPY (
    SELECT v.year, c.province_adcode, p.name_en, p.name_zh, v.city_adcode, c.name_en, c.name_zh,
           ${safe('v.county')}, ${safe('v.town')}, ${safe('v.name')}, v.village_code, ${safe('v.sales_band')}, v.source_id
    FROM taobao_village v JOIN city c ON c.adcode = v.city_adcode JOIN province p ON p.adcode = c.province_adcode
    ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
    ORDER BY v.year, v.city_adcode, v.county, v.town, v.name
  ) TO STDOUT WITH (FORMAT csv)`;
}

const CRLF = Buffer.from('\r\n');
const BOM = '\uFEFF';

const BLOCK = 64 * 1024;

/**
 * COPY sends one message per row and ends lines with LF. This turns LF into CRLF (RFC 4180, as
 * lib/csv/to-csv.ts writes) and gathers rows into ~64 KB blocks: per-chunk costs downstream (web
 * stream, compression, socket writes) would otherwise be paid a million times for a million rows.
 */
function crlfBlocks(): Transform {
  let lastWasCr = false;
  let parts: Buffer[] = [];
  let size = 0;
  const add = (b: Buffer) => {
    parts.push(b);
    size += b.length;
  };
  const take = () => {
    const block = Buffer.concat(parts, size);
    parts = [];
    size = 0;
    return block;
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      let from = 0;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) {
        if (at > 0 ? chunk[at - 1] === 13 : lastWasCr) continue;
        add(chunk.subarray(from, at));
        add(CRLF);
        from = at + 1;
      }
      if (from < chunk.length) add(chunk.subarray(from));
      lastWasCr = chunk.length > 0 && chunk[chunk.length - 1] === 13;
      done(null, size >= BLOCK ? take() : undefined);
    },
    flush(done) {
      done(null, size ? take() : undefined);
    },
  });
}

/** The HTTP client went away before the export started: nothing to send, the connection is back in the pool. */
export class ExportAbortedError extends Error {
  constructor() {
    super('the client went away before the export started');
  }
}

/**
 * The village-level list as a CSV byte stream in natural-key order (the unique index on
 * (year, city_adcode, county, town, name) delivers it without a sort), with back-pressure from
 * the client down to the database. `signal` is the request's: when the client goes away (before
 * or during the stream) the COPY is torn down and its connection discarded. Cancelling the web
 * stream (Next.js does when the response is aborted mid-pipe) does the same.
 */
export async function streamVillageListCsv(filter: VillageListFilter, signal?: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  return Readable.toWeb(await villageListCsvBytes(filter, signal)) as ReadableStream<Uint8Array>;
}

export async function villageListCsvBytes(filter: VillageListFilter, signal?: AbortSignal): Promise<Readable> {
  await checkYear(filter);
  // Throws StreamPoolBusyError after DB_STREAM_ACQUIRE_TIMEOUT_MS: the route answers 503.
  const client = await acquireStreamClient();
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    // With an error pg-pool drops the client; pg's end() destroys the socket while a query (the
    // COPY) is active, so the server backend ends and its transaction with it.
    client.release(error);
  };
  // A client that left while this request waited for a connection: Next.js never pipes (nor
  // cancels) a body for a response that is already closed, so the connection must go back now.
  if (signal?.aborted) {
    release();
    throw new ExportAbortedError();
  }
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(
      "SELECT set_config('atlas.export_year', $1, true), set_config('atlas.export_provinces', $2, true), set_config('atlas.export_cities', $3, true)",
      [String(filter.year ?? ''), `{${filter.province.join(',')}}`, `{${filter.city.join(',')}}`],
    );
  } catch (error) {
    release(error as Error);
    throw error;
  }
  const out = new PassThrough();
  const clientGone = () => out.destroy(new Error('the client went away'));
  signal?.addEventListener('abort', clientGone, { once: true });
  out.write(`${BOM}${VILLAGE_CSV_COLUMNS.join(',')}\r\n`);
  pipeline(client.query(copyTo(copySql(filter))), crlfBlocks(), out)
    .then(() => client.query('COMMIT'))
    .then(
      () => release(),
      // The client went away mid-stream (or the database did): discard the connection, which ends its transaction.
      (error: unknown) => {
        out.destroy(error as Error);
        release(error instanceof Error ? error : new Error(String(error)));
      },
    )
    .finally(() => signal?.removeEventListener('abort', clientGone));
  if (signal?.aborted) clientGone();
  return out;
}

export type VillageRecord = {
  id: number;
  year: number;
  province: Place;
  city: Place;
  county: string;
  town: string;
  name: string;
  salesBand: string | null;
  villageCode: string | null;
  sourceId: string;
};

export type VillagePage = { total: number; limit: number; after: number; nextAfter: number | null; villages: VillageRecord[] };

/** One page of the list in id order (keyset: `after` the previous page's last id), with the filter's total. */
export async function getVillagePage(query: VillageListQuery): Promise<VillagePage> {
  await checkYear(query);
  const { sql, params } = where(query);
  // $queryRawUnsafe only because the WHERE clause is assembled from fixed fragments; every value is a bind parameter.
  const [rows, total] = await Promise.all([
    db().$queryRawUnsafe<(VillageRow & { id: number; village_code: string | null })[]>(
      `${SELECT_ROWS.replace('SELECT v.year', 'SELECT v.id, v.village_code::text AS village_code, v.year')} ${sql ? `${sql} AND` : 'WHERE'} v.id > $${params.length + 1}
       ORDER BY v.id LIMIT $${params.length + 2}`,
      ...params,
      query.after,
      query.limit,
    ),
    countVillages(query),
  ]);
  const villages = rows.map((r) => ({
    id: r.id,
    year: r.year,
    province: { adcode: r.province_adcode, nameEn: r.province_en, nameZh: r.province_zh },
    city: { adcode: r.city_adcode, nameEn: r.city_en, nameZh: r.city_zh },
    county: r.county,
    town: r.town,
    name: r.name,
    salesBand: r.sales_band,
    villageCode: r.village_code,
    sourceId: r.source_id,
  }));
  return { total, limit: query.limit, after: query.after, nextAfter: villages.length === query.limit ? villages[villages.length - 1].id : null, villages };
}

/** The filter's village count, from the per-city tally the store keeps (no scan of the list). */
async function countVillages(filter: VillageListFilter): Promise<number> {
  const { sql, params } = where(filter);
  const rows = await db().$queryRawUnsafe<{ n: number }[]>(
    `SELECT coalesce(sum(v.villages), 0)::int AS n FROM taobao_village_city_tally v JOIN city c ON c.adcode = v.city_adcode ${sql}`,
    ...params,
  );
  return rows[0].n;
}
