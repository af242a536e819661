import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStaticDataset, scaleDecimal, seriesDataset } from '@/lib/import/datasets.ts';
import { mapHeader, parseBuffer } from '@/lib/import/pipeline.ts';
import { formatIssue, type ImportIssue } from '@/lib/import/types.ts';
import { fileDivisions } from './division-fixture.ts';
import { editDistance, lookupCity, lookupProvince, suggestCities, zhCityAliases } from '@/lib/registry/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/imports');
const villages = findStaticDataset('taobao-villages')!;
const cities = findStaticDataset('taobao-villages-cities')!;
const baseCtx = { sourceId: 'test-fixture-imports', noteIds: new Set(['known-note']) };
// Village-level rows are matched to the registry: each parse gets a matcher of its own.
const ctx = { ...baseCtx, get divisions() { return fileDivisions(); } };
const where = (issues: ImportIssue[]) => issues.map((i) => [i.row, i.column, i.value]);

describe('city and province lookup', () => {
  it('matches adcodes, English and Chinese names, with and without suffixes', () => {
    for (const q of ['445200', 'Jieyang', 'jieyang city', '揭阳', '揭阳市', ' JIEYANG ']) {
      const r = lookupCity(q);
      expect(r.kind === 'match' && r.city.adcode, q).toBe(445200);
    }
    const enshi = lookupCity('恩施州');
    expect(enshi.kind === 'match' && enshi.city.nameZh).toBe('恩施土家族苗族自治州');
    expect(zhCityAliases('黔西南布依族苗族自治州')).toEqual(['黔西南布依族苗族自治州', '黔西南', '黔西南州']);
  });

  it('suggests near misses ("jiayang" → Jieyang 揭阳) and never invents a city', () => {
    const r = lookupCity('jiayang');
    expect(r.kind).toBe('none');
    expect(r.kind === 'none' && r.suggestions[0].adcode).toBe(445200);
    expect(suggestCities('揭杨')[0].nameZh).toBe('揭阳市');
    expect(suggestCities('Hangzou')[0].nameEn).toBe('Hangzhou');
    expect(lookupCity('Atlantis').kind).toBe('none');
  });

  it('needs the province for names several cities share', () => {
    expect(lookupCity('Suzhou').kind).toBe('ambiguous');
    const anhui = lookupCity('Suzhou', 340000);
    expect(anhui.kind === 'match' && anhui.city.nameZh).toBe('宿州市');
    const jiangsu = lookupCity('Taizhou', 320000);
    expect(jiangsu.kind === 'match' && jiangsu.city.nameZh).toBe('泰州市');
  });

  it('matches provinces leniently and suggests near misses', () => {
    expect(lookupProvince('zhejiang sheng').kind).toBe('match');
    expect(lookupProvince('广西壮族自治区').kind).toBe('match');
    const typo = lookupProvince('Zhejaing');
    expect(typo.kind === 'none' && typo.suggestions[0].nameEn).toBe('Zhejiang');
  });

  it('edit distance', () => {
    expect(editDistance('jiayang', 'jieyang')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
});

describe('header mapping', () => {
  it('accepts names and aliases in any case or width, and reports unknown, repeated and missing columns', () => {
    const ok = mapHeader(villages, ['\uFEFFYear', '省份', 'CITY', '县（市、区）', '镇(乡、街道)', '村名']);
    expect(ok.issues).toEqual([]);
    expect(ok.targets).toEqual(['year', 'province', 'city', 'county', 'town', 'village']);
    const bad = mapHeader(villages, ['year', 'year', 'city', 'villag', '']);
    expect(bad.fatal).toBe(true);
    expect(bad.issues.map((i) => [i.row, i.column])).toEqual([
      [1, 'year'],
      [1, 'villag'],
      [1, 'province'],
      [1, 'county'],
      [1, 'town'],
      [1, 'village'],
    ]);
  });
});

describe('village-level rows', () => {
  it('validates the committed fixture: six rows, places matched to the registry', async () => {
    const r = await parseBuffer(villages, readFileSync(resolve(FIXTURES, 'villages-valid.csv')), ctx);
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.issueCount).toBe(0);
    expect(r.records.map((x) => x.city_adcode)).toEqual([445200, 445200, 330700, 330700, 320500, 371700]);
    expect(r.records[3]).toMatchObject({ row: 5, name: '山景村委会', county: '义乌市', town: '义亭镇', sales_band: 'band A, east', source_id: 'test-fixture-imports' });
    expect(r.records[4].sales_band).toBe(null);
    expect(r.records[5].sales_band).toBe('fixture band');
    // Names as printed (揭东, 锡场 without their suffix; 村 for 村委会) matched to their 12-digit codes.
    expect(r.records.map((x) => [x.county_adcode, x.town_code, x.village_code])).toEqual([
      [445203, 445203104, '445203104212'],
      [445203, 445203104, '445203104201'],
      [330782, 330782102, '330782102201'],
      [330782, 330782102, '330782102202'],
      [320506, 320506003, '320506003200'],
      [371721, 371721121, '371721121227'],
    ]);
    expect(r.records[0].place).toBe('Jieyang 揭阳市 (445200) · 揭东区 · 锡场镇 · 军埔村委会 (445203104212)');
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists every problem of the bad fixture with row, column, value and what was expected', async () => {
    const r = await parseBuffer(villages, readFileSync(resolve(FIXTURES, 'villages-bad.csv')), ctx);
    expect(r.rows).toBe(6);
    expect(r.validRows).toBe(1);
    expect(where(r.issues)).toEqual([
      [2, 'city', 'jiayang'],
      [3, 'year', '20x8'],
      [4, 'city', 'Suzhou'],
      [5, 'village', ''],
      [6, 'village', '潭黄村'],
    ]);
    expect(r.issues[4].suggestions).toEqual(['潭王村委会 (445203104203)', '潭蔡村委会 (445203104204)']);
    expect(r.issues[0].suggestions?.[0]).toBe('Jieyang 揭阳市 (445200)');
    expect(formatIssue(r.issues[1])).toBe('row 3, column year: value "20x8": expected a four-digit year from 2000 to 2100');
    expect(r.issues[2].expected).toBe('a city in Zhejiang 浙江省 (330000); "Suzhou" names a city of another province');
  });

  it('reads the GB18030 fixture (Chinese headers) to the same places', async () => {
    const r = await parseBuffer(villages, readFileSync(resolve(FIXTURES, 'villages-gb18030.csv')), ctx);
    expect(r.encoding).toBe('gb18030');
    expect(r.issueCount).toBe(0);
    expect(r.records.map((x) => [x.city_adcode, x.name, x.village_code])).toEqual([
      [445200, '军埔村', '445203104212'],
      [330700, '白塘村', '330782102201'],
      [320500, '张桥村', '320506003200'],
    ]);
    const forced = await parseBuffer(villages, readFileSync(resolve(FIXTURES, 'villages-gb18030.csv')), ctx, 'utf-8');
    expect(forced.issueCount).toBe(1);
    expect(forced.issues[0]).toMatchObject({ row: null, column: null });
    expect(forced.issues[0].expected).toMatch(/^valid UTF-8 text .*GB18030/);
  });

  it('refuses a file without its required columns or without rows, and extra cells', async () => {
    expect((await parseBuffer(villages, 'year,city\n2023,揭阳\n', ctx)).issues.map((i) => i.column)).toEqual(['province', 'county', 'town', 'village']);
    expect((await parseBuffer(villages, 'year,province,city,county,town,village\n', ctx)).issues[0].expected).toBe('at least one data row below the header');
    expect((await parseBuffer(villages, '', ctx)).issues[0].expected).toBe('a CSV file with a header row');
    const extra = await parseBuffer(villages, 'year,province,city,county,town,village\n2023,广东,揭阳,揭东区,锡场镇,军埔村,surprise\n', ctx);
    expect(where(extra.issues)).toEqual([[2, '#7', 'surprise']]);
  });

  it('skips blank rows but keeps counting them', async () => {
    const r = await parseBuffer(villages, 'year,province,city,county,town,village\n\n2023,广东,揭阳,揭东区,锡场镇,军埔村\n,,,,,\n2023,广东,jiayang,揭东区,锡场镇,锡西村\n', ctx);
    expect(r.rows).toBe(2);
    expect(where(r.issues)).toEqual([[5, 'city', 'jiayang']]);
  });

  it('matches county, town and village below the city, refusing unknown, ambiguous and repeated villages with the nearest candidates', async () => {
    const r = await parseBuffer(villages, [
      'year,province,city,county,town,village',
      '2023,山东,菏泽,曹具,大集镇,丁楼村', // county typo
      '2023,山东,菏泽,曹县,大吉镇,丁楼村', // town typo
      '2023,山东,菏泽,曹县,大集镇,丁搂村', // village typo
      '2023,山东,菏泽,曹县,大集镇,丁楼村',
      '2023,山东,菏泽,曹县,大集,丁楼村民委员会', // the same village, written another way
      '2023,广东,揭阳,普宁市,池尾街道,军埔村', // 军埔 lies in 揭东区, not 普宁
    ].join('\n'), ctx);
    expect(where(r.issues)).toEqual([
      [2, 'county', '曹具'],
      [3, 'town', '大吉镇'],
      [4, 'village', '丁搂村'],
      [6, 'village', '丁楼村民委员会'],
      [7, 'village', '军埔村'],
    ]);
    expect(r.issues.slice(0, 3).map((i) => i.suggestions?.[0])).toEqual(['曹县 (371721)', '大集镇 (371721121)', '丁楼村民委员会 (371721121227)']);
    expect(r.issues[3].expected).toBe('a village of its own: row 5 names the same village 丁楼村民委员会 (371721121227) for 2023');
    expect(r.validRows).toBe(1);
    expect(r.rejectedRows).toBe(5);
    expect(r.preview.map((p) => p.row)).toEqual([5]);
  });

  it('lets a list of several years name a village once in each year', async () => {
    const r = await parseBuffer(villages, ['year,province,city,county,town,village', '2023,山东,菏泽,曹县,大集镇,丁楼村', '2024,山东,菏泽,曹县,大集,丁楼村民委员会', '2024,山东,菏泽,曹县,大集镇,丁楼村'].join('\n'), ctx);
    expect(where(r.issues)).toEqual([[4, 'village', '丁楼村']]);
    expect(r.issues[0].expected).toBe('a village of its own: row 3 names the same village 丁楼村民委员会 (371721121227) for 2024');
    expect(r.records.map((x) => [x.year, x.village_code])).toEqual([[2023, '371721121227'], [2024, '371721121227']]);
  });
});

describe('city counts', () => {
  it('checks counts, qualifiers, notes, the name check column and the source column', async () => {
    const csv = [
      'year,city_adcode,city_name_zh,province_adcode,villages,villages_qualifier,towns,published_rank,ranked_list,note_ids,source_id',
      '2023,371700,菏泽市,370000,"1,024",,,1,fixture-list,,',
      '2023,371700,菏泽,370000,12,~,3,,,known-note,test-fixture-imports',
      '2023,445200,杭州市,,abc,about,,,Bad List,unknown-note,other-source',
      '2023,330100,,440000,1,,,,,,',
    ].join('\n');
    const r = await parseBuffer(cities, csv, ctx);
    expect(r.records[0]).toMatchObject({ city_adcode: 371700, villages: 1024, villages_qualifier: 'exact', published_rank: 1, ranked_list: 'fixture-list', note_ids: [] });
    expect(r.records[1]).toMatchObject({ villages: 12, villages_qualifier: 'approx', towns: 3, note_ids: ['known-note'] });
    expect(where(r.issues)).toEqual([
      [4, 'villages', 'abc'],
      [4, 'villages_qualifier', 'about'],
      [4, 'ranked_list', 'Bad List'],
      [4, 'city_name_zh', '杭州市'],
      [4, 'note_ids', 'unknown-note'],
      [4, 'source_id', 'other-source'],
      [5, 'city', '330100'],
    ]);
  });
});

describe('province and national counts (one definition shape with the city counts)', () => {
  const provinces = findStaticDataset('taobao-villages-provinces')!;
  const national = findStaticDataset('taobao-villages-national')!;
  const names = (cols: { name: string }[]) => cols.map((c) => c.name);
  const counts = ['villages', 'villages_qualifier', 'towns', 'towns_qualifier'];

  it('columns, staged columns and keys: year, place, counts, own cells, notes, source', () => {
    expect(names(cities.columns)).toEqual(['year', 'city', 'province', 'city_name_zh', ...counts, 'published_rank', 'ranked_list', 'note_ids', 'source_id']);
    expect(names(cities.stage)).toEqual(['year', 'city_adcode', ...counts, 'published_rank', 'ranked_list', 'source_id', 'note_ids']);
    expect(names(provinces.columns)).toEqual(['year', 'province', 'province_name_zh', ...counts, 'published_rank', 'note_ids', 'source_id']);
    expect(names(provinces.stage)).toEqual(['year', 'province_adcode', ...counts, 'published_rank', 'source_id', 'note_ids']);
    expect(names(national.columns)).toEqual(['year', ...counts, 'reference_date', 'note_ids', 'source_id']);
    expect(names(national.stage)).toEqual(['year', ...counts, 'reference_date', 'source_id', 'note_ids']);
    expect([cities.key, provinces.key, national.key]).toEqual([['year', 'city_adcode'], ['year', 'province_adcode'], ['year']]);
    expect([cities.keyColumn, provinces.keyColumn, national.keyColumn]).toEqual(['city', 'province', 'year']);
    expect([cities.previewExtra, provinces.previewExtra, national.previewExtra]).toEqual([['place'], ['place'], []]);
    expect([cities, provinces, national].every((d) => d.seedOwned)).toBe(true);
  });

  it('maps a row to the staged record, checks the name column, notes and the source', async () => {
    const p = await parseBuffer(provinces, ['year,省份,province_name_zh,villages,towns_qualifier,published_rank,note_ids', '2023,浙江,浙江,"7,780",>,1,known-note', '2023,Zhejaing,,1,,,', '2023,33,广东省,1,,101,x'].join('\n'), ctx);
    expect(p.records[0]).toEqual({
      row: 2,
      year: 2023,
      province_adcode: 330000,
      villages: 7780,
      villages_qualifier: 'exact',
      towns: null,
      towns_qualifier: 'lower_bound',
      published_rank: 1,
      source_id: 'test-fixture-imports',
      note_ids: ['known-note'],
      place: expect.any(String),
    });
    expect(where(p.issues)).toEqual([
      [3, 'province', 'Zhejaing'],
      [4, 'published_rank', '101'],
      [4, 'province', '33'],
      [4, 'note_ids', 'x'],
    ]);

    const n = await parseBuffer(national, ['year,villages,reference_date,source_id', '2023,"7,780",2023-06,', '2022,1,,', '2021,,2021-13,other'].join('\n'), ctx);
    expect(n.records.map(({ row, ...r }) => [row, r])).toEqual([
      [2, { year: 2023, villages: 7780, villages_qualifier: 'exact', towns: null, towns_qualifier: 'exact', reference_date: '2023-06', source_id: 'test-fixture-imports', note_ids: [] }],
      [3, { year: 2022, villages: 1, villages_qualifier: 'exact', towns: null, towns_qualifier: 'exact', reference_date: null, source_id: 'test-fixture-imports', note_ids: [] }],
    ]);
    expect(where(n.issues)).toEqual([
      [4, 'reference_date', '2021-13'],
      [4, 'source_id', 'other'],
    ]);

    const c = await parseBuffer(cities, 'year,city,villages,ranked_list\n2023,菏泽,5,', ctx);
    expect(c.records[0]).toMatchObject({ city_adcode: 371700, published_rank: null, ranked_list: null });
  });
});

describe('series values', () => {
  const users = seriesDataset({ id: 'cnnic-internet-users', unit: 'persons', nameEn: 'Internet users', nameZh: '网民规模' });
  const share = seriesDataset({ id: 'cnnic-internet-penetration', unit: 'percent', nameEn: 'Penetration', nameZh: '普及率' });

  it('converts stated units to the base unit exactly', async () => {
    expect(scaleDecimal('8.29', 8)).toBe(829000000);
    expect(scaleDecimal('10.9967', 8)).toBe(1099670000);
    expect(scaleDecimal('0.5', 4)).toBe(5000);
    expect(scaleDecimal('-1.25', 0)).toBe(-1.25);
    expect(scaleDecimal('1.23456', 2)).toBe(123.456);
    const r = await parseBuffer(users, 'period,period_kind,value,unit,flag\n2023,year,10.92,亿人,\n2023-06,mid-year,"1,079,000,000",persons,D\n2022,year,,万人,\n', ctx);
    expect(r.issueCount).toBe(0);
    expect(r.records.map((x) => [x.period, x.period_kind, x.year, x.month, x.value, x.flag])).toEqual([
      ['2023', 'year', 2023, null, 1092000000, 'S'],
      ['2023-06', 'mid_year', 2023, 6, 1079000000, 'D'],
      ['2022', 'year', 2022, null, null, 'S'],
    ]);
  });

  it('refuses a unit of another kind, a period that does not fit its kind, and another series id', async () => {
    const r = await parseBuffer(share, 'period,period_kind,value,unit,series_id,break_before\n2023,year,77.5,亿元,,\n2023,substitute,1,%,,\n2024,year,1,percent,cnnic-internet-users,yes\n', ctx);
    expect(where(r.issues)).toEqual([
      [2, 'unit', '亿元'],
      [3, 'period', '2023'],
      [4, 'break_before', 'yes'],
      [4, 'series_id', 'cnnic-internet-users'],
    ]);
  });
});
