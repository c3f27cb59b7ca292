/**
 * Admin work on accounts: the user list, suspension and reinstatement. Each decision is a
 * conditional update on the status it expects plus its audit row, in one transaction.
 */
import { TRPCError } from '@trpc/server';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { chefs, users } from '@homechef/db';
import type { AdminUserOutput, ListUsersInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { recordAdminAction } from '../../shared/audit.ts';
import { decodeTimeCursor, encodeTimeCursor } from '../../shared/cursor.ts';
import { pageOf, type Page } from '../../shared/pagination.ts';
import { matchesAny } from '../../shared/sql.ts';
import { sql } from 'drizzle-orm';
import { publishSessionRevoked, revokeAllSessions } from '../auth/index.ts';

/** Every account, newest first, by role, status and/or a search over name and e-mail. */
export async function listUsers(
  services: Services,
  input: z.output<typeof ListUsersInput>,
): Promise<Page<AdminUserOutput>> {
  const conditions: SQL[] = [];
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.status) conditions.push(eq(users.status, input.status));
  if (input.query) conditions.push(matchesAny(input.query, [users.name, users.email]));
  if (input.cursor) {
    const { at, id } = decodeTimeCursor(input.cursor);
    conditions.push(
      sql`(${users.createdAt}, ${users.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await services.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      phone: users.phone,
      role: users.role,
      status: users.status,
      suspendedReason: users.suspendedReason,
      createdAt: users.createdAt,
      kitchenId: chefs.id,
      businessName: chefs.businessName,
      verificationStatus: chefs.verificationStatus,
    })
    .from(users)
    .leftJoin(chefs, eq(chefs.userId, users.id))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(input.limit + 1);
  return pageOf(
    rows,
    input.limit,
    ({ kitchenId, businessName, verificationStatus, ...user }) => ({
      ...user,
      kitchen:
        kitchenId && businessName !== null && verificationStatus
          ? { id: kitchenId, businessName, verificationStatus }
          : null,
    }),
    (last) => encodeTimeCursor(last.createdAt, last.id),
  );
}

/**
 * Suspends an account: it can no longer sign in, every session ends at once, and a chef's
 * kitchen disappears from search (listing requires an active owner).
 */
export async function suspendUser(
  services: Services,
  actor: Actor,
  input: { userId: string; reason: string },
) {
  if (input.userId === actor.userId) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'You cannot suspend your own account' });
  }
  const result = await services.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'User not found' });
    if (user.status !== 'active') {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `${user.name}’s account is already ${user.status}`,
      });
    }
    const [updated] = await tx
      .update(users)
      .set({ status: 'suspended', suspendedReason: input.reason })
      .where(and(eq(users.id, user.id), eq(users.status, 'active')))
      .returning({ status: users.status, suspendedReason: users.suspendedReason });
    if (!updated)
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'The account changed meanwhile: reload it',
      });
    await revokeAllSessions(tx, user.id);
    const [kitchen] = await tx
      .select({ id: chefs.id })
      .from(chefs)
      .where(eq(chefs.userId, user.id));
    const auditId = await recordAdminAction(tx, {
      adminUserId: actor.userId,
      action: 'user.suspend',
      targetType: 'user',
      targetId: user.id,
      reason: input.reason,
      before: { status: user.status, suspendedReason: user.suspendedReason },
      after: { ...updated, sessionsRevoked: true, ...(kitchen && { hiddenChefId: kitchen.id }) },
    });
    return { userId: user.id, ...updated, auditId };
  });
  // After commit, so no instance drops a socket for a suspension that rolled back.
  await publishSessionRevoked(services.bus, { userId: input.userId });
  return result;
}

export async function reinstateUser(
  services: Services,
  actor: Actor,
  input: { userId: string; reason?: string | undefined },
) {
  return services.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'User not found' });
    if (user.status !== 'suspended') {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `${user.name}’s account is ${user.status}, not suspended`,
      });
    }
    const [updated] = await tx
      .update(users)
      .set({ status: 'active', suspendedReason: null })
      .where(and(eq(users.id, user.id), eq(users.status, 'suspended')))
      .returning({ status: users.status, suspendedReason: users.suspendedReason });
    if (!updated)
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'The account changed meanwhile: reload it',
      });
    const auditId = await recordAdminAction(tx, {
      adminUserId: actor.userId,
      action: 'user.reinstate',
      targetType: 'user',
      targetId: user.id,
      reason: input.reason ?? null,
      before: { status: user.status, suspendedReason: user.suspendedReason },
      after: updated,
    });
    return { userId: user.id, ...updated, auditId };
  });
}
