import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { READ_API_PATHS, warmPaths } from '@/server/warm-up.mjs';

// ATLAS_WARM_PATHS=routes (the Docker image's and bench:cluster's setting) renders these paths
// before the port opens; one that does not answer 200 would be logged at every start and leave its
// route cold. Each must answer 200 on the real app.
const BASE = process.env.ATLAS_BASE_URL;

describe.skipIf(!BASE)('the warm start\'s paths answer 200', () => {
  it.each(warmPaths('routes') as string[])('%s', async (path) => {
    const res = await fetch(`${BASE}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
  });

  it('covers every read API route module once', () => {
    expect(new Set(READ_API_PATHS).size).toBe(READ_API_PATHS.length);
    expect(READ_API_PATHS.length).toBeGreaterThanOrEqual(20);
  });
});
