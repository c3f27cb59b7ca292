import { and, desc, eq, inArray } from 'drizzle-orm';
import { adminActions, type Database } from '@homechef/db';
import type { AuditAction } from '@homechef/validators';
import type { AuditTargetType } from '@homechef/validators/constants';

export interface AdminActionRecord {
  adminUserId: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log; call inside the transaction of the change it records. */
export async function recordAdminAction(tx: Database, record: AdminActionRecord): Promise<number> {
  const [row] = await tx
    .insert(adminActions)
    .values({
      adminUserId: record.adminUserId,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      reason: record.reason ?? null,
      before: record.before ?? null,
      after: record.after ?? null,
    })
    .returning({ id: adminActions.id });
  if (!row) throw new Error('admin action insert returned nothing');
  return row.id;
}

/**
 * The reason of the latest `action` on each of `ids` (e.g. why a kitchen or a driver is
 * suspended: the reason lives in the audit log, not on the row).
 */
export async function latestActionReasons(
  db: Database,
  targetType: AuditTargetType,
  action: AuditAction,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  const reasons = new Map<string, string | null>();
  if (!ids.length) return reasons;
  const latest = await db
    .selectDistinctOn([adminActions.targetId], {
      targetId: adminActions.targetId,
      reason: adminActions.reason,
    })
    .from(adminActions)
    .where(
      and(
        eq(adminActions.targetType, targetType),
        eq(adminActions.action, action),
        inArray(adminActions.targetId, [...ids]),
      ),
    )
    .orderBy(adminActions.targetId, desc(adminActions.id));
  for (const row of latest) reasons.set(row.targetId, row.reason);
  return reasons;
}
