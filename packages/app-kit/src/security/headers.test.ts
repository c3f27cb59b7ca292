import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, permissionsPolicy } from './headers.ts';

const directives = (csp: string) =>
  new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('contentSecurityPolicy', () => {
  const input = {
    nonce: 'abc123==',
    apiUrl: 'https://api.example.com/trpc',
    wsUrl: 'wss://rt.example.com/realtime',
    dev: false,
  };

  it('allows scripts only with the nonce and the API origins only to connect to', () => {
    const csp = directives(contentSecurityPolicy(input));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'https://api.example.com',
      'wss://rt.example.com',
    ]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toContain('https:');
  });

  it('lets photos load from the API, also a plain-http one', () => {
    const csp = directives(
      contentSecurityPolicy({ ...input, apiUrl: 'http://localhost:9001/trpc' }),
    );
    expect(csp.get('img-src')).toContain('http://localhost:9001');
  });

  it('lets map tiles load from the tile server, also a plain-http one', () => {
    const csp = directives(
      contentSecurityPolicy({ ...input, tileUrl: 'http://tiles.lan:8080/{z}/{x}/{y}.png' }),
    );
    expect(csp.get('img-src')).toContain('http://tiles.lan:8080');
    const sharded = directives(
      contentSecurityPolicy({ ...input, tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' }),
    );
    expect(sharded.get('img-src')).toContain('https://*.tile.example.org');
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(contentSecurityPolicy({ ...input, dev: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    );
    expect(contentSecurityPolicy(input)).not.toContain('unsafe-eval');
  });

  it('lets the driver app run its own service worker (offline pages, offer notifications)', () => {
    expect(directives(contentSecurityPolicy(input)).get('worker-src')).toEqual(["'self'"]);
  });
});

describe('permissionsPolicy', () => {
  it('lets the apps that locate the device use geolocation, and not the admin console', () => {
    expect(permissionsPolicy('driver')).toContain('geolocation=(self)');
    expect(permissionsPolicy('admin')).toContain('geolocation=()');
    expect(permissionsPolicy('customer')).toContain('camera=()');
  });
});

describe('createNonce', () => {
  it('is fresh every time', () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
