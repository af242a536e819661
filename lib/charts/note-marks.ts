import { MARKER_TARGET_PX } from '@/lib/charts/marker-groups.ts';

/** A drawn point that carries numbered notes, in the chart's px. */
export type NotedPoint = { key: string; x: number; y: number; notes: readonly number[] };
/** One drawn label: the numbers of one point, or of several points whose labels would collide. */
export type NoteMark = { key: string; numbers: number[]; text: string; x: number; y: number; width: number };

/** Width of a drawn digit and of the comma between numbers (10 px bold), a little over the real glyphs. */
const DIGIT_PX = 6.5;
const COMMA_PX = 3.5;
/** A label's height as the browser boxes 10-px text (line box, not the glyphs), and the gap kept between two labels. */
export const NOTE_MARK_HEIGHT_PX = 14;
const SEPARATION_PX = 2;
/** From the point to its label, and how far above the point the label sits. */
const OFFSET_X = 7;
const OFFSET_Y = 10;
/** Kept free between a button's edge and the end labels. */
const CLEARANCE_PX = 2;

/**
 * What a label reads: its numbers in order, comma-separated ("2,3,4"). One form everywhere (chart,
 * image export, button) — a range "2–4" would hide which numbers exist when one is skipped.
 */
export const noteMarkText = (numbers: readonly number[]) => numbers.join(',');

const widthOf = (text: string) => [...text].reduce((w, c) => w + (c === ',' ? COMMA_PX : DIGIT_PX), 0);

/** One label for a set of points: above them, just right of the rightmost; left of the leftmost where it or its button would reach past `right`. */
function labelOf(points: readonly NotedPoint[], top: number, right: number): NoteMark {
  const numbers = [...new Set(points.flatMap((p) => p.notes))].sort((a, b) => a - b);
  const text = noteMarkText(numbers);
  const width = widthOf(text);
  const xs = points.map((p) => p.x);
  const y = Math.max(top + 4, Math.min(...points.map((p) => p.y)) - OFFSET_Y);
  // The button (marker-groups.ts) is centred on the label: both must stay clear of the end labels.
  const rightX = Math.max(...xs) + OFFSET_X + width / 2;
  const fitsRight = rightX + Math.max(width / 2, MARKER_TARGET_PX / 2) + CLEARANCE_PX <= right;
  const x = fitsRight ? rightX : Math.min(...xs) - OFFSET_X - width / 2;
  return { key: points[0].key, numbers, text, x, y, width };
}

const collide = (a: NoteMark, b: NoteMark) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 + SEPARATION_PX && Math.abs(a.y - b.y) < NOTE_MARK_HEIGHT_PX + SEPARATION_PX;

/**
 * Where a line chart's note numbers go, as labels that never overlap: each point's numbers form one
 * label ("3,12") just above and right of it (left where it, or the 24-px button over it, would
 * reach past `right`: the lines' end labels or the chart's edge); never above `top`. Where two
 * labels would overlap (points a few px apart on a phone), their points share one label carrying
 * all their numbers, placed again from the merged points — repeated until no two labels overlap.
 * Pure, so unit tests check it.
 */
export function placeNoteMarks(points: readonly NotedPoint[], { top, right }: { top: number; right: number }): NoteMark[] {
  const groups = points.filter((p) => p.notes.length).map((p) => [p]);
  for (;;) {
    const labels = groups.map((g) => labelOf(g, top, right));
    const pair = firstCollision(labels);
    if (!pair) return labels;
    const [i, j] = pair;
    groups[i] = [...groups[i], ...groups[j]];
    groups.splice(j, 1);
  }
}

function firstCollision(labels: readonly NoteMark[]): [number, number] | null {
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (collide(labels[i], labels[j])) return [i, j];
  return null;
}
