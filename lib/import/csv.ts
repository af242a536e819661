import Papa from 'papaparse';
import { Readable } from 'node:stream';
import type { ImportIssue } from '@/lib/import/types.ts';

export type CsvRecord = { row: number; cells: string[]; issues: ImportIssue[] };

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter of a CSV (or Excel "Unicode text") file, from its header line: comma unless tabs or semicolons dominate. */
export function detectDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = headerLine.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Streams the records of a CSV text stream (strings in) through papaparse, with backpressure:
 * parsing pauses while `highWater` records wait to be consumed. Each record carries its row
 * number as a spreadsheet shows it (the header is row 1; a quoted cell with line breaks is one row)
 * and papaparse's own problems with it (unterminated or malformed quotes).
 */
export async function* readCsvRecords(text: AsyncIterable<string>, { highWater = 2000 } = {}): AsyncGenerator<CsvRecord> {
  const iterator = text[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  const newline = head.search(/\r?\n/);
  const delimiter = detectDelimiter(newline === -1 ? head : head.slice(0, newline));
  async function* rest() {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const input = Readable.from(rest());

  const queue: CsvRecord[] = [];
  let row = 0;
  let done = false;
  let failure: unknown = null;
  let parser: Papa.Parser | null = null;
  let paused = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  Papa.parse<string[]>(input as unknown as File, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    step(results, p) {
      row += 1;
      parser = p;
      const issues: ImportIssue[] = results.errors.map((e) => ({ row, column: null, value: null, expected: `well-formed CSV (${e.message})` }));
      queue.push({ row, cells: results.data, issues });
      if (queue.length >= highWater && !paused) {
        // Papaparse's pause only stops parsing the current chunk; pausing the input stops reading,
        // so backpressure reaches the file.
        paused = true;
        p.pause();
        input.pause();
      }
      notify();
    },
    complete() {
      done = true;
      notify();
    },
    error(error: Error) {
      failure = error;
      done = true;
      notify();
    },
  });
  input.once('error', (error) => {
    failure = error;
    done = true;
    notify();
  });

  try {
    for (;;) {
      if (queue.length) {
        const batch = queue.splice(0, queue.length);
        if (paused && parser) {
          paused = false;
          input.resume();
          (parser as Papa.Parser).resume();
        }
        for (const record of batch) yield record;
        continue;
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!done) {
      (parser as Papa.Parser | null)?.abort();
      input.destroy();
    }
  }
}

/** A row that is empty in every cell (spreadsheets leave these at the end); it is skipped, not an error. */
export const isBlankRecord = (cells: string[]) => cells.every((c) => c.trim() === '');
