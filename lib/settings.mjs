// Every environment variable the app reads, validated in one place. `npm start` (scripts/start.mjs)
// and the production server (server/serve.mjs) check them before anything starts, so a bad value
// stops start-up with one line naming the variable, instead of turning into NaN somewhere later.
// Code reads `settings()`, never process.env. docs/deployment.md has the same table for people.
import proxyAddr from 'proxy-addr';
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

// The admin token is the only credential for writes, so it must resist guessing on its own, even
// with every rate limit bypassed: at least 32 characters and at least 128 bits by an estimate that
// counts how evenly the token uses its characters (Shannon entropy of the character frequencies ×
// length). `openssl rand -hex 32` (64 characters, ≈ 250 bits by this estimate) or
// `openssl rand -base64 32` pass; a repeated character (0 bits) or a short alphabet fails. The
// estimate cannot see sequences or dictionary phrases: generate the token, do not invent it.
export const MIN_TOKEN_LENGTH = 32;
export const MIN_TOKEN_BITS = 128;

/** Estimated bits of a token: Shannon entropy of its character frequencies times its length. */
export function estimatedTokenBits(token) {
  const chars = [...token];
  const counts = new Map();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bitsPerChar = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bitsPerChar -= p * Math.log2(p);
  }
  return bitsPerChar * chars.length;
}

/** Why a token is too weak to enable imports, or null when it is strong enough. */
export function tokenWeakness(token) {
  const length = [...token].length;
  if (length < MIN_TOKEN_LENGTH) return `is ${length} characters long; it must have at least ${MIN_TOKEN_LENGTH} (generate one: openssl rand -hex 32)`;
  const bits = estimatedTokenBits(token);
  if (bits < MIN_TOKEN_BITS) return `has about ${Math.floor(bits)} bits of entropy (repeated or few distinct characters); it must have at least ${MIN_TOKEN_BITS} (generate one: openssl rand -hex 32)`;
  return null;
}

/** A comma-separated list of proxy addresses or CIDR ranges (or proxy-addr's names loopback, linklocal, uniquelocal). */
const proxyList = () =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .optional()
      .transform((v, ctx) => {
        const list = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        try {
          proxyAddr.compile(list);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `must be comma-separated IP addresses or CIDR ranges (${error.message})` });
          return z.NEVER;
        }
        return list;
      }),
  );

