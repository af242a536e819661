import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

// Checks the time-series data files (data/series/catalogue.json, data/series/values.csv and the
// "series" records in data/notes.json / data/sources.json) against docs/data-contracts.md
// ("Time series") and spot-checks values against shared/data/public-series.md §1, §2, §3, §5, §6.

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

type Row = Record<string, string>;

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
  scope: { year?: number; provinceAdcode?: number; cityAdcode?: number; seriesId?: string };
  kind: string;
  sourceId: string | null;
  textEn: string;
  textZh: string;
}
interface Series {
  id: string;
  group: string;
  nameEn: string;
  nameZh: string;
  unit: string;
  publisher: string;
  official: boolean;
  definitionEn: string;
  definitionZh: string;
  noteIds: string[];
}

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(dataDir + rel, 'utf8')) as T;

const sources = readJson<Source[]>('sources.json');
const notes = readJson<Note[]>('notes.json');
const catalogue = readJson<Series[]>('series/catalogue.json');

const csvText = readFileSync(dataDir + 'series/values.csv', 'utf8');
const parsed = Papa.parse<Row>(csvText, { header: true, skipEmptyLines: true });
const rows = parsed.data;

const sourceById = new Map(sources.map((s) => [s.id, s]));
const noteById = new Map(notes.map((n) => [n.id, n]));
const seriesById = new Map(catalogue.map((s) => [s.id, s]));
const seriesNotes = notes.filter((n) => n.dataset === 'series');

const noteList = (r: Row): string[] => (r.note_ids ? r.note_ids.split(';') : []);
const rowsOf = (seriesId: string) => rows.filter((r) => r.series_id === seriesId);
const row = (seriesId: string, period: string) => rows.find((r) => r.series_id === seriesId && r.period === period);
const CJK = /[\u4e00-\u9fff]/;

