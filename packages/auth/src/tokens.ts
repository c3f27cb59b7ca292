import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'homechef';
const AUDIENCE = 'homechef-api';

export type TokenRole = 'customer' | 'chef' | 'driver' | 'admin';

export interface AccessClaims {
  /** User id. */
  sub: string;
  role: TokenRole;
  /** The user's token_version when issued; a bump revokes every outstanding token. */
  tv: number;
  /** Session id: the refresh-token family this token belongs to; revoking it ends the session. */
  sid: string;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'Access token expired' : 'Invalid access token');
  }
}

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signAccessToken(
  claims: AccessClaims,
  key: Uint8Array,
  {
    ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
    now = Date.now(),
  }: { ttlSeconds?: number; now?: number } = {},
): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ role: claims.role, tv: claims.tv, sid: claims.sid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(key);
}

const ROLES = new Set<string>(['customer', 'chef', 'driver', 'admin']);

export async function verifyAccessToken(token: string, key: Uint8Array): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const { sub, role, tv, sid } = payload;
    if (
      typeof sub !== 'string' ||
      typeof role !== 'string' ||
      !ROLES.has(role) ||
      typeof tv !== 'number' ||
      typeof sid !== 'string'
    ) {
      throw new InvalidTokenError('invalid');
    }
    return { sub, role: role as TokenRole, tv, sid };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    throw new InvalidTokenError(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
  }
}

/** An opaque refresh token (256 random bits) and the hash under which it is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

/** Refresh tokens are high-entropy, so a plain SHA-256 is enough to store them safely. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
