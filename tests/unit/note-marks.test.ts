import { describe, expect, it } from 'vitest';
import { markerGroups, MARKER_TARGET_PX } from '@/lib/charts/marker-groups.ts';
import { NOTE_MARK_HEIGHT_PX, placeNoteMarks, type NoteMark } from '@/lib/charts/note-marks.ts';

const reach = MARKER_TARGET_PX / 2;
const overlap = (a: NoteMark, b: NoteMark) => Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < NOTE_MARK_HEIGHT_PX;
const noOverlap = (marks: NoteMark[]) => {
  for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) expect(overlap(marks[i], marks[j]), `${marks[i].text} / ${marks[j].text}`).toBe(false);
};

describe('note numbers on a line chart (lib/charts/note-marks.ts)', () => {
  it("one label per point, its numbers in order, above and to the right of it, never above the plot", () => {
    const marks = placeNoteMarks([{ key: 'a', x: 100, y: 80, notes: [3, 12] }, { key: 'b', x: 200, y: 12, notes: [4] }], { top: 10, right: 1000 });
    expect(marks.map((m) => m.text)).toEqual(['3,12', '4']);
    expect(marks[0].numbers).toEqual([3, 12]);
    expect(marks[0].x - marks[0].width / 2).toBeGreaterThan(100);
    expect(marks[0].y).toBe(70);
    expect(marks[1].y).toBe(14); // clamped under the plot's top
  });

  it('goes to the left of a point where it or its button would reach into the end labels', () => {
    const labelsFrom = 506; // where the end labels start
    const [last, early] = placeNoteMarks([{ key: 'last', x: 490, y: 50, notes: [10, 11] }, { key: 'early', x: 300, y: 50, notes: [2] }], { top: 0, right: labelsFrom });
    expect(last.x + last.width / 2).toBeLessThan(490);
    expect(last.text).toBe('10,11'); // still read in order
    expect(last.x + Math.max(reach, last.width / 2)).toBeLessThan(labelsFrom);
    expect(early.x).toBeGreaterThan(300); // far from the labels: on the right as usual
  });

  it('on a chart without end labels, a label at the last point stays inside its edge', () => {
    const [m] = placeNoteMarks([{ key: 'last', x: 349, y: 50, notes: [16, 17, 18] }], { top: 0, right: 375 });
    expect(m.x + m.width / 2).toBeLessThanOrEqual(375);
  });

  it('points a few px apart (a phone) share one label with all their numbers, drawn once', () => {
    // users at 375 px: 2018, 2019 and 2020 about 12 px apart on one line
    const points = [
      { key: '2018', x: 200, y: 60, notes: [5] },
      { key: '2019', x: 212, y: 58, notes: [6, 7] },
      { key: '2020', x: 224, y: 55, notes: [8] },
      { key: '2010', x: 100, y: 120, notes: [2] },
    ];
    const marks = placeNoteMarks(points, { top: 0, right: 375 });
    // "6,7" would run into "8": one label for 2019 and 2020; "5" clears it and stays on 2018
    expect(marks.map((m) => m.text).sort()).toEqual(['2', '5', '6,7,8']);
    const run = marks.find((m) => m.text === '6,7,8')!;
    expect(run.x - run.width / 2).toBeGreaterThan(224); // beside the points it concerns
    expect(run.y).toBe(45); // above the higher of them
    noOverlap(marks);
  });

  it('a merged label that grows into a third one takes it in too; no two labels ever overlap', () => {
    // a run of close points on two lines and numbers up to 3 digits: every result must be clear
    const points = Array.from({ length: 24 }, (_, i) => ({ key: `p${i}`, x: 40 + i * 11, y: 50 + (i % 2) * 9 + (i % 5), notes: i % 3 ? [i + 1] : [i + 1, 100 + i] }));
    const marks = placeNoteMarks(points, { top: 0, right: 330 });
    noOverlap(marks);
    // nothing dropped, nothing drawn twice
    const drawn = marks.flatMap((m) => m.numbers);
    expect(drawn.sort((a, b) => a - b)).toEqual(points.flatMap((p) => p.notes).sort((a, b) => a - b));
  });

  it('the same number on two merged points is drawn once', () => {
    const marks = placeNoteMarks([{ key: 'a', x: 100, y: 50, notes: [4] }, { key: 'b', x: 104, y: 52, notes: [4, 9] }], { top: 0, right: 375 });
    expect(marks.map((m) => m.text)).toEqual(['4,9']);
  });

  it('labels far apart vertically at the same year stay separate', () => {
    const marks = placeNoteMarks([{ key: 'a', x: 100, y: 50, notes: [1] }, { key: 'b', x: 100, y: 150, notes: [2] }], { top: 0, right: 375 });
    expect(marks.map((m) => m.text)).toEqual(['1', '2']);
  });

  it('a point without notes draws nothing', () => {
    expect(placeNoteMarks([{ key: 'a', x: 1, y: 1, notes: [] }], { top: 0, right: 10 })).toEqual([]);
  });

  it("on a wide chart the button over a merged label carries every number the label shows", () => {
    const marks = placeNoteMarks([{ key: 'a', x: 100, y: 50, notes: [2] }, { key: 'b', x: 103, y: 50, notes: [3] }, { key: 'c', x: 400, y: 50, notes: [7] }], { top: 0, right: 1000 });
    const groups = markerGroups(marks);
    for (const m of marks) expect(groups.some((g) => m.numbers.every((n) => g.numbers.includes(n)) && g.marks.includes(m))).toBe(true);
    expect(groups.map((g) => g.numbers)).toEqual([[2, 3], [7]]);
  });
});
