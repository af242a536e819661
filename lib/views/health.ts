import 'server-only';
import { pingDatabase } from '@/lib/queries/health.ts';
import { createHealthCheck, healthResponse } from '@/server/health.mjs';

// In production server/serve.mjs answers /api/health itself with the same check; this serves `next dev`.
const health = createHealthCheck(pingDatabase);

/** Status, headers and body of GET /api/health: 200 when PostgreSQL answers, 503 (with Retry-After) when not. */
export async function getHealthResponse() {
  return healthResponse(await health());
}
