import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText, matchesFilter } from '@/lib/pickers/filter-text.ts';
import { isPresetView, pickerGroup, presetProblems, SERIES_PRESETS } from '@/lib/pickers/series-presets.ts';
import { SERIES_SECTIONS } from '@/lib/sections.ts';

const catalogue = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/series/catalogue.json'), 'utf8')) as { id: string; group: string; official: boolean }[];

describe('the pickers’ search', () => {
  it('matches every typed word, ignoring case, spaces and accents', () => {
    expect(matchesFilter('Inner Mongolia', 'inner mong')).toBe(true);
    expect(matchesFilter('Inner Mongolia', 'innermong')).toBe(true);
    expect(matchesFilter('Inner Mongolia', 'mongolia inner')).toBe(true);
    expect(matchesFilter('Zhejiang', 'jiang')).toBe(true);
    expect(matchesFilter('Zhejiang', 'jiangsu')).toBe(false);
    expect(matchesFilter('浙江', '浙')).toBe(true);
    expect(matchesFilter('Online retail (100EC estimate) yuan', '100ec retail')).toBe(true);
    expect(foldText('Café  Ürümqi')).toBe('cafeurumqi');
  });

  it('an empty filter matches everything', () => {
    expect(matchesFilter('anything', '')).toBe(true);
    expect(matchesFilter('anything', '   ')).toBe(true);
  });
});

describe('series presets', () => {
  it('name only series of the catalogue shown on their page', () => {
    expect(presetProblems(catalogue, SERIES_SECTIONS)).toEqual([]);
  });

  it('has three to five presets per page, each with English and Chinese names and at least two series', () => {
    for (const presets of Object.values(SERIES_PRESETS)) {
      expect(presets.length).toBeGreaterThanOrEqual(3);
      expect(presets.length).toBeLessThanOrEqual(5);
      for (const p of presets) {
        expect(p.nameEn).toMatch(/[a-z]/i);
        expect(p.nameZh).toMatch(/[\u4e00-\u9fff]/);
        expect(p.series.length).toBeGreaterThanOrEqual(2);
      }
      expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    }
  });

  it('reports an unknown id and a series of another page', () => {
    const problems = presetProblems(
      catalogue.filter((s) => s.id !== 'cnnic-online-shoppers').map((s) => (s.id === 'nbs-fixed-asset-investment' ? { ...s, group: 'internet-users' } : s)),
      SERIES_SECTIONS,
    );
    expect(problems).toContain('series preset users/users-shoppers: unknown series "cnnic-online-shoppers"');
    expect(problems).toContain('series preset transactions/investment: series "nbs-fixed-asset-investment" is not shown on the transactions page');
  });

  it('a view is a preset’s when it has exactly its series, in any order', () => {
    const p = SERIES_PRESETS.users[0];
    expect(isPresetView(p, [...p.series].reverse())).toBe(true);
    expect(isPresetView(p, p.series.slice(1))).toBe(false);
    expect(isPresetView(p, [...p.series, 'cnnic-internet-penetration'])).toBe(false);
  });

  it('groups series by the catalogue’s own fields', () => {
    const group = (id: string) => pickerGroup(catalogue.find((s) => s.id === id)!);
    expect(group('cnnic-internet-users')).toBe('internet-users');
    expect(group('nbs-online-retail-sales')).toBe('official');
    expect(group('100ec-online-retail')).toBe('estimates');
    expect(group('gacc-cross-border-ecommerce-trade')).toBe('cross-border');
    expect(group('nbs-fixed-asset-investment')).toBe('investment');
  });
});
