import { z } from 'zod';

// Names an import records and shows (dataset, source, actor, file name) are NFC-normalised, and
// characters that make a name read differently from what it is are refused: control characters
// (NUL and friends), bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069, and the marks U+200E, U+200F, U+061C) and zero-width characters (U+200B–U+200D,
// U+2060, U+FEFF). "evil\u202Ecod.csv" would otherwise show as "evilvsc.doc" in the history.
const REFUSED = /[\p{Cc}\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

const describeChar = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a name is refused, or null when it may be used (check it after NFC normalisation). */
export function nameProblem(name: string): string | null {
  const bad = REFUSED.exec(name);
  return bad ? `must not contain control, bidirectional or zero-width characters (found ${describeChar(bad[0])} at position ${bad.index + 1})` : null;
}

/** The string schema, NFC-normalised, refusing control, bidirectional and zero-width characters with a message naming the character. */
export const visibleName = (schema: z.ZodString) =>
  schema.normalize('NFC').superRefine((value, ctx) => {
    const problem = nameProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
