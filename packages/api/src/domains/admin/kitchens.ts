/**
 * Admin work on kitchens. Every decision is a moderation step (moderation.ts): a conditional
 * update on the status it expects plus a row in admin_actions, in one transaction.
 */
import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  adminActions,
  chefDocuments,
  chefs,
  type Chef,
  type ChefVerificationStatus,
  type Database,
} from '@homechef/db';
import type {
  AdminChefOutput,
  AuditAction,
  ListChefsInput,
  RejectChefInput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { decodeTimeCursor, encodeTimeCursor } from '../../shared/cursor.ts';
import { pageOf } from '../../shared/pagination.ts';
import { matchesAny } from '../../shared/sql.ts';
import {
  KITCHEN_PROFILE_WITH,
  kitchenOf,
  loadChefWithDetails,
  openingSummary,
  statusReasons,
  toChefProfile,
  type ChefWithDetails,
} from '../chefs/index.ts';
import { auditEntries } from './audit-log.ts';
import { moderate } from './moderation.ts';

function toAdminChef(
  chef: Omit<ChefWithDetails, 'openingHours'>,
  statusReason: string | null,
  now: Date,
): AdminChefOutput {
  return {
    ...toChefProfile(chef, statusReason, now),
    kitchen: kitchenOf(chef),
    stripeAccountId: chef.stripeAccountId,
    owner: chef.user,
  };
}

async function pageOfChefs(
  db: Database,
  where: SQL | undefined,
  orderBy: SQL[],
  limit: number,
  cursorOf: (chef: Chef) => string,
  now: Date,
) {
  const rows = await db.query.chefs.findMany({
    where,
    orderBy,
    limit: limit + 1,
    with: KITCHEN_PROFILE_WITH,
  });
  const reasons = await statusReasons(db, rows.slice(0, limit));
  return pageOf(
    rows,
    limit,
    (chef) => toAdminChef(chef, reasons.get(chef.id) ?? null, now),
    cursorOf,
  );
}

/** Applications waiting for review, oldest first, with their documents. */
export function chefQueue(
  services: Services,
  input: { cursor?: string | undefined; limit: number },
  now = new Date(),
) {
  const conditions = [eq(chefs.verificationStatus, 'submitted')];
  if (input.cursor) {
    const { at, id } = decodeTimeCursor(input.cursor);
    conditions.push(
      sql`(coalesce(${chefs.submittedAt}, ${chefs.createdAt}), ${chefs.id}) > (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  return pageOfChefs(
    services.db,
    and(...conditions),
    [sql`coalesce(${chefs.submittedAt}, ${chefs.createdAt}) asc`, asc(chefs.id)],
    input.limit,
    (c) => encodeTimeCursor(c.submittedAt ?? c.createdAt, c.id),
    now,
  );
}

/** Every kitchen, newest first, by status and/or a search over names and e-mail. */
export function listChefs(
  services: Services,
  input: z.output<typeof ListChefsInput>,
  now = new Date(),
) {
  const conditions: SQL[] = [];
  if (input.status) conditions.push(eq(chefs.verificationStatus, input.status));
  if (input.query) {
    conditions.push(
      sql`(${matchesAny(input.query, [chefs.businessName])} or exists (
        select 1 from users u where u.id = ${chefs.userId}
          and ${matchesAny(input.query, [sql`u.name`, sql`u.email`])}))`,
    );
  }
  if (input.cursor) {
    const { at, id } = decodeTimeCursor(input.cursor);
    conditions.push(
      sql`(${chefs.createdAt}, ${chefs.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  return pageOfChefs(
    services.db,
    conditions.length ? and(...conditions) : undefined,
    [desc(chefs.createdAt), desc(chefs.id)],
    input.limit,
    (c) => encodeTimeCursor(c.createdAt, c.id),
    now,
  );
}

/** One kitchen with everything an admin reviews: documents, hours, owner and history. */
export async function adminChefDetail(
  services: Services,
  { id }: { id: string },
  now = new Date(),
) {
  const chef = await loadChefWithDetails(services.db, eq(chefs.id, id));
  if (!chef) throw new TRPCError({ code: 'NOT_FOUND', message: 'Kitchen not found' });
  const [reasons, history] = await Promise.all([
    statusReasons(services.db, [chef]),
    auditEntries(
      services.db,
      or(
        and(eq(adminActions.targetType, 'chef'), eq(adminActions.targetId, chef.id)),
        and(eq(adminActions.targetType, 'user'), eq(adminActions.targetId, chef.userId)),
      ),
      50,
    ),
  ]);
  return {
    ...toAdminChef(chef, reasons.get(chef.id) ?? null, now),
    ...openingSummary(chef, now),
    history,
  };
}

/** Moves a kitchen from `from` to `to` and records the action (see moderation.ts). */
async function transitionChef(
  services: Services,
  actor: Actor,
  chefId: string,
  {
    from,
    to,
    action,
    reason,
    set,
    also,
  }: {
    from: ChefVerificationStatus;
    to: ChefVerificationStatus;
    action: AuditAction;
    reason?: string | null;
    set?: Partial<typeof chefs.$inferInsert>;
    also?: (tx: Database, chef: Chef) => Promise<Record<string, unknown> | void>;
  },
) {
  const result = await moderate(services, actor, {
    targetType: 'chef',
    targetId: chefId,
    noun: 'Kitchen',
    nameOf: (chef: Chef) => chef.businessName,
    lock: async (tx) =>
      (await tx.select().from(chefs).where(eq(chefs.id, chefId)).for('update'))[0],
    update: async (tx) =>
      (
        await tx
          .update(chefs)
          .set({ verificationStatus: to, ...set })
          .where(and(eq(chefs.id, chefId), eq(chefs.verificationStatus, from)))
          .returning()
      )[0],
    from,
    to,
    action,
    reason: reason ?? null,
    ...(also ? { also } : {}),
  });
  return { chefId, ...result };
}

export function approveChef(
  services: Services,
  actor: Actor,
  { chefId }: { chefId: string },
  now = new Date(),
) {
  return transitionChef(services, actor, chefId, {
    from: 'submitted',
    to: 'approved',
    action: 'chef.approve',
    set: { approvedAt: now, rejectionReason: null },
    also: async (tx) => {
      const accepted = await tx
        .update(chefDocuments)
        .set({ status: 'accepted' })
        .where(and(eq(chefDocuments.chefId, chefId), eq(chefDocuments.status, 'pending')))
        .returning({ id: chefDocuments.id });
      return { acceptedDocumentIds: accepted.map((d) => d.id) };
    },
  });
}

export function rejectChef(
  services: Services,
  actor: Actor,
  input: z.output<typeof RejectChefInput>,
) {
  return transitionChef(services, actor, input.chefId, {
    from: 'submitted',
    to: 'rejected',
    action: 'chef.reject',
    reason: input.reason,
    set: { rejectionReason: input.reason },
    also: async (tx) => {
      const ids = input.documentIds ?? [];
      if (!ids.length) return;
      const rejected = await tx
        .update(chefDocuments)
        .set({ status: 'rejected' })
        .where(and(eq(chefDocuments.chefId, input.chefId), inArray(chefDocuments.id, ids)))
        .returning({ id: chefDocuments.id });
      if (rejected.length !== new Set(ids).size) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'Some of those documents are not this kitchen’s',
        });
      }
      return { rejectedDocumentIds: rejected.map((d) => d.id) };
    },
  });
}

export function suspendChef(
  services: Services,
  actor: Actor,
  input: { chefId: string; reason: string },
) {
  return transitionChef(services, actor, input.chefId, {
    from: 'approved',
    to: 'suspended',
    action: 'chef.suspend',
    reason: input.reason,
  });
}

export function reinstateChef(
  services: Services,
  actor: Actor,
  input: { chefId: string; reason?: string | undefined },
) {
  return transitionChef(services, actor, input.chefId, {
    from: 'suspended',
    to: 'approved',
    action: 'chef.reinstate',
    reason: input.reason ?? null,
  });
}
