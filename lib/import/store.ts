import type { Readable } from 'node:stream';
import pg from 'pg';
import { findStaticDataset, seriesDataset, STATIC_DATASETS, type DatasetDef, type SeriesUnit, type StageColumn } from '@/lib/import/datasets.ts';
import { ensureVillageRegistry, storeDivisionSource } from '@/lib/import/division-source.ts';
import { IssueList, parseFile, type StagedRecord } from '@/lib/import/pipeline.ts';
import { DivisionMatcher } from '@/lib/import/village-matching.ts';
import { clipIssue, clipText, formatIssue, type DiffRow, type EncodingChoice, type ImportIssue, type ImportResult, type ImportStatus } from '@/lib/import/types.ts';
import { sourceRecord, type SourceRecord } from '@/lib/schemas/data-files.ts';
import { settings } from '@/lib/settings.mjs';
import { bumpVersionsStatement } from '@/lib/data/data-version.mjs';
import { markInterruptedImports } from '@/server/interrupted-imports.mjs';

// The store side of an import: one transaction per import. Valid rows are staged in a temporary
// table in batches (parameterised unnest, so a million rows never sit in memory), checked for
// duplicate keys, diffed against the target under a per-dataset advisory lock, and written with
// natural-key UPDATE + INSERT only when nothing at all is wrong; otherwise the transaction is rolled
// back and the store is untouched. Every non-dry-run attempt leaves an import_record row.

/** First key of pg_advisory_xact_lock(int, int); the second is hashtext(dataset id). */
export const IMPORT_LOCK_CLASS = 72_707_002;
const SAMPLE_ADDED = 20;
const SAMPLE_CHANGED = 50;

export class UnknownDatasetError extends Error {
  constructor(readonly dataset: string, readonly known: string[]) {
    super(`unknown dataset "${dataset}"; datasets: ${known.join(', ')}`);
  }
}

type Queryable = Pick<pg.Client, 'query'>;

export type DatasetSummary = { id: string; kind: DatasetDef['kind']; titleEn: string; titleZh: string };

/** Every importable dataset: the static ones and series:<id> for each series in the store. */
export async function listDatasets(client: Queryable): Promise<DatasetSummary[]> {
  const { rows } = await client.query<{ id: string; unit: SeriesUnit; name_en: string; name_zh: string }>(
    'SELECT id, unit::text AS unit, name_en, name_zh FROM series ORDER BY sort_order, id',
  );
  return [...STATIC_DATASETS, ...rows.map((s) => seriesDataset({ id: s.id, unit: s.unit, nameEn: s.name_en, nameZh: s.name_zh }))].map((d) => ({
    id: d.id,
    kind: d.kind,
    titleEn: d.titleEn,
    titleZh: d.titleZh,
  }));
}

export async function resolveDataset(client: Queryable, id: string): Promise<DatasetDef | null> {
  const fixed = findStaticDataset(id);
  if (fixed) return fixed;
  if (!id.startsWith('series:')) return null;
  const { rows } = await client.query<{ id: string; unit: SeriesUnit; name_en: string; name_zh: string }>(
    'SELECT id, unit::text AS unit, name_en, name_zh FROM series WHERE id = $1',
    [id.slice('series:'.length)],
  );
  return rows[0] ? seriesDataset({ id: rows[0].id, unit: rows[0].unit, nameEn: rows[0].name_en, nameZh: rows[0].name_zh }) : null;
}

// ---- SQL built from a dataset definition (identifiers come from the definitions, never from input) ----

const q = (name: string) => `"${name}"`;
const PG_TYPE: Record<StageColumn['type'], string> = { int4: 'int4', int8: 'int8', text: 'text', float8: 'float8', bool: 'bool', Qualifier: '"Qualifier"', PeriodKind: '"PeriodKind"', 'text[]': 'text[]' };
const PARAM_TYPE: Record<StageColumn['type'], string> = { int4: 'int4[]', int8: 'int8[]', text: 'text[]', float8: 'float8[]', bool: 'bool[]', Qualifier: 'text[]', PeriodKind: 'text[]', 'text[]': 'text[]' };