export const settingsSchema = z.object({
  /** The PostgreSQL the app uses; unset under `npm start` means an embedded one. */
  DATABASE_URL: postgresUrl(),
  /**
   * A streaming replica of DATABASE_URL for pages and read APIs (lib/db/replica-route.mjs); writes,
   * admin sessions and the data-version check stay on the primary. Unset: everything reads the primary.
   */
  DATABASE_REPLICA_URL: postgresUrl(),
  PORT: int(3000, 1, 65535),
  HOSTNAME: z.preprocess(blankIsUnset, z.string().default('0.0.0.0')),
  EMBEDDED_PG_DIR: text(),
  EMBEDDED_PG_PORT: int(54329, 1, 65535),
  DB_POOL_SIZE: int(10, 1, 1000),
  DB_STREAM_POOL_SIZE: int(4, 1, 1000),
  /** How long an export waits for a free streaming connection before it answers 503. */
  DB_STREAM_ACQUIRE_TIMEOUT_MS: int(5000, 100, 600_000),
  EXPORT_RATE_LIMIT: int(300, 1, 100_000_000),
  IMPORT_RATE_LIMIT: int(30, 1, 100_000_000),
  ATLAS_RESPONSE_CACHE: flag(true),
  ATLAS_RESPONSE_CACHE_MAX_ENTRY_BYTES: int(8 * MB, 0, 1024 * MB),
  HEALTH_DB_TIMEOUT_MS: int(3000, 50, 600_000),
  ATLAS_IMPORT_MAX_BYTES: int(50 * MB, 1024, 2048 * MB),
  ATLAS_IMPORT_DEBUG: flag(false),
  /** Enables imports; unset = imports off; a weak token stops start-up (see tokenWeakness). */
  ATLAS_ADMIN_TOKEN: z.preprocess(
    blankIsUnset,
    z
      .string()
      .optional()
      .superRefine((token, ctx) => {
        const weakness = token === undefined ? null : tokenWeakness(token);
        if (weakness) ctx.addIssue({ code: 'custom', message: `is too weak: it ${weakness}` });
      }),
  ),
  /** Where rate-limit counts live: this process's memory, or PostgreSQL (shared by several instances). */
  ATLAS_RATE_LIMIT_STORE: z.preprocess(blankIsUnset, z.enum(['memory', 'postgres'], { error: 'must be memory or postgres' }).default('memory')),
  /**
   * What server/serve.mjs renders once before it opens its port (server/warm-up.mjs): `none`,
   * `pages` (the section pages in both languages) or a comma-separated list of paths. An instance
   * behind a balancer then takes traffic warm instead of rendering everything first under load.
   */
  ATLAS_WARM_PATHS: z.preprocess(
    blankIsUnset,
    z
      .string()
      .default('none')
      .transform((v, ctx) => {
        const value = v.trim();
        if (value === 'none' || value === 'pages' || value === 'routes') return value;
        const paths = value.split(',').map((s) => s.trim()).filter(Boolean);
        const bad = paths.find((p) => !/^\/(?!\/)[^\s]*$/.test(p));
        if (bad !== undefined || paths.length === 0 || paths.length > 500) {
          ctx.addIssue({ code: 'custom', message: 'must be none, pages, routes, or a comma-separated list of up to 500 paths each starting with one /' });
          return z.NEVER;
        }
        return paths;
      }),
  ),
  /** Proxies whose X-Forwarded-For / X-Forwarded-Proto count; unset = clients are identified by their socket address. */
  ATLAS_TRUSTED_PROXIES: proxyList(),
  /**
   * The origin (scheme://host[:port]) the site is reached at, used for every absolute URL the app
   * writes (citations, alternate-language links), never the client's Host / X-Forwarded-Host; https
   * here means HSTS on every response. Unset: http://localhost:PORT.
   */
  ATLAS_PUBLIC_ORIGIN: z.preprocess(
    blankIsUnset,
    z
      .string()
      .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol) && new URL(v).origin === v.replace(/\/$/, ''), 'must be an origin such as https://atlas.example.org (scheme and host, no path)')
      .transform((v) => new URL(v).origin)
      .optional(),
  ),
  /**
   * Set by server/serve.mjs for the route handlers: it applies the export limit in front of its
   * cache and passes each request's resolved client address in the x-atlas-client header.
   */
  ATLAS_FRONT_SERVER: flag(false),
  NEXT_OUTPUT: z.preprocess(blankIsUnset, z.enum(['standalone']).optional()),
  NODE_ENV: z.preprocess(blankIsUnset, z.string().optional()),
});

export class SettingsError extends Error {}

const SECRETS = new Set(['ATLAS_ADMIN_TOKEN']);

/** Parses an environment; throws SettingsError whose message names every bad variable. */
export function parseSettings(env = process.env) {
  const parsed = settingsSchema.safeParse(env);
  if (parsed.success && parsed.data.DATABASE_REPLICA_URL && !parsed.data.DATABASE_URL) {
    throw new SettingsError('invalid setting: DATABASE_REPLICA_URL is set but DATABASE_URL is not: a replica needs its primary for writes (see docs/deployment.md, "Settings")');
  }
  if (parsed.success) return { ...parsed.data, ATLAS_PUBLIC_ORIGIN: parsed.data.ATLAS_PUBLIC_ORIGIN ?? `http://localhost:${parsed.data.PORT}` };
  // A secret is named, never printed: the message goes to logs.
  const shown = (name) => (SECRETS.has(name) ? '(hidden)' : JSON.stringify(env[name] ?? ''));
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}=${shown(issue.path[0])} ${issue.message}`);
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
