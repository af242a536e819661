import type { z } from 'zod';

export declare const settingsSchema: z.ZodObject<{
  DATABASE_URL: z.ZodType<string | undefined>;
  PORT: z.ZodType<number>;
  HOSTNAME: z.ZodType<string>;
  EMBEDDED_PG_DIR: z.ZodType<string | undefined>;
  EMBEDDED_PG_PORT: z.ZodType<number>;
  DB_POOL_SIZE: z.ZodType<number>;
  DB_STREAM_POOL_SIZE: z.ZodType<number>;
  EXPORT_RATE_LIMIT: z.ZodType<number>;
  IMPORT_RATE_LIMIT: z.ZodType<number>;
  ATLAS_RESPONSE_CACHE: z.ZodType<boolean>;
  ATLAS_RESPONSE_CACHE_MAX_ENTRY_BYTES: z.ZodType<number>;
  HEALTH_DB_TIMEOUT_MS: z.ZodType<number>;
  ATLAS_IMPORT_MAX_BYTES: z.ZodType<number>;
  ATLAS_IMPORT_DEBUG: z.ZodType<boolean>;
  ATLAS_ADMIN_TOKEN: z.ZodType<string | undefined>;
  ATLAS_EXPORT_LIMIT_IN_SERVER: z.ZodType<boolean>;
  ATLAS_PUBLIC_ORIGIN: z.ZodType<string | undefined>;
  NEXT_OUTPUT: z.ZodType<'standalone' | undefined>;
  NODE_ENV: z.ZodType<string | undefined>;
}>;
/** The parsed settings; ATLAS_PUBLIC_ORIGIN is filled in from PORT when unset. */
export type Settings = z.output<typeof settingsSchema> & { ATLAS_PUBLIC_ORIGIN: string };
export declare class SettingsError extends Error {}
export declare function parseSettings(env?: Record<string, string | undefined>): Settings;
export declare function settings(): Settings;
