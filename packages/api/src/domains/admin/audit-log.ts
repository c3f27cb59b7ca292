/** Reading the audit log (writing it is shared/audit.ts, inside each change's transaction). */
import { TRPCError } from '@trpc/server';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { adminActions, chefs, drivers, users, type Database } from '@homechef/db';
import { auditActionLabel, type AuditLogEntry, type AuditLogInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Services } from '../../context.ts';
import { pageOf } from '../../shared/pagination.ts';

const actingAdmin = alias(users, 'acting_admin');
const targetUser = alias(users, 'target_user');
const driverUser = alias(users, 'driver_user');

export async function auditEntries(
  db: Database,
  where: SQL | undefined,
  limit: number,
): Promise<AuditLogEntry[]> {
  const rows = await db
    .select({
      id: adminActions.id,
      adminId: actingAdmin.id,
      adminName: actingAdmin.name,
      adminEmail: actingAdmin.email,
      action: adminActions.action,
      targetType: adminActions.targetType,
      targetId: adminActions.targetId,
      targetLabel: sql<
        string | null
      >`coalesce(${chefs.businessName}, ${targetUser.name}, ${driverUser.name})`,
      reason: adminActions.reason,
      before: adminActions.before,
      after: adminActions.after,
      createdAt: adminActions.createdAt,
    })
    .from(adminActions)
    .innerJoin(actingAdmin, eq(actingAdmin.id, adminActions.adminUserId))
    .leftJoin(
      chefs,
      sql`${adminActions.targetType} = 'chef' and ${chefs.id}::text = ${adminActions.targetId}`,
    )
    .leftJoin(
      targetUser,
      sql`${adminActions.targetType} = 'user' and ${targetUser.id}::text = ${adminActions.targetId}`,
    )
    .leftJoin(
      drivers,
      sql`${adminActions.targetType} = 'driver' and ${drivers.id}::text = ${adminActions.targetId}`,
    )
    .leftJoin(driverUser, eq(driverUser.id, drivers.userId))
    .where(where)
    .orderBy(desc(adminActions.id))
    .limit(limit);
  return rows.map(({ adminId, adminName, adminEmail, ...row }) => ({
    ...row,
    actionLabel: auditActionLabel(row.action),
    admin: { id: adminId, name: adminName, email: adminEmail },
  }));
}

/** The audit log, newest first, filtered; `cursor` continues after the last entry seen. */
export async function auditLog(services: Services, input: z.output<typeof AuditLogInput>) {
  const conditions: SQL[] = [];
  if (input.action) conditions.push(eq(adminActions.action, input.action));
  if (input.targetType) conditions.push(eq(adminActions.targetType, input.targetType));
  if (input.targetId) conditions.push(eq(adminActions.targetId, input.targetId));
  if (input.adminUserId) conditions.push(eq(adminActions.adminUserId, input.adminUserId));
  if (input.from) conditions.push(gte(adminActions.createdAt, input.from));
  if (input.to) conditions.push(lt(adminActions.createdAt, input.to));
  if (input.cursor) {
    if (!/^[1-9][0-9]{0,15}$/.test(input.cursor)) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid cursor: reload the log' });
    }
    conditions.push(lt(adminActions.id, Number(input.cursor)));
  }
  const rows = await auditEntries(
    services.db,
    conditions.length ? and(...conditions) : undefined,
    input.limit + 1,
  );
  return pageOf(
    rows,
    input.limit,
    (entry) => entry,
    (last) => String(last.id),
  );
}
