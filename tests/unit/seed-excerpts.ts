import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { excerptPieces, normaliseWhitespace } from '@/lib/data/source-quotes.ts';

// The source texts are not in the repository: unit tests read the excerpts of them committed in
// tests/fixtures/seed-excerpts (origin in its README; `npm run data:check -- --texts <folder>`
// checks them, and the quotes, against the full texts).
export const EXCERPTS_DIR = resolve(import.meta.dirname, '../fixtures/seed-excerpts');

export const hasExcerpt = (file: string) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(file) && existsSync(join(EXCERPTS_DIR, file));

/** The excerpt of a source text as it is on disk (verbatim pieces, separated by a "[…]" line). */
export const rawExcerpt = (file: string) => readFileSync(join(EXCERPTS_DIR, file), 'utf8');

/** The whitespace-normalised pieces of an excerpt, one per line, so that no match spans two. */
export const excerpt = (file: string) => excerptPieces(rawExcerpt(file)).map(normaliseWhitespace).join('\n');
