// Who a request comes from, for rate limits: the socket's address, unless that socket belongs to a
// proxy named in ATLAS_TRUSTED_PROXIES; then the right-most X-Forwarded-For address that is not a
// trusted proxy (each proxy appends the address it saw, so anything left of that a client may have
// written itself). proxy-addr (the module Express uses) does the CIDR matching and the parsing.
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

/** The header server/serve.mjs sets (after deleting any copy a client sent) for the route handlers. */
export const CLIENT_HEADER = 'x-atlas-client';

// A key long enough for any IPv6 address; a trusted proxy passing on junk cannot grow the store's keys.
const MAX_KEY_LENGTH = 64;

/** A predicate "is this address a trusted proxy" for a list of addresses / CIDR ranges (empty: none). */
export function trustedProxies(list) {
  return list.length ? proxyAddr.compile(list) : () => false;
}

/**
 * The key a client counts under: an IPv4 address as is (also when written IPv4-mapped, ::ffff:a.b.c.d);
 * an IPv6 address by its /64 network, since one host is usually given a whole /64 and could
 * otherwise take a fresh address, and a fresh bucket, for every request.
 */
export function clientKeyOfAddress(address) {
  if (!ipaddr.isValid(address)) return address.slice(0, MAX_KEY_LENGTH);
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  if (parsed.isIPv4MappedAddress()) return parsed.toIPv4Address().toString();
  return `${parsed.parts.slice(0, 4).map((p) => p.toString(16)).join(':')}::/64`;
}

/** The client key of a node:http request (`{ socket: { remoteAddress }, headers }`). */
export function clientAddressOf(req, trust) {
  return clientKeyOfAddress(proxyAddr(req, trust) || 'unknown');
}

/** The request reached a trusted proxy over TLS: the socket is that proxy's, and it says https. */
export function viaTrustedHttpsProxy(req, trust) {
  const remote = req.socket?.remoteAddress;
  if (!remote || !trust(remote, 0)) return false;
  const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  return proto === 'https';
}
