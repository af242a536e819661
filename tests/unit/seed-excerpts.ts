import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { excerptPieces, normaliseWhitespace } from '@/lib/data/source-quotes.ts';
import { SEED_TEXT_FILES } from '@/lib/data/seed-texts.ts';

// The source texts are not in the repository: unit tests read the excerpts of them committed in
// tests/fixtures/seed-excerpts (origin in its README; `npm run data:check -- --texts <folder>`
// checks them, and the quotes, against the full texts).
export const EXCERPTS_DIR = resolve(import.meta.dirname, '../fixtures/seed-excerpts');

// data/ cites a paper by its source id; its text (and excerpt) file is its entry in SEED_TEXT_FILES.
/** The excerpt file of a paper, given its source id (seed003-…) or its text file name (003_….txt). */
const fileOf = (paper: string) => SEED_TEXT_FILES.get(paper) ?? paper;

export const hasExcerpt = (paper: string) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(fileOf(paper)) && existsSync(join(EXCERPTS_DIR, fileOf(paper)));

/** The excerpt of a source text as it is on disk (verbatim pieces, separated by a "[…]" line). */
export const rawExcerpt = (paper: string) => readFileSync(join(EXCERPTS_DIR, fileOf(paper)), 'utf8');

/** The whitespace-normalised pieces of an excerpt, one per line, so that no match spans two. */
export const excerpt = (paper: string) => excerptPieces(rawExcerpt(paper)).map(normaliseWhitespace).join('\n');
