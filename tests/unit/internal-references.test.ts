import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 14: what ships (data/, messages/, components/, app/) names no internal reference a reader
// cannot follow: our research collections (../shared/data/public-series*.md and their "§" sections),
// the steering folder (shared/), seed numbers ("seed 003") or the papers' text file names (….txt).
// A source says where a reader finds a figure (data/sources.json whereRead, reader.*); a quote names
// its paper by source id; a paper's text file name is a machine key kept in code (lib/data/seed-texts.ts).
// There are no allowances: this is the same search as
//   grep -rEn 'public-series|shared/|seed (paper )?0[0-9]{2}|\.txt' data messages components app
const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['data', 'messages', 'components', 'app'];
const INTERNAL_REFERENCE = /public-series|shared\/|seed (paper )?0[0-9]{2}|\.txt/;

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function hits() {
  const found: string[] = [];
  for (const top of SCANNED) {
    for (const path of filesUnder(join(ROOT, top))) {
      const file = relative(ROOT, path).split('\\').join('/');
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!INTERNAL_REFERENCE.test(line)) return;
          found.push(`${file}:${i + 1}: ${line.trim().slice(0, 200)}`);
        });
    }
  }
  return found;
}

// Reader text (data/ and messages/) also names none of our source files: "lib/metrics/sem.ts" in a
// table legend tells a reader nothing. (components/ and app/ import such paths, so they are not scanned for it.)
const TEXT_DIRS = ['data', 'messages'];
const SOURCE_FILE = /\b(?:lib|components|scripts|prisma|server|app)\/[\w/.-]*\.(?:ts|tsx|mjs|js|prisma)\b/;

function sourceFileHits() {
  const found: string[] = [];
  for (const top of TEXT_DIRS) {
    for (const path of filesUnder(join(ROOT, top))) {
      if (!/\.(json|csv)$/.test(path)) continue;
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SOURCE_FILE.test(line)) found.push(`${relative(ROOT, path)}:${i + 1}: ${line.trim().slice(0, 200)}`);
        });
    }
  }
  return found;
}

describe('no internal references in what ships (issue 14)', () => {
  const found = hits();

  it('data/, messages/, components/ and app/ name no research file, shared/ path, seed number or seed file name', () => {
    expect(found).toEqual([]);
  });

  it('data/ and messages/ name none of our source files', () => {
    expect(sourceFileHits()).toEqual([]);
    expect(SOURCE_FILE.test('from the printed values (lib/metrics/sem.ts)')).toBe(true);
    expect(SOURCE_FILE.test('data/models/business-models.json')).toBe(false);
  });

  it('the search finds what it is meant to find', () => {
    for (const bad of ['shared/data/public-series.md §4a', 'seed 001_495d597d84132fb6.txt: Figure 1', 'seed paper 003', '"file": "003_be2a22baed7387ac.txt"']) {
      expect(INTERNAL_REFERENCE.test(bad), bad).toBe(true);
    }
    expect(INTERNAL_REFERENCE.test('"sourceId": "seed003-zhu-lu-yongkang"')).toBe(false);
  });
});
