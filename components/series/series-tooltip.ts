import type { ChartLine, ChartPoint } from '@/components/series/series-chart.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { withAside } from '@/lib/i18n/punctuation.ts';

/** The texts of the time-series plot (its tooltip and keyboard hint), in the page's language. */
export type SeriesPlotLabels = { midYear: string; substitute: string; noValue: string; source: string; keyboard: string; /** "Note {number}": the name of a note marker. */ note?: string };

/** The tooltip at a slot: a year lists every series' value of that year ("—" where there is none); a mid-year or substitute slot lists the readings there, named as such. */
export function tooltipAt(lines: ChartLine[], slot: number, labels: Pick<SeriesPlotLabels, 'midYear' | 'substitute' | 'noValue'>, locale: Locale = 'en') {
  const atSlot = lines.map((l) => ({ line: l, point: l.points.find((p) => p.x === slot) }));
  const special = atSlot.find((a) => a.point && a.point.kind !== 'year')?.point;
  const kindLabel = (p: ChartPoint) => (p.kind === 'mid_year' ? labels.midYear : p.kind === 'substitute' ? labels.substitute : '');
  const header = special ? withAside(special.period, kindLabel(special), locale) : String(slot);
  const rows = atSlot
    .filter((a) => !special || a.point)
    .map(({ line, point }) => ({
      id: line.id,
      label: line.label,
      colour: line.colour,
      value: point && point.value !== null ? point.display : labels.noValue,
      flag: point && point.value !== null ? [point.flagLabel, special ? '' : kindLabel(point)].filter(Boolean).join(' · ') : '',
      source: point && point.value !== null ? point.source : '',
      notes: point?.notes ?? [],
    }));
  return { header, rows };
}
