// Every environment variable the app reads, validated in one place. `npm start` (scripts/start.mjs)
// and the production server (server/serve.mjs) check them before anything starts, so a bad value
// stops start-up with one line naming the variable, instead of turning into NaN somewhere later.
// Code reads `settings()`, never process.env. docs/deployment.md has the same table for people.
import { z } from 'zod';

const MB = 1024 * 1024;
const blankIsUnset = (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const int = (fallback, min, max) =>
  z.preprocess(blankIsUnset, z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(min).max(max).default(fallback));
const flag = (fallback) =>
  z.preprocess(blankIsUnset, z.enum(['0', '1', 'true', 'false'], { error: 'must be 0 or 1' }).default(fallback ? '1' : '0').transform((v) => v === '1' || v === 'true'));
const text = () => z.preprocess(blankIsUnset, z.string().optional());
const postgresUrl = () =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .refine((v) => URL.canParse(v), 'must be a valid URL')
      .optional(),
  );

export const settingsSchema = z.object({
  /** The PostgreSQL the app uses; unset under `npm start` means an embedded one. */
  DATABASE_URL: postgresUrl(),
  PORT: int(3000, 1, 65535),
  HOSTNAME: z.preprocess(blankIsUnset, z.string().default('0.0.0.0')),
  EMBEDDED_PG_DIR: text(),
  EMBEDDED_PG_PORT: int(54329, 1, 65535),
  DB_POOL_SIZE: int(10, 1, 1000),
  DB_STREAM_POOL_SIZE: int(4, 1, 1000),
  EXPORT_RATE_LIMIT: int(300, 1, 100_000_000),
  IMPORT_RATE_LIMIT: int(30, 1, 100_000_000),
  ATLAS_RESPONSE_CACHE: flag(true),
  ATLAS_RESPONSE_CACHE_MAX_ENTRY_BYTES: int(8 * MB, 0, 1024 * MB),
  HEALTH_DB_TIMEOUT_MS: int(3000, 50, 600_000),
  ATLAS_IMPORT_MAX_BYTES: int(50 * MB, 1024, 2048 * MB),
  ATLAS_IMPORT_DEBUG: flag(false),
  /** Enables imports; unset = imports off. Its strength is checked by lib/import/auth.ts. */
  ATLAS_ADMIN_TOKEN: text(),
  /** Set by server/serve.mjs for the route handlers: it applies the export limit in front of its cache. */
  ATLAS_EXPORT_LIMIT_IN_SERVER: flag(false),
  /**
   * The origin (scheme://host[:port]) the site is reached at, used for every absolute URL the app
   * writes (citations, alternate-language links), never the client's Host / X-Forwarded-Host.
   * Unset: http://localhost:PORT.
   */
  ATLAS_PUBLIC_ORIGIN: z.preprocess(
    blankIsUnset,
    z
      .string()
      .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol) && new URL(v).origin === v.replace(/\/$/, ''), 'must be an origin such as https://atlas.example.org (scheme and host, no path)')
      .transform((v) => new URL(v).origin)
      .optional(),
  ),
  NEXT_OUTPUT: z.preprocess(blankIsUnset, z.enum(['standalone']).optional()),
  NODE_ENV: z.preprocess(blankIsUnset, z.string().optional()),
});

export class SettingsError extends Error {}

/** Parses an environment; throws SettingsError whose message names every bad variable. */
export function parseSettings(env = process.env) {
  const parsed = settingsSchema.safeParse(env);
  if (parsed.success) return { ...parsed.data, ATLAS_PUBLIC_ORIGIN: parsed.data.ATLAS_PUBLIC_ORIGIN ?? `http://localhost:${parsed.data.PORT}` };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}=${JSON.stringify(env[issue.path[0]] ?? '')} ${issue.message}`);
  throw new SettingsError(`invalid setting${problems.length > 1 ? 's' : ''}: ${problems.join('; ')} (see docs/deployment.md, "Settings")`);
}

const KEYS = Object.keys(settingsSchema.shape);
let cached;
let cachedKey;
/** The validated settings of this process (parsed again only when one of its variables changed). */
export function settings() {
  const key = KEYS.map((k) => process.env[k] ?? '\u0000').join('\u0001');
  if (cachedKey !== key) {
    cached = parseSettings(process.env);
    cachedKey = key;
  }
  return cached;
}
