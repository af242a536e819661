import type pg from 'pg';
import type { ImportIssue } from '@/lib/import/types.ts';

// A source lists a village once a year. The matcher refuses a second row for one village code inside
// a file (lib/import/village-matching.ts); this refuses a row whose village code the same source
// already holds for the same year under another spelling (e.g. 军埔村委会 after 军埔村, or another
// town's spelling), which the natural key (year, city, county, town, name) cannot see. The same
// spelling is the same key: re-importing a list stays a no-op. A *different* source may list the
// same village the same year: its row is kept, and the county and town rankings and the list totals
// count each village code once (lib/queries/list-rankings.ts).

type Queryable = Pick<pg.ClientBase, 'query'>;

/**
 * Staged rows (import_stage) naming a village code their source already holds for their year under
 * another key, joined through the (year, town_code) index the list already has. At most `limit`,
 * in file order, with the total.
 */
const CONFLICTS = `
  SELECT s."row", s.name, s.village_code::text AS code, t.name AS stored_name, t.county AS stored_county, t.town AS stored_town,
         t.source_id, count(*) OVER ()::int AS total
  FROM import_stage s
  JOIN taobao_village t ON t.year = s.year AND t.town_code = s.town_code AND t.village_code = s.village_code AND t.source_id = s.source_id
  WHERE (t.city_adcode, t.county, t.town, t.name) IS DISTINCT FROM (s.city_adcode, s.county, s.town, s.name)
  ORDER BY s."row" LIMIT $1`;

/** The committed imports of a dataset from one source, to name where a stored row came from. */
const IMPORTS_OF_SOURCE = `
  SELECT id, file_name, to_char(finished_at, 'YYYY-MM-DD') AS day FROM import_record
  WHERE dataset = $1 AND source_id = $2 AND status = 'committed' ORDER BY id`;

type Conflict = { row: number; name: string; code: string; stored_name: string; stored_county: string; stored_town: string; source_id: string; total: number };

/**
 * Lists each conflicting row as an issue on its village column and removes it from the stage (so the
 * counts of the refused import add up: a conflicting row is rejected, not added). Call it under the
 * dataset's lock, so that an import committing meanwhile is seen.
 */
export async function refuseStoredVillages(client: Queryable, dataset: string, limit: number): Promise<{ issues: ImportIssue[]; total: number }> {
  const { rows } = await client.query<Conflict>(CONFLICTS, [limit]);
  if (!rows.length) return { issues: [], total: 0 };
  const importsBySource = new Map<string, string>();
  for (const source of new Set(rows.map((r) => r.source_id))) {
    const imports = (await client.query<{ id: number; file_name: string; day: string }>(IMPORTS_OF_SOURCE, [dataset, source])).rows;
    const shown = imports.slice(-3).map((i) => `#${i.id} ${i.file_name} (${i.day})`);
    importsBySource.set(source, imports.length ? `; its committed imports: ${imports.length > 3 ? `${imports.length - 3} earlier, ` : ''}${shown.join(', ')}` : '');
  }
  const issues = rows.map((r) => ({
    row: r.row,
    column: 'village',
    value: r.name,
    expected: `a village the source "${r.source_id}" does not hold for this year yet: it holds this village (${r.code}) as ${r.stored_name} (${r.stored_county} ${r.stored_town})${importsBySource.get(r.source_id)}. Spell it as stored, or leave the row out`,
  }));
  await client.query(`DELETE FROM import_stage s USING (${CONFLICTS}) c WHERE s."row" = c."row"`, [Number.MAX_SAFE_INTEGER]);
  return { issues, total: rows[0].total };
}