export function stageSql(def: DatasetDef) {
  const cols = def.stage;
  const nonKey = cols.filter((c) => !def.key.includes(c.name)).map((c) => c.name);
  const on = def.key.map((k) => `t.${q(k)} = s.${q(k)}`).join(' AND ');
  const distinct = nonKey.map((c) => `t.${q(c)} IS DISTINCT FROM s.${q(c)}`).join(' OR ');
  const select = cols.map((c) => (c.type === 'text[]' ? `string_to_array(u.${q(c.name)}, ';')` : c.type === 'Qualifier' || c.type === 'PeriodKind' ? `u.${q(c.name)}::${PG_TYPE[c.type]}` : `u.${q(c.name)}`));
  const target = q(def.table);
  const k0 = q(def.key[0]);
  return {
    create: `CREATE TEMP TABLE import_stage ("row" int4 NOT NULL, ${cols.map((c) => `${q(c.name)} ${PG_TYPE[c.type]}`).join(', ')}) ON COMMIT DROP`,
    insert: `INSERT INTO import_stage ("row", ${cols.map((c) => q(c.name)).join(', ')})
      SELECT u."row", ${select.join(', ')}
      FROM unnest($1::int4[], ${cols.map((c, i) => `$${i + 2}::${PARAM_TYPE[c.type]}`).join(', ')}) AS u("row", ${cols.map((c) => q(c.name)).join(', ')})`,
    duplicates: `SELECT "row", first, count(*) OVER ()::int AS total FROM (
        SELECT "row", min("row") OVER (PARTITION BY ${def.key.map(q).join(', ')}) AS first FROM import_stage) d
      WHERE "row" <> first ORDER BY "row" LIMIT $1`,
    dropDuplicates: `DELETE FROM import_stage s USING (
        SELECT "row", min("row") OVER (PARTITION BY ${def.key.map(q).join(', ')}) AS first FROM import_stage) d
      WHERE s."row" = d."row" AND d."row" <> d.first`,
    /** One join of the file against the store; everything after reads this small (row, kind) table. */
    diff: `CREATE TEMP TABLE import_diff ON COMMIT DROP AS
      SELECT s."row", CASE WHEN t.${k0} IS NULL THEN 'added' WHEN ${distinct} THEN 'changed' ELSE 'unchanged' END AS kind
      FROM import_stage s LEFT JOIN ${target} t ON ${on}`,
    counts: `SELECT kind, count(*)::int AS n FROM import_diff GROUP BY kind`,
    sampleRows: `SELECT "row" FROM import_diff WHERE kind = $1 ORDER BY "row" LIMIT $2`,
    sample: `SELECT s."row", to_jsonb(s) AS after, to_jsonb(t) AS before
      FROM import_stage s LEFT JOIN ${target} t ON ${on} WHERE s."row" = ANY($1::int4[]) ORDER BY s."row"`,
    seedConflicts: `SELECT s."row", t.source_id, count(*) OVER ()::int AS total
      FROM import_stage s JOIN ${target} t ON ${on}
      WHERE (${distinct}) AND t.source_id IN (SELECT id FROM source WHERE from_seed) ORDER BY s."row" LIMIT $1`,
    update: `UPDATE ${target} t SET ${nonKey.map((c) => `${q(c)} = s.${q(c)}`).join(', ')}
      FROM import_stage s JOIN import_diff d ON d."row" = s."row" WHERE d.kind = 'changed' AND ${on}`,
    insertNew: `INSERT INTO ${target} (${cols.map((c) => q(c.name)).join(', ')})
      SELECT ${cols.map((c) => `s.${q(c.name)}`).join(', ')} FROM import_stage s JOIN import_diff d ON d."row" = s."row"
      WHERE d.kind = 'added' ORDER BY s."row"`,
  };
}

function batchParams(def: DatasetDef, batch: StagedRecord[]): unknown[] {
  const params: unknown[] = [batch.map((r) => r.row)];
  for (const c of def.stage) params.push(batch.map((r) => (c.type === 'text[]' ? ((r[c.name] as string[] | null) ?? []).join(';') : (r[c.name] ?? null))));
  return params;
}

function diffRow(def: DatasetDef, r: { row: number; after: Record<string, unknown>; before: Record<string, unknown> | null }): DiffRow {
  const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
  const nonKey = def.stage.map((c) => c.name).filter((c) => !def.key.includes(c));
  return { row: r.row, key: pick(r.after, def.key), after: pick(r.after, nonKey), before: r.before ? pick(r.before, nonKey) : null };
}

