export { isDatabaseUnavailable } from '@/lib/db/unavailable.mjs';
