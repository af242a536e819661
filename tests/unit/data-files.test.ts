import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as geo from '@esmjs/geo';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { citationsOf, readQuotingFiles } from '@/lib/data/source-quotes.ts';
import { SEED_TEXT_FILES } from '@/lib/data/seed-texts.ts';
import { DIVISION_REGISTRY_SOURCE_ID } from '@/lib/data/seed-divisions.ts';

// Checks the Taobao-village data files against docs/data-contracts.md and against the
// source texts they were read from (seed 001 Figure 1, shared/data/public-series.md §4).

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

type Row = Record<string, string>;

function readCsv(rel: string): { header: string[]; rows: Row[] } {
  const text = readFileSync(dataDir + rel, 'utf8');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

interface Source {
  id: string;
  kind: string;
  publisher: string;
  title: string;
  date: string | null;
  asReportedBy: string | null;
  whereRead: string;
  licence: string;
  citation: { authors: string[]; year: number | null; container: string | null } | null;
}
interface Note {
  id: string;
  dataset: string;
  scope: { year?: number; provinceAdcode?: number; cityAdcode?: number };
  kind: string;
  sourceId: string | null;
  textEn: string;
  textZh: string;
}

const sources = JSON.parse(readFileSync(dataDir + 'sources.json', 'utf8')) as Source[];
const notes = JSON.parse(readFileSync(dataDir + 'notes.json', 'utf8')) as Note[];
const national = readCsv('taobao-villages/national.csv');
const provinces = readCsv('taobao-villages/provinces.csv');
const cities = readCsv('taobao-villages/cities.csv');

const sourceIds = new Set(sources.map((s) => s.id));
const noteIds = new Set(notes.map((n) => n.id));
const tables = [
  { name: 'national', ...national },
  { name: 'provinces', ...provinces },
  { name: 'cities', ...cities },
];

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));
const noteList = (r: Row): string[] => (r.note_ids ? r.note_ids.split(';') : []);

// adcode -> { name, level, parent } from the map package the registry is built from
interface GeoProps {
  adcode: number | string;
  name: string;
  level: string;
  parent?: { adcode: number };
}
const geoByAdcode = new Map<number, GeoProps>();
for (const collection of Object.values(geo) as unknown as { features: { properties: GeoProps }[] }[]) {
  for (const f of collection.features) {
    if (typeof f.properties.adcode === 'number') geoByAdcode.set(f.properties.adcode, f.properties);
  }
}

