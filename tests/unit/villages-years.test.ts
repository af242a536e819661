import { describe, expect, it } from 'vitest';
import { bubbleRadius, BUBBLE_MAX_RADIUS, BUBBLE_REFERENCE, VILLAGE_CLASSES, villageClass } from '../../lib/map/village-classes';
import { concentrationState, rankingState, selectableYears, yearKind, type YearCoverage } from '../../lib/views/villages-years';

const year = (y: number, c: Partial<YearCoverage>): YearCoverage => ({ year: y, rankedCities: 0, citiesWithCounts: 0, cityRows: 0, provincesWithCounts: 0, national: false, ...c });

// The seeded data's shape (data/taobao-villages/*.csv): what each year holds.
const SEEDED = [
  year(2009, { national: true }),
  year(2013, { national: true }),
  year(2014, { provincesWithCounts: 4, national: true }),
  year(2015, { citiesWithCounts: 1, cityRows: 1, provincesWithCounts: 2, national: true }),
  year(2016, { citiesWithCounts: 1, cityRows: 1, provincesWithCounts: 3, national: true }),
  year(2017, { provincesWithCounts: 4, national: true }),
  year(2018, { rankedCities: 3, citiesWithCounts: 3, cityRows: 3, provincesWithCounts: 6, national: true }),
  year(2019, { rankedCities: 37, citiesWithCounts: 37, cityRows: 37, provincesWithCounts: 4, national: true }),
  year(2020, { rankedCities: 3, citiesWithCounts: 1, cityRows: 4, provincesWithCounts: 3, national: true }),
  year(2021, { cityRows: 4, provincesWithCounts: 1, national: true }),
  year(2022, { cityRows: 4, provincesWithCounts: 1, national: true }),
];

describe('which years have what', () => {
  it('names the best each year offers: city list, province counts or the national count', () => {
    expect(Object.fromEntries(selectableYears(SEEDED).map((y) => [y.year, y.kind]))).toEqual({
      2009: 'national',
      2013: 'national',
      2014: 'province',
      2015: 'province',
      2016: 'province',
      2017: 'province',
      2018: 'city-list',
      2019: 'city-list',
      2020: 'city-list',
      2021: 'province',
      2022: 'province',
    });
  });

  it('single city counts without a list or province count; a year with nothing is not offered', () => {
    expect(yearKind(year(2030, { citiesWithCounts: 2, cityRows: 2 }))).toBe('city-counts');
    expect(yearKind(year(2031, {}))).toBeNull();
    expect(selectableYears([year(2031, {}), year(2032, { national: true })]).map((y) => y.year)).toEqual([2032]);
  });
});

describe('what the table and chart say', () => {
  const at = (y: number) => SEEDED.find((c) => c.year === y);
  it('a year without a city list says so, with or without filters, and counts the single city figures', () => {
    for (const y of [2015, 2016]) expect(rankingState(at(y), { scope: 'ranked', rows: 0, countedRows: 0 })).toEqual({ kind: 'no-city-list', otherCities: 1 });
    expect(rankingState(at(2021), { scope: 'ranked', rows: 0, countedRows: 0 })).toEqual({ kind: 'no-city-list', otherCities: 4 });
  });

  it('a year without any city figure says that, in either scope', () => {
    for (const scope of ['ranked', 'all'] as const) {
      expect(rankingState(at(2017), { scope, rows: 0, countedRows: 0 })).toEqual({ kind: 'no-city-figures' });
      expect(rankingState(undefined, { scope, rows: 0, countedRows: 0 })).toEqual({ kind: 'no-city-figures' });
    }
  });

  it('"no city matches" only when the year has cities in scope and the filters exclude them', () => {
    expect(rankingState(at(2019), { scope: 'ranked', rows: 0, countedRows: 0 })).toEqual({ kind: 'no-match' });
    expect(rankingState(at(2016), { scope: 'all', rows: 0, countedRows: 0 })).toEqual({ kind: 'no-match' });
  });

  it('rows without a count (2020 Zhejiang + Guangdong: ranks only) are not drawn as zeros', () => {
    expect(rankingState(at(2020), { scope: 'ranked', rows: 2, countedRows: 0 })).toEqual({ kind: 'ranks-only', cities: 2 });
    expect(rankingState(at(2020), { scope: 'all', rows: 3, countedRows: 1 })).toEqual({ kind: 'rows' });
  });

  it('concentration figures need five cities with counts', () => {
    expect(concentrationState(0)).toEqual({ shown: false, counted: 0, needed: 5 });
    expect(concentrationState(1)).toEqual({ shown: false, counted: 1, needed: 5 });
    expect(concentrationState(4)).toEqual({ shown: false, counted: 4, needed: 5 });
    expect(concentrationState(5)).toEqual({ shown: true });
  });
});

describe('map classes and circles', () => {
  it('classes are fixed: the same value is in the same class whatever else is on the map', () => {
    expect(villageClass(262)).toBe(villageClass(262));
    expect(villageClass(262)!.from).toBe(250);
    expect(villageClass(1)!.index).toBe(0);
    expect(villageClass(99)!.index).toBe(0);
    expect(villageClass(100)!.index).toBe(1);
    expect(villageClass(1499)!.to).toBe(1499);
    expect(villageClass(1757)).toBe(VILLAGE_CLASSES.at(-1));
  });

  it('a published ">1,500" falls in the open top class, whose lower end is the bound', () => {
    expect(villageClass(1500)).toEqual({ index: 5, from: 1500, to: null, colour: VILLAGE_CLASSES.at(-1)!.colour });
  });

  it('no figure, zero or a non-number has no class (drawn as no data, never as the lowest class)', () => {
    for (const v of [null, undefined, 0, Number.NaN]) expect(villageClass(v)).toBeNull();
  });

  it('classes tile the counts without gaps and have distinct colours', () => {
    for (let i = 1; i < VILLAGE_CLASSES.length; i++) expect(VILLAGE_CLASSES[i].from).toBe(VILLAGE_CLASSES[i - 1].to! + 1);
    expect(new Set(VILLAGE_CLASSES.map((c) => c.colour)).size).toBe(VILLAGE_CLASSES.length);
  });

  it('circle areas are proportional to counts, on one scale for every year', () => {
    expect(bubbleRadius(BUBBLE_REFERENCE)).toBe(BUBBLE_MAX_RADIUS);
    const area = (v: number) => bubbleRadius(v) ** 2;
    expect(area(300) / area(75)).toBeCloseTo(4, 6);
    expect(bubbleRadius(0)).toBe(1.5);
  });
});