/** JSON with sorted keys, so a jsonb value (which reorders keys) compares equal to the same object. */
const canonical = (v: unknown): string =>
  v === null || typeof v !== 'object'
    ? JSON.stringify(v ?? null)
    : Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : `{${Object.keys(v as object).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;

const sameSource = (a: SourceRecord, b: Record<string, unknown>) =>
  a.kind === b.kind &&
  a.publisher === b.publisher &&
  a.title === b.title &&
  a.date === b.date &&
  a.asReportedBy === b.as_reported_by &&
  a.whereRead === b.where_read &&
  a.licence === b.licence &&
  canonical(a.citation) === canonical(b.citation ?? null);

export type RunImportOptions = {
  databaseUrl?: string;
  dataset: string;
  fileName: string;
  /** Opens the file from the start (it is read at most twice: encoding detection, then parsing). */
  open: () => Readable;
  sourceId?: string | null;
  /** A source to register with the import (same shape as an entry of data/sources.json). */
  newSource?: unknown;
  dryRun?: boolean;
  encoding?: EncodingChoice;
  actor: string;
  /** Commit only if the file is the one that was previewed. */
  expectSha256?: string | null;
  batchSize?: number;
  onProgress?: (rowsStaged: number) => void;
};

function summarise(issues: ImportIssue[], count: number): string | null {
  if (!count) return null;
  const shown = issues.slice(0, 20).map((i) => formatIssue(clipIssue(i)));
  return `${count} error${count === 1 ? '' : 's'}:\n${shown.join('\n')}${count > shown.length ? `\n… and ${count - shown.length} more` : ''}`;
}

type Outcome = Omit<ImportResult, 'recordId' | 'finishedAt'> & { status: ImportStatus };

/**
 * Records an import as "running" before it starts, committed at once (outside the import's
 * transaction), with its session's pid and start: if the process dies mid-import the row stays and
 * server/interrupted-imports.mjs later marks it "interrupted".
 */
async function recordStart(client: Queryable, r: { dataset: string; fileName: string; startedAt: string }, actor: string): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO import_record (dataset, file_name, sha256, actor, encoding, started_at, finished_at, status, backend_pid, backend_started_at)
     SELECT $1, $2, '', $3, 'unknown', $4::timestamptz AT TIME ZONE 'UTC', $4::timestamptz AT TIME ZONE 'UTC', 'running', pid, backend_start
     FROM pg_stat_activity WHERE pid = pg_backend_pid() RETURNING id`,
    [r.dataset, clipText(r.fileName, 255), clipText(actor, 200), r.startedAt],
  );
  return rows[0].id;
}

/** The outcome of an import: fills in its "running" row (`id`), or adds a row when there is none. */
async function record(client: Queryable, r: Outcome, actor: string, id: number | null): Promise<number> {
  const values = [r.dataset, clipText(r.fileName, 255), r.sha256, r.sourceId, clipText(actor, 200), r.encoding ?? 'unknown', r.startedAt, r.counts.rows, r.counts.added, r.counts.changed, r.counts.unchanged, r.counts.rejected, r.status, summarise(r.errors, r.errorCount)];
  if (id !== null) {
    await client.query(
      `UPDATE import_record SET dataset = $1, file_name = $2, sha256 = $3, source_id = $4, actor = $5, encoding = $6, started_at = $7::timestamptz AT TIME ZONE 'UTC',
         finished_at = now() AT TIME ZONE 'UTC', rows_total = $8, added = $9, changed = $10, unchanged = $11, rejected = $12, status = $13::"ImportStatus", error_summary = $14
       WHERE id = $15`,
      [...values, id],
    );
    return id;
  }
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO import_record (dataset, file_name, sha256, source_id, actor, encoding, started_at, finished_at, rows_total, added, changed, unchanged, rejected, status, error_summary)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', $8, $9, $10, $11, $12, $13::"ImportStatus", $14) RETURNING id`,
    values,
  );
  return rows[0].id;
}

