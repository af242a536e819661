import type { SemTableId, YongkangFile } from '@/lib/schemas/case-study-files.ts';

/*
 * The key each row of a Yongkang SEM table is known by in the file's `notePlacement` (a rule's
 * `rows`): the table builders (lib/views/clusters/yongkang-tables.ts) place notes by these keys and
 * the seed (lib/data/seed-cases.ts) checks every `rows` entry against them, so a rule naming a row
 * the table lacks fails the seed instead of silently placing nothing.
 */

type Table4Path = YongkangFile['table4']['paths'][number];
type Table5Row = YongkangFile['table5']['rows'][number];

/** Table 4's row key: the structural path, e.g. "F1→M". */
export const pathRowKey = (p: Pick<Table4Path, 'from' | 'to'>) => `${p.from}→${p.to}`;
/** Table 5's row key: the mediation model and the effect, e.g. "F1→M→Y|indirect". */
export const mediationRowKey = (r: Pick<Table5Row, 'model' | 'effect'>) => `${r.model}|${r.effect}`;

/** Every row key of each SEM table, in the file's order (the sample table places no notes by row). */
export function semTableRowKeys(d: YongkangFile): Record<SemTableId, string[]> {
  return {
    items: d.table1.items.map((i) => i.itemId),
    reliability: d.table1.constructs.map((c) => c.construct),
    validity: d.table2.rows.map((r) => r.construct),
    fit: d.table3.indices.map((i) => i.name),
    paths: d.table4.paths.map(pathRowKey),
    mediation: d.table5.rows.map(mediationRowKey),
    sample: [],
  };
}

/** Problems of the placements' `rows` filters: each names the file's place (table, list, row) and the unknown key. */
export function rowFilterProblems(d: YongkangFile): { where: string; message: string }[] {
  const keys = semTableRowKeys(d);
  const problems: { where: string; message: string }[] = [];
  for (const table of Object.keys(keys) as SemTableId[]) {
    const known = keys[table];
    for (const list of ['rowNotes', 'cellNotes'] as const) {
      d.notePlacement[table][list].forEach((rule, i) => {
        for (const key of rule.rows ?? []) {
          if (known.includes(key)) continue;
          const rows = known.length ? `its rows: ${known.join(', ')}` : 'it places no notes by row';
          problems.push({ where: `notePlacement.${table}.${list} row ${i}, column rows`, message: `unknown row "${key}" of the ${table} table (${rows})` });
        }
      });
    }
  }
  return problems;
}
