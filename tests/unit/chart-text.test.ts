import { describe, expect, it } from 'vitest';
import { markNotes, sourceNames } from '@/components/series/series-export-meta.ts';
import type { ChartPanel, ChartPoint } from '@/components/series/series-chart.tsx';
import { tooltipAt } from '@/components/series/series-tooltip.ts';
import { estimateTextWidth, exportFileName, wrapText } from '@/lib/charts/text.ts';
import { publisherName } from '@/lib/source-label.ts';

const p = (x: number, value: number | null, extra: Partial<ChartPoint> = {}): ChartPoint => ({
  x, value, display: value === null ? '—' : `${value} million`, period: String(x), kind: 'year', qualifier: 'exact', flag: value === null ? null : 'stated', flagLabel: value === null ? '' : 'stated', source: value === null ? '' : 'CNNIC', ...extra,
});
const panel: ChartPanel = {
  key: 'persons-internet-users',
  title: 'persons',
  unit: 'persons',
  breaks: [],
  lines: [
    { id: 'users', label: 'Internet users', colour: '#000', points: [p(2018, 829), p(2019, null), p(2019.25, 904, { period: '2020-03', kind: 'substitute', flagLabel: 'substitute reading' }), p(2020, 989)] },
    { id: 'shoppers', label: 'Online shoppers', colour: '#111', points: [p(2018, 610), p(2019, 639, { qualifier: 'lower_bound', display: '>639 million', flag: 'bound', flagLabel: 'bound' }), p(2020, 782)] },
  ],
};
const labels = { midYear: 'mid-year', substitute: 'stands in for a missing year-end survey', noValue: 'no value' };

describe('tooltipAt', () => {
  it('a year lists every series at that year, with "no value" where there is none — never a neighbouring year', () => {
    const t = tooltipAt(panel.lines, 2019, labels);
    expect(t.header).toBe('2019');
    expect(t.rows.map((r) => [r.label, r.value, r.flag, r.source])).toEqual([
      ['Internet users', 'no value', '', ''],
      ['Online shoppers', '>639 million', 'bound', 'CNNIC'],
    ]);
  });

  it('a substitute reading is its own slot, named as such, listing only the readings there', () => {
    const t = tooltipAt(panel.lines, 2019.25, labels);
    expect(t.header).toBe('2020-03 (stands in for a missing year-end survey)');
    expect(t.rows.map((r) => [r.label, r.value])).toEqual([['Internet users', '904 million']]);
  });
});

describe('export texts', () => {
  it('notes name only the marks drawn; sources are publishers, each once', () => {
    const t = (key: string) => key;
    expect(markNotes(panel, t)).toEqual(['notes.lowerBound', 'notes.substitute', 'notes.gaps']);
    expect(sourceNames(panel)).toEqual(['CNNIC']);
  });

  it('publishers in the reader language', () => {
    const cnnic = 'CNNIC (中国互联网络信息中心, China Internet Network Information Center)';
    expect(publisherName(cnnic, 'en')).toBe('CNNIC');
    expect(publisherName(cnnic, 'zh')).toBe('中国互联网络信息中心');
    expect(publisherName('AliResearch (阿里研究院)', 'zh')).toBe('阿里研究院');
    expect(publisherName('Ministry of Information Industry (信息产业部, MII): figure quoted by an MII official', 'en')).toBe('Ministry of Information Industry');
    expect(publisherName('National Bureau of Statistics', 'zh')).toBe('National Bureau of Statistics');
  });

  it('file names describe the view in ASCII words, at most 120 characters', () => {
    expect(exportFileName(['taobao-villages-cities', 2020, 'Zhejiang', 'Guangdong', null, false, ''])).toBe('taobao-villages-cities-2020-zhejiang-guangdong');
    expect(exportFileName(['users', 'Internet users', 'Online shoppers', 2008, 2024, 'values'])).toBe('users-internet-users-online-shoppers-2008-2024-values');
    expect(exportFileName(['x', 'a'.repeat(200), 'b']).length).toBeLessThanOrEqual(120);
  });

  it('wraps at spaces, and between Chinese characters', () => {
    const measure = (s: string) => estimateTextWidth(s, 10);
    expect(wrapText('one two three four', 50, measure)).toEqual(['one two', 'three four']);
    const zh = wrapText('来源：中国互联网络信息中心统计报告', 60, measure);
    expect(zh.length).toBeGreaterThan(1);
    expect(zh.join('')).toBe('来源：中国互联网络信息中心统计报告');
    for (const line of zh) expect(measure(line)).toBeLessThanOrEqual(60);
  });
});
