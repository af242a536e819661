import { clientKeyOf } from '../../scripts/lib/rate-limit.mjs';

export { createRateLimit, EXPORT_LIMITED, exportLimitPerMinute } from '../../scripts/lib/rate-limit.mjs';

export const clientKey = (request: Request) => clientKeyOf((name) => request.headers.get(name));
