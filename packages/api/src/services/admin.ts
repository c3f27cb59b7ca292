/**
 * Admin work on kitchens and accounts. Every decision is a conditional update on the status it
 * expects plus a row in admin_actions, in one transaction: two admins acting at once get one
 * winner and one CONFLICT, and the audit log never misses or invents a change.
 */
import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  adminActions,
  chefDocuments,
  chefs,
  users,
  type Chef,
  type ChefVerificationStatus,
  type Database,
} from '@homechef/db';
import {
  auditActionLabel,
  type AdminChefOutput,
  type AdminUserOutput,
  type AuditAction,
  type AuditLogEntry,
  type AuditLogInput,
  type ListChefsInput,
  type ListUsersInput,
  type RejectChefInput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../context.ts';
import {
  kitchenOf,
  loadChefWithDetails,
  statusReasons,
  toChefProfile,
  toWindows,
} from './chefs.ts';
import { openingState } from './opening-hours.ts';
import { publishSessionRevoked, revokeAllSessions } from './sessions.ts';

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

// ---- Cursors -------------------------------------------------------------------------------

interface TimeCursor {
  t: string;
  id: string;
}

function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeTimeCursor(cursor: string): { at: Date; id: string } {
  try {
    const value = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as Partial<TimeCursor>;
    const at = new Date(value.t ?? '');
    if (
      typeof value.id === 'string' &&
      /^[0-9a-f-]{36}$/.test(value.id) &&
      !Number.isNaN(at.getTime())
    ) {
      return { at, id: value.id };
    }
  } catch {
    // fall through
  }
  throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid cursor: reload the list' });
}

// ---- Kitchens --------------------------------------------------------------------------------

const chefWith = {
  user: {
    columns: {
      id: true,
      name: true,
      email: true,
      phone: true,
      status: true,
      suspendedReason: true,
    },
  },
  documents: { orderBy: [desc(chefDocuments.uploadedAt), desc(chefDocuments.id)] as SQL[] },
} as const;

type ChefForAdmin = NonNullable<Awaited<ReturnType<typeof loadChefWithDetails>>>;

function toAdminChef(
  chef: Omit<ChefForAdmin, 'openingHours'>,
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
  const rows = await db.query.chefs.findMany({ where, orderBy, limit: limit + 1, with: chefWith });
  const page = rows.slice(0, limit);
  const reasons = await statusReasons(db, page);
  const last = page.at(-1);
  return {
    items: page.map((chef) => toAdminChef(chef, reasons.get(chef.id) ?? null, now)),
    nextCursor: rows.length > limit && last ? cursorOf(last) : null,
  };
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
    (c) => encodeCursor({ t: (c.submittedAt ?? c.createdAt).toISOString(), id: c.id }),
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
    const pattern = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${chefs.businessName} ilike ${pattern} or exists (
      select 1 from ${users} u where u.id = ${chefs.userId} and (u.name ilike ${pattern} or u.email ilike ${pattern})))`);
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
    (c) => encodeCursor({ t: c.createdAt.toISOString(), id: c.id }),
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
  const openingHours = toWindows(chef.openingHours);
  return {
    ...toAdminChef(chef, reasons.get(chef.id) ?? null, now),
    openingHours,
    openingState: openingState(openingHours, chef.timezone, now),
    history,
  };
}

const STATUS_WORDS: Record<ChefVerificationStatus, string> = {
  draft: 'still a draft',
  submitted: 'waiting for review',
  approved: 'already approved',
  rejected: 'already rejected',
  suspended: 'suspended',
};

/**
 * Moves a kitchen from `from` to `to` (locking it first, then updating only if it is still in
 * `from`) and records the action; returns the new status and the audit row id.
 */
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
  return services.db.transaction(async (tx) => {
    const [chef] = await tx.select().from(chefs).where(eq(chefs.id, chefId)).for('update');
    if (!chef) throw new TRPCError({ code: 'NOT_FOUND', message: 'Kitchen not found' });
    if (chef.verificationStatus !== from) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `“${chef.businessName}” is ${STATUS_WORDS[chef.verificationStatus]}, so it cannot be ${to === 'approved' && from === 'suspended' ? 'reinstated' : to}`,
      });
    }
    const [updated] = await tx
      .update(chefs)
      .set({ verificationStatus: to, ...set })
      .where(and(eq(chefs.id, chefId), eq(chefs.verificationStatus, from)))
      .returning();
    if (!updated)
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'The kitchen changed meanwhile: reload it',
      });
    const extra = (await also?.(tx, chef)) ?? {};
    const auditId = await recordAdminAction(tx, {
      adminUserId: actor.userId,
      action,
      targetType: 'chef',
      targetId: chefId,
      reason: reason ?? null,
      before: {
        verificationStatus: chef.verificationStatus,
        rejectionReason: chef.rejectionReason,
      },
      after: {
        verificationStatus: updated.verificationStatus,
        rejectionReason: updated.rejectionReason,
        ...extra,
      },
    });
    return {
      chefId,
      verificationStatus: updated.verificationStatus,
      statusReason: to === 'rejected' || to === 'suspended' ? (reason ?? null) : null,
      auditId,
    };
  });
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

// ---- Accounts --------------------------------------------------------------------------------

/** Every account, newest first, by role, status and/or a search over name and e-mail. */
export async function listUsers(
  services: Services,
  input: z.output<typeof ListUsersInput>,
): Promise<{ items: AdminUserOutput[]; nextCursor: string | null }> {
  const conditions: SQL[] = [];
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.status) conditions.push(eq(users.status, input.status));
  if (input.query) {
    const pattern = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${users.name} ilike ${pattern} or ${users.email} ilike ${pattern})`);
  }
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
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ kitchenId, businessName, verificationStatus, ...user }) => ({
      ...user,
      kitchen:
        kitchenId && businessName !== null && verificationStatus
          ? { id: kitchenId, businessName, verificationStatus }
          : null,
    })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ t: last.createdAt.toISOString(), id: last.id })
        : null,
  };
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

// ---- Audit log -------------------------------------------------------------------------------

const actingAdmin = alias(users, 'acting_admin');
const targetUser = alias(users, 'target_user');

async function auditEntries(
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
      targetLabel: sql<string | null>`coalesce(${chefs.businessName}, ${targetUser.name})`,
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
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > input.limit && last ? String(last.id) : null };
}
