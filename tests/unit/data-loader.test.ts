import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError, loadDataFiles } from '@/lib/data/load-data-files.ts';

const DATA = resolve(import.meta.dirname, '../../data');

function copyWith(edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync(DATA, dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('loadDataFiles', () => {
  it('loads the committed data without problems', () => {
    const data = loadDataFiles(DATA);
    expect(data.provinceRegistry).toHaveLength(31);
    expect(data.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports every bad row with file, row number and column', () => {
    const dir = copyWith((d) => {
      const file = join(d, 'taobao-villages/cities.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      const cells = lines[1].split(',');
      cells[4] = 'many'; // villages
      lines[1] = cells.join(',');
      const other = lines[2].split(',');
      other[1] = '999999'; // city_adcode
      lines[2] = other.join(',');
      writeFileSync(file, lines.join('\n'));
    });
    try {
      loadDataFiles(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataFileError);
      const problems = (error as DataFileError).problems.join('\n');
      expect(problems).toContain('taobao-villages/cities.csv: row 2, column villages');
      expect(problems).toContain('taobao-villages/cities.csv: row 3: unknown city adcode 999999');
    }
  });

  it('rejects a row whose source is not in sources.json', () => {
    const dir = copyWith((d) => {
      const file = join(d, 'taobao-villages/national.csv');
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const cells = lines[1].split(',');
      cells[6] = 'no-such-source';
      lines[1] = cells.join(',');
      writeFileSync(file, lines.join('\n'));
    });
    expect(() => loadDataFiles(dir)).toThrow(/unknown source_id "no-such-source"/);
  });
});
