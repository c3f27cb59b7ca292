import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  hashRefreshToken,
  InvalidTokenError,
  newRefreshToken,
  secretKey,
  signAccessToken,
  verifyAccessToken,
} from './tokens.ts';

const key = secretKey('test-secret-that-is-long-enough-0123456789');

describe('access tokens', () => {
  it('round-trips the claims', async () => {
    const token = await signAccessToken({ sub: 'u1', role: 'chef', tv: 3, sid: 's9' }, key);
    await expect(verifyAccessToken(token, key)).resolves.toEqual({
      sub: 'u1',
      role: 'chef',
      tv: 3,
      sid: 's9',
    });
  });

  it('rejects an expired token as expired', async () => {
    const token = await signAccessToken({ sub: 'u1', role: 'chef', tv: 0, sid: 's1' }, key, {
      now: Date.now() - 3600_000,
    });
    await expect(verifyAccessToken(token, key)).rejects.toMatchObject({ reason: 'expired' });
  });

  it('rejects a token signed with another secret, a tampered one, and garbage', async () => {
    const other = await signAccessToken(
      { sub: 'u1', role: 'admin', tv: 0, sid: 's1' },
      secretKey('another-secret-another-secret-1234'),
    );
    await expect(verifyAccessToken(other, key)).rejects.toBeInstanceOf(InvalidTokenError);
    const good = await signAccessToken({ sub: 'u1', role: 'customer', tv: 0, sid: 's1' }, key);
    const [h, , s] = good.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: 'u1', role: 'admin', tv: 0, sid: 's1' }),
    ).toString('base64url');
    await expect(verifyAccessToken(`${h}.${forgedPayload}.${s}`, key)).rejects.toMatchObject({
      reason: 'invalid',
    });
    await expect(verifyAccessToken('not.a.jwt', key)).rejects.toMatchObject({ reason: 'invalid' });
  });

  it('rejects a token without a session id', async () => {
    const noSid = await new SignJWT({ role: 'chef', tv: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('homechef')
      .setAudience('homechef-api')
      .setExpirationTime('5m')
      .sign(key);
    await expect(verifyAccessToken(noSid, key)).rejects.toMatchObject({ reason: 'invalid' });
  });

  it('rejects the "none" algorithm and unknown roles', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({ sub: 'u1', role: 'admin', tv: 0, iss: 'homechef', aud: 'homechef-api' }),
    ).toString('base64url');
    await expect(verifyAccessToken(`${header}.${body}.`, key)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
    const weird = await new SignJWT({ role: 'root', tv: 0, sid: 's1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('homechef')
      .setAudience('homechef-api')
      .setExpirationTime('5m')
      .sign(key);
    await expect(verifyAccessToken(weird, key)).rejects.toMatchObject({ reason: 'invalid' });
  });
});

describe('refresh tokens', () => {
  it('are random and stored only as their hash', () => {
    const a = newRefreshToken();
    const b = newRefreshToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[\w-]{43}$/);
    expect(a.hash).toBe(hashRefreshToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
