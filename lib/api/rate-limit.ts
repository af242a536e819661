import { clientKeyOf } from '../../server/rate-limit.mjs';

export { createRateLimit, EXPORT_LIMITED, exportLimitPerMinute } from '../../server/rate-limit.mjs';

export const clientKey = (request: Request) => clientKeyOf((name) => request.headers.get(name));
