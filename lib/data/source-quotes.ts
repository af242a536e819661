import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The model and case-study files (data/models, data/clusters) quote the source texts verbatim
// (whitespace normalised), each naming its paper by source id; the paper's text file is that
// source's entry in SEED_TEXT_FILES (lib/data/seed-texts.ts). This module lists those quotes and checks them against a text; the
// unit tests check them against the excerpts in tests/fixtures/seed-excerpts, and
// `npm run data:check -- --texts <folder>` against the full texts (which are not in the repository).

export const QUOTING_FILES = [
  'models/business-models.json',
  'models/platform-types.json',
  'models/model-guide.json',
  'models/notes.json',
  'clusters/wenzhou.json',
  'clusters/yongkang.json',
  'clusters/cross-border.json',
  'clusters/notes.json',
] as const;

/** A source text's file name (a machine key, held only by SEED_TEXT_FILES in lib/data/seed-texts.ts), e.g. `001_495d597d84132fb6.txt`. */
export const SOURCE_TEXT_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** The model guide follows sentences of this paper (it names no source of its own). */
export { GUIDE_SOURCE } from '@/lib/schemas/model-files.ts';
import { GUIDE_SOURCE } from '@/lib/schemas/model-files.ts';

export const normaliseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A quote with the paper it cites (`sourceId`) and that paper's text file (`file`; '' when the id has no source text). */
export type SourceQuote = { sourceId: string; file: string; quote: string; where: string };
export type SourceCitation = { sourceId: string; file: string; where: string };
/** Source id → its text's file name (SEED_TEXT_FILES in lib/data/seed-texts.ts). */
export type SeedFiles = ReadonlyMap<string, string>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- data files of several shapes, walked generically
type Json = any;

/** Every object in a JSON tree, with its JSONPath. */
export function* objectsOf(node: Json, path = '$'): Generator<[Json, string]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* objectsOf(node[i], `${path}[${i}]`);
  } else if (node && typeof node === 'object') {
    yield [node, path];
    for (const [k, v] of Object.entries(node)) yield* objectsOf(v, `${path}.${k}`);
  }
}

