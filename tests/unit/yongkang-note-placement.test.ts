import { describe, expect, it } from 'vitest';
import { SEM_TABLE_COLUMNS } from '@/lib/schemas/case-study-files.ts';
import { semTableRowKeys } from '@/lib/schemas/sem-row-keys.ts';
import { buildSemTable, TABLE_IDS } from '@/lib/views/clusters/yongkang-tables.ts';
import { yongkangData } from './case-study-fixture.ts';

/*
 * The data file's notePlacement and hypotheses' pathIds drive the SEM tables (they were constants in
 * the table builders): the columns the seed validates placements against are the tables' columns, and
 * moving a placement or a path in the data moves it in the table.
 */

const file = yongkangData.file;

describe('Yongkang note placement from the data file', () => {
  it('validates placements against exactly the columns the tables have', () => {
    for (const id of TABLE_IDS) {
      const columns = buildSemTable(file, id).columns.map((c) => c.key);
      // "diagonal" names the row's own construct in Table 2, not a column of its own.
      expect([...SEM_TABLE_COLUMNS[id]].filter((c) => c !== 'diagonal')).toEqual(columns);
    }
  });

  it('checks rows filters against exactly the row keys the tables place notes by', () => {
    const keys = semTableRowKeys(file);
    for (const id of TABLE_IDS.filter((t) => t !== 'sample')) expect(buildSemTable(file, id).rows.map((r) => r.key)).toEqual(keys[id]);
    expect(keys.sample).toEqual([]);
    // A rows filter limits a cell rule to its rows: Table 2's note sits on M's and Y's correlations only.
    const validity = buildSemTable(file, 'validity');
    const noted = validity.rows.filter((r) => Object.values(r.notes).some((ids) => ids.includes('yk-table2-equals-paths'))).map((r) => r.key);
    expect(noted).toEqual(['M', 'Y']);
  });

  it('puts the header notes and the cell notes where the data file says', () => {
    const paths = buildSemTable(file, 'paths');
    expect(paths.columns.find((c) => c.key === 'estimate')!.noteIds).toEqual(file.notePlacement.paths.columnNotes.estimate);
    const moved = structuredClone(file);
    moved.notePlacement.paths.columnNotes = { se: ['yk-table2-equals-paths'] };
    moved.notePlacement.mediation.rowNotes = moved.notePlacement.mediation.rowNotes.map((r) => (r.noteId === 'yk-f3-direct-ci-upper' ? { ...r, columns: ['ci_lower'] } : r));
    const movedPaths = buildSemTable(moved, 'paths');
    expect(movedPaths.columns.find((c) => c.key === 'estimate')!.noteIds).toEqual([]);
    expect(movedPaths.columns.find((c) => c.key === 'se')!.noteIds).toEqual(['yk-table2-equals-paths']);
    const direct = (d: typeof file) => buildSemTable(d, 'mediation').rows.find((r) => r.key === 'F3→M→Y|direct')!.notes;
    expect(direct(file).ci_upper).toEqual(['yk-f3-direct-ci-upper']);
    expect(direct(moved).ci_upper).toBeUndefined();
    expect(direct(moved).ci_lower).toEqual(['yk-f3-direct-ci-upper']);
  });

  it('names the hypothesis of a path from the hypotheses pathIds', () => {
    const hypothesisOf = (d: typeof file, path: string) => buildSemTable(d, 'paths').rows.find((r) => r.key === path)!.cells.hypothesis;
    expect(['F1→Y', 'F2→Y', 'F3→Y'].map((p) => hypothesisOf(file, p))).toEqual(['H1', 'H2', 'H3']);
    expect(hypothesisOf(file, 'F1→M')).toBeNull();
    const moved = structuredClone(file);
    moved.hypotheses = moved.hypotheses.map((h) => (h.id === 'H1' ? { ...h, pathIds: ['F1→M'] } : h));
    expect(hypothesisOf(moved, 'F1→Y')).toBeNull();
    expect(hypothesisOf(moved, 'F1→M')).toBe('H1');
  });
});
