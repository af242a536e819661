import { NextResponse } from 'next/server';
import { z } from 'zod';
import { apiGet, badRequest } from '@/lib/api/handler.ts';
import { CLUSTER_IDS, isClusterId, loadClusterCaseStudy } from '@/lib/views/clusters/common.ts';

type Context = { params: Promise<{ id: string }> };

// GET /api/v1/clusters/{id}: one case study (key figures with their sources, index tree, factors, notes).
// No query parameters are accepted; an unknown id is a 400 whose issue lists the known ids.
export const GET = apiGet(z.strictObject({}), [], async (_query, _request, context: Context) => {
  const id = (await context.params).id; // decoded once by Next.js
  if (!isClusterId(id)) {
    return badRequest('invalid cluster id', [{ path: ['id'], message: `unknown cluster id "${id}"; known ids: ${CLUSTER_IDS.join(', ')}` }]);
  }
  const data = await loadClusterCaseStudy(id);
  return NextResponse.json({ data, meta: { id, clusters: CLUSTER_IDS } });
});
