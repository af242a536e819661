import { describe, expect, it } from 'vitest';
import { seriesViewQuery } from '@/lib/schemas/series.ts';
import { nonDefaultSeriesParams } from '@/lib/schemas/series-url.ts';
import { cityQuery, cityQueryStrict } from '@/lib/schemas/villages.ts';
import { nonDefaultCityParams } from '@/lib/schemas/villages-url.ts';
import { SERIES_TABS, tabLinks, VILLAGE_TABS, withoutTab, withTab } from '@/lib/schemas/view-tabs.ts';
import { commonIds, markersOf, numberedNotes, numberNotes } from '@/lib/views/note-numbers.ts';

describe('the tab in the view URL state', () => {
  it('defaults to the chart and takes every tab a page has', () => {
    expect(seriesViewQuery.parse({}).tab).toBe('chart');
    expect(cityQuery.parse({}).tab).toBe('chart');
    for (const tab of SERIES_TABS) expect(seriesViewQuery.parse({ tab }).tab).toBe(tab);
    for (const tab of VILLAGE_TABS) expect(cityQueryStrict.parse({ tab }).tab).toBe(tab);
  });

  it('rejects a tab the page does not have, naming the ones it has', () => {
    const series = seriesViewQuery.safeParse({ tab: 'map' });
    expect(series.success).toBe(false);
    expect(series.error!.issues[0]).toMatchObject({ path: ['tab'], message: 'tab must be one of: chart, table, sources, download' });
    expect(cityQueryStrict.safeParse({ tab: 'graph' }).success).toBe(false);
    expect(cityQueryStrict.safeParse({ tab: ['table', 'map'] }).success).toBe(false);
  });

  it('writes the tab into the URL only when it is not the chart, after the view parameters', () => {
    const base = { series: ['a'], from: 2010, to: null, mode: 'absolute' as const, base: null, log: false, midyear: false };
    expect(nonDefaultSeriesParams({ ...base, tab: 'chart' }, { series: ['a'] }).toString()).toBe('from=2010');
    expect(nonDefaultSeriesParams({ ...base, tab: 'table' }, { series: ['a'] }).toString()).toBe('from=2010&tab=table');
    expect(nonDefaultSeriesParams(base, { series: ['a'] }).toString()).toBe('from=2010');
    const city = { year: 2020, province: [330000], q: '', sort: 'villages' as const, dir: 'desc' as const, scope: 'ranked' as const };
    expect(nonDefaultCityParams({ ...city, tab: 'map' }).toString()).toBe('year=2020&province=330000&tab=map');
    expect(nonDefaultCityParams({ ...city, tab: 'chart' }).toString()).toBe('year=2020&province=330000');
  });

  it('links every tab with the view kept and marks the current one', () => {
    const params = new URLSearchParams('year=2020&province=330000&tab=table');
    const links = tabLinks('/en/villages', params, VILLAGE_TABS, 'table');
    expect(links.map((l) => l.href)).toEqual([
      '/en/villages?year=2020&province=330000',
      '/en/villages?year=2020&province=330000&tab=map',
      '/en/villages?year=2020&province=330000&tab=table',
      '/en/villages?year=2020&province=330000&tab=sources',
      '/en/villages?year=2020&province=330000&tab=download',
    ]);
    expect(links.filter((l) => l.current).map((l) => l.tab)).toEqual(['table']);
    expect(tabLinks('/zh/users', new URLSearchParams(), SERIES_TABS, 'chart')[0]).toEqual({ tab: 'chart', href: '/zh/users', current: true });
  });

  it('keeps the tab out of what exports and embeds carry', () => {
    expect(withoutTab(new URLSearchParams('series=a&tab=download&series=b')).toString()).toBe('series=a&series=b');
    expect(withTab(new URLSearchParams('tab=map&year=2020'), 'sources').toString()).toBe('year=2020&tab=sources');
  });
});

describe('numbered note markers', () => {
  it('numbers notes in the order a reader meets them, each once', () => {
    const numbers = numberNotes([['n-b'], [], ['n-a', 'n-b'], ['n-c']]);
    expect([...numbers]).toEqual([['n-b', 1], ['n-a', 2], ['n-c', 3]]);
    expect(markersOf(['n-c', 'n-b', 'n-c', 'unknown'], numbers)).toEqual([1, 3]);
    expect(markersOf([], numbers)).toEqual([]);
  });

  it('finds the notes every row carries, and lists notes in number order', () => {
    expect(commonIds([['x', 'y', 'z'], ['y', 'x'], ['x', 'q', 'y']])).toEqual(['x', 'y']);
    expect(commonIds([])).toEqual([]);
    const numbers = numberNotes([['b', 'a']]);
    expect(numberedNotes([{ id: 'a', text: 'A' }, { id: 'c', text: 'C' }, { id: 'b', text: 'B' }], numbers)).toEqual([
      { id: 'b', text: 'B', number: 1 },
      { id: 'a', text: 'A', number: 2 },
    ]);
  });
});
