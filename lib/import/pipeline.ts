import { Readable } from 'node:stream';
import { isBlankRecord, readCsvRecords, type CsvRecord } from '@/lib/import/csv.ts';
import type { Cells, DatasetDef, ValidateContext } from '@/lib/import/datasets.ts';
import { decodeStream, EncodingError, hashingStream, resolveEncoding } from '@/lib/import/encoding.ts';
import { clipIssue, MAX_LISTED_ISSUES, type Encoding, type EncodingChoice, type ImportIssue } from '@/lib/import/types.ts';

// Parsing and validation without a database: bytes → text (detected encoding) → CSV records
// (papaparse, streaming) → cells by column → zod + registry checks → staged records in batches.

const headerKey = (s: string) =>
  s.replace(/^\uFEFF/, '').normalize('NFKC').trim().toLowerCase().replace(/[\s-]+/g, '_');

export type HeaderMap = {
  /** For each file column, the dataset column it feeds (null = ignored empty header). */
  targets: (string | null)[];
  issues: ImportIssue[];
  /** A required column is missing: rows are not read. */
  fatal: boolean;
};

/** Maps a file's header row to the dataset's columns (names or aliases, case- and width-insensitive). */
export function mapHeader(def: DatasetDef, header: string[]): HeaderMap {
  const lookup = new Map<string, string>();
  for (const c of def.columns) for (const name of [c.name, ...(c.aliases ?? [])]) lookup.set(headerKey(name), c.name);
  const issues: ImportIssue[] = [];
  const targets: (string | null)[] = [];
  const seen = new Map<string, string>();
  for (const raw of header) {
    const key = headerKey(raw);
    if (key === '') {
      targets.push(null);
      continue;
    }
    const column = lookup.get(key);
    if (!column) {
      issues.push({ row: 1, column: raw.trim(), value: raw.trim(), expected: `a column of ${def.id}: ${def.columns.map((c) => c.name).join(', ')}` });
      targets.push(null);
    } else if (seen.has(column)) {
      issues.push({ row: 1, column, value: raw.trim(), expected: `each column once (${column} is also "${seen.get(column)}")` });
      targets.push(null);
    } else {
      seen.set(column, raw.trim());
      targets.push(column);
    }
  }
  const missing = def.columns.filter((c) => c.required && !seen.has(c.name));
  for (const c of missing) issues.push({ row: 1, column: c.name, value: null, expected: `a column named ${c.name}${c.aliases?.length ? ` (or ${c.aliases.join(', ')})` : ''}` });
  return { targets, issues, fatal: missing.length > 0 };
}

export type ValidationSummary = {
  rows: number;
  validRows: number;
  rejectedRows: number;
  issues: ImportIssue[];
  issueCount: number;
  preview: Record<string, unknown>[];
  columns: string[];
  headerOk: boolean;
};

export type StagedRecord = Record<string, unknown> & { row: number };

/**
 * Collects problems in file order, listing the first MAX_LISTED_ISSUES and counting all. Every
 * listed issue is clipped (clipIssue): responses, the import history and the admin page all read it.
 */
export class IssueList {
  readonly listed: ImportIssue[] = [];
  count = 0;
  add(issue: ImportIssue) {
    this.count += 1;
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(clipIssue(issue));
  }
}

/**
 * Validates CSV records against a dataset. Valid rows go to `onBatch` in batches (awaited, so a
 * slow store slows the parser rather than filling memory); problems are collected per row and column.
 */
