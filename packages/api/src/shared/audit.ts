import { adminActions, type Database } from '@homechef/db';
import type { AuditAction } from '@homechef/validators';

export interface AdminActionRecord {
  adminUserId: string;
  action: AuditAction;
  targetType: 'chef' | 'user' | 'order' | 'document';
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
