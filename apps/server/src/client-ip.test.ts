import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1']);
const req = (peer: string, forwarded?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  }) as unknown as IncomingMessage;

describe('clientIp', () => {
  it('is the socket peer when the peer is not a trusted proxy, whatever it claims', () => {
    expect(clientIp(req('198.51.100.4', '203.0.113.9'), LOOPBACK)).toBe('198.51.100.4');
  });

  it('is the forwarded address when a trusted proxy (an app on loopback) forwards it', () => {
    expect(clientIp(req('127.0.0.1', '203.0.113.9'), LOOPBACK)).toBe('203.0.113.9');
  });

  it('takes the nearest untrusted hop, so a client cannot prepend a fake one', () => {
    expect(clientIp(req('127.0.0.1', '1.2.3.4, 203.0.113.9'), LOOPBACK)).toBe('203.0.113.9');
    expect(clientIp(req('127.0.0.1', '203.0.113.9, ::1'), LOOPBACK)).toBe('203.0.113.9');
  });

  it('stops at anything that is not an address', () => {
    expect(clientIp(req('127.0.0.1', 'evil, 203.0.113.9'), LOOPBACK)).toBe('203.0.113.9');
    expect(clientIp(req('127.0.0.1', '203.0.113.9, not-an-ip'), LOOPBACK)).toBe('127.0.0.1');
  });

  it('trusts nobody when the list is empty', () => {
    expect(clientIp(req('127.0.0.1', '203.0.113.9'), new Set())).toBe('127.0.0.1');
  });
});
