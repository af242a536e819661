// `npm run data:check -- --texts <folder> [--write-excerpts]`
// Checks the quotes of data/models and data/clusters against the full source texts (the five
// papers, kept outside the repository), and that the excerpts the unit tests use
// (tests/fixtures/seed-excerpts) are verbatim pieces of those texts. --write-excerpts rewrites the
// excerpts from the texts (after a quote was added or changed), then checks.
// Exit code 0 = all found, 1 = problems (listed), 2 = bad usage or the folder is absent.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  citationsOf,
  EXCERPT_LINES,
  excerptOf,
  excerptPieces,
  normaliseWhitespace,
  quoteProblems,
  quotesOf,
  readQuotingFiles,
  SOURCE_TEXT_NAME,
} from '@/lib/data/source-quotes.ts';
import { SEED_TEXT_FILES } from '@/lib/data/seed-texts.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EXCERPTS = join(ROOT, 'tests/fixtures/seed-excerpts');
const USAGE = 'Usage: npm run data:check -- --texts <folder holding the source texts, e.g. 000_8bf69b5fac631699.txt> [--write-excerpts]';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({ options: { texts: { type: 'string' }, 'write-excerpts': { type: 'boolean' }, help: { type: 'boolean' } } }).values;
} catch (error) {
  fail(`data:check: ${(error as Error).message}\n${USAGE}`);
}
if (args.help) fail(USAGE, 0);
if (!args.texts) fail(`data:check: --texts <folder> is required. ${USAGE}`);
const textsDir = resolve(args.texts);
if (!existsSync(textsDir) || !statSync(textsDir).isDirectory()) {
  fail(`data:check: the source texts folder ${textsDir} is absent; pass the folder that holds the papers (000_…txt to 004_…txt) with --texts`);
}

const parsed = readQuotingFiles(join(ROOT, 'data'));
// Quotes cite their paper by source id; its text file is that source's entry in SEED_TEXT_FILES.
const seedFiles = SEED_TEXT_FILES;
const quotes = quotesOf(parsed, seedFiles);
const cited = [...new Set([...citationsOf(parsed, seedFiles).map((c) => c.file), ...quotes.map((q) => q.file)])].filter((f) => SOURCE_TEXT_NAME.test(f)).sort();
const fullText = (file: string) => (existsSync(join(textsDir, file)) ? readFileSync(join(textsDir, file), 'utf8') : null);
const missingTexts = cited.filter((f) => fullText(f) === null);
if (missingTexts.length === cited.length) {
  fail(`data:check: ${textsDir} holds none of the source texts the data cites (${cited.join(', ')}); pass the folder that holds them with --texts`);
}

const problems: string[] = missingTexts.map((f) => `${f}: cited by the data, absent from ${textsDir}`);
const citations = citationsOf(parsed, seedFiles).filter((c) => !SOURCE_TEXT_NAME.test(c.file));
problems.push(...citations.map((c) => `${c.where}: "${c.sourceId}" is not a paper with a source text (SEED_TEXT_FILES in lib/data/seed-texts.ts)`));
problems.push(...quoteProblems(quotes, (f) => (fullText(f) === null ? null : [normaliseWhitespace(fullText(f)!)])));

if (args['write-excerpts']) {
  mkdirSync(EXCERPTS, { recursive: true });
  for (const file of cited) {
    const text = fullText(file);
    if (text === null) continue;
    const keep = EXCERPT_LINES[file];
    const { excerpt } = excerptOf(
      text,
      quotes.filter((q) => q.file === file).map((q) => q.quote),
      (line) => keep?.test(line) ?? false,
    );
    writeFileSync(join(EXCERPTS, file), excerpt);
  }
  console.log(`data:check: wrote ${cited.length} excerpts to ${EXCERPTS}`);
}

// Every excerpt the tests read must be verbatim runs of lines of its text.
const excerptFiles = existsSync(EXCERPTS) ? readdirSync(EXCERPTS).filter((f) => SOURCE_TEXT_NAME.test(f)) : [];
for (const file of excerptFiles) {
  const text = fullText(file);
  if (text === null) {
    problems.push(`tests/fixtures/seed-excerpts/${file}: no such text in ${textsDir}`);
    continue;
  }
  
  for (const piece of excerptPieces(readFileSync(join(EXCERPTS, file), 'utf8'))) {
    if (!text.includes(piece)) problems.push(`tests/fixtures/seed-excerpts/${file}: a piece is not in the text: ${piece.slice(0, 120)}…`);
  }
}
for (const file of cited) if (!excerptFiles.includes(file)) problems.push(`tests/fixtures/seed-excerpts/${file}: missing (run with --write-excerpts)`);

if (problems.length) {
  for (const p of problems) console.error(p);
  fail(`data:check: ${problems.length} problem(s)`, 1);
}
console.log(`data:check: ${quotes.length} quotes from ${cited.length} source texts found verbatim; ${excerptFiles.length} excerpts are faithful`);
