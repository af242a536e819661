'use client';

import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useBoxSize } from '@/components/charts/use-box-size.ts';
import { tooltipAt, type SeriesPlotLabels } from '@/components/series/series-tooltip.ts';
import type { ChartLine, ChartPanel, ChartPoint } from '@/components/series/series-chart.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { valueAxis, yearTicks } from '@/lib/charts/axis.ts';
import { estimateTextWidth } from '@/lib/charts/text.ts';
import { markerGroups } from '@/lib/charts/marker-groups.ts';
import { placeNoteMarks } from '@/lib/charts/note-marks.ts';
import { joinList } from '@/lib/i18n/punctuation.ts';
import { CHART_INK, CHART_WARN } from '@/lib/palette.ts';

export type { SeriesPlotLabels };
type Props = { panel: ChartPanel; locale: Locale; log: boolean; labels: SeriesPlotLabels };

const TICK_FONT = 11;
const MIN_WIDTH_FOR_MARKER_BUTTONS = 480;
const LEGEND_FONT = 12;
const LEGEND_ROW = 18;
/** How far above the axis a gap's note number is anchored (its label then sits ~10 px higher, clear of the axis). */
const GAP_NOTE_RISE = 2;
/** From the plot's right edge to the direct labels at the lines' ends. */
const END_LABEL_GAP = 6;

/** Where the legend's items go: left to right, wrapping to a new row when the width is used up. */
function legendLayout(items: { label: string }[], width: number) {
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    const w = 22 + estimateTextWidth(item.label, LEGEND_FONT) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const at = { x, row };
    x += w;
    return at;
  });
  return { placed, rows: items.length ? row + 1 : 0 };
}

/** The slots the pointer and the arrow keys move between: every year on the axis, and every mid-year or substitute reading. */
function slotsOf(lines: ChartLine[], log: boolean): number[] {
  const xs = new Set<number>();
  for (const l of lines) for (const p of l.points) if (p.kind === 'year' || (p.value !== null && (!log || p.value > 0))) xs.add(p.x);
  return [...xs].sort((a, b) => a - b);
}

/** A point's marker: a bound is a triangle pointing where the true value lies (▲ ">N", ▼ "<N"); mid-year readings are hollow squares, substitutes filled diamonds. */
function Marker({ p, cx, cy, colour, line }: { p: ChartPoint; cx: number; cy: number; colour: string; line: string }) {
  const data = { 'data-series': line, 'data-period': p.period, 'data-kind': p.kind, 'data-mark': 'point' };
  if (p.kind === 'mid_year') return <rect {...data} x={cx - 3.5} y={cy - 3.5} width={7} height={7} fill={CHART_INK.background} stroke={colour} strokeWidth={1.5} />;
  if (p.kind === 'substitute') return <path {...data} d={`M${cx},${cy - 5} L${cx + 5},${cy} L${cx},${cy + 5} L${cx - 5},${cy} Z`} fill={colour} />;
  if (p.qualifier === 'lower_bound' || p.qualifier === 'upper_bound') {
    const up = p.qualifier === 'lower_bound';
    const d = up ? `M${cx},${cy - 5} L${cx + 4.5},${cy + 3} L${cx - 4.5},${cy + 3} Z` : `M${cx},${cy + 5} L${cx + 4.5},${cy - 3} L${cx - 4.5},${cy - 3} Z`;
    return <path {...data} d={d} fill={colour} stroke={colour} data-qualifier={p.qualifier} />;
  }
  return <circle {...data} cx={cx} cy={cy} r={3} fill={CHART_INK.background} stroke={colour} strokeWidth={2} />;
}

/**
 * The time-series chart, drawn as plain SVG: one numeric year axis shared by every series (a
 * point sits at its year's x whatever else is drawn), round value ticks with the magnitude and
 * unit in the axis title, gaps as breaks in the line, direct labels at the line ends where they fit,
 * and a tooltip headed by the year (or the mid-year / substitute reading) that lists every series
 * at that slot — by pointer, touch or the arrow keys.
 */
