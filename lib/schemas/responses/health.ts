import { z } from 'zod';

/** GET /api/health (server/health.mjs healthResponse): up, or down with the reason. */
export const healthUpResponse = z.strictObject({ status: z.literal('ok'), database: z.literal('up'), latencyMs: z.number().int().nonnegative() });
export const healthDownResponse = z.strictObject({ status: z.literal('degraded'), database: z.literal('down'), error: z.string() });
