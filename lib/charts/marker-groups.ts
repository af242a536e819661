/**
 * The buttons over a chart's drawn note numbers. Each button is a 24 px target (WCAG 2.2 target
 * size), so two buttons must sit at least 24 px apart. A number drawn closer than that to a button
 * already placed joins that button instead of being left without one: the button then carries
 * every number of its group ("2,3") and opens a list of those notes. So every note drawn on the
 * chart is reachable from the chart. Pure, so the unit tests check it without a browser.
 */
export const MARKER_TARGET_PX = 24;

export type MarkerGroup<T> = { x: number; y: number; marks: T[]; numbers: number[] };

export function markerGroups<T extends { x: number; y: number; n: number }>(marks: readonly T[], spacing = MARKER_TARGET_PX): MarkerGroup<T>[] {
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
      if (!nearest.numbers.includes(m.n)) nearest.numbers.push(m.n);
    } else groups.push({ x: m.x, y: m.y, marks: [m], numbers: [m.n] });
  }
  for (const g of groups) g.numbers.sort((a, b) => a - b);
  return groups;
}