// Bounds on the import's own session. A client that vanishes mid-statement (kill -9 of the server,
// a crash) must not keep the dataset's lock until the statement ends: PostgreSQL checks the socket
// every second while a query runs (client_connection_check_interval) and ends the session, rolling
// the import back. A client that lives but stops talking inside the transaction is cut off after a
// minute (idle_in_transaction_session_timeout); an HTTP upload is in memory and the CLI reads from
// disk, so a healthy import never idles that long. TCP keepalives find a host that disappeared
// (~25 s). No statement_timeout: one statement of a large import legitimately runs for tens of
// seconds (writing a million rows takes ~30 s), and a cap would refuse big files, not bound a fault.
const SESSION_BOUNDS = [
  "SET client_connection_check_interval = '1s'",
  "SET idle_in_transaction_session_timeout = '60s'",
  'SET tcp_keepalives_idle = 10',
  'SET tcp_keepalives_interval = 5',
  'SET tcp_keepalives_count = 3',
].join('; ');

/**
 * Imports one file into one dataset, all or nothing. Throws UnknownDatasetError for an unknown
 * dataset id; every problem with the file, the source or the rows comes back in `errors`.
 */
export async function runImport(options: RunImportOptions): Promise<ImportResult> {
  const startedAt = new Date();
  const connectionString = options.databaseUrl ?? settings().DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const client = new pg.Client({ connectionString, application_name: 'atlas-import', keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
  await client.connect();
  let inTransaction = false;
  let recordId: number | null = null;
  const debug = settings().ATLAS_IMPORT_DEBUG ? (label: string) => console.error(`[import] ${label} ${Math.round(performance.now() - t0)} ms`) : () => {};
  const t0 = performance.now();
  const dryRun = options.dryRun ?? false;
  const base = {
    dryRun,
    dataset: options.dataset,
    fileName: options.fileName,
    sha256: '',
    encoding: null as ImportResult['encoding'],
    sourceId: null as string | null,
    counts: { rows: 0, added: 0, changed: 0, unchanged: 0, rejected: 0 },
    warnings: [] as string[],
    columns: [] as string[],
    preview: [] as Record<string, unknown>[],
    diff: { added: [] as DiffRow[], changed: [] as DiffRow[] },
    startedAt: startedAt.toISOString(),
  };
  try {
    const def = await resolveDataset(client, options.dataset);
    if (!def) throw new UnknownDatasetError(options.dataset, (await listDatasets(client)).map((d) => d.id));
    await client.query(SESSION_BOUNDS);
    // Before the session's first temporary table (the village registry's load below may make one).
    await client.query("SET temp_buffers = '64MB'");
    if (!dryRun) recordId = await recordStart(client, base, options.actor);
    const sql = stageSql(def);
    const issues = new IssueList();
    const fileIssue = (column: string | null, value: string | null, expected: string) => issues.add({ row: null, column, value, expected });

    // The source every row will reference: an existing one, or a new one registered with the import.
    let newSource: SourceRecord | null = null;
    if (options.newSource !== undefined && options.newSource !== null) {
      const parsed = sourceRecord.safeParse(options.newSource);
      if (parsed.success) newSource = parsed.data;
      else for (const i of parsed.error.issues) fileIssue(`new source${i.path.length ? `: ${i.path.join('.')}` : ''}`, null, i.message);
    }
    const sourceId = options.sourceId?.trim() || newSource?.id || null;
    base.sourceId = sourceId;
    if (!sourceId && !(options.newSource && !newSource)) fileIssue('source', null, 'the id of a source in the store, or a new source to register');
    if (newSource && options.sourceId && options.sourceId !== newSource.id) fileIssue('source', options.sourceId, `the new source's id "${newSource.id}"`);
    if (sourceId) {
      const { rows } = await client.query('SELECT * FROM source WHERE id = $1', [sourceId]);
      // source.from_seed: loaded from data/sources.json by the seed, which replaces its rows when data/ changes.
      if (def.seedOwned && rows[0]?.from_seed) {
        fileIssue('source', sourceId, `a source of the import's own: "${sourceId}" belongs to the seed (data/sources.json), which replaces its rows when data/ changes — register a new source for imported figures, or edit data/ instead`);
      }
      if (!newSource && !rows.length) fileIssue('source', sourceId, 'the id of a source in the store (table source, listed on the sources page) or a new source to register');
      if (newSource && rows.length && !sameSource(newSource, rows[0])) {
        fileIssue('new source', newSource.id, 'a new id: a source with this id exists with other details (name it as the source instead, or choose another id)');
      }
    }
    const noteIds = new Set((await client.query<{ id: string }>('SELECT id FROM data_note')).rows.map((r) => r.id));
    let divisions: DivisionMatcher | null = null;
    if (def.matchBatch) {
      // Rows are matched to the village registry, loaded here (once per store) when it is not yet.
      const registry = await ensureVillageRegistry(client);
      if (registry.loadedNow) base.warnings.push(`loaded the village registry (${registry.rows.toLocaleString('en')} villages, NBS 2023 codes) in ${registry.seconds.toFixed(1)} s: the first village-level import of this store`);
      divisions = new DivisionMatcher(await storeDivisionSource(client));
      debug('division registry');
    }

    await client.query('BEGIN');
    inTransaction = true;
    await client.query("SET LOCAL work_mem = '64MB'");
    await client.query(sql.create);
    let staged = 0;
    const parsed = await parseFile(def, options.open, options.encoding ?? 'auto', { sourceId, noteIds, divisions }, {
      issues,
      batchSize: options.batchSize,
      onBatch: async (batch) => {
        await client.query(sql.insert, batchParams(def, batch));
        staged += batch.length;
        options.onProgress?.(staged);
      },
    });
    await client.query('ANALYZE import_stage'); // temporary tables are never auto-analysed; the joins below need the row count
    debug('staged');
    Object.assign(base, { sha256: parsed.sha256, encoding: parsed.encoding, columns: parsed.columns, preview: parsed.preview });
    if (options.expectSha256 && options.expectSha256 !== parsed.sha256) {
      fileIssue(null, null, `the file that was previewed (SHA-256 ${options.expectSha256.slice(0, 12)}…); this file differs (${parsed.sha256.slice(0, 12)}…): preview it again`);
    }

    // Duplicate keys inside the file: each repeat is an error pointing at the first occurrence.
    const dup = await client.query<{ row: number; first: number; total: number }>(sql.duplicates, [1000]);
    for (const d of dup.rows) issues.add({ row: d.row, column: def.keyColumn, value: null, expected: `a row of its own: row ${d.first} has the same ${def.key.join(', ')}` });
    const duplicates = dup.rows[0]?.total ?? 0;
    if (duplicates) await client.query(sql.dropDuplicates);

    debug('duplicates');
    // From here on, imports of this dataset run one at a time (the lock ends with the transaction).
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IMPORT_LOCK_CLASS, def.id]);

    let seedConflicts = 0;
    if (def.seedOwned) {
      const conflicts = await client.query<{ row: number; source_id: string; total: number }>(sql.seedConflicts, [1000]);
      seedConflicts = conflicts.rows[0]?.total ?? 0;
      for (const c of conflicts.rows) {
        issues.add({ row: c.row, column: def.keyColumn, value: null, expected: `a row the seed does not own: the stored value comes from data/ (source ${c.source_id}); change it there` });
      }
    }
    let storedConflicts = 0;
    if (def.refuseStored) {
      const refused = await def.refuseStored(client, def.id, 1000);
      storedConflicts = refused.total;
      for (const i of refused.issues) issues.add(i);
    }
    debug('locked + seed conflicts');
    await client.query(sql.diff);
    // Like import_stage: without statistics the planner guesses the size of import_diff, and the
    // UPDATE that joins it to the stage and the target degrades (60–94 s instead of ~1 s for 20k rows).
    await client.query('ANALYZE import_diff');
    const counts = { added: 0, changed: 0, unchanged: 0 };
    for (const r of (await client.query<{ kind: keyof typeof counts; n: number }>(sql.counts)).rows) counts[r.kind] = r.n;
    const sample = async (kind: 'added' | 'changed', limit: number) => {
      const rows = (await client.query<{ row: number }>(sql.sampleRows, [kind, limit])).rows.map((r) => r.row);
      return rows.length ? (await client.query(sql.sample, [rows])).rows.map((r) => diffRow(def, r)) : [];
    };
    base.diff = { added: await sample('added', SAMPLE_ADDED), changed: await sample('changed', SAMPLE_CHANGED) };
    debug('counts + samples');
    base.counts = { rows: parsed.rows, ...counts, rejected: parsed.rejectedRows + duplicates + seedConflicts + storedConflicts };
    if (seedConflicts) base.counts.changed -= seedConflicts;

    const errorCount = issues.count;
    if (errorCount || dryRun) {
      await client.query('ROLLBACK');
      inTransaction = false;
      const result = { ...base, status: (errorCount ? 'rejected' : 'valid') as ImportStatus, errors: issues.listed, errorCount };
      if (!dryRun) await record(client, result, options.actor, recordId);
      return { ...result, recordId, finishedAt: new Date().toISOString() };
    }

    let sourceAdded = false;
    if (newSource) {
      const s = newSource;
      const inserted = await client.query(
        `INSERT INTO source (id, kind, publisher, title, date, as_reported_by, where_read, licence, citation)
         VALUES ($1, $2::"SourceKind", $3, $4, $5, $6, $7, $8, $9::jsonb) ON CONFLICT (id) DO NOTHING`,
        [s.id, s.kind, s.publisher, s.title, s.date, s.asReportedBy, s.whereRead, s.licence, s.citation === null ? null : JSON.stringify(s.citation)],
      );
      sourceAdded = inserted.rowCount === 1;
    }
    if (counts.changed) await client.query(sql.update);
    if (counts.added) await client.query(sql.insertNew);
    debug('applied');
    const status: ImportStatus = counts.added || counts.changed || sourceAdded ? 'committed' : 'unchanged';
    // The response cache (server/response-cache.mjs) renders its answers anew when the data version moves
    // (as bumpDataVersion in lib/data/seed-store.ts does for the seed); a no-op import leaves it alone.
    // A series import also moves the series' version; a village-level or count import only the
    // overall one, so the answers that show no village data stay cached (lib/data/data-version.mjs).
    if (status === 'committed') await client.query(bumpVersionsStatement(def.kind === 'series' ? ['series'] : []));
    if (sourceAdded) base.warnings.push(`registered the new source ${sourceId}`);
    const result = { ...base, status, errors: [], errorCount: 0 };
    // Inside the transaction: the outcome commits with the data, or the row stays "running".
    await record(client, result, options.actor, recordId);
    await client.query('COMMIT');
    inTransaction = false;
    return { ...result, recordId, finishedAt: new Date().toISOString() };
  } catch (error) {
    if (inTransaction) await client.query('ROLLBACK').catch(() => {});
    if (!(error instanceof UnknownDatasetError) && !dryRun) {
      const message = clipText(error instanceof Error ? error.message : String(error), 1000);
      await record(client, { ...base, status: 'failed', errors: [{ row: null, column: null, value: null, expected: `the import to complete (it failed and was rolled back: ${message})` }], errorCount: 1 }, options.actor, recordId).catch(() => {});
    }
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

export type ImportRecordRow = {
  id: number;
  dataset: string;
  fileName: string;
  sha256: string;
  sourceId: string | null;
  actor: string;
  encoding: string;
  startedAt: string;
  finishedAt: string;
  rowsTotal: number;
  added: number;
  changed: number;
  unchanged: number;
  rejected: number;
  status: Exclude<ImportStatus, 'valid'> | 'running' | 'interrupted';
  errorSummary: string | null;
};

/** The import history, newest first. */
export async function listImports(client: Queryable, { limit = 50, dataset }: { limit?: number; dataset?: string } = {}): Promise<ImportRecordRow[]> {
  await markInterruptedImports(client);
  const { rows } = await client.query(
    `SELECT id, dataset, file_name, sha256, source_id, actor, encoding, started_at AT TIME ZONE 'UTC' AS started_at,
       finished_at AT TIME ZONE 'UTC' AS finished_at, rows_total, added, changed, unchanged, rejected, status::text AS status, error_summary
     FROM import_record WHERE ($1::text IS NULL OR dataset = $1) ORDER BY id DESC LIMIT $2`,
    [dataset ?? null, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    dataset: r.dataset,
    fileName: r.file_name,
    sha256: r.sha256,
    sourceId: r.source_id,
    actor: r.actor,
    encoding: r.encoding,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: new Date(r.finished_at).toISOString(),
    rowsTotal: r.rows_total,
    added: r.added,
    changed: r.changed,
    unchanged: r.unchanged,
    rejected: r.rejected,
    status: r.status,
    errorSummary: r.error_summary,
  }));
}
