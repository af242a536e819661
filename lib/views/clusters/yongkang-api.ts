import { toCsv } from '@/lib/csv/to-csv.ts';
import { getYongkangData } from '@/lib/queries/clusters/case-studies.ts';
import type { YongkangData } from '@/lib/queries/clusters/types.ts';
import { resolveNotes } from './common.ts';
import { buildSemTable, csvCell, type Lang, type SemTable, type TableId } from './yongkang-tables.ts';
import { questionnaires } from './yongkang-page.ts';

/* The SEM tables as the API serves them: JSON bodies and their CSV twins, exactly the rows and columns of the page. */

/** The table as CSV: exactly its columns (by key) and rows, in page order. */
export function semTableCsv(table: SemTable): string {
  return toCsv(
    table.columns.map((c) => c.key),
    table.rows.map((r) => table.columns.map((c) => csvCell(r.cells[c.key] ?? null))),
  );
}

export type ApiNote = { id: string; kind: string; text: string; textEn: string; textZh: string };

/** JSON of a table: { data: rows, meta: { table, columns, source, notes } }. */
export function semTableJson(data: YongkangData, table: SemTable, lang: Lang, labels: Record<string, string>, derivedNote: string = lang === 'zh' ? data.file.recomputed.noteZh : data.file.recomputed.noteEn) {
  const notes = resolveNotes(data.notes, table.noteIds);
  return {
    data: table.rows.map((r) => ({
      ...Object.fromEntries(table.columns.map((c) => [c.key, r.cells[c.key] ?? null])),
      noteIds: Object.fromEntries(Object.entries(r.notes).filter(([, ids]) => ids.length)),
    })),
    meta: {
      table: table.id,
      title: table.title,
      lang,
      columns: table.columns.map((c) => ({ key: c.key, label: labels[c.key] ?? c.key, type: c.type, derived: c.derived, noteIds: c.noteIds })),
      source: { ...table.source, sourceId: data.sourceId },
      derivedNote,
      notes: notes.map((n): ApiNote => ({ id: n.id, kind: n.kind, text: lang === 'zh' ? n.textZh : n.textEn, textEn: n.textEn, textZh: n.textZh })),
      ...(table.id === 'sample' ? { questionnaires: questionnaires(data.file) } : {}),
    },
  };
}

/** The body of GET /api/v1/clusters/yongkang/sem/{table}, read from the store. */
export async function semTableJsonBody(id: TableId, lang: Lang, labels: Record<string, string>, derivedNote: string) {
  const data = await getYongkangData();
  return semTableJson(data, buildSemTable(data.file, id, lang), lang, labels, derivedNote);
}

/** The body of GET /api/v1/clusters/yongkang/sem/{table}.csv, read from the store. */
export async function semTableCsvBody(id: TableId, lang: Lang): Promise<string> {
  const data = await getYongkangData();
  return semTableCsv(buildSemTable(data.file, id, lang));
}
