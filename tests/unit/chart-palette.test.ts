import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POINT_FLAGS } from '@/lib/metrics/derived.ts';
import { listedSeriesIds, seriesColour, SERIES_HUES } from '@/lib/palette.ts';
import { toChartPanels } from '@/lib/views/series-panels.ts';
import type { SeriesInfo } from '@/lib/queries/series.ts';
import type { SeriesView, ViewPoint, ViewSeries } from '@/lib/views/series-view.ts';
import { SERIES_SECTIONS } from '@/lib/sections.ts';

const catalogue = JSON.parse(readFileSync('data/series/catalogue.json', 'utf8')) as { id: string; group: string }[];

const info = (id: string): SeriesInfo => ({
  id, group: 'internet-users', nameEn: id, nameZh: id, unit: 'persons', publisher: 'CNNIC', official: true, definitionEn: '', definitionZh: '', noteIds: [], sourceIds: [], firstYear: 2017, lastYear: 2018,
});
const point = (year: number): ViewPoint => ({
  x: year, period: String(year), periodKind: 'year', value: 1, unit: 'persons', raw: 1, qualifier: 'exact', flag: 'stated', reason: null, acrossBreak: false, breakBefore: false, sourceId: 's', noteIds: [],
});
const view = (ids: string[]) => ({ query: { mode: 'absolute' }, view: ids.map((id) => ({ series: info(id), points: [point(2017)], breaks: [], notDrawn: null }) as unknown as ViewSeries), sources: [] }) as unknown as SeriesView;
const flags = Object.fromEntries(POINT_FLAGS.map((f) => [f, f])) as Record<(typeof POINT_FLAGS)[number], string>;
const colours = (ids: string[]) => Object.fromEntries(toChartPanels(view(ids), 'en', 'break', flags).flatMap((p) => p.lines.map((l) => [l.id, l.colour])));

describe('palette', () => {
  it('a series keeps its colour whatever else is selected, and in whatever order', () => {
    const alone = colours(['cnnic-online-shoppers']);
    const withOthers = colours(['cnnic-internet-users', 'cnnic-mobile-internet-users', 'cnnic-online-shoppers']);
    const reordered = colours(['cnnic-online-shoppers', 'cnnic-rural-internet-users']);
    expect(withOthers['cnnic-online-shoppers']).toBe(alone['cnnic-online-shoppers']);
    expect(reordered['cnnic-online-shoppers']).toBe(alone['cnnic-online-shoppers']);
  });

  it('every catalogued series has a listed colour; the default selections never share one', () => {
    const listed = new Set(listedSeriesIds());
    expect(catalogue.filter((s) => !listed.has(s.id)).map((s) => s.id)).toEqual([]);
    for (const section of Object.values(SERIES_SECTIONS)) {
      const hues = section.defaults.map(seriesColour);
      expect(new Set(hues).size, section.defaults.join(', ')).toBe(hues.length);
    }
    // within the internet-users group (11 series incl. derived shares) every hue differs
    const users = [...catalogue.filter((s) => s.group === 'internet-users').map((s) => s.id), 'derived-mobile-share-of-users', 'derived-shoppers-share-of-users'];
    expect(new Set(users.map(seriesColour)).size).toBe(users.length);
  });

  it('an unlisted id (a new import) gets a palette hue from its id alone, the same every time', () => {
    const hue = seriesColour('some-new-import-series');
    expect(SERIES_HUES).toContain(hue);
    expect(seriesColour('some-new-import-series')).toBe(hue);
  });
});
