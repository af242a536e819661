import { describe, expect, it } from 'vitest';
import { markerGroups, MARKER_TARGET_PX } from '@/lib/charts/marker-groups.ts';

const mark = (n: number, x: number, y = 50) => ({ key: `k${n}-${x}`, numbers: [n], x, y });

describe('chart note buttons (lib/charts/marker-groups.ts)', () => {
  it('numbers drawn closer than 24 px share one button that carries all of them; none is dropped', () => {
    const marks = [mark(1, 100), mark(2, 110), mark(3, 118), mark(4, 200), mark(2, 300), mark(5, 305)];
    const groups = markerGroups(marks);
    expect(groups.map((g) => g.numbers)).toEqual([[1, 2, 3], [4], [2, 5]]);
    // every drawn number is reachable from some button
    expect(new Set(groups.flatMap((g) => g.numbers))).toEqual(new Set(marks.flatMap((m) => m.numbers)));
    expect(groups.flatMap((g) => g.marks)).toHaveLength(marks.length);
  });

  it('buttons stay at least 24 px apart (WCAG 2.2 target size), each on a drawn number', () => {
    const marks = Array.from({ length: 40 }, (_, i) => mark((i % 7) + 1, 10 + i * 9, 40 + (i % 3) * 8));
    const groups = markerGroups(marks);
    for (const a of groups)
      for (const b of groups) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MARKER_TARGET_PX);
    for (const g of groups) expect(marks.some((m) => m.x === g.x && m.y === g.y)).toBe(true);
    expect(new Set(groups.flatMap((g) => g.numbers))).toEqual(new Set(marks.flatMap((m) => m.numbers)));
  });

  it('a mark joins the nearest button in reach, and a number repeated in a group is listed once', () => {
    const groups = markerGroups([mark(1, 0), mark(2, 30), mark(3, 16), mark(1, 5)]);
    expect(groups.map((g) => g.numbers)).toEqual([[1], [2, 3]]);
  });

  it('a merged label (several numbers) joins a button whole: the button carries all its numbers', () => {
    const groups = markerGroups([{ key: 'a', numbers: [4, 5, 6], x: 0, y: 50 }, mark(2, 10), mark(9, 100)]);
    expect(groups.map((g) => g.numbers)).toEqual([[2, 4, 5, 6], [9]]);
  });
});
