/**
 * Admin work on kitchens. Every decision is a moderation step (moderation.ts): a conditional
 * update on the status it expects plus a row in admin_actions, in one transaction.
 */
import { TRPCError } from '@trpc/server';
import { and, eq, inArray } from 'drizzle-orm';
import { chefDocuments, chefs, type Chef, type Database } from '@homechef/db';
import type { AdminChefOutput, ListChefsInput, RejectChefInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { pageOf } from '../../shared/pagination.ts';
import {
  KITCHEN_PROFILE_WITH,
  kitchenOf,
  loadChefWithDetails,
  openingSummary,
  statusReasons,
  toChefProfile,
  type ChefWithDetails,
} from '../chefs/index.ts';
import {
  moderate,
  moderatedListQuery,
  moderationHistory,
  reviewQueueQuery,
  type Decision,
  type PageQuery,
} from './moderation.ts';

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
  { where, orderBy, cursorOf }: PageQuery,
  limit: number,
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
  return pageOfChefs(services.db, reviewQueueQuery(chefs, input.cursor), input.limit, now);
}

/** Every kitchen, newest first, by status and/or a search over names and e-mail. */
export function listChefs(
  services: Services,
  input: z.output<typeof ListChefsInput>,
  now = new Date(),
) {
  return pageOfChefs(
    services.db,
    moderatedListQuery(chefs, input, [chefs.businessName]),
    input.limit,
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
    moderationHistory(services.db, 'chef', chef),
  ]);
  return {
    ...toAdminChef(chef, reasons.get(chef.id) ?? null, now),
    ...openingSummary(chef, now),
    history,
  };
}

/** Decides on a kitchen and records the action (see moderation.ts). */
async function decideChef(
  services: Services,
  actor: Actor,
  chefId: string,
  decision: Decision,
  {
    reason,
    now,
    also,
  }: {
    reason?: string | undefined;
    now?: Date;
    also?: (tx: Database, chef: Chef) => Promise<Record<string, unknown> | void>;
  } = {},
) {
  const result = await moderate(services, actor, {
    targetType: 'chef',
    targetId: chefId,
    noun: 'Kitchen',
    nameOf: (chef: Chef) => chef.businessName,
    lock: async (tx) =>
      (await tx.select().from(chefs).where(eq(chefs.id, chefId)).for('update'))[0],
    table: chefs,
    decision,
    reason,
    ...(now ? { now } : {}),
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
  return decideChef(services, actor, chefId, 'approve', {
    now,
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
  return decideChef(services, actor, input.chefId, 'reject', {
    reason: input.reason,
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
  return decideChef(services, actor, input.chefId, 'suspend', { reason: input.reason });
}

export function reinstateChef(
  services: Services,
  actor: Actor,
  input: { chefId: string; reason?: string | undefined },
) {
  return decideChef(services, actor, input.chefId, 'reinstate', { reason: input.reason });
}
