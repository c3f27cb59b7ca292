/**
 * One moderation step for anything with a verification status (kitchens, drivers): lock the
 * row, check it is still in the status the admin saw, update it only if so, and record the
 * action in admin_actions, all in one transaction. Two admins acting at once get one winner
 * and one CONFLICT, and the audit log never misses or invents a change.
 */
import { TRPCError } from '@trpc/server';
import type { Database } from '@homechef/db';
import type { AuditAction } from '@homechef/validators';
import type { AuditTargetType, CHEF_VERIFICATION_STATUSES } from '@homechef/validators/constants';
import type { Actor, Services } from '../../context.ts';
import { recordAdminAction } from '../../shared/audit.ts';

export type VerificationStatus = (typeof CHEF_VERIFICATION_STATUSES)[number];

export interface Moderated {
  verificationStatus: VerificationStatus;
  rejectionReason: string | null;
}

const STATUS_WORDS: Record<VerificationStatus, string> = {
  draft: 'still a draft',
  submitted: 'waiting for review',
  approved: 'already approved',
  rejected: 'already rejected',
  suspended: 'suspended',
};

export interface ModerationStep<Row extends Moderated> {
  targetType: AuditTargetType;
  targetId: string;
  /** `Kitchen`, `Driver`: for NOT_FOUND and CONFLICT messages. */
  noun: string;
  /** How the target is named in a CONFLICT message. */
  nameOf: (row: Row) => string;
  /** The row, locked for the rest of the transaction (undefined: not found). */
  lock: (tx: Database) => Promise<Row | undefined>;
  /** Sets `to` and `set` only where the row is still `from`; undefined when it was not. */
  update: (tx: Database) => Promise<Moderated | undefined>;
  from: VerificationStatus;
  to: VerificationStatus;
  action: AuditAction;
  reason?: string | null;
  /** More work in the same transaction; what it returns is added to the audit row's `after`. */
  also?: (tx: Database, row: Row) => Promise<Record<string, unknown> | void>;
}

export interface ModerationResult {
  verificationStatus: VerificationStatus;
  statusReason: string | null;
  auditId: number;
}

export function moderate<Row extends Moderated>(
  services: Services,
  actor: Actor,
  step: ModerationStep<Row>,
): Promise<ModerationResult> {
  const { from, to } = step;
  return services.db.transaction(async (tx) => {
    const row = await step.lock(tx);
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `${step.noun} not found` });
    if (row.verificationStatus !== from) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `“${step.nameOf(row)}” is ${STATUS_WORDS[row.verificationStatus]}, so it cannot be ${to === 'approved' && from === 'suspended' ? 'reinstated' : to}`,
      });
    }
    const updated = await step.update(tx);
    if (!updated) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `The ${step.noun.toLowerCase()} changed meanwhile: reload it`,
      });
    }
    const extra = (await step.also?.(tx, row)) ?? {};
    const auditId = await recordAdminAction(tx, {
      adminUserId: actor.userId,
      action: step.action,
      targetType: step.targetType,
      targetId: step.targetId,
      reason: step.reason ?? null,
      before: { verificationStatus: row.verificationStatus, rejectionReason: row.rejectionReason },
      after: {
        verificationStatus: updated.verificationStatus,
        rejectionReason: updated.rejectionReason,
        ...extra,
      },
    });
    return {
      verificationStatus: updated.verificationStatus,
      statusReason: to === 'rejected' || to === 'suspended' ? (step.reason ?? null) : null,
      auditId,
    };
  });
}