export function SeriesPlot({ panel, locale, log, labels }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(box);
  const [active, setActive] = useState<number | null>(null);

  const layout = useMemo(() => {
    if (width === 0 || height === 0) return null;
    const drawable = (p: ChartPoint) => p.value !== null && (!log || p.value > 0);
    const values = panel.lines.flatMap((l) => l.points.filter(drawable).map((p) => p.value!));
    const axis = valueAxis(values, panel.unit, locale, { log });
    const xs = panel.lines.flatMap((l) => l.points.map((p) => p.x));
    const minX = xs.length ? Math.floor(Math.min(...xs)) : 0;
    const maxX = xs.length ? Math.ceil(Math.max(...xs)) : 1;
    const legend = legendLayout(panel.lines, width - 8);
    const tickWidth = Math.max(...axis.ticks.map((t) => estimateTextWidth(axis.label(t), TICK_FONT)));
    const left = Math.ceil(tickWidth) + 12;
    const ends = panel.lines.map((l) => ({ line: l, last: [...l.points].reverse().find((p) => p.kind === 'year' && drawable(p)) }));
    // Bold labels run wider than the estimate: keep a margin so the longest is never cut at the edge.
    const labelWidth = Math.max(0, ...panel.lines.map((l) => estimateTextWidth(l.label, TICK_FONT) * 1.15)) + 14;
    // Direct labels need room to the right of the lines: on a wide chart, and not more than a quarter of it.
    const direct = width >= 560 && labelWidth <= width * 0.25;
    const right = direct ? labelWidth + 8 : 16;
    const top = legend.rows * LEGEND_ROW + 26;
    const bottom = 24;
    const x0 = left;
    const x1 = width - right;
    const y0 = top;
    const y1 = height - bottom;
    const pad = 10;
    const xOf = (x: number) => x0 + pad + ((x - minX) / Math.max(1, maxX - minX)) * (x1 - x0 - 2 * pad);
    const [d0, d1] = axis.domain;
    const yOf = log ? (v: number) => y1 - ((Math.log10(v) - Math.log10(d0)) / (Math.log10(d1) - Math.log10(d0))) * (y1 - y0) : (v: number) => y1 - ((v - d0) / (d1 - d0 || 1)) * (y1 - y0);
    // Direct labels at the last drawn point, nudged apart so they never overlap.
    const endLabels = direct
      ? ends
          .filter((e) => e.last)
          .map((e) => ({ line: e.line, y: yOf(e.last!.value!), x: xOf(e.last!.x) }))
          .sort((a, b) => a.y - b.y)
      : [];
    for (let i = 1; i < endLabels.length; i++) endLabels[i].y = Math.max(endLabels[i].y, endLabels[i - 1].y + 14);
    const overflow = endLabels.length ? endLabels.at(-1)!.y - (y1 - 4) : 0;
    if (overflow > 0) for (const e of endLabels) e.y -= overflow;
    return { axis, minX, maxX, legend, x0, x1, y0, y1, xOf, yOf, endLabels, years: yearTicks(minX, maxX, Math.max(2, Math.floor((x1 - x0) / 46))), drawable };
  }, [panel, locale, log, width, height]);

  const slots = useMemo(() => slotsOf(panel.lines, log), [panel, log]);

  function pointAt(event: PointerEvent<SVGRectElement>) {
    if (!layout || !slots.length) return;
    const rect = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const px = event.clientX - rect.left;
    let best = 0;
    for (let i = 1; i < slots.length; i++) if (Math.abs(layout.xOf(slots[i]) - px) < Math.abs(layout.xOf(slots[best]) - px)) best = i;
    setActive(best);
  }

  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    if (!slots.length) return;
    const last = slots.length - 1;
    const moves: Record<string, (i: number) => number> = { ArrowLeft: (i) => Math.max(0, i - 1), ArrowRight: (i) => Math.min(last, i + 1), Home: () => 0, End: () => last };
    if (event.key === 'Escape') return setActive(null);
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setActive((i) => move(i ?? last));
  }

  // Numbered note markers: drawn in the SVG (so the image export carries them too) with a button
  // over each label that opens the note's popover (components/notes/note-markers.tsx). Points whose
  // labels would overlap share one label ("2,3"; lib/charts/note-marks.ts).
  // A note on a gap (no value, so no point) sits just above the axis at its year: the chart shows
  // why the line breaks there, and the note is as reachable as the others.
  const noteMarks = layout
    ? placeNoteMarks(
        panel.lines.flatMap((l) =>
          l.points
            .filter((p) => p.notes?.length && (layout.drawable(p) || p.kind === 'year'))
            .map((p) => ({ key: `${l.id}-${p.period}`, x: layout.xOf(p.x), y: layout.drawable(p) ? layout.yOf(p.value!) : layout.y1 - GAP_NOTE_RISE, notes: p.notes! })),
        ),
        { top: layout.y0, right: layout.endLabels.length ? layout.x1 + END_LABEL_GAP : width },
      )
    : [];
  const seenNotes = new Set<number>();
  const noteName = (n: number) => (labels.note ?? '{number}').replace('{number}', String(n));
  // On a narrow chart the points are a few pixels apart: 24-px buttons over every number would take
  // the taps meant for the tooltip. There the numbers stay drawn and the tooltip names them; the
  // Table tab's markers open the notes.
  const markerButtons = width >= MIN_WIDTH_FOR_MARKER_BUTTONS;

  const slot = active === null ? null : slots[active];
  const tooltip = slot === null || slot === undefined ? null : tooltipAt(panel.lines, slot, labels, locale);

  return (
    <div
      ref={box}
      className="relative h-full w-full rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2"
      tabIndex={0}
      role="group"
      aria-label={`${panel.title}. ${labels.keyboard}`}
      onKeyDown={(e) => e.target === e.currentTarget && onKey(e)}
      onFocus={(e) => e.target === e.currentTarget && setActive((i) => i ?? slots.length - 1)}
      onBlur={() => setActive(null)}
    >
      {layout ? (
        <svg width={width} height={height} data-chart-surface="series" role="img" aria-label={panel.title} fontFamily="system-ui, 'Noto Sans CJK SC', sans-serif" style={{ display: 'block', touchAction: 'pan-y' }}>
          <rect width={width} height={height} fill={CHART_INK.background} />
          <g data-legend="">
            {panel.lines.map((l, i) => {
              const at = layout.legend.placed[i];
              const y = at.row * LEGEND_ROW + 10;
              return (
                <g key={l.id} data-legend-item={l.label} transform={`translate(${4 + at.x},${y})`}>
                  <line x1={0} x2={16} y1={0} y2={0} stroke={l.colour} strokeWidth={3} />
                  <text x={22} y={0} dominantBaseline="central" fontSize={LEGEND_FONT} fill={CHART_INK.text}>
                    {l.label}
                  </text>
                </g>
              );
            })}
          </g>
          <text data-axis-title="y" x={4} y={layout.y0 - 10} fontSize={TICK_FONT} fill={CHART_INK.muted}>
            {layout.axis.title}
          </text>
          <g data-axis="y">
            {layout.axis.ticks.map((t) => (
              <g key={t} data-tick={t}>
                <line x1={layout.x0} x2={layout.x1} y1={layout.yOf(t)} y2={layout.yOf(t)} stroke={t === 0 ? CHART_INK.axis : CHART_INK.grid} />
                <text x={layout.x0 - 6} y={layout.yOf(t)} textAnchor="end" dominantBaseline="central" fontSize={TICK_FONT} fill={CHART_INK.muted} style={{ whiteSpace: 'pre' }}>
                  {layout.axis.label(t)}
                </text>
              </g>
            ))}
          </g>
          <g data-axis="x">
            <line x1={layout.x0} x2={layout.x1} y1={layout.y1} y2={layout.y1} stroke={CHART_INK.axis} />
            {layout.years.map((y) => (
              <g key={y} data-year={y}>
                <line x1={layout.xOf(y)} x2={layout.xOf(y)} y1={layout.y1} y2={layout.y1 + 4} stroke={CHART_INK.axis} />
                <text x={layout.xOf(y)} y={layout.y1 + 16} textAnchor="middle" fontSize={TICK_FONT} fill={CHART_INK.muted}>
                  {y}
                </text>
              </g>
            ))}
          </g>
          {panel.breaks.map((b) => (
            <g key={`${b.x}-${b.label}`} data-break={b.x}>
              <line x1={layout.xOf(b.x - 0.5)} x2={layout.xOf(b.x - 0.5)} y1={layout.y0} y2={layout.y1} stroke={CHART_WARN.line} strokeDasharray="4 3" />
              <text x={layout.xOf(b.x - 0.5) + 3} y={layout.y0 + 10} fontSize={TICK_FONT} fill={CHART_WARN.text}>
                {b.label}
              </text>
            </g>
          ))}
          {slot !== null && slot !== undefined ? <line data-export="omit" x1={layout.xOf(slot)} x2={layout.xOf(slot)} y1={layout.y0} y2={layout.y1} stroke={CHART_INK.axis} /> : null}
          {panel.lines.map((l) => (
            <g key={l.id} data-line={l.id}>
              <path d={linePath(l.points, layout.xOf, layout.yOf, layout.drawable)} fill="none" stroke={l.colour} strokeWidth={2} strokeLinejoin="round" />
              {l.points.filter(layout.drawable).map((p) => (
                <Marker key={p.period} p={p} cx={layout.xOf(p.x)} cy={layout.yOf(p.value!)} colour={l.colour} line={l.id} />
              ))}
            </g>
          ))}
          {noteMarks.length ? (
            <g data-note-marks="">
              {noteMarks.map((m) => (
                <text key={m.key} data-note-mark={m.text} x={m.x} y={m.y} textAnchor="middle" dominantBaseline="central" fontSize={10} fontWeight={700} fill={CHART_INK.text} stroke={CHART_INK.background} strokeWidth={3} paintOrder="stroke">
                  {m.text}
                </text>
              ))}
            </g>
          ) : null}
          {layout.endLabels.map((e) => (
            <text key={e.line.id} data-direct-label={e.line.label} x={layout.x1 + END_LABEL_GAP} y={e.y} dominantBaseline="central" fontSize={TICK_FONT} fill={e.line.colour} fontWeight={600}>
              {e.line.label}
            </text>
          ))}
          <rect data-export="omit" data-hover-layer="" x={layout.x0} y={layout.y0} width={Math.max(0, layout.x1 - layout.x0)} height={Math.max(0, layout.y1 - layout.y0)} fill="transparent" onPointerMove={pointAt} onPointerDown={pointAt} onPointerLeave={(e) => e.pointerType !== 'touch' && setActive(null)} />
        </svg>
      ) : null}
      {(markerButtons ? markerGroups(noteMarks) : []).map((g) => {
        const fresh = g.numbers.filter((n) => !seenNotes.has(n));
        for (const n of g.numbers) seenNotes.add(n);
        const name = joinList(g.numbers.map(noteName), locale);
        const key = g.marks[0].key;
        const single = g.numbers.length === 1;
        // One note: the button opens the note's own popover. Several notes drawn within 24 px of each
        // other: one button carries all their numbers and opens a list of them, each opening its note.
        const target = single ? `note-pop-${g.numbers[0]}` : `chart-${panel.key}-notes-${key}`;
        return (
          <div key={key} className="contents">
            <button
              type="button"
              popoverTarget={target}
              id={fresh.length ? `chart-${panel.key}-note-${fresh[0]}` : undefined}
              aria-label={name}
              data-note-marker={g.numbers.join(',')}
              className="absolute z-10 h-6 w-6 -translate-x-1/2 -translate-y-1/2 rounded-full hover:ring-2 hover:ring-accent"
              style={{ left: g.x, top: g.y }}
            />
            {single ? null : (
              <div id={target} popover="auto" role="dialog" aria-label={name} data-note-group={g.numbers.join(',')} className="note-popover rounded-lg border border-line bg-white p-3 text-sm text-ink shadow-lg">
                <ul className="flex flex-wrap gap-2">
                  {g.numbers.map((n) => (
                    <li key={n}>
                      <button type="button" popoverTarget={`note-pop-${n}`} className="min-h-8 rounded border border-line px-3 text-accent hover:bg-accent-soft" data-note-group-item={n}>
                        {noteName(n)}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        );
      })}
      {tooltip && layout ? (
        <div
          data-testid="chart-tooltip"
          role="status"
          className="pointer-events-none absolute z-10 max-w-[18rem] rounded border border-line bg-white px-3 py-2 text-xs shadow-md"
          style={{ top: layout.y0, ...(layout.xOf(slot!) > width / 2 ? { right: width - layout.xOf(slot!) + 12 } : { left: layout.xOf(slot!) + 12 }) }}
        >
          <p className="mb-1 text-sm font-semibold" data-tooltip-header="">
            {tooltip.header}
          </p>
          <ul className="space-y-1">
            {tooltip.rows.map((r) => (
              <li key={r.id} data-tooltip-series={r.label} className="flex gap-2">
                <span aria-hidden className="mt-1 inline-block h-2 w-2 shrink-0 rounded-full" style={{ background: r.colour }} />
                <span>
                  <span className="font-medium">{r.label}</span>
                  {locale === 'zh' ? '：' : ': '}
                  <span data-tooltip-value="">{r.value}</span>
                  {r.flag ? <span className="text-muted"> · {r.flag}</span> : null}
                  {r.notes.length ? <span className="text-muted"> · {r.notes.map((n) => (labels.note ?? '{number}').replace('{number}', String(n))).join(', ')}</span> : null}
                  {r.source ? (
                    <span className="block text-muted">
                      {labels.source}
                      {locale === 'zh' ? '：' : ': '}
                      {r.source}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The line through a series' year values; a gap (or, on a log axis, a value ≤ 0) breaks it. */
function linePath(points: ChartPoint[], xOf: (x: number) => number, yOf: (v: number) => number, drawable: (p: ChartPoint) => boolean): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.kind !== 'year') continue;
    if (!drawable(p)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${xOf(p.x).toFixed(1)},${yOf(p.value!).toFixed(1)}`;
    pen = true;
  }
  return d;
}
