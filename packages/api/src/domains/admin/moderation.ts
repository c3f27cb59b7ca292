/**
 * What kitchens and drivers share under review, both having a verification status: the queue
 * and list queries, the history, and the moderation step. A step locks the row, checks it is
 * still in the status the admin saw, updates it only if so, and records the action in
 * admin_actions, all in one transaction. Two admins acting at once get one winner and one
 * CONFLICT, and the audit log never misses or invents a change.
 */
import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { adminActions, type chefs, type Database, type drivers } from '@homechef/db';
import type { CHEF_VERIFICATION_STATUSES } from '@homechef/validators/constants';
import type { Actor, Services } from '../../context.ts';
import { recordAdminAction } from '../../shared/audit.ts';
import { decodeTimeCursor, encodeTimeCursor } from '../../shared/cursor.ts';
import { matchesAny } from '../../shared/sql.ts';
import { auditEntries } from './audit-log.ts';

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

/** The columns the queries below read, of the chefs or the drivers table. */
interface ModeratedTable {
  id: AnyPgColumn;
  userId: AnyPgColumn;
  verificationStatus: AnyPgColumn;
  submittedAt: AnyPgColumn;
  createdAt: AnyPgColumn;
}

/** A page's filter, order and cursor, for `findMany` and `pageOf`. */
export interface PageQuery {
  where: SQL | undefined;
  orderBy: SQL[];
  cursorOf: (row: { id: string; createdAt: Date; submittedAt: Date | null }) => string;
}

/** Waiting for review, oldest submission first (or creation, if never stamped), after `cursor`. */
export function reviewQueueQuery(t: ModeratedTable, cursor: string | undefined): PageQuery {
  const submitted = sql`coalesce(${t.submittedAt}, ${t.createdAt})`;
  const conditions = [eq(t.verificationStatus, 'submitted')];
  if (cursor) {
    const { at, id } = decodeTimeCursor(cursor);
    conditions.push(sql`(${submitted}, ${t.id}) > (${at.toISOString()}::timestamptz, ${id}::uuid)`);
  }
  return {
    where: and(...conditions),
    orderBy: [sql`${submitted} asc`, asc(t.id)],
    cursorOf: (row) => encodeTimeCursor(row.submittedAt ?? row.createdAt, row.id),
  };
}

/**
 * Newest first, after `cursor`, by status and/or a search over `searched` and the owner's
 * name and e-mail.
 */
export function moderatedListQuery(
  t: ModeratedTable,
  input: {
    status?: VerificationStatus | undefined;
    query?: string | undefined;
    cursor?: string | undefined;
  },
  searched: AnyPgColumn[],
): PageQuery {
  const conditions: SQL[] = [];
  if (input.status) conditions.push(eq(t.verificationStatus, input.status));
  if (input.query) {
    conditions.push(
      sql`(${matchesAny(input.query, searched)} or exists (
        select 1 from users u where u.id = ${t.userId}
          and ${matchesAny(input.query, [sql`u.name`, sql`u.email`])}))`,
    );
  }
  if (input.cursor) {
    const { at, id } = decodeTimeCursor(input.cursor);
    conditions.push(
      sql`(${t.createdAt}, ${t.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  return {
    where: conditions.length ? and(...conditions) : undefined,
    orderBy: [desc(t.createdAt), desc(t.id)],
    cursorOf: (row) => encodeTimeCursor(row.createdAt, row.id),
  };
}

/** The latest admin actions on a kitchen or a driver and on its owner's account. */
export function moderationHistory(
  db: Database,
  targetType: ModeratedType,
  row: { id: string; userId: string },
) {
  return auditEntries(
    db,
    or(
      and(eq(adminActions.targetType, targetType), eq(adminActions.targetId, row.id)),
      and(eq(adminActions.targetType, 'user'), eq(adminActions.targetId, row.userId)),
    ),
    50,
  );
}

type ModeratedType = 'chef' | 'driver';

/** The decisions on a verification, the same for kitchens and drivers. */
export type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

const MOVES: Record<Decision, { from: VerificationStatus; to: VerificationStatus }> = {
  approve: { from: 'submitted', to: 'approved' },
  reject: { from: 'submitted', to: 'rejected' },
  suspend: { from: 'approved', to: 'suspended' },
  reinstate: { from: 'suspended', to: 'approved' },
};

export interface ModerationStep<Row extends Moderated> {
  targetType: ModeratedType;
  targetId: string;
  /** `Kitchen`, `Driver`: for NOT_FOUND and CONFLICT messages. */
  noun: string;
  /** How the target is named in a CONFLICT message. */
  nameOf: (row: Row) => string;
  /** The row, locked for the rest of the transaction (undefined: not found). */
  lock: (tx: Database) => Promise<Row | undefined>;
  /** The table the row is in, updated only where the row is still in the status expected. */
  table: typeof chefs | typeof drivers;
  decision: Decision;
  reason?: string | null | undefined;
  now?: Date;
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
  const { from, to } = MOVES[step.decision];
  const reason = step.reason ?? null;
  // Besides the status, approving stamps approvedAt and clears the last rejection; rejecting
  // keeps the reason on the row.
  const set =
    step.decision === 'approve'
      ? { approvedAt: step.now ?? new Date(), rejectionReason: null }
      : step.decision === 'reject'
        ? { rejectionReason: reason }
        : {};
  return services.db.transaction(async (tx) => {
    const row = await step.lock(tx);
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `${step.noun} not found` });
    if (row.verificationStatus !== from) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `“${step.nameOf(row)}” is ${STATUS_WORDS[row.verificationStatus]}, so it cannot be ${step.decision === 'reinstate' ? 'reinstated' : to}`,
      });
    }
    const { table } = step;
    const [updated] = await tx
      .update(table)
      .set({ verificationStatus: to, ...set })
      .where(and(eq(table.id, step.targetId), eq(table.verificationStatus, from)))
      .returning({
        verificationStatus: table.verificationStatus,
        rejectionReason: table.rejectionReason,
      });
    if (!updated) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `The ${step.noun.toLowerCase()} changed meanwhile: reload it`,
      });
    }
    const extra = (await step.also?.(tx, row)) ?? {};
    const auditId = await recordAdminAction(tx, {
      adminUserId: actor.userId,
      action: `${step.targetType}.${step.decision}`,
      targetType: step.targetType,
      targetId: step.targetId,
      reason,
      before: { verificationStatus: row.verificationStatus, rejectionReason: row.rejectionReason },
      after: {
        verificationStatus: updated.verificationStatus,
        rejectionReason: updated.rejectionReason,
        ...extra,
      },
    });
    return {
      verificationStatus: updated.verificationStatus,
      statusReason: to === 'rejected' || to === 'suspended' ? reason : null,
      auditId,
    };
  });
}
