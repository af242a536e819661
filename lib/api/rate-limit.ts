import { CLIENT_HEADER } from '../../server/client-address.mjs';
import { settings } from '@/lib/settings.mjs';

export { createExportLimit, createLimiter, EXPORT_LIMITED } from '../../server/rate-limit.mjs';

/**
 * The client a request counts against in a route handler. Next.js does not hand route handlers the
 * socket, so server/serve.mjs resolves the address (server/client-address.mjs) and passes it in a
 * header it sets itself after deleting any copy the client sent. Without serve.mjs in front
 * (`next dev`) that header could be forged, so every request shares one bucket there.
 */
export function clientKey(request: Request): string {
  if (!settings().ATLAS_FRONT_SERVER) return 'unidentified';
  return request.headers.get(CLIENT_HEADER) || 'unidentified';
}