describe('file formats (docs/data-contracts.md, "Time series")', () => {
  it('values.csv parses cleanly and has exactly the contract columns', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'series_id', 'period', 'period_kind', 'value', 'qualifier', 'flag', 'break_before', 'source_id', 'note_ids',
    ]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('catalogue records have unique kebab-case ids and all contract fields', () => {
    expect(seriesById.size).toBe(catalogue.length);
    for (const s of catalogue) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['internet-users', 'transactions', 'cross-border', 'investment']).toContain(s.group);
      expect(['persons', 'yuan', 'percent']).toContain(s.unit);
      expect(typeof s.official, s.id).toBe('boolean');
      expect(s.nameEn.trim().length, s.id).toBeGreaterThan(0);
      expect(s.nameZh, s.id).toMatch(CJK);
      expect(s.publisher.trim().length, s.id).toBeGreaterThan(0);
      expect(s.definitionEn.trim().length, s.id).toBeGreaterThan(0);
      expect(s.definitionZh, s.id).toMatch(CJK);
      expect(Array.isArray(s.noteIds), s.id).toBe(true);
      for (const id of s.noteIds) {
        expect(noteById.get(id)?.dataset, `${s.id} -> note ${id}`).toBe('series');
      }
    }
  });

  it('every value row names a catalogue series, and every series has at least one row', () => {
    for (const r of rows) expect(seriesById.has(r.series_id), JSON.stringify(r)).toBe(true);
    for (const s of catalogue) expect(rowsOf(s.id).length, s.id).toBeGreaterThan(0);
  });

  it('every value row names an existing source and only existing series notes', () => {
    for (const r of rows) {
      expect(sourceById.has(r.source_id), `${r.series_id} ${r.period} -> ${r.source_id}`).toBe(true);
      for (const id of noteList(r)) {
        expect(noteById.get(id)?.dataset, `${r.series_id} ${r.period} -> note ${id}`).toBe('series');
      }
    }
  });

  it('has no duplicate (series_id, period)', () => {
    const keys = rows.map((r) => `${r.series_id}|${r.period}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('period_kind matches the period format: a year row never has a YYYY-MM period', () => {
    for (const r of rows) {
      const where = `${r.series_id} ${r.period}`;
      expect(['year', 'mid-year', 'substitute'], where).toContain(r.period_kind);
      if (r.period_kind === 'year') expect(r.period, where).toMatch(/^\d{4}$/);
      else expect(r.period, where).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    }
  });

  it('values are in base units: whole numbers for persons/yuan, plain decimals for percent', () => {
    for (const r of rows) {
      const unit = seriesById.get(r.series_id)!.unit;
      const where = `${r.series_id} ${r.period} = ${r.value}`;
      if (r.value === '') continue;
      if (unit === 'percent') expect(r.value, where).toMatch(/^-?\d+(\.\d+)?$/);
      else expect(r.value, where).toMatch(/^[1-9]\d*$/);
    }
  });

  it('qualifier, flag and break_before use the contract vocabularies and sit on a value', () => {
    for (const r of rows) {
      const where = `${r.series_id} ${r.period}`;
      expect(['', 'approx', 'lower-bound'], where).toContain(r.qualifier);
      expect(['', 'definition'], where).toContain(r.break_before);
      if (r.value === '') {
        // a gap: nothing stated, so no flag/qualifier/break; it must carry a note saying why
        expect([r.qualifier, r.flag, r.break_before], where).toEqual(['', '', '']);
        expect(noteList(r).length, where).toBeGreaterThan(0);
      } else {
        expect(['S', 'D'], where).toContain(r.flag);
      }
      // a derived value carries a note stating the method
      if (r.flag === 'D') expect(noteList(r).length, where).toBeGreaterThan(0);
      // breaks are marked on year-end values only, and every break is explained by a definition-change note
      if (r.break_before !== '') {
        expect(r.period_kind, where).toBe('year');
        expect(noteList(r).some((id) => noteById.get(id)?.kind === 'definition-change'), where).toBe(true);
      }
      // a substitute reading is always explained
      if (r.period_kind === 'substitute') expect(noteList(r), where).toContain('ser-cnnic-2020-03-substitute');
    }
  });

  it('series notes have a known kind, both languages, a known source (or none) and a known seriesId', () => {
    expect(seriesNotes.length).toBeGreaterThan(0);
    const kinds = [
      'name-correction', 'rank-method', 'reference-date', 'definition-change', 'source-inconsistency',
      'partial-list', 'quality', 'claim',
    ];
    for (const n of seriesNotes) {
      expect(kinds, n.id).toContain(n.kind);
      expect(n.textEn.trim().length, n.id).toBeGreaterThan(0);
      expect(n.textZh, n.id).toMatch(CJK);
      if (n.sourceId !== null) expect(sourceById.has(n.sourceId), `${n.id} -> ${n.sourceId}`).toBe(true);
      if (n.scope.seriesId !== undefined) expect(seriesById.has(n.scope.seriesId), `${n.id} -> ${n.scope.seriesId}`).toBe(true);
      if (n.scope.year !== undefined) expect(Number.isInteger(n.scope.year), n.id).toBe(true);
    }
  });

  it('every series note is attached to a row or a catalogue entry', () => {
    const used = new Set<string>();
    for (const r of rows) for (const id of noteList(r)) used.add(id);
    for (const s of catalogue) for (const id of s.noteIds) used.add(id);
    expect(seriesNotes.map((n) => n.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('sources used by the series have a known kind and the contract fields', () => {
    const used = new Set<string>([
      ...rows.map((r) => r.source_id),
      ...seriesNotes.map((n) => n.sourceId).filter((id): id is string => id !== null),
    ]);
    for (const id of used) {
      const s = sourceById.get(id)!;
      expect(['paper', 'official', 'industry', 'press'], id).toContain(s.kind);
      expect(s.publisher.length, id).toBeGreaterThan(0);
      expect(s.title.length, id).toBeGreaterThan(0);
      expect(s.whereRead.length, id).toBeGreaterThan(0);
      if (s.date !== null) expect(s.date, id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});

describe('public-series.md spot checks', () => {
  const val = (seriesId: string, period: string) => row(seriesId, period)?.value;

  it('§1a: 2018 internet users 8.29亿 = 829000000; 2024-06 10.9967亿 = 1099670000; penetration as printed', () => {
    expect(val('cnnic-internet-users', '2018')).toBe('829000000');
    expect(val('cnnic-internet-penetration', '2018')).toBe('59.6');
    expect(val('cnnic-mobile-internet-users', '2018')).toBe('817000000');
    expect(val('cnnic-internet-users', '2024-06')).toBe('1099670000');
    expect(row('cnnic-internet-users', '2024-06')?.period_kind).toBe('mid-year');
    expect(val('cnnic-mobile-internet-users', '2008-06')).toBe('73050000');
  });

  it('§1a: there is no year-end 2019 value; the 2019 cell is an empty row with the no-survey note', () => {
    for (const id of ['cnnic-internet-users', 'cnnic-internet-penetration', 'cnnic-mobile-internet-users',
      'cnnic-online-shoppers', 'cnnic-online-shopping-rate']) {
      const r = row(id, '2019');
      expect(r?.value, id).toBe('');
      expect(noteList(r!), id).toContain('ser-cnnic-no-dec-2019');
      expect(rowsOf(id).filter((x) => x.period.startsWith('2019') && x.value !== '' && x.period_kind !== 'mid-year'), id).toEqual([]);
    }
  });

  it('§1a/§1b: the March 2020 reading is a substitute (2020-03), never a 2019 or year-end value', () => {
    const expected: [string, string][] = [
      ['cnnic-internet-users', '904000000'], ['cnnic-internet-penetration', '64.5'],
      ['cnnic-mobile-internet-users', '897000000'], ['cnnic-online-shoppers', '710000000'],
      ['cnnic-online-shopping-rate', '78.6'],
    ];
    for (const [id, v] of expected) {
      const r = row(id, '2020-03');
      expect([r?.value, r?.period_kind], id).toEqual([v, 'substitute']);
      expect(rows.some((x) => x.series_id === id && x.period_kind === 'year' && x.value === v), id).toBe(false);
    }
  });

  it('§1a: 2021 mobile users are ~10.29亿, approximate and derived (99.7% × 10.32), with the method note', () => {
    const r = row('cnnic-mobile-internet-users', '2021');
    expect([r?.value, r?.qualifier, r?.flag]).toEqual(['1029000000', 'approx', 'D']);
    expect(noteList(r!)).toContain('ser-mobile-2021-derived');
  });

  it('§1a: 2024 mobile users are not verified: empty value with a note', () => {
    const r = row('cnnic-mobile-internet-users', '2024');
    expect(r?.value).toBe('');
    expect(noteList(r!)).toContain('ser-mobile-2024-not-verified');
  });

  it('definition breaks: CNNIC end-2007, rural users 2021 and rural penetration 2024, and nowhere else', () => {
    const breaks = rows.filter((r) => r.break_before === 'definition').map((r) => `${r.series_id}:${r.period}`).sort();
    expect(breaks).toEqual([
      'cnnic-internet-penetration:2007', 'cnnic-internet-users:2007',
      'cnnic-rural-internet-users:2021', 'cnnic-rural-penetration:2024',
    ]);
    expect(noteList(row('cnnic-internet-users', '2007')!)).toContain('ser-cnnic-definition-2007');
    expect(noteList(row('cnnic-rural-internet-users', '2021')!)).toContain('ser-rural-break-2021');
    expect(noteList(row('cnnic-rural-penetration', '2024')!)).toContain('ser-rural-break-2024');
  });

  it('§1b: end-2018 online shoppers 6.10亿 and 73.6%; derived early years are approximate', () => {
    expect(val('cnnic-online-shoppers', '2018')).toBe('610000000');
    expect(val('cnnic-online-shopping-rate', '2018')).toBe('73.6');
    const r2008 = row('cnnic-online-shoppers', '2008');
    expect([r2008?.value, r2008?.qualifier, r2008?.flag]).toEqual(['74000000', 'approx', 'D']);
  });

  it('§2a: official transaction volume with printed qualifiers (>10 in 2013, ~13 in 2014)', () => {
    const r2013 = row('nbs-ecommerce-transaction-volume', '2013');
    expect([r2013?.value, r2013?.qualifier]).toEqual(['10000000000000', 'lower-bound']);
    const r2014 = row('nbs-ecommerce-transaction-volume', '2014');
    expect([r2014?.value, r2014?.qualifier]).toEqual(['13000000000000', 'approx']);
    expect(val('nbs-ecommerce-transaction-volume', '2020')).toBe('37210000000000');
    expect(val('nbs-ecommerce-transaction-volume', '2022')).toBe('43830000000000');
    expect(row('nbs-ecommerce-transaction-volume', '2015')).toBeUndefined();
  });

  it('§2b: industry estimates are separate series, never merged into the official one', () => {
    expect(seriesById.get('nbs-ecommerce-transaction-volume')?.official).toBe(true);
    for (const id of ['100ec-ecommerce-transaction-volume', '100ec-b2b-transaction-volume', 'iresearch-ecommerce-transaction-volume',
      'miit-ecommerce-transaction-volume', 'saic-ecommerce-transaction-volume', 'cnnic-online-shopping-market']) {
      expect(seriesById.get(id)?.official, id).toBe(false);
    }
    expect(val('100ec-ecommerce-transaction-volume', '2013')).toBe('10200000000000');
    expect(val('miit-ecommerce-transaction-volume', '2011')).toBe('5880000000000');
    expect(val('saic-ecommerce-transaction-volume', '2011')).toBe('7000000000000');
    expect(row('100ec-ecommerce-transaction-volume', '2015-06')?.period_kind).toBe('mid-year');
  });

  it('§2c: online retail 2020 11.76万亿, 2021 13.0884万亿, 2018 ">9" lower bound, 2023 15.42 with the CNNIC rounding note', () => {
    expect(val('nbs-online-retail-sales', '2020')).toBe('11760000000000');
    expect(val('nbs-online-retail-sales', '2021')).toBe('13088400000000');
    const r2018 = row('nbs-online-retail-sales', '2018');
    expect([r2018?.value, r2018?.qualifier]).toEqual(['9000000000000', 'lower-bound']);
    const r2023 = row('nbs-online-retail-sales', '2023');
    expect(r2023?.value).toBe('15420000000000');
    expect(noteList(r2023!)).toContain('ser-or-2023-cnnic-rounding');
    expect(val('nbs-physical-goods-online-retail-sales', '2021')).toBe('10804200000000');
    expect(row('nbs-physical-goods-online-retail-sales', '2023')?.value).toBe('');
    expect(val('nbs-physical-goods-share-of-retail', '2020')).toBe('24.9');
  });

  it('§2c: stated growth is its own series (not a value of the level series), with the comparable-sample note', () => {
    expect(val('nbs-online-retail-sales-yoy', '2022')).toBe('4.0');
    expect(val('nbs-physical-goods-online-retail-sales-yoy', '2022')).toBe('6.2');
    expect(val('nbs-ecommerce-transaction-volume-yoy', '2020')).toBe('4.5');
    for (const id of ['nbs-online-retail-sales-yoy', 'nbs-physical-goods-online-retail-sales-yoy']) {
      expect(seriesById.get(id)?.unit, id).toBe('percent');
      expect(seriesById.get(id)?.noteIds, id).toContain('ser-nbs-comparable-sample');
    }
    expect(seriesById.get('nbs-ecommerce-transaction-volume-yoy')?.noteIds).toContain('ser-tv-growth');
  });

  it('§3: 100EC 2020 12.5万亿, GACC 2020 1.62万亿 (revised; the first 1.69万亿 is kept in a note), and the two 2018 GACC bases in different series', () => {
    expect(val('100ec-cross-border-transaction-scale', '2020')).toBe('12500000000000');
    expect(val('100ec-cross-border-transaction-scale-yoy', '2020')).toBe('19.05');
    expect(val('gacc-cross-border-ecommerce-trade', '2020')).toBe('1620000000000');
    expect(noteById.get('ser-gacc-2020-revised')?.textEn).toContain('1.69 trillion yuan, +31.1%');
    expect(val('gacc-cross-border-ecommerce-trade', '2018')).toBe('1060000000000');
    expect(val('gacc-cross-border-ecommerce-retail-platform', '2018')).toBe('134700000000');
    expect(val('gacc-cross-border-ecommerce-retail-platform', '2019')).toBe('186210000000');
    expect(seriesById.get('100ec-cross-border-transaction-scale')?.official).toBe(false);
    expect(seriesById.get('gacc-cross-border-ecommerce-trade')?.official).toBe(true);
  });

  it('§5: original and revised fixed-asset investment are separate series (vintages not mixed)', () => {
    expect(rowsOf('nbs-fixed-asset-investment').map((r) => r.period)).toEqual(['2002', '2006', '2011', '2016']);
    expect(rowsOf('nbs-fixed-asset-investment-revised').map((r) => [r.period, r.value])).toEqual([
      ['2012', '28200000000000'], ['2021', '55300000000000'],
    ]);
    expect(val('nbs-fixed-asset-investment', '2006')).toBe('10987000000000');
  });
});

describe('seed-paper claims are notes, not values', () => {
  it('seed 000 and seed 003 are paper sources', () => {
    expect(sourceById.get('seed000-agglomeration-big-data')?.kind).toBe('paper');
    expect(sourceById.get('seed003-zhu-lu-yongkang')?.kind).toBe('paper');
    expect(sourceById.get('seed003-zhu-lu-yongkang')?.citation?.authors).toEqual(['Lingtong Zhu', 'Feifei Lu']);
  });

  it('the claims are kept as claim notes citing the papers', () => {
    for (const [id, src] of [
      ['ser-seed000-internet-users-2018', 'seed000-agglomeration-big-data'],
      ['ser-seed000-online-shopping', 'seed000-agglomeration-big-data'],
      ['ser-seed000-figure5-not-public', 'seed000-agglomeration-big-data'],
      ['ser-seed003-cross-border-2020', 'seed003-zhu-lu-yongkang'],
    ]) {
      expect(noteById.get(id)?.sourceId, id).toBe(src);
    }
    expect(noteById.get('ser-seed003-cross-border-2020')?.kind).toBe('claim');
    expect(noteList(row('cnnic-internet-users', '2018')!)).toContain('ser-seed000-internet-users-2018');
  });

  it('no paper figure appears as a value (1.08 bn, 1.008 bn users; 19.4% growth)', () => {
    expect(rowsOf('cnnic-internet-users').map((r) => r.value)).not.toContain('1080000000');
    expect(rowsOf('cnnic-internet-users').map((r) => r.value)).not.toContain('1008000000');
    expect(rows.filter((r) => r.value === '19.4')).toEqual([]);
    expect(rows.some((r) => r.source_id.startsWith('seed'))).toBe(false);
  });
});
