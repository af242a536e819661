import type { Locale } from '@/i18n/routing.ts';
import { labelled } from '@/lib/i18n/punctuation.ts';
import { formatCount } from '@/lib/i18n/format.ts';
import type { CountiesView } from '@/lib/views/counties-page.ts';

// A narrow drawing (420 units), shown at most 32rem wide: its 13-unit text stays readable on a
// 375-px phone (about 11 px) and is not oversized on a desktop (about 16 px).
const ROW = 26;
const LABEL = 112;
const WIDTH = 420;
const VALUE = 50;

/**
 * Published village counts per county as horizontal bars, drawn on the server as SVG: it needs no
 * JavaScript, and every bar carries its figure as text and as its <title>. A lower bound (">100")
 * is drawn to its bound and dashed: the true count is larger.
 */
export function CountyBarChart({ bars, title, summary, locale }: { bars: CountiesView['chart']; title: string; summary: string; locale: Locale }) {
  const max = Math.max(1, ...bars.map((b) => b.villages));
  const plot = WIDTH - LABEL - VALUE;
  const height = bars.length * ROW + 8;
  const name = (b: CountiesView['chart'][number]) => (locale === 'zh' ? b.county.nameZh : (b.county.nameEn ?? b.county.nameZh));
  return (
    <figure className="space-y-2" data-testid="county-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-lg" role="img" aria-labelledby="county-chart-title county-chart-summary">
        <title id="county-chart-title">{title}</title>
        <desc id="county-chart-summary">{summary}</desc>
        {bars.map((b, i) => {
          const w = Math.max(2, (b.villages / max) * plot);
          const y = 4 + i * ROW;
          const text = labelled(name(b), formatCount(b.villages, locale, b.villagesQualifier), locale);
          const bound = b.villagesQualifier === 'lower_bound';
          return (
            <g key={b.county.adcode} data-county={b.county.adcode}>
              <title>{text}</title>
              <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="currentColor">
                {name(b)}
              </text>
              <rect
                x={LABEL}
                y={y + 3}
                width={w}
                height={ROW - 6}
                rx="2"
                className={bound ? 'fill-sky-200 stroke-sky-700' : 'fill-sky-700'}
                strokeDasharray={bound ? '4 3' : undefined}
              />
              <text x={LABEL + w + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="13" fill="currentColor">
                {formatCount(b.villages, locale, b.villagesQualifier)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-muted">{summary}</figcaption>
    </figure>
  );
}