export async function validateRecords(
  def: DatasetDef,
  records: AsyncIterable<CsvRecord>,
  ctx: ValidateContext,
  { onBatch, batchSize = 5000, previewSize = 20, issues = new IssueList() }: { onBatch: (batch: StagedRecord[]) => Promise<void>; batchSize?: number; previewSize?: number; issues?: IssueList },
): Promise<ValidationSummary> {
  const summary: ValidationSummary = { rows: 0, validRows: 0, rejectedRows: 0, issues: issues.listed, issueCount: 0, preview: [], columns: [...def.stage.map((c) => c.name), ...def.previewExtra].filter((c) => c !== 'source_id'), headerOk: true };
  let header: HeaderMap | null = null;
  let batch: StagedRecord[] = [];
  // With a matching step (def.matchBatch) a row's issues are known only when its batch is matched:
  // issues are held until then and listed in row order, so the list stays in file order.
  const matching = def.matchBatch?.bind(def);
  let held: ImportIssue[] = [];
  const report = (issue: ImportIssue) => (matching ? held.push(issue) : issues.add(issue));
  const flush = async () => {
    let rows = batch;
    batch = [];
    if (matching && rows.length) {
      const failed = await matching(rows, ctx);
      if (failed.size) {
        rows = rows.filter((r) => !failed.has(r.row));
        summary.validRows -= failed.size;
        summary.rejectedRows += failed.size;
        for (const [row, list] of failed) for (const i of list) held.push({ row, ...i });
      }
    }
    held.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    for (const i of held) issues.add(i);
    held = [];
    for (const r of rows) if (summary.preview.length < previewSize) summary.preview.push(r);
    if (rows.length) await onBatch(rows);
  };
  for await (const record of records) {
    if (!header) {
      header = mapHeader(def, record.cells);
      for (const i of [...record.issues, ...header.issues]) issues.add(i);
      if (header.fatal) {
        summary.headerOk = false;
        break;
      }
      continue;
    }
    if (isBlankRecord(record.cells) && !record.issues.length) continue;
    summary.rows += 1;
    const cells: Cells = {};
    const rowIssues: ImportIssue[] = [...record.issues];
    record.cells.forEach((value, i) => {
      const column = header!.targets[i];
      if (column) cells[column] = value;
    });
    const extra = record.cells.slice(header.targets.length).findIndex((v) => v.trim() !== '');
    if (extra !== -1) {
      const at = header.targets.length + extra;
      rowIssues.push({ row: record.row, column: `#${at + 1}`, value: record.cells[at], expected: `at most ${header.targets.length} cells, as many as the header has` });
    }
    for (const c of def.columns) cells[c.name] ??= '';
    const result = def.validate(cells, ctx);
    for (const i of result.issues) rowIssues.push({ row: record.row, ...i });
    if (rowIssues.length || !result.record) {
      summary.rejectedRows += 1;
      for (const i of rowIssues) report(i);
      if (held.length >= batchSize) await flush(); // a file of bad rows must not pile up held issues
      continue;
    }
    summary.validRows += 1;
    batch.push({ row: record.row, ...result.record });
    if (batch.length >= batchSize) await flush();
  }
  if (!header) {
    issues.add({ row: null, column: null, value: null, expected: 'a CSV file with a header row' });
    summary.headerOk = false;
  } else if (summary.headerOk && summary.rows === 0) {
    issues.add({ row: null, column: null, value: null, expected: 'at least one data row below the header' });
  }
  await flush();
  summary.issueCount = issues.count;
  return summary;
}

export type ParsedFile = ValidationSummary & { sha256: string; bytes: number; encoding: Encoding };

/**
 * Reads a file twice at most (once to detect the encoding when it is not chosen, once to parse)
 * through streams, hashing it (SHA-256) on the way; never holds more than a batch of rows.
 */
export async function parseFile(
  def: DatasetDef,
  open: () => Readable,
  encodingChoice: EncodingChoice,
  ctx: ValidateContext,
  options: { onBatch: (batch: StagedRecord[]) => Promise<void>; batchSize?: number; previewSize?: number; issues?: IssueList },
): Promise<ParsedFile> {
  const encoding = await resolveEncoding(encodingChoice, open);
  const hash = hashingStream();
  let hashed = false;
  hash.once('finish', () => (hashed = true));
  const source = open();
  const text = source.pipe(hash).pipe(decodeStream(encoding));
  source.on('error', (e) => text.destroy(e));
  hash.on('error', (e) => text.destroy(e));
  const issues = options.issues ?? new IssueList();
  const wholeFileHash = async () => {
    if (hashed) return { sha256: hash.digest(), bytes: hash.bytes() };
    source.destroy();
    text.destroy();
    // Validation stopped early (a missing column, bad bytes): hash the whole file anyway.
    let bytes = 0;
    const rehash = hashingStream();
    for await (const chunk of open().pipe(rehash)) bytes += (chunk as Uint8Array).length;
    return { sha256: rehash.digest(), bytes };
  };
  try {
    const summary = await validateRecords(def, readCsvRecords(text), ctx, { ...options, issues });
    return { ...summary, ...(await wholeFileHash()), encoding };
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    issues.add({ row: null, column: null, value: null, expected: error.expected });
    const empty: ValidationSummary = { rows: 0, validRows: 0, rejectedRows: 0, issues: issues.listed, issueCount: issues.count, preview: [], columns: [], headerOk: false };
    return { ...empty, ...(await wholeFileHash()), encoding };
  }
}

/** For tests and small inputs: validates a CSV held in memory (bytes or text). */
export async function parseBuffer(def: DatasetDef, input: Uint8Array | string, ctx: ValidateContext, encoding: EncodingChoice = 'auto') {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
  const records: StagedRecord[] = [];
  const parsed = await parseFile(def, () => Readable.from([bytes]), encoding, ctx, {
    onBatch: async (batch) => {
      records.push(...batch);
    },
  });
  return { ...parsed, records };
}
