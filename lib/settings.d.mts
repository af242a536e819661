import type { z } from 'zod';

export declare const settingsSchema: z.ZodObject<{
  DATABASE_URL: z.ZodType<string | undefined>;
  DATABASE_REPLICA_URL: z.ZodType<string | undefined>;
  PORT: z.ZodType<number>;
  HOSTNAME: z.ZodType<string>;
  EMBEDDED_PG_DIR: z.ZodType<string | undefined>;
  EMBEDDED_PG_PORT: z.ZodType<number>;
  DB_POOL_SIZE: z.ZodType<number>;
  DB_STREAM_POOL_SIZE: z.ZodType<number>;
  DB_STREAM_ACQUIRE_TIMEOUT_MS: z.ZodType<number>;
  EXPORT_RATE_LIMIT: z.ZodType<number>;
  IMPORT_RATE_LIMIT: z.ZodType<number>;
  ATLAS_RESPONSE_CACHE: z.ZodType<boolean>;
  ATLAS_RESPONSE_CACHE_MAX_ENTRY_BYTES: z.ZodType<number>;
  HEALTH_DB_TIMEOUT_MS: z.ZodType<number>;
  ATLAS_IMPORT_MAX_BYTES: z.ZodType<number>;
  ATLAS_IMPORT_DEBUG: z.ZodType<boolean>;
  ATLAS_ADMIN_TOKEN: z.ZodType<string | undefined>;
  ATLAS_WARM_PATHS: z.ZodType<'none' | 'pages' | 'routes' | string[]>;
  ATLAS_RATE_LIMIT_STORE: z.ZodType<'memory' | 'postgres'>;
  ATLAS_TRUSTED_PROXIES: z.ZodType<string[]>;
  ATLAS_PUBLIC_ORIGIN: z.ZodType<string | undefined>;
  ATLAS_FRONT_SERVER: z.ZodType<boolean>;
  NEXT_OUTPUT: z.ZodType<'standalone' | undefined>;
  NODE_ENV: z.ZodType<string | undefined>;
}>;
export declare const MIN_TOKEN_LENGTH: number;
export declare const MIN_TOKEN_BITS: number;
export declare function estimatedTokenBits(token: string): number;
export declare function tokenWeakness(token: string): string | null;
/** The parsed settings; ATLAS_PUBLIC_ORIGIN is filled in from PORT when unset. */
export type Settings = z.output<typeof settingsSchema> & { ATLAS_PUBLIC_ORIGIN: string };
export declare class SettingsError extends Error {}
export declare function parseSettings(env?: Record<string, string | undefined>): Settings;
export declare function settings(): Settings;
