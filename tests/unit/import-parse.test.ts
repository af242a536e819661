import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsvRecords } from '@/lib/import/csv.ts';
import { decodeStream, detectEncoding, EncodingError } from '@/lib/import/encoding.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/imports');
const bytesOf = (...chunks: (string | number[])[]) => chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c)));

async function records(chunks: Buffer[], encoding: Parameters<typeof decodeStream>[0] = 'utf-8') {
  const out: { row: number; cells: string[]; problems: string[] }[] = [];
  for await (const r of readCsvRecords(Readable.from(chunks).pipe(decodeStream(encoding)), { highWater: 2 })) {
    out.push({ row: r.row, cells: r.cells, problems: r.issues.map((i) => i.expected) });
  }
  return out;
}

describe('encoding detection', () => {
  it('reads a BOM as UTF-8 with BOM, valid UTF-8 as UTF-8, anything else as GB18030', async () => {
    expect(await detectEncoding(Readable.from(bytesOf([0xef, 0xbb, 0xbf], 'year\n')))).toBe('utf-8-bom');
    expect(await detectEncoding(Readable.from(bytesOf('年份,城市\n2023,揭阳\n')))).toBe('utf-8');
    expect(await detectEncoding(Readable.from([readFileSync(resolve(FIXTURES, 'villages-gb18030.csv'))]))).toBe('gb18030');
    expect(await detectEncoding(Readable.from(bytesOf([0xff, 0xfe], 'x')))).toBe('utf-16le');
  });

  it('judges the whole file: ASCII up front and GB18030 bytes far behind is still GB18030', async () => {
    const gb = readFileSync(resolve(FIXTURES, 'villages-gb18030.csv'));
    const chunks = [Buffer.from('year,province,city,county,town,village\n'.repeat(2000)), gb];
    expect(await detectEncoding(Readable.from(chunks))).toBe('gb18030');
  });

  it('a UTF-8 character split across chunks decodes intact', async () => {
    const bytes = Buffer.from('village\n揭阳村\n', 'utf8');
    const rows = await records([bytes.subarray(0, 9), bytes.subarray(9, 10), bytes.subarray(10)]);
    expect(rows.map((r) => r.cells)).toEqual([['village'], ['揭阳村']]);
  });

  it('decodes the GB18030 fixture to the same text as its UTF-8 original', async () => {
    const rows = await records([readFileSync(resolve(FIXTURES, 'villages-gb18030.csv'))], 'gb18030');
    expect(rows[0].cells).toEqual(['年份', '省份', '城市', '县（市、区）', '镇（乡、街道）', '村名']);
    expect(rows[1].cells).toEqual(['2097', '广东省', '揭阳市', '揭东区', '锡场镇', '军埔村']);
  });

  it('refuses invalid bytes with the line where they are, never replacement characters', async () => {
    const chunks = bytesOf('a,b\n1,2\n', [0x33, 0x2c, 0xc4, 0xea, 0x0a]);
    await expect(records(chunks, 'utf-8')).rejects.toThrow(EncodingError);
    await expect(records(chunks, 'utf-8')).rejects.toThrow(/line 3/);
  });
});

describe('streaming CSV records', () => {
  it('numbers rows as a spreadsheet does: header row 1, blank lines counted, a quoted line break is one row', async () => {
    const rows = await records(bytesOf('a,b\r\n1,2\r\n\r\n3,"x\r\ny"\r\n4,"5, six"\r\n'));
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['']],
      [4, ['3', 'x\r\ny']],
      [5, ['4', '5, six']],
    ]);
  });

  it('reports malformed quotes on the row where they start', async () => {
    const rows = await records(bytesOf('a,b\n1,2\n3,"bad"x\n'));
    expect(rows[2].row).toBe(3);
    expect(rows[2].problems.join(' ')).toMatch(/well-formed CSV/);
  });

  it('detects tab- and semicolon-separated files from the header', async () => {
    expect(detectDelimiter('year\tcity\tvillage')).toBe('\t');
    expect(detectDelimiter('year;city;village')).toBe(';');
    expect(detectDelimiter('year,city,"a;b"')).toBe(',');
    const rows = await records(bytesOf('year\tcity\n2023\t揭阳\n'));
    expect(rows[1].cells).toEqual(['2023', '揭阳']);
  });

  it('keeps memory bounded: parsing pauses while the consumer is slow', async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 1000; i++) {
        produced += 100;
        yield Buffer.from(Array.from({ length: 100 }, (_, j) => `${i},${j}\n`).join(''));
      }
    }
    const input = Readable.from(source(), { highWaterMark: 1 }).pipe(decodeStream('utf-8'));
    let consumed = 0;
    let maxAhead = 0;
    for await (const _ of readCsvRecords(input, { highWater: 50 })) {
      void _;
      consumed += 1;
      maxAhead = Math.max(maxAhead, produced - consumed);
      // A slow consumer: every 500 rows, let the producer and the streams run all they can.
      if (consumed % 500 === 0) await new Promise((r) => setImmediate(r));
    }
    expect(consumed).toBe(100_000);
    // Never the whole file (100,000 rows) ahead of the consumer: only the streams' buffers, a fixed
    // number of chunks (here ~45 chunks of 100 rows) whatever the file's length.
    expect(maxAhead).toBeLessThan(10_000);
  });
});
