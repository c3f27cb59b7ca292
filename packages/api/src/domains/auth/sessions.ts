import { and, eq, isNull, sql } from 'drizzle-orm';
import { refreshTokens, users, type Database } from '@homechef/db';
import type { EventBus } from '@homechef/realtime';

/** Published after a revocation commits; every server instance closes the matching sockets. */
export const SESSION_REVOKED_TOPIC = 'session.revoked';

export interface SessionRevoked {
  userId: string;
  /** One session (a refresh-token family); absent: every session of the user. */
  familyId?: string;
}

/**
 * Ends every session of a user: bumps token_version (outstanding access tokens stop working)
 * and revokes every refresh token. Call inside the transaction of the change that causes it,
 * then `publishSessionRevoked` after commit.
 */
export async function revokeAllSessions(tx: Database, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId));
  await tx
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
}

export async function revokeFamily(tx: Database, familyId: string): Promise<void> {
  await tx
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

export function publishSessionRevoked(bus: EventBus, event: SessionRevoked): Promise<void> {
  return bus.publish(SESSION_REVOKED_TOPIC, event);
}
