import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from '@/lib/csv/to-csv.ts';

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