describe('file formats (docs/data-contracts.md)', () => {
  it('CSV headers are exactly the contract columns', () => {
    expect(national.header).toEqual([
      'year', 'villages', 'villages_qualifier', 'towns', 'towns_qualifier', 'reference_date', 'source_id', 'note_ids', 'towns_flag',
    ]);
    expect(provinces.header).toEqual([
      'year', 'province_adcode', 'province_name_zh', 'villages', 'villages_qualifier', 'towns', 'towns_qualifier',
      'published_rank', 'source_id', 'note_ids',
    ]);
    expect(cities.header).toEqual([
      'year', 'city_adcode', 'city_name_zh', 'province_adcode', 'villages', 'villages_qualifier', 'towns',
      'towns_qualifier', 'published_rank', 'ranked_list', 'source_id', 'note_ids',
    ]);
  });

  it('sources have unique kebab-case ids, a known kind and all contract fields', () => {
    expect(sourceIds.size).toBe(sources.length);
    for (const s of sources) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['paper', 'official', 'industry', 'press']).toContain(s.kind);
      for (const key of ['publisher', 'title', 'date', 'asReportedBy', 'whereRead', 'licence', 'citation']) {
        expect(s, `${s.id}.${key}`).toHaveProperty(key);
      }
      expect(s.publisher.length).toBeGreaterThan(0);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.whereRead.length).toBeGreaterThan(0);
      if (s.date !== null) expect(s.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('notes have unique ids, a known kind, both languages and a known source (or none)', () => {
    expect(noteIds.size).toBe(notes.length);
    const kinds = [
      'name-correction', 'rank-method', 'reference-date', 'definition-change', 'source-inconsistency',
      'partial-list', 'quality', 'claim',
    ];
    for (const n of notes) {
      // notes.json also holds the time-series notes (dataset "series", checked in series-data.test.ts)
      expect(['taobao-villages', 'series']).toContain(n.dataset);
      expect(kinds).toContain(n.kind);
      expect(n.textEn.trim().length).toBeGreaterThan(0);
      expect(n.textZh).toMatch(/[\u4e00-\u9fff]/);
      if (n.sourceId !== null) expect(sourceIds.has(n.sourceId), `${n.id} -> ${n.sourceId}`).toBe(true);
    }
  });

  it('every row names an existing source and only existing notes', () => {
    for (const t of tables) {
      for (const r of t.rows) {
        expect(sourceIds.has(r.source_id), `${t.name} ${JSON.stringify(r)}`).toBe(true);
        for (const id of noteList(r)) expect(noteIds.has(id), `${t.name} note ${id}`).toBe(true);
      }
    }
  });

  it('every source is used by a row or a note', () => {
    // sources.json is shared with the time series: a source cited by data/series/values.csv counts as used
    // (those rows are checked in series-data.test.ts); every other source must be used by a Taobao-village
    // row or by a note.
    const seriesRows = Papa.parse<Row>(readFileSync(dataDir + 'series/values.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
    const used = new Set<string>(seriesRows.map((r) => r.source_id));
    for (const t of tables) for (const r of t.rows) used.add(r.source_id);
    for (const n of notes) if (n.sourceId) used.add(n.sourceId);
    const countyRows = Papa.parse<Row>(readFileSync(dataDir + 'taobao-villages/counties.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
    for (const r of countyRows) used.add(r.source_id);
    used.add(DIVISION_REGISTRY_SOURCE_ID);
    // A paper (an entry of SEED_TEXT_FILES) is used when data/models or data/clusters cite its file.
    const cited = new Set(citationsOf(readQuotingFiles(dataDir), SEED_TEXT_FILES).map((c) => c.file));
    for (const [id, file] of SEED_TEXT_FILES) if (cited.has(file)) used.add(id);
    expect([...sourceIds].filter((id) => !used.has(id))).toEqual([]);
  });

  it('counts are empty or whole numbers, qualifiers are known and only set on a value', () => {
    for (const t of tables) {
      for (const r of t.rows) {
        expect(r.year).toMatch(/^\d{4}$/);
        for (const col of ['villages', 'towns']) {
          expect(r[col]).toMatch(/^(\d+)?$/);
          expect(['', 'approx', 'lower-bound']).toContain(r[`${col}_qualifier`]);
          if (r[`${col}_qualifier`] !== '') expect(r[col]).not.toBe('');
        }
        if ('published_rank' in r) expect(r.published_rank).toMatch(/^(\d+)?$/);
      }
    }
    for (const r of national.rows) expect(r.reference_date).toMatch(/^(\d{4}(-\d{2})?)?$/);
  });

  it('has no duplicate (year, area) rows', () => {
    const dup = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dup(national.rows.map((r) => r.year))).toEqual([]);
    expect(dup(provinces.rows.map((r) => `${r.year}:${r.province_adcode}`))).toEqual([]);
    expect(dup(cities.rows.map((r) => `${r.year}:${r.city_adcode}`))).toEqual([]);
  });

  it('adcodes and Chinese names match the map package; cities lie in their province', () => {
    for (const r of provinces.rows) {
      const g = geoByAdcode.get(Number(r.province_adcode));
      expect(g?.level, r.province_adcode).toBe('province');
      expect(g?.name).toBe(r.province_name_zh);
    }
    for (const r of cities.rows) {
      const g = geoByAdcode.get(Number(r.city_adcode));
      expect(g?.level, r.city_adcode).toBe('city');
      expect(g?.name).toBe(r.city_name_zh);
      expect(g?.parent?.adcode).toBe(Number(r.province_adcode));
    }
  });

  it('a ranked-list row has a rank, and a rank belongs to a ranked list', () => {
    for (const r of cities.rows) expect(r.ranked_list === '', JSON.stringify(r)).toBe(r.published_rank === '');
  });
});

describe('seed 001 (Xia, Wenzhou paper), Figure 1: 2019 cities by Taobao villages', () => {
  const seed = cities.rows.filter((r) => r.ranked_list === 'seed001-fig1-2019');

  // The figure as printed: [romanised name, adcode, villages, national rank].
  // "jiayang" is Jieyang (揭阳, 445200); "taizhou" is listed under Zhejiang, so 台州 (331000).
  const FIGURE_1: [string, number, number, number][] = [
    ['jinhua', 330700, 334, 1], ['wenzhou', 330300, 324, 2], ['heze', 371700, 307, 3],
    ['taizhou', 331000, 260, 4], ['quanzhou', 350500, 205, 5], ['ningbo', 330200, 175, 6],
    ['suqian', 321300, 174, 7], ['jiaxing', 330400, 171, 8], ['hangzhou', 330100, 167, 9],
    ['dongguan', 441900, 148, 10], ['suzhou', 320500, 135, 11], ['xuzhou', 320300, 130, 12],
    ['guangzhou', 440100, 124, 13], ['jiayang', 445200, 108, 14], ['foshan', 440600, 98, 15],
    ['xingtai', 130500, 98, 15], ['shantou', 440500, 94, 16], ['chaozhou', 445100, 92, 17],
    ['shijiazhuang', 130100, 74, 18], ['zhongshan', 442000, 56, 19], ['wuxi', 320200, 56, 19],
    ['huzhou', 330500, 53, 20],
  ];

  const row = (adcode: number) => seed.find((r) => Number(r.city_adcode) === adcode);

  it('has the 22 rows of the paper, year 2019, sourced to the paper', () => {
    expect(seed).toHaveLength(22);
    for (const r of seed) {
      expect(r.year).toBe('2019');
      expect(r.source_id).toBe('seed001-xia-wenzhou');
      expect(r.towns).toBe('');
    }
  });

  it('every row equals the printed count and rank, in the printed order', () => {
    expect(seed.map((r) => [Number(r.city_adcode), num(r.villages), num(r.published_rank)])).toEqual(
      FIGURE_1.map(([, adcode, villages, rank]) => [adcode, villages, rank]),
    );
  });

  it('the village counts add up to the hand-computed total', () => {
    // Summed by hand from the paper, in printed order:
    // 334+324=658; +307=965; +260=1225; +205=1430; +175=1605; +174=1779; +171=1950;
    // +167=2117; +148=2265; +135=2400; +130=2530; +124=2654; +108=2762; +98=2860;
    // +98=2958; +94=3052; +92=3144; +74=3218; +56=3274; +56=3330; +53=3383.
    const total = seed.reduce((sum, r) => sum + Number(r.villages), 0);
    expect(total).toBe(3383);
  });

  it('spot checks: Jinhua, Jieyang, Foshan/Xingtai tie, Huzhou', () => {
    expect([num(row(330700)?.villages), num(row(330700)?.published_rank)]).toEqual([334, 1]);
    expect([num(row(445200)?.villages), num(row(445200)?.published_rank)]).toEqual([108, 14]);
    expect(row(445200)?.city_name_zh).toBe('揭阳市');
    expect(noteList(row(445200)!)).toContain('tv-jiayang-is-jieyang');
    expect([num(row(440600)?.villages), num(row(440600)?.published_rank)]).toEqual([98, 15]);
    expect([num(row(130500)?.villages), num(row(130500)?.published_rank)]).toEqual([98, 15]);
    expect([num(row(330500)?.villages), num(row(330500)?.published_rank)]).toEqual([53, 20]);
  });

  it('the rank column is a dense rank of the counts, and every row carries the rank-method note', () => {
    const distinctDesc = [...new Set(seed.map((r) => Number(r.villages)))].sort((a, b) => b - a);
    for (const r of seed) {
      expect(Number(r.published_rank)).toBe(distinctDesc.indexOf(Number(r.villages)) + 1);
      expect(noteList(r)).toContain('tv-seed001-dense-rank');
    }
  });

  it('lists 7 Zhejiang cities', () => {
    expect(seed.filter((r) => r.province_adcode === '330000')).toHaveLength(7);
  });

  it('Wenzhou carries the prose note (324, rank 2); Heze and Quanzhou have no duplicate 2019 row', () => {
    expect(noteList(row(330300)!)).toContain('tv-wenzhou-324-prose');
    for (const adcode of ['371700', '350500']) {
      expect(cities.rows.filter((r) => r.year === '2019' && r.city_adcode === adcode)).toHaveLength(1);
    }
    expect(noteList(row(371700)!)).toContain('tv-heze-2019-sdsina');
    expect(noteList(row(350500)!)).toContain('tv-quanzhou-2019-memurnet');
  });
});

describe('public-series.md §4 figures', () => {
  const nat = (year: number) => national.rows.find((r) => Number(r.year) === year);

  it('national years: 2009 and 2013 to 2022; 2010 to 2012 and 2023 are gaps', () => {
    expect(national.rows.map((r) => Number(r.year))).toEqual([2009, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(noteIds.has('tv-national-gap-years')).toBe(true);
  });

  it('national 2019 is 4310 villages and 1118 towns as of June 2019', () => {
    expect([num(nat(2019)?.villages), num(nat(2019)?.towns), nat(2019)?.reference_date]).toEqual([4310, 1118, '2019-06']);
    expect(noteList(nat(2019)!)).toContain('tv-town-definition-2019');
  });

  it('national 2014 keeps 211 and notes the 212; 2021 towns are flagged as derived', () => {
    expect(num(nat(2014)?.villages)).toBe(211);
    expect(noteList(nat(2014)!)).toContain('tv-national-2014-211-vs-212');
    expect(num(nat(2021)?.towns)).toBe(2171);
    expect(noteList(nat(2021)!)).toContain('tv-national-2021-towns-derived');
    expect(nat(2021)!.towns_flag).toBe('D');
    expect(national.rows.filter((r) => r.towns_flag === 'D').map((r) => r.year)).toEqual(['2021']);
  });

  it('Zhejiang 2019 is printed as ">1500": 1500 with qualifier lower-bound', () => {
    const zj = provinces.rows.find((r) => r.year === '2019' && r.province_adcode === '330000');
    expect([num(zj?.villages), zj?.villages_qualifier]).toEqual([1500, 'lower-bound']);
  });

  it('regional totals are notes, not province rows', () => {
    const provinceAdcodes = new Set(provinces.rows.map((r) => r.province_adcode));
    for (const a of provinceAdcodes) expect(a).toMatch(/^[1-8]\d0000$/);
  });
});
