import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seriesViewCsv, SERIES_VIEW_CSV_COLUMNS } from '@/lib/views/series-csv.ts';
import { neutraliseCell, toCsv } from '@/lib/csv/to-csv.ts';
import type { SeriesInfo } from '@/lib/queries/series.ts';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and keeps Chinese text intact', () => {
    const csv = toCsv(['city'], [['温州市']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFcity\r\n温州市\r\n');
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises a formula-like cell %j', (value) => {
    const parsed = Papa.parse<string[]>(toCsv(['v'], [[value]]).slice(1)).data;
    expect(parsed[1][0]).toBe(`'${value}`);
  });

  it('leaves numbers, empty cells and ordinary text alone', () => {
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell(Number.NaN)).toBeNull();
    expect(neutraliseCell('Jieyang')).toBe('Jieyang');
    expect(toCsv(['a', 'b'], [[1, null]])).toBe('\uFEFFa,b\r\n1,\r\n');
  });

  it('quotes commas and quotes', () => {
    expect(toCsv(['a'], [['x, "y"']])).toBe('\uFEFFa\r\n"x, ""y"""\r\n');
  });
});

describe('seriesViewCsv', () => {
  const series: SeriesInfo = {
    id: 'nbs-ecommerce-transaction-volume', group: 'transactions', nameEn: 'E-commerce transactions', nameZh: '电子商务交易额', unit: 'yuan', publisher: 'NBS',
    official: true, definitionEn: '', definitionZh: '', noteIds: [], sourceIds: [], firstYear: 2013, lastYear: 2022,
  };
  const row = { series, periodKind: 'year' as const, mode: 'yoy', unit: 'percent-change' as const, acrossBreak: false, sourceId: 's' };
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;

  it('writes the unit, the bound, the flag and the reason of each derived row; a gap has neither flag nor reason', () => {
    const rows = parse(
      seriesViewCsv([
        { ...row, period: '2013', value: null, qualifier: 'exact', flag: null, reason: 'gap' },
        { ...row, period: '2014', value: 30.000000000000004, qualifier: 'upper_bound', flag: 'bound', reason: null },
        { ...row, period: '2016', value: null, qualifier: 'exact', flag: 'bound', reason: 'unbounded' },
        { ...row, period: '2017', unit: 'pp', value: 3.8, qualifier: 'exact', flag: 'computed', reason: null },
      ]),
    );
    expect(Object.keys(rows[0])).toEqual([...SERIES_VIEW_CSV_COLUMNS]);
    expect(rows.map((r) => [r.period, r.unit, r.value, r.qualifier, r.flag, r.reason])).toEqual([
      ['2013', 'percent-change', '', '', '', ''],
      ['2014', 'percent-change', '30', 'upper-bound', 'bound', ''],
      ['2016', 'percent-change', '', '', 'bound', 'unbounded'],
      ['2017', 'pp', '3.8', '', 'computed', ''],
    ]);
  });
});
