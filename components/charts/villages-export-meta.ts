import type { ChartExportMeta } from '@/components/charts/export-meta.ts';
import type { Locale } from '@/i18n/routing.ts';
import { exportFileName } from '@/lib/charts/text.ts';
import { readerShortName } from '@/lib/source-text.ts';
import type { SourceInfo } from '@/lib/queries/types.ts';
import { NATIONAL_COLOURS } from '@/lib/palette.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Qualified = { villagesQualifier: string };

/** "Source: AliResearch; …": the publishers of the rows drawn, as the page names them, each once. */
export function sourceLine(sources: SourceInfo[], ids: Iterable<string>, locale: Locale, t: Translate): string {
  const wanted = new Set(ids);
  const names = [...new Set(sources.filter((s) => wanted.has(s.id)).map((s) => readerShortName(s, locale)))];
  return t('source', { names: names.join(locale === 'zh' ? '；' : '; ') });
}

/** Notes on the bounds and approximations among the values drawn. */
function qualifierNotes(rows: Qualified[], t: Translate, approxNote: string): string[] {
  const notes: string[] = [];
  if (rows.some((r) => r.villagesQualifier === 'lower_bound')) notes.push(t('notes.lowerBound'));
  if (rows.some((r) => r.villagesQualifier === 'approx')) notes.push(approxNote);
  return notes;
}

/** The city ranking's export: the year and the provinces chosen, in words and in the file name. */
export function cityChartExportMeta(a: {
  title: string;
  year: number;
  provinces: { nameEn: string; name: string }[];
  scope: string;
  search: string;
  rows: (Qualified & { sourceId?: string })[];
  sourceIds: string[];
  sources: SourceInfo[];
  url: string;
  locale: Locale;
  approxNote: string;
  t: Translate;
}): ChartExportMeta {
  const provinces = a.provinces.length ? a.provinces.map((p) => p.name).join(a.locale === 'zh' ? '、' : ', ') : a.t('villages.allProvinces');
  return {
    title: a.title,
    subtitle: a.t('villages.citySubtitle', { year: a.year, provinces }),
    source: sourceLine(a.sources, a.sourceIds, a.locale, a.t),
    notes: qualifierNotes(a.rows, a.t, a.approxNote),
    url: a.url,
    filename: exportFileName(['taobao-villages-cities', a.year, ...a.provinces.map((p) => p.nameEn), a.scope === 'all' ? 'all-counts' : null, a.search ? `search-${a.search}` : null, a.locale === 'zh' ? 'zh' : null]),
    lang: a.locale,
  };
}

/** The city chart's export of a villages view, as the page and the embed both draw it (lib/views/villages-city-chart.ts). */
export function villagesCityChartExport(
  view: { query: { scope: string; q: string }; ranking: { year: number; rows: (Qualified & { sourceId?: string })[]; sourceIds: string[] }; sources: SourceInfo[] },
  chart: { title: string; provinces: { nameEn: string; name: string }[] },
  url: string,
  locale: Locale,
  t: Translate,
): ChartExportMeta {
  const { query, ranking } = view;
  return cityChartExportMeta({ title: chart.title, year: ranking.year, provinces: chart.provinces, scope: query.scope, search: query.q, rows: ranking.rows, sourceIds: ranking.sourceIds, sources: view.sources, url, locale, approxNote: t('notes.approx'), t });
}

/** The national series' export: bars and line with a legend of their own (Recharts draws its legend in HTML). */
export function nationalChartExportMeta(a: {
  title: string;
  rows: (Qualified & { year: number; sourceId: string })[];
  sources: SourceInfo[];
  villagesLabel: string;
  townsLabel: string;
  url: string;
  locale: Locale;
  approxNote: string;
  t: Translate;
}): ChartExportMeta {
  const years = a.rows.map((r) => r.year);
  const from = years.length ? Math.min(...years) : '';
  const to = years.length ? Math.max(...years) : '';
  return {
    title: a.title,
    subtitle: a.t('villages.nationalSubtitle', { from, to }),
    source: sourceLine(a.sources, a.rows.map((r) => r.sourceId), a.locale, a.t),
    notes: qualifierNotes(a.rows, a.t, a.approxNote),
    url: a.url,
    legend: [
      { label: a.villagesLabel, colour: NATIONAL_COLOURS.villages },
      { label: a.townsLabel, colour: NATIONAL_COLOURS.towns },
    ],
    filename: exportFileName(['taobao-villages-national', from, to, a.locale === 'zh' ? 'zh' : null]),
    lang: a.locale,
  };
}
