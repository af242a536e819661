/** One problem found in a file: where (row, column), what was there, and what was expected. */
export type ImportIssue = {
  /** Row as a spreadsheet numbers it: the header is row 1, the first data row is row 2; null for a file-level problem. */
  row: number | null;
  /** Column name as the dataset defines it (aliases resolved), or the file's own header for an unknown column. */
  column: string | null;
  value: string | null;
  expected: string;
  /** Near misses, e.g. for a place name: "Jieyang 揭阳 (445200)". */
  suggestions?: string[];
};

export const ENCODING_CHOICES = ['auto', 'utf-8', 'gb18030'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];
/** What the file was read as. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type ImportStatus = 'committed' | 'unchanged' | 'rejected' | 'failed' | 'valid';

export type DiffRow = {
  row: number;
  key: Record<string, unknown>;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
};

export type ImportCounts = { rows: number; added: number; changed: number; unchanged: number; rejected: number };

export type ImportResult = {
  /** valid = a dry run found nothing wrong; committed/unchanged = written (or nothing to write); rejected = errors, nothing written. */
  status: ImportStatus;
  dryRun: boolean;
  dataset: string;
  fileName: string;
  sha256: string;
  encoding: Encoding | null;
  sourceId: string | null;
  counts: ImportCounts;
  /** The first MAX_LISTED_ISSUES problems, in file order; errorCount has them all. */
  errors: ImportIssue[];
  errorCount: number;
  warnings: string[];
  /** Columns of the preview rows, in order. */
  columns: string[];
  /** The first parsed rows as they would be stored (with a readable place label). */
  preview: Record<string, unknown>[];
  /** Samples of the diff against the store. */
  diff: { added: DiffRow[]; changed: DiffRow[] };
  recordId: number | null;
  startedAt: string;
  finishedAt: string;
};

export const MAX_LISTED_ISSUES = 1000;

/** Longest echoed cell, column name or suggestion in an issue (characters). */
export const MAX_ECHOED_CHARS = 200;
/** Longest "expected" text: it is ours, but may quote a value (a note id, a source id). */
export const MAX_EXPECTED_CHARS = 1000;

/**
 * A value as an error message may quote it: at most `max` characters, then "… (N characters)".
 * An import error echoes what it found, and a single 40 MB cell must not become a 40 MB response,
 * history row and admin page.
 */
export function clipText(raw: string, max = MAX_ECHOED_CHARS): string {
  // Control characters are shown as their visible symbols (NUL → ␀): a reader sees what is wrong,
  // and PostgreSQL, which cannot store NUL in text or jsonb, can keep the message in the history.
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))));
  if (text.length <= max) return text;
  let head = text.slice(0, max);
  // Do not leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}… (${text.length} characters)`;
}

/** The issue with every echoed text clipped (clipText). */
export function clipIssue(issue: ImportIssue): ImportIssue {
  return {
    ...issue,
    column: issue.column === null ? null : clipText(issue.column),
    value: issue.value === null ? null : clipText(issue.value),
    expected: clipText(issue.expected, MAX_EXPECTED_CHARS),
    ...(issue.suggestions ? { suggestions: issue.suggestions.slice(0, 10).map((s) => clipText(s)) } : {}),
  };
}

export function formatIssue(issue: ImportIssue): string {
  const where = [issue.row === null ? null : `row ${issue.row}`, issue.column === null ? null : `column ${issue.column}`].filter(Boolean).join(', ');
  const value = issue.value === null ? '' : ` value ${JSON.stringify(issue.value)}:`;
  const hint = issue.suggestions?.length ? ` (did you mean ${issue.suggestions.join(', ')}?)` : '';
  return `${where || 'file'}:${value} expected ${issue.expected}${hint}`;
}
