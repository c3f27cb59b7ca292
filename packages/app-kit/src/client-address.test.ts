import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, resolveClientAddress } from '../serve/client-address.mjs';

describe('resolveClientAddress', () => {
  const none = parseTrustedProxies('');

  it('ignores a client-sent X-Forwarded-For when no proxy is trusted', () => {
    expect(resolveClientAddress('127.0.0.1', '198.51.100.98', none)).toBe('127.0.0.1');
    expect(resolveClientAddress('::ffff:203.0.113.7', '198.51.100.98, 10.0.0.1', none)).toBe(
      '203.0.113.7',
    );
    expect(resolveClientAddress('203.0.113.7', undefined, none)).toBe('203.0.113.7');
  });

  it('behind trusted proxies takes the nearest hop that is not one of them', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.1');
    // The client forged the leftmost entry; the proxies appended what they saw.
    expect(resolveClientAddress('10.0.0.5', '198.51.100.98, 203.0.113.7, 192.0.2.1', trusted)).toBe(
      '203.0.113.7',
    );
    expect(resolveClientAddress('::ffff:10.1.2.3', ['203.0.113.9'], trusted)).toBe('203.0.113.9');
    // Nothing forwarded: the proxy itself.
    expect(resolveClientAddress('10.0.0.5', undefined, trusted)).toBe('10.0.0.5');
    // A hop that is no address stops the walk at the last known one.
    expect(resolveClientAddress('10.0.0.5', 'evil, not-an-ip', trusted)).toBe('10.0.0.5');
    // Only trusted hops: the farthest of them.
    expect(resolveClientAddress('10.0.0.5', '10.9.9.9', trusted)).toBe('10.9.9.9');
  });

  it('never trusts the header of a peer outside the list', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    expect(resolveClientAddress('203.0.113.7', '10.0.0.1', trusted)).toBe('203.0.113.7');
  });
});

describe('parseTrustedProxies', () => {
  it('accepts addresses and CIDR ranges, IPv4 and IPv6', () => {
    const list = parseTrustedProxies('127.0.0.1, ::1, 10.0.0.0/8, fd00::/8');
    expect(list.check('10.20.30.40', 'ipv4')).toBe(true);
    expect(list.check('fd12::1', 'ipv6')).toBe(true);
    expect(list.check('11.0.0.1', 'ipv4')).toBe(false);
  });

  it('refuses anything else', () => {
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.1/8/1', '1.2.3', '10.0.0.0/x']) {
      expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
