import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import {
  hashPassword,
  hashRefreshToken,
  InvalidTokenError,
  newRefreshToken,
  signAccessToken,
  verifyAccessToken,
  verifyPassword,
} from '@homechef/auth';
import { refreshTokens, users, type Database, type User } from '@homechef/db';
import type { LoginInput, RegisterInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Client, Services } from '../../context.ts';
import { isUniqueViolation } from '../../shared/pg-errors.ts';
import { publishSessionRevoked, revokeAllSessions, revokeFamily } from './sessions.ts';

type Parsed<T extends z.ZodType> = z.output<T>;

/** A refresh token presented again within this window after rotation is a race, not a theft. */
export const REFRESH_REUSE_GRACE_SECONDS = 10;

const WRONG_CREDENTIALS = 'Wrong email or password';

/** Verified against when the email is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;

export function toPublicUser(
  user: Pick<User, 'id' | 'email' | 'name' | 'phone' | 'role' | 'createdAt'>,
) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    createdAt: user.createdAt,
  };
}

async function issueSession(
  services: Services,
  tx: Database,
  user: Pick<User, 'id' | 'role' | 'tokenVersion'>,
  client: Client,
  { familyId, parentId }: { familyId?: string; parentId?: string } = {},
) {
  const refresh = newRefreshToken();
  const [row] = await tx
    .insert(refreshTokens)
    .values({
      userId: user.id,
      familyId: familyId ?? crypto.randomUUID(),
      parentId: parentId ?? null,
      tokenHash: refresh.hash,
      expiresAt: new Date(Date.now() + services.auth.refreshTtlSeconds * 1000),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip,
    })
    .returning({ familyId: refreshTokens.familyId });
  if (!row) throw new Error('refresh token insert returned nothing');
  const accessToken = await signAccessToken(
    { sub: user.id, role: user.role, tv: user.tokenVersion, sid: row.familyId },
    services.auth.key,
    { ttlSeconds: services.auth.accessTtlSeconds },
  );
  return {
    accessToken,
    refreshToken: refresh.token,
    accessTokenExpiresAt: new Date(Date.now() + services.auth.accessTtlSeconds * 1000),
  };
}

/** The signed-in user's account. */
export async function getMe(services: Services, actor: Actor) {
  const [user] = await services.db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'Account not found' });
  return toPublicUser(user);
}

export async function register(
  services: Services,
  client: Client,
  input: Parsed<typeof RegisterInput>,
) {
  await services.limits.authAttempt(client.ip ?? 'unknown');
  const passwordHash = await hashPassword(input.password);
  try {
    return await services.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: input.role, passwordHash })
        .returning();
      if (!user) throw new Error('user insert returned nothing');
      return { user: toPublicUser(user), ...(await issueSession(services, tx, user, client)) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'An account with this email already exists',
      });
    }
    throw error;
  }
}

export async function login(services: Services, client: Client, input: Parsed<typeof LoginInput>) {
  await services.limits.authAttempt(client.ip ?? 'unknown');
  await services.limits.beginSignIn(input.email);
  const [user] = await services.db
    .select()
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  dummyHash ??= hashPassword('not the password of anyone');
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !matches || user.status === 'deleted') {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: WRONG_CREDENTIALS });
  }
  await services.limits.succeededSignIn(input.email);
  if (user.status === 'suspended') {
    // Only someone who knows the password learns this.
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This account is suspended' });
  }
  const tokens = await services.db.transaction((tx) => issueSession(services, tx, user, client));
  return { user: toPublicUser(user), ...tokens };
}

const SESSION_ENDED = 'Your session has ended. Sign in again.';

