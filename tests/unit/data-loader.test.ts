import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError, loadDataFiles } from '@/lib/data/load-data-files.ts';
import { copyWith, DATA, problemsOf } from './data-copy.ts';

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

describe('loadDataFiles: the models section (data/models)', () => {
  const editJson = (d: string, file: string, change: (json: any) => void) => {
    const path = join(d, file);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    change(json);
    writeFileSync(path, JSON.stringify(json, null, 2));
  };

  it('names file, row and column of a bad value', () => {
    const problems = problemsOf((d) =>
      editJson(d, 'models/business-models.json', (j) => {
        j.models[1].requirements.capital.level = 4;
        j.models[2].requirements.management.support = 'strong';
      }),
    );
    expect(problems).toContain('models/business-models.json: row models[1], column requirements.capital.level:');
    expect(problems).toContain('models/business-models.json: row models[2], column requirements.management.support:');
  });

  it('names a cited paper that no source entry stands for, and an unknown note id', () => {
    const problems = problemsOf((d) => {
      editJson(d, 'models/platform-types.json', (j) => {
        j.platformTypes[3].howItWorks.source.sourceId = 'seed009-no-such-paper';
      });
      editJson(d, 'models/business-models.json', (j) => {
        j.models[0].noteIds.push('m-no-such-note');
      });
    });
    expect(problems).toContain(
      'models/platform-types.json: row platformTypes[3], column howItWorks.source.sourceId: "seed009-no-such-paper" is not a paper of sources.json (one with a source text)',
    );
    expect(problems).toContain('models/business-models.json: row models[0], column noteIds[1]: unknown note id "m-no-such-note"');
  });

  it('counts the models files in the checksum (an edit there reseeds)', () => {
    const edited = loadDataFiles(copyWith((d) => editJson(d, 'models/model-guide.json', (j) => (j.disclaimerEn += ' ')))).checksum;
    expect(edited).not.toBe(loadDataFiles(DATA).checksum);
  });
});
