// Notes on figures as numbered markers (issue 14): each note gets one number on a page, in the
// order a reader meets it (series by series, period by period; row by row), so "2" on the chart,
// in the table and in the Sources tab is the same note. Pure; unit-tested.

/** 1, 2, 3 … for the note ids in order of first appearance. */
export function numberNotes(idLists: Iterable<readonly string[]>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const ids of idLists) for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** The numbers of a figure's notes, ascending, each once; ids without a number are left out. */
export function markersOf(ids: readonly string[], numbers: ReadonlyMap<string, number>): number[] {
  return [...new Set(ids.flatMap((id) => (numbers.has(id) ? [numbers.get(id)!] : [])))].sort((a, b) => a - b);
}

/** The ids every list carries (a note on the whole table, marked once on its column header rather than on every row); none for no lists. */
export function commonIds(idLists: readonly (readonly string[])[]): string[] {
  if (!idLists.length) return [];
  return idLists[0].filter((id) => idLists.every((ids) => ids.includes(id)));
}

/** The notes in number order, with their numbers: what the Sources tab lists. */
export function numberedNotes<N extends { id: string }>(notes: readonly N[], numbers: ReadonlyMap<string, number>): (N & { number: number })[] {
  return notes
    .filter((n) => numbers.has(n.id))
    .map((n) => ({ ...n, number: numbers.get(n.id)! }))
    .sort((a, b) => a.number - b.number);
}
