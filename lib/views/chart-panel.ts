import type { Unit } from '@/lib/i18n/format.ts';
import type { BoundQualifier, PointFlag } from '@/lib/metrics/derived.ts';

// The shape of one time-series chart panel: built on the server (lib/views/series-panels.ts), drawn by
// components/series/series-chart.tsx. Kept in lib so the view layer never imports components.

/** One drawn point: `display` is the value in words with its bound ("< +30.0%"); `flag` is null for a gap; `source` the publisher as the reader's language names it. */
export type ChartPoint = {
  x: number;
  value: number | null;
  display: string;
  period: string;
  kind: 'year' | 'mid_year' | 'substitute';
  qualifier: BoundQualifier;
  flag: PointFlag | null;
  flagLabel: string;
  source: string;
  /** The numbers of the notes on this point (lib/views/note-numbers.ts), drawn as superscripts beside it; absent where the page numbers no notes. */
  notes?: number[];
};
export type ChartLine = { id: string; label: string; colour: string; points: ChartPoint[] };
/** `yoy`: relative change in %; `pp`: change of a percentage in percentage points (never on one axis with `yoy`). */
export type ChartPanel = { key: string; title: string; unit: Unit | 'index' | 'yoy' | 'pp'; lines: ChartLine[]; breaks: { x: number; label: string }[] };