export function readQuotingFiles(dataDir: string): Record<string, Json> {
  return Object.fromEntries(QUOTING_FILES.map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8'))]));
}

/** The paper an object's quotes come from: its own `sourceId` when it is a source reference, else its `source.sourceId`. */
function sourceIdOf(obj: Json): string | undefined {
  const isSource = typeof obj.sourceId === 'string' && typeof obj.where === 'string';
  return isSource ? obj.sourceId : obj.source?.sourceId;
}

/** Every `source` reference of the quoting files, with where it is and its paper's text file. */
export function citationsOf(parsed: Record<string, Json>, seedFiles: SeedFiles): SourceCitation[] {
  const out: SourceCitation[] = [];
  for (const [f, json] of Object.entries(parsed)) {
    for (const [obj, path] of objectsOf(json)) {
      if (obj.source && typeof obj.source === 'object') {
        const sourceId = String(obj.source.sourceId ?? '');
        out.push({ sourceId, file: seedFiles.get(sourceId) ?? '', where: `${f} ${path}.source` });
      }
    }
  }
  return out;
}

/**
 * Every verbatim text of the quoting files: `quote` and `alsoQuotes` (with the paper of their
 * object), the `textEn` of a record of kind "quote", and the model guide's `sentencesFollowed`.
 * A quote whose paper has no text file gets `file: ''`, which no check accepts.
 */
export function quotesOf(parsed: Record<string, Json>, seedFiles: SeedFiles): SourceQuote[] {
  const out: SourceQuote[] = [];
  const push = (sourceId: string, quote: string, where: string) => out.push({ sourceId, file: seedFiles.get(sourceId) ?? '', quote, where });
  for (const [f, json] of Object.entries(parsed)) {
    for (const [obj, path] of objectsOf(json)) {
      const sourceId = sourceIdOf(obj) ?? '';
      if (typeof obj.quote === 'string') push(sourceId, obj.quote, `${f} ${path}.quote`);
      if (Array.isArray(obj.alsoQuotes)) obj.alsoQuotes.forEach((q: string, i: number) => push(sourceId, q, `${f} ${path}.alsoQuotes[${i}]`));
      if (obj.kind === 'quote' && typeof obj.textEn === 'string') push(obj.source?.sourceId ?? '', obj.textEn, `${f} ${path}.textEn`);
      if (f === 'models/model-guide.json' && Array.isArray(obj.sentencesFollowed)) {
        obj.sentencesFollowed.forEach((s: string, i: number) => push(GUIDE_SOURCE, s, `${f} ${path}.sentencesFollowed[${i}]`));
      }
    }
  }
  return out;
}

/**
 * Problems of `quotes` against texts: `textOf(file)` gives the whitespace-normalised searchable
 * pieces of a text (one piece for a full text, one per block for an excerpt), or null if absent.
 */
export function quoteProblems(quotes: SourceQuote[], textOf: (file: string) => string[] | null): string[] {
  const problems: string[] = [];
  for (const { sourceId, file, quote, where } of quotes) {
    const pieces = SOURCE_TEXT_NAME.test(file) ? textOf(file) : null;
    const wanted = normaliseWhitespace(quote);
    if (!sourceId) problems.push(`${where}: quote without a source`);
    else if (!file) problems.push(`${where}: cites ${sourceId}, which has no source text (not in SEED_TEXT_FILES)`);
    else if (!pieces) problems.push(`${where}: cites ${file}, which is not there`);
    else if (!wanted) problems.push(`${where}: empty quote`);
    else if (!pieces.some((p) => p.includes(wanted))) problems.push(`${where}: not in ${file}: ${quote}`);
  }
  return problems;
}

// Excerpts: verbatim pieces of a text, in the text's order, separated by a line holding only the
// marker, so that no quote can span two pieces.
export const EXCERPT_GAP = '[…]';
const GAP_LINE = `\n${EXCERPT_GAP}\n`;

/** The pieces of an excerpt file (each a verbatim substring of the text it comes from). */
export const excerptPieces = (excerpt: string): string[] =>
  excerpt
    .replace(/\n$/, '')
    .split(GAP_LINE)
    .filter((piece) => piece.length > 0);

/**
 * The excerpt of `text` that holds every needle (a whitespace-normalised substring: the text's
 * own span of it is kept) and every whole line matching `keepLine`. Overlapping spans are merged.
 * Returns the excerpt and the needles not found.
 */
export function excerptOf(text: string, needles: string[], keepLine: (line: string) => boolean = () => false) {
  // The text with whitespace runs collapsed, and where in the text each of its characters starts.
  let flat = '';
  const rawAt: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (space && flat.endsWith(' ') && rawAt.length && /\s/.test(text[rawAt[rawAt.length - 1]])) continue;
    flat += space ? ' ' : text[i];
    rawAt.push(i);
  }
  const spans: Array<[number, number]> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (keepLine(line)) spans.push([lineStart, lineStart + line.length]);
    lineStart += line.length + 1;
  }
  const missing: string[] = [];
  for (const needle of needles) {
    const wanted = normaliseWhitespace(needle);
    const at = wanted ? flat.indexOf(wanted) : -1;
    if (at < 0) missing.push(needle);
    else spans.push([rawAt[at], rawAt[at + wanted.length - 1] + 1]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const excerpt = merged.map(([from, to]) => text.slice(from, to)).join(GAP_LINE);
  return { excerpt: excerpt ? `${excerpt}\n` : '', missing };
}

/** Lines kept in an excerpt beyond the quotes: the rows of Table 4 of seed 003, which a unit test re-reads. */
export const EXCERPT_LINES: Record<string, RegExp> = {
  '003_be2a22baed7387ac.txt': /^\$(F_\d|M) \\rightarrow (Y|M)\$\t/,
};
