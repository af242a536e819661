import { MARKER_TARGET_PX } from '@/lib/charts/marker-groups.ts';

/** A drawn point that carries numbered notes, in the chart's px. */
export type NotedPoint = { key: string; x: number; y: number; notes: readonly number[] };
export type NoteMark = { key: string; n: number; x: number; y: number };

/** Width of a drawn note number (10 px bold digits) and the gap between two numbers of a point. */
const DIGIT_PX = 6.5;
const GAP_PX = 5;
/** From the point to its first (or last) number, and how far above the point the numbers sit. */
const OFFSET_X = 7;
const OFFSET_Y = 10;
/** Kept free between a button's edge and the labels. */
const CLEARANCE_PX = 2;

/**
 * Where a line chart's note numbers go: side by side, just above and to the right of their point;
 * to its left instead where they, or the 24-px button over them (marker-groups.ts), would reach
 * past `right`: the direct labels at the lines' ends (at the last year the numbers sat on the
 * series' names) or, on a chart without them, its edge. Never above `top` (the plot's top edge).
 * Pure, so unit tests check it.
 */
export function placeNoteMarks(points: readonly NotedPoint[], { top, right }: { top: number; right: number }): NoteMark[] {
  const reach = MARKER_TARGET_PX / 2;
  return points.flatMap((p) => {
    if (!p.notes.length) return [];
    const widths = p.notes.map((n) => DIGIT_PX * String(n).length);
    const total = widths.reduce((a, w) => a + w, 0) + GAP_PX * Math.max(0, widths.length - 1);
    const rightStart = p.x + OFFSET_X;
    const fitsRight = rightStart + total - widths.at(-1)! / 2 + reach + CLEARANCE_PX <= right;
    let x = fitsRight ? rightStart : p.x - OFFSET_X - total;
    const y = Math.max(top + 4, p.y - OFFSET_Y);
    return p.notes.map((n, i) => {
      const mark = { key: `${p.key}-${n}`, n, x: x + widths[i] / 2, y };
      x += widths[i] + GAP_PX;
      return mark;
    });
  });
}