export async function refresh(
  services: Services,
  client: Client,
  { refreshToken }: { refreshToken: string },
) {
  const outcome = await services.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ token: refreshTokens, user: users })
      .from(refreshTokens)
      .innerJoin(users, eq(users.id, refreshTokens.userId))
      .where(eq(refreshTokens.tokenHash, hashRefreshToken(refreshToken)))
      .for('update', { of: refreshTokens })
      .limit(1);
    if (
      !row ||
      row.token.revokedAt ||
      row.token.expiresAt <= new Date() ||
      row.user.status !== 'active'
    ) {
      return { ok: false as const };
    }
    const { token, user } = row;
    if (token.rotatedAt) {
      const sinceRotation = (Date.now() - token.rotatedAt.getTime()) / 1000;
      if (sinceRotation > REFRESH_REUSE_GRACE_SECONDS) {
        // Presented again long after it was exchanged: someone else holds a copy.
        await revokeFamily(tx, token.familyId);
        return { ok: false as const, revoked: { userId: user.id, familyId: token.familyId } };
      }
    } else {
      await tx
        .update(refreshTokens)
        .set({ rotatedAt: new Date() })
        .where(eq(refreshTokens.id, token.id));
    }
    const tokens = await issueSession(services, tx, user, client, {
      familyId: token.familyId,
      parentId: token.id,
    });
    return { ok: true as const, tokens };
  });
  if (!outcome.ok) {
    if (outcome.revoked) await publishSessionRevoked(services.bus, outcome.revoked);
    throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_ENDED });
  }
  return outcome.tokens;
}

/** Ends the session the refresh token belongs to. Unknown tokens succeed: logout is idempotent. */
export async function logout(services: Services, { refreshToken }: { refreshToken: string }) {
  const [row] = await services.db
    .select({ userId: refreshTokens.userId, familyId: refreshTokens.familyId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashRefreshToken(refreshToken)))
    .limit(1);
  if (!row) return { ok: true as const };
  await revokeFamily(services.db, row.familyId);
  await publishSessionRevoked(services.bus, row);
  return { ok: true as const };
}

export async function changePassword(
  services: Services,
  actor: Actor,
  client: Client,
  input: { currentPassword: string; newPassword: string },
) {
  const [user] = await services.db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_ENDED });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Your current password is not correct' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const tokens = await services.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id);
    // Every session ends, this one included; it continues on a fresh one.
    return issueSession(services, tx, { ...user, tokenVersion: user.tokenVersion + 1 }, client);
  });
  await publishSessionRevoked(services.bus, { userId: user.id });
  return tokens;
}

/**
 * Who the bearer of an access token is, checked against the database on every call so that a
 * suspension, a password change or a sign-out takes effect at once. No token: anonymous.
 */
export async function authenticate(
  services: Services,
  token: string | null,
): Promise<Actor | null> {
  if (!token) return null;
  let claims;
  try {
    claims = await verifyAccessToken(token, services.auth.key);
  } catch (error) {
    const message =
      error instanceof InvalidTokenError && error.reason === 'expired'
        ? 'Access token expired'
        : 'Invalid access token';
    throw new TRPCError({ code: 'UNAUTHORIZED', message });
  }
  const [row] = await services.db
    .select({
      role: users.role,
      status: users.status,
      tokenVersion: users.tokenVersion,
      sessionLive: sql<boolean>`exists (select 1 from ${refreshTokens} where ${refreshTokens.familyId} = ${claims.sid} and ${refreshTokens.revokedAt} is null)`,
    })
    .from(users)
    .where(eq(users.id, claims.sub))
    .limit(1);
  if (
    !row ||
    row.status !== 'active' ||
    row.tokenVersion !== claims.tv ||
    !row.sessionLive ||
    row.role !== claims.role
  ) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_ENDED });
  }
  return { userId: claims.sub, role: row.role, sessionId: claims.sid };
}

/**
 * `Authorization: Bearer <token>` → the token; no header → null. A malformed header is passed
 * on as it is, so that it fails verification loudly instead of quietly acting as anonymous.
 */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (header === undefined || header === '') return null;
  const value = Array.isArray(header) ? header.join(',') : header;
  return value.replace(/^Bearer\s+/i, '').trim();
}
