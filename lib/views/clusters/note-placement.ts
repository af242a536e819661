import type { NoteCondition, SemTablePlacement } from '@/lib/schemas/case-study-files.ts';
import { uniqueIds } from './common.ts';

/*
 * Puts the data notes on the cells of one SEM table row as the data file's `notePlacement` says
 * (lib/schemas/case-study-files.ts describes the rules). The table builder only answers the tests
 * (`when`) a rule names, since those depend on the row's values.
 */

type Rule = SemTablePlacement['rowNotes'][number];

/** The tests a row answers; `column` is the cell a rule is about to place a note on. */
export type RowTests = Partial<Record<NoteCondition, boolean | ((column: string) => boolean)>>;

export function addNote(notes: Record<string, string[]>, column: string, ...ids: string[]) {
  notes[column] = uniqueIds([...(notes[column] ?? []), ...ids]);
}

function place(notes: Record<string, string[]>, rule: Rule, noteId: string, rowKey: string, tests: RowTests, diagonal: string | undefined) {
  if (rule.rows && !rule.rows.includes(rowKey)) return;
  for (const name of rule.columns) {
    const column = name === 'diagonal' ? diagonal : name;
    if (column === undefined) throw new Error(`note ${noteId} is placed on the diagonal of a table without one`);
    if (rule.when !== undefined) {
      const test = tests[rule.when];
      if (test === undefined) throw new Error(`note ${noteId}: the table cannot test "${rule.when}"`);
      if (!(typeof test === 'function' ? test(column) : test)) continue;
    }
    addNote(notes, column, noteId);
  }
}

/** Where the notes a row carries sit: each note by the rules naming it, or else by the default rules. */
export function placeRowNotes(
  notes: Record<string, string[]>,
  placement: SemTablePlacement,
  rowKey: string,
  rowNoteIds: readonly string[],
  tests: RowTests = {},
  diagonal?: string,
) {
  for (const id of rowNoteIds) {
    const own = placement.rowNotes.filter((r) => r.noteId === id);
    for (const rule of own.length ? own : placement.rowNotes.filter((r) => r.noteId === undefined)) place(notes, rule, id, rowKey, tests, diagonal);
  }
}

/** The notes the table itself puts on this row's cells. */
export function placeCellNotes(notes: Record<string, string[]>, placement: SemTablePlacement, rowKey: string, tests: RowTests = {}, diagonal?: string) {
  for (const rule of placement.cellNotes) place(notes, rule, rule.noteId, rowKey, tests, diagonal);
}

export const columnNotes = (placement: SemTablePlacement, column: string): string[] => [...((placement.columnNotes as Record<string, string[] | undefined>)[column] ?? [])];
