/**
 * Text helpers shared by the charts and their exports (pure, client-safe).
 */

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** An estimate of a text's width in px at a font size, for layout before anything is drawn (CJK characters are square, Latin ones about half as wide). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 1 : /[A-Z0-9]/.test(ch) ? 0.62 : ch === ' ' ? 0.3 : 0.52;
  return w * fontSize;
}

/** Lines of at most `width` px: breaks at spaces, and anywhere between CJK characters. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][，。、；：）」』]?|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && measure((line + token).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A file-name part: lower-case ASCII words joined by "-" (Chinese names are left to the title; ids are never used). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A download's name from the parts of its view (section, years, filters, mode), at most 120 characters. */
export function exportFileName(parts: (string | number | null | undefined | false)[]): string {
  const joined = parts
    .filter((p): p is string | number => p !== null && p !== undefined && p !== false && String(p) !== '')
    .map((p) => slug(String(p)))
    .filter(Boolean)
    .join('-');
  return joined.length <= 120 ? joined : joined.slice(0, 120).replace(/-[^-]*$/, '');
}
