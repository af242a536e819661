// `npm run data:import -- --dataset <id> --file <path.csv> --source <id> [--dry-run]
//   [--encoding auto|utf-8|gb18030] [--new-source <source.json>] [--actor <name>] [--json] [--stats]`
// Validates the file, diffs it against the store and commits it in one transaction (all rows or
// none). Exit code 0 = imported (or nothing to change, or a clean dry run), 1 = the file or the
// source has problems (listed on stderr: row, column, value, what was expected), 2 = bad usage.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { findStaticDataset } from '@/lib/import/datasets.ts';
import { nameProblem } from '@/lib/import/names.ts';
import { listDatasets, resolveDataset, runImport, UnknownDatasetError } from '@/lib/import/store.ts';
import { ENCODING_CHOICES, formatIssue, type EncodingChoice, type ImportResult } from '@/lib/import/types.ts';
import { settings } from '../lib/settings.mjs';

const USAGE = `Usage: npm run data:import -- --dataset <id> --file <path.csv> --source <id> [options]

  --dataset <id>          what the file holds (see the list below)
  --file <path>           a CSV file (UTF-8 with or without BOM, or GB18030; comma-, tab- or semicolon-separated)
  --source <id>           the source every row references (an id in table "source")
  --new-source <file>     register a new source first (a JSON object shaped like an entry of data/sources.json)
  --dry-run               validate and diff against the store, write nothing
  --encoding <e>          auto (default: BOM, else UTF-8 if valid, else GB18030), utf-8 or gb18030
  --actor <name>          who runs the import (recorded; default cli:<login>)
  --json                  print the result as JSON on stdout
  --stats                 print elapsed time and peak RSS on stderr
  --help [--dataset <id>] this text, or the columns of one dataset

The database is DATABASE_URL (the embedded one of npm run dev is
postgresql://postgres:atlas-local@127.0.0.1:54329/atlas). File formats: docs/data.md.`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      dataset: { type: 'string' },
      file: { type: 'string' },
      source: { type: 'string' },
      'new-source': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      encoding: { type: 'string', default: 'auto' },
      actor: { type: 'string' },
      json: { type: 'boolean', default: false },
      stats: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
const opts = args.values;
const databaseUrl = settings().DATABASE_URL;

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function help() {
  if (opts.dataset) {
    const def = findStaticDataset(opts.dataset) ?? (await withClient((c) => resolveDataset(c, opts.dataset!)).catch(() => null));
    if (!def) fail(`unknown dataset "${opts.dataset}"`);
    console.log(`${def.id}: ${def.titleEn}\n\nColumns (header names; aliases in brackets):`);
    for (const c of def.columns) {
      console.log(`  ${c.name}${c.required ? ' (required)' : ''}${c.aliases?.length ? ` [${c.aliases.join(', ')}]` : ''}\n      ${c.en}${c.example ? ` — e.g. ${c.example}` : ''}`);
    }
    console.log(`\nNatural key: ${def.key.join(', ')} (re-importing the same rows changes nothing).`);
    return;
  }
  console.log(USAGE);
  console.log('\nDatasets:');
  try {
    const all = await withClient((c) => listDatasets(c));
    for (const d of all) console.log(`  ${d.id.padEnd(58)} ${d.titleEn}`);
  } catch (error) {
    for (const id of ['taobao-villages', 'taobao-villages-cities', 'taobao-villages-provinces', 'taobao-villages-national']) console.log(`  ${id.padEnd(58)} ${findStaticDataset(id)!.titleEn}`);
    console.log(`  series:<series id>  (one per registered series; the list needs the database: ${(error as Error).message})`);
  }
}

