import { describe, expect, it } from 'vitest';
import { POINT_FLAGS } from '@/lib/metrics/derived.ts';
import { displayValue, toChartPanels } from '@/lib/views/series-panels.ts';
import type { SeriesInfo } from '@/lib/queries/series.ts';
import type { SeriesView, ViewPoint, ViewSeries } from '@/lib/views/series-view.ts';

const info = (id: string, unit: SeriesInfo['unit']): SeriesInfo => ({
  id, group: 'internet-users', nameEn: id, nameZh: id, unit, publisher: 'CNNIC', official: true, definitionEn: '', definitionZh: '', noteIds: [], sourceIds: [], firstYear: 2017, lastYear: 2018,
});
const point = (year: number, value: number | null, unit: ViewPoint['unit'], extra: Partial<ViewPoint> = {}): ViewPoint => ({
  x: year, period: String(year), periodKind: 'year', value, unit, raw: value, qualifier: 'exact', flag: value === null ? null : 'computed',
  reason: value === null ? 'gap' : null, acrossBreak: false, breakBefore: false, sourceId: 's', noteIds: [], ...extra,
});
const series = (s: SeriesInfo, points: ViewPoint[], notDrawn: ViewSeries['notDrawn'] = null) => ({ series: s, points, breaks: [], notDrawn }) as unknown as ViewSeries;
const view = (mode: SeriesView['query']['mode'], v: ViewSeries[]) => ({ query: { mode }, view: v }) as unknown as SeriesView;
const flags = Object.fromEntries(POINT_FLAGS.map((f) => [f, f])) as Record<(typeof POINT_FLAGS)[number], string>;

describe('toChartPanels', () => {
  it('YoY mode: relative changes (%) and percentage-point changes get separate charts with their own unit', () => {
    const users = series(info('users', 'persons'), [point(2017, 5.6, 'percent-change'), point(2018, 7.4, 'percent-change')]);
    const penetration = series(info('penetration', 'percent'), [point(2017, 2.6, 'pp'), point(2018, 3.8, 'pp')]);
    const panels = toChartPanels(view('yoy', [users, penetration]), 'en', 'break', flags);
    expect(panels.map((p) => [p.key, p.unit, p.lines.map((l) => l.id)])).toEqual([
      ['yoy-internet-users', 'yoy', ['users']],
      ['pp-internet-users', 'pp', ['penetration']],
    ]);
    expect(panels[1].title).toBe('change on the previous year, percentage points');
    expect(panels[1].lines[0].points.map((p) => p.display)).toEqual(['+2.6 pp', '+3.8 pp']);
    expect(panels[0].lines[0].points[1]).toMatchObject({ display: '+7.4%', flag: 'computed', flagLabel: 'computed' });
  });

  it('a series the mode cannot draw has no line and no legend entry; gaps between years carry no flag', () => {
    const drawn = series(info('users', 'persons'), [point(2016, 100, 'index'), point(2018, 120, 'index', { qualifier: 'upper_bound', flag: 'bound' })]);
    const missing = series(info('shoppers', 'persons'), [point(2016, null, 'index', { reason: 'no-base-value' })], { reason: 'no-base-value', baseYear: 2016 });
    const panels = toChartPanels(view('index', [drawn, missing]), 'zh', 'break', flags);
    expect(panels).toHaveLength(1);
    expect(panels[0].lines.map((l) => l.id)).toEqual(['users']);
    const pts = panels[0].lines[0].points;
    expect(pts.map((p) => [p.period, p.value, p.flag])).toEqual([['2016', 100, 'computed'], ['2017', null, null], ['2018', 120, 'bound']]);
    expect(pts[2].display).toBe('<120.0');
  });

  it('displayValue keeps the bound of a stored value', () => {
    expect(displayValue({ value: 1e13, unit: 'yuan', qualifier: 'lower_bound' }, 'en')).toBe('>¥10 trillion');
    expect(displayValue({ value: 30, unit: 'percent-change', qualifier: 'upper_bound' }, 'zh')).toBe('< +30.0%');
  });
});
