import { describe, expect, it } from 'vitest';
import { clientAddressOf, clientKeyOfAddress, trustedProxies, viaTrustedHttpsProxy } from '../../server/client-address.mjs';
import { parseSettings } from '@/lib/settings.mjs';

const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as never;

describe('client address', () => {
  it('without trusted proxies is the socket address, whatever X-Forwarded-For says', () => {
    const none = trustedProxies([]);
    expect(clientAddressOf(request('203.0.113.7'), none)).toBe('203.0.113.7');
    expect(clientAddressOf(request('203.0.113.7', { 'x-forwarded-for': '1.2.3.4' }), none)).toBe('203.0.113.7');
    expect(clientAddressOf(request('127.0.0.1', { 'x-forwarded-for': '1.2.3.4, 5.6.7.8', 'x-real-ip': '9.9.9.9' }), none)).toBe('127.0.0.1');
  });

  it('behind trusted proxies is the right-most X-Forwarded-For address that is not a trusted proxy', () => {
    const trust = trustedProxies(['10.0.0.0/8', '192.0.2.1']);
    // The proxy appended the address it saw (198.51.100.9); what the client wrote on the left does not count.
    expect(clientAddressOf(request('10.1.2.3', { 'x-forwarded-for': '1.1.1.1, 198.51.100.9' }), trust)).toBe('198.51.100.9');
    // Two trusted hops.
    expect(clientAddressOf(request('10.1.2.3', { 'x-forwarded-for': '6.6.6.6, 198.51.100.9, 192.0.2.1' }), trust)).toBe('198.51.100.9');
    // A client talking to us directly cannot claim another address.
    expect(clientAddressOf(request('198.51.100.9', { 'x-forwarded-for': '10.0.0.1' }), trust)).toBe('198.51.100.9');
    // A trusted proxy without X-Forwarded-For: the proxy itself.
    expect(clientAddressOf(request('10.1.2.3'), trust)).toBe('10.1.2.3');
    // IPv4-mapped IPv6 socket addresses match IPv4 ranges.
    expect(clientAddressOf(request('::ffff:10.1.2.3', { 'x-forwarded-for': '198.51.100.9' }), trust)).toBe('198.51.100.9');
    expect(clientAddressOf(request('::ffff:198.51.100.9'), trust)).toBe('198.51.100.9');
  });

  it('counts an IPv6 client by its /64 network, an IPv4-mapped one as IPv4', () => {
    expect(clientKeyOfAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOfAddress('2001:db8:1:2:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOfAddress('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(clientKeyOfAddress('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(clientKeyOfAddress('127.0.0.2')).toBe('127.0.0.2');
    expect(clientAddressOf(request('2001:db8::7', { 'x-forwarded-for': '1.2.3.4' }), trustedProxies([]))).toBe('2001:db8:0:0::/64');
  });

  it('keys stay short whatever a trusted proxy passes on', () => {
    const trust = trustedProxies(['loopback']);
    expect(clientAddressOf(request('127.0.0.1', { 'x-forwarded-for': 'x'.repeat(10_000) }), trust).length).toBeLessThanOrEqual(64);
  });

  it('counts X-Forwarded-Proto: https only from a trusted proxy', () => {
    const trust = trustedProxies(['loopback']);
    expect(viaTrustedHttpsProxy(request('127.0.0.1', { 'x-forwarded-proto': 'https' }), trust)).toBe(true);
    expect(viaTrustedHttpsProxy(request('127.0.0.1', { 'x-forwarded-proto': 'http' }), trust)).toBe(false);
    expect(viaTrustedHttpsProxy(request('203.0.113.7', { 'x-forwarded-proto': 'https' }), trust)).toBe(false);
    expect(viaTrustedHttpsProxy(request('127.0.0.1', { 'x-forwarded-proto': 'https' }), trustedProxies([]))).toBe(false);
  });

  it('ATLAS_TRUSTED_PROXIES is validated at start-up', () => {
    expect(parseSettings({ ATLAS_TRUSTED_PROXIES: ' 10.0.0.0/8 , ::1,loopback ' }).ATLAS_TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '::1', 'loopback']);
    expect(parseSettings({}).ATLAS_TRUSTED_PROXIES).toEqual([]);
    expect(() => parseSettings({ ATLAS_TRUSTED_PROXIES: '10.0.0.0/8, proxy.example' })).toThrow(/ATLAS_TRUSTED_PROXIES.*IP addresses or CIDR ranges/);
    expect(() => parseSettings({ ATLAS_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/ATLAS_TRUSTED_PROXIES/);
    expect(() => parseSettings({ ATLAS_RATE_LIMIT_STORE: 'redis' })).toThrow(/ATLAS_RATE_LIMIT_STORE/);
  });
});
