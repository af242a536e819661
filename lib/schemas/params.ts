import { z } from 'zod';

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Turns query parameters into a plain object for zod: keys listed in `arrayKeys` always become
 * arrays (so `?province=a&province=b` works); any other repeated key stays an array, which the
 * schema then rejects as "expected a single value".
 */
export function searchParamsToObject(input: SearchParamsInput, arrayKeys: readonly string[] = []) {
  const entries: [string, string][] =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]]));
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of entries) {
    const prev = out[key];
    if (prev === undefined) out[key] = arrayKeys.includes(key) ? [value] : value;
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export type ApiIssue = { path: (string | number)[]; message: string };

/** zod issues as the API reports them; an unknown parameter is an issue at its own name, so the 400 names it. */
export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.flatMap((i) => {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => ({ path: [...path, key], message: `unrecognized parameter "${key}": this route does not take it` }));
    }
    return [{ path, message: i.message }];
  });
}

// C0 controls and DEL: no value the atlas knows contains them, and a NUL byte sent on to
// PostgreSQL fails the query (a 500) instead of simply matching nothing.
const CONTROL = /[\u0000-\u001f\u007f]/;
export const hasControlCharacters = (value: string) => CONTROL.test(value);
const NO_CONTROL = 'must not contain control characters (NUL, newline, …)';

const one = (what: string) =>
  z
    .string({ error: (i) => (Array.isArray(i.input) ? 'expected a single value, got the parameter more than once' : `expected ${what}`) })
    .refine((v) => !CONTROL.test(v), NO_CONTROL);

/**
 * A path parameter as Next.js hands it to a route handler: already percent-decoded once (decoding
 * it again turns `%25` into a malformed escape), at most `max` characters, no control characters.
 */
export const pathParam = (max = 200) => z.string().max(max, `at most ${max} characters`).refine((v) => !CONTROL.test(v), NO_CONTROL);

/** Checks a path parameter; the 400 issue to answer with, or null. */
export function pathParamIssue(name: string, value: string, max = 200): ApiIssue | null {
  const parsed = pathParam(max).safeParse(value);
  return parsed.success ? null : { path: [name], message: parsed.error.issues[0]?.message ?? 'invalid' };
}

/** One query value of a given kind; a repeated parameter is an error, not a silently dropped value. */
export const singleString = (what: string) => one(what);

export const yearParam = one('a four-digit year')
  .regex(/^\d{4}$/, 'expected a four-digit year')
  .transform(Number)
  .pipe(z.number().int().min(2000, 'year must be 2000 or later').max(2100, 'year must be 2100 or earlier'));
