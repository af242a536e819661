/**
 * The buttons over a chart's drawn note labels (note-marks.ts). Each button is a 24 px target (WCAG
 * 2.2 target size), so two buttons must sit at least 24 px apart. A label drawn closer than that to
 * a button already placed joins that button instead of being left without one. A button carries
 * every number of the labels it covers — all of a merged label's ("2,3") included — and, with more
 * than one, opens a list of those notes. So every note drawn on the chart is reachable from the
 * chart. Pure, so the unit tests check it without a browser.
 */
export const MARKER_TARGET_PX = 24;

export type MarkerGroup<T> = { x: number; y: number; marks: T[]; numbers: number[] };

export function markerGroups<T extends { x: number; y: number; numbers: readonly number[] }>(marks: readonly T[], spacing = MARKER_TARGET_PX): MarkerGroup<T>[] {
  const groups: MarkerGroup<T>[] = [];
  for (const m of marks) {
    // The nearest button within reach takes the mark; otherwise the mark gets a button of its own,
    // placed on it (it is ≥ spacing from every button so far, so buttons never overlap).
    let nearest: MarkerGroup<T> | undefined;
    let best = spacing;
    for (const g of groups) {
      const d = Math.hypot(g.x - m.x, g.y - m.y);
      if (d < best) [nearest, best] = [g, d];
    }
    if (nearest) {
      nearest.marks.push(m);
      for (const n of m.numbers) if (!nearest.numbers.includes(n)) nearest.numbers.push(n);
    } else groups.push({ x: m.x, y: m.y, marks: [m], numbers: [...new Set(m.numbers)] });
  }
  for (const g of groups) g.numbers.sort((a, b) => a - b);
  return groups;
}
