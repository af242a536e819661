import Papa from 'papaparse';

const BOM = '\uFEFF';
// Spreadsheets execute cells that start with these characters as formulas.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises spreadsheet formula injection by prefixing a quote; numbers are left as numbers. */
export function neutraliseCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** UTF-8 CSV with a BOM (so Excel reads Chinese names), CRLF line ends, every text cell neutralised. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => r.map(neutraliseCell)) },
    { newline: '\r\n', quotes: false },
  );
  return `${BOM}${body}\r\n`;
}

export function csvResponse(csv: string, filename: string, init: ResponseInit = {}): Response {
  return new Response(csv, {
    ...init,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      ...init.headers,
    },
  });
}
