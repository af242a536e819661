// Who a request comes from, for rate limits: the socket's address, unless that socket belongs to a
// proxy named in ATLAS_TRUSTED_PROXIES; then the right-most X-Forwarded-For address that is not a
// trusted proxy (each proxy appends the address it saw, so anything left of that a client may have
// written itself). proxy-addr (the module Express uses) does the CIDR matching and the parsing.
import proxyAddr from 'proxy-addr';

/** The header server/serve.mjs sets (after deleting any copy a client sent) for the route handlers. */
export const CLIENT_HEADER = 'x-atlas-client';

// A key long enough for any IPv6 address; a trusted proxy passing on junk cannot grow the store's keys.
const MAX_KEY_LENGTH = 64;

/** A predicate "is this address a trusted proxy" for a list of addresses / CIDR ranges (empty: none). */
export function trustedProxies(list) {
  return list.length ? proxyAddr.compile(list) : () => false;
}

/** The client address of a node:http request (`{ socket: { remoteAddress }, headers }`). */
export function clientAddressOf(req, trust) {
  const address = proxyAddr(req, trust) || 'unknown';
  return address.slice(0, MAX_KEY_LENGTH);
}

/** The request reached a trusted proxy over TLS: the socket is that proxy's, and it says https. */
export function viaTrustedHttpsProxy(req, trust) {
  const remote = req.socket?.remoteAddress;
  if (!remote || !trust(remote, 0)) return false;
  const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  return proto === 'https';
}
