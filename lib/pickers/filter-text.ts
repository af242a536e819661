// Client-safe text matching for the pickers' search boxes.

/** Lower case, without accents and spaces, so "inner mong" finds "Inner Mongolia" and "nei meng" finds "Nei Menggu". */
export const foldText = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s·・,，()（）'’-]+/g, '');

/** Does an item's text match what a reader typed? Every typed word must occur; an empty filter matches all. */
export function matchesFilter(itemText: string, typed: string): boolean {
  const item = foldText(itemText);
  return typed
    .split(/\s+/)
    .map(foldText)
    .filter(Boolean)
    .every((word) => item.includes(word));
}