function printResult(r: ImportResult) {
  const c = r.counts;
  const lines = [
    `${r.dryRun ? 'dry run' : 'import'} of ${r.fileName} into ${r.dataset} (source ${r.sourceId ?? '—'})`,
    `  file: SHA-256 ${r.sha256}, read as ${r.encoding ?? 'unknown'}`,
    `  rows: ${c.rows}; added ${c.added}, changed ${c.changed}, unchanged ${c.unchanged}, rejected ${c.rejected}`,
    ...r.warnings.map((w) => `  note: ${w}`),
  ];
  const outcome: Record<ImportResult['status'], string> = {
    committed: `committed (import #${r.recordId})`,
    unchanged: `nothing to change: the store already holds these rows (import #${r.recordId})`,
    valid: 'valid: nothing was written (dry run)',
    rejected: `rejected: ${r.errorCount} error${r.errorCount === 1 ? '' : 's'}; nothing was written${r.recordId ? ` (import #${r.recordId})` : ''}`,
    failed: 'failed',
  };
  lines.push(`  ${outcome[r.status]}`);
  console.log(lines.join('\n'));
  if (r.errorCount) {
    console.error(`\n${r.errorCount} error${r.errorCount === 1 ? '' : 's'}:`);
    for (const issue of r.errors) console.error(`  ${formatIssue(issue)}`);
    if (r.errorCount > r.errors.length) console.error(`  … and ${r.errorCount - r.errors.length} more`);
  }
}

async function main() {
  if (opts.help) return help();
  const missing = (['dataset', 'file'] as const).filter((k) => !opts[k]);
  if (!opts.source && !opts['new-source']) missing.push('source' as never);
  if (missing.length) fail(`missing ${missing.map((m) => `--${m}`).join(', ')}\n\n${USAGE}`);
  if (!ENCODING_CHOICES.includes(opts.encoding as EncodingChoice)) fail(`--encoding must be one of ${ENCODING_CHOICES.join(', ')}`);
  const file = opts.file!;
  if (!existsSync(file) || !statSync(file).isFile()) fail(`no such file: ${file}`);
  // The same name rules as the HTTP API (lib/import/names.ts): what is recorded must read as what it is.
  const names = { '--dataset': opts.dataset!, '--source': opts.source ?? '', '--actor': opts.actor ?? '', 'the file name': basename(file) };
  for (const [what, value] of Object.entries(names)) {
    const problem = nameProblem(value.normalize('NFC'));
    if (problem) fail(`${what} ${problem}`);
  }
  let newSource: unknown;
  if (opts['new-source']) {
    try {
      newSource = JSON.parse(readFileSync(opts['new-source'], 'utf8'));
    } catch (error) {
      fail(`--new-source: ${(error as Error).message}`);
    }
  }
  if (!databaseUrl) fail('DATABASE_URL is not set (e.g. postgresql://postgres:atlas-local@127.0.0.1:54329/atlas for the embedded database of npm run dev)');

  const started = performance.now();
  let lastReport = 0;
  const result = await runImport({
    databaseUrl,
    dataset: opts.dataset!.normalize('NFC'),
    fileName: basename(file).normalize('NFC'),
    open: () => createReadStream(file, { highWaterMark: 256 * 1024 }),
    sourceId: opts.source?.normalize('NFC') ?? null,
    newSource,
    dryRun: opts['dry-run'],
    encoding: opts.encoding as EncodingChoice,
    actor: opts.actor ? `cli: ${opts.actor.normalize('NFC')}` : `cli: ${userInfo().username}`,
    onProgress: (rows) => {
      if (rows - lastReport >= 100_000 && !opts.json) {
        lastReport = rows;
        console.error(`  … ${rows.toLocaleString('en')} rows staged`);
      }
    },
  });
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else printResult(result);
  if (opts.stats) {
    const seconds = (performance.now() - started) / 1000;
    console.error(`stats: ${seconds.toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB, ${result.counts.rows} rows`);
  }
  process.exitCode = result.status === 'rejected' || result.status === 'failed' ? 1 : 0;
}

main().catch((error) => {
  if (error instanceof UnknownDatasetError) fail(`${error.message}\n(run with --help for the list)`, 2);
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
