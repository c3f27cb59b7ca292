import { describe, expect, it } from 'vitest';
import { APP_NAMES } from '../env.ts';
import { decodeFailure, encodeFailure, safeCallbackPath } from './failures.ts';
import { appSecret, cookieNames, usableToken, type SessionToken } from './session.ts';

const token: SessionToken = {
  sub: 'user-1',
  app: 'chef',
  role: 'chef',
  name: 'Rosa',
  email: 'rosa@example.com',
  accessToken: 'a',
  refreshToken: 'r',
  accessTokenExpiresAt: 2,
  accessTokenIssuedAt: 1,
};

describe('per-app cookies and keys', () => {
  it('gives every app its own cookie names, so apps on one host keep their sessions', () => {
    const names = APP_NAMES.flatMap((app) => Object.values(cookieNames(app, false)));
    expect(new Set(names).size).toBe(names.length);
    expect(cookieNames('chef', false).sessionToken).toBe('homechef-chef.session-token');
  });

  it('uses the __Secure- and __Host- prefixes over https', () => {
    const names = cookieNames('admin', true);
    expect(names.sessionToken).toBe('__Secure-homechef-admin.session-token');
    expect(names.csrfToken).toBe('__Host-homechef-admin.csrf-token');
  });

  it('derives a different key per app from one secret', () => {
    const keys = APP_NAMES.map((app) => appSecret('s'.repeat(32), app));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('usableToken', () => {
  it('accepts a token of this app and role', () => {
    expect(usableToken('chef', token)).toEqual(token);
  });

  it('refuses another app’s token, another role, a failed renewal or a malformed one', () => {
    expect(usableToken('admin', token)).toBeNull();
    expect(usableToken('chef', { ...token, role: 'driver' })).toBeNull();
    expect(usableToken('chef', { ...token, error: 'RefreshFailed' })).toBeNull();
    expect(usableToken('chef', { sub: 'user-1' })).toBeNull();
  });
});

describe('failures', () => {
  it('round-trips through the error string next-auth carries', () => {
    const failure = { kind: 'wrong-role', role: 'driver' } as const;
    expect(decodeFailure(encodeFailure(failure))).toEqual(failure);
    expect(decodeFailure(encodeFailure({ kind: 'rate-limited', retryAfterSeconds: 30 }))).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 30,
    });
  });

  it('reads next-auth’s own codes and anything forged as unavailable', () => {
    expect(decodeFailure('CredentialsSignin')).toEqual({ kind: 'unavailable' });
    expect(decodeFailure('homechef:{"kind":"wrong-role","role":"root"}')).toEqual({
      kind: 'unavailable',
    });
    expect(decodeFailure('homechef:not json')).toEqual({ kind: 'unavailable' });
    expect(decodeFailure(null)).toEqual({ kind: 'unavailable' });
  });
});

describe('safeCallbackPath', () => {
  it('keeps paths of this app', () => {
    expect(safeCallbackPath('/account')).toBe('/account');
    expect(safeCallbackPath('/orders?id=1')).toBe('/orders?id=1');
  });

  it('sends everything else home', () => {
    for (const bad of [
      undefined,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/sign-in',
      '/api/auth/signout',
    ]) {
      expect(safeCallbackPath(bad)).toBe('/');
    }
  });
});
