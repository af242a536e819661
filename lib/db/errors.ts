export { isDatabaseUnavailable } from '@/lib/db/unavailable.mjs';
// Classified by the layers above (lib/views/village-list.ts), which never import the pool itself.
export { StreamPoolBusyError } from '@/lib/db/pg-pool.ts';
