import { describe, expect, it } from 'vitest';
import { MARKER_TARGET_PX } from '@/lib/charts/marker-groups.ts';
import { placeNoteMarks } from '@/lib/charts/note-marks.ts';

const reach = MARKER_TARGET_PX / 2;

describe('note numbers on a line chart (lib/charts/note-marks.ts)', () => {
  it('sit above and to the right of their point, side by side in order, never above the plot', () => {
    const marks = placeNoteMarks([{ key: 'a', x: 100, y: 80, notes: [3, 12] }, { key: 'b', x: 200, y: 12, notes: [4] }], { top: 10, right: 1000 });
    expect(marks.map((m) => m.n)).toEqual([3, 12, 4]);
    expect(marks[0].x).toBeGreaterThan(100);
    expect(marks[1].x).toBeGreaterThan(marks[0].x);
    expect(marks[0].y).toBe(70);
    expect(marks[2].y).toBe(14); // clamped under the plot's top
  });

  it('go to the left of a point where they or their button would reach into the end labels', () => {
    const labelsFrom = 506; // where the end labels start
    const marks = placeNoteMarks([{ key: 'last', x: 490, y: 50, notes: [10, 11] }, { key: 'early', x: 300, y: 50, notes: [2] }], { top: 0, right: labelsFrom });
    const [ten, eleven, two] = marks;
    expect(ten.x).toBeLessThan(490);
    expect(eleven.x).toBeLessThan(490);
    expect(ten.x).toBeLessThan(eleven.x); // still read in order
    for (const m of marks) expect(m.x + reach).toBeLessThan(labelsFrom);
    expect(two.x).toBeGreaterThan(300); // far from the labels: on the right as usual
  });

  it('on a chart without end labels, numbers at the last point stay inside its edge', () => {
    const marks = placeNoteMarks([{ key: 'last', x: 349, y: 50, notes: [16, 17, 18] }], { top: 0, right: 375 });
    for (const m of marks) expect(m.x + 6.5).toBeLessThanOrEqual(375);
  });

  it('a point without notes draws nothing', () => {
    expect(placeNoteMarks([{ key: 'a', x: 1, y: 1, notes: [] }], { top: 0, right: 10 })).toEqual([]);
  });
});
