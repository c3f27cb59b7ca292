/**
 * Admin work on drivers: the review queue, the list, one driver in full, and the decisions
 * (approve, reject with a reason, suspend, reinstate), each a moderation step (moderation.ts)
 * audited as `driver.*`.
 */
import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { adminActions, drivers, users, type Database, type Driver } from '@homechef/db';
import type {
  AdminDriverOutput,
  AuditAction,
  ListDriversInput,
  RejectDriverInput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { decodeTimeCursor, encodeTimeCursor } from '../../shared/cursor.ts';
import { pageOf } from '../../shared/pagination.ts';
import { matchesAny } from '../../shared/sql.ts';
import {
  DRIVER_PROFILE_WITH,
  driverStatusReasons,
  loadDriverWithDetails,
  toDriverProfile,
  type DriverWithDetails,
} from '../drivers/index.ts';
import { auditEntries } from './audit-log.ts';
import { moderate, type VerificationStatus } from './moderation.ts';

function toAdminDriver(driver: DriverWithDetails, statusReason: string | null): AdminDriverOutput {
  return {
    ...toDriverProfile(driver, statusReason),
    stripeAccountId: driver.stripeAccountId,
    owner: driver.user,
  };
}

async function pageOfDrivers(
  db: Database,
  where: SQL | undefined,
  orderBy: SQL[],
  limit: number,
  cursorOf: (driver: Driver) => string,
) {
  const rows = await db.query.drivers.findMany({
    where,
    orderBy,
    limit: limit + 1,
    with: DRIVER_PROFILE_WITH,
  });
  const reasons = await driverStatusReasons(db, rows.slice(0, limit));
  return pageOf(rows, limit, (d) => toAdminDriver(d, reasons.get(d.id) ?? null), cursorOf);
}

/** Profiles waiting for review, oldest submission first, with their documents. */
export function driverQueue(
  services: Services,
  input: { cursor?: string | undefined; limit: number },
) {
  const conditions = [eq(drivers.verificationStatus, 'submitted')];
  const submitted = sql`coalesce(${drivers.submittedAt}, ${drivers.createdAt})`;
  if (input.cursor) {
    const { at, id } = decodeTimeCursor(input.cursor);
    conditions.push(
      sql`(${submitted}, ${drivers.id}) > (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  return pageOfDrivers(
    services.db,
    and(...conditions),
    [sql`${submitted} asc`, asc(drivers.id)],
    input.limit,
    (d) => encodeTimeCursor(d.submittedAt ?? d.createdAt, d.id),
  );
}

/** Every driver, newest first, by status and/or a search over name, e-mail and plate. */
export function listDrivers(services: Services, input: z.output<typeof ListDriversInput>) {
  const conditions: SQL[] = [];
  if (input.status) conditions.push(eq(drivers.verificationStatus, input.status));
  if (input.query) {
    conditions.push(
      sql`(${matchesAny(input.query, [drivers.vehiclePlate])} or exists (
        select 1 from users u where u.id = ${drivers.userId}
          and ${matchesAny(input.query, [sql`u.name`, sql`u.email`])}))`,
    );
  }
  if (input.cursor) {
    const { at, id } = decodeTimeCursor(input.cursor);
    conditions.push(
      sql`(${drivers.createdAt}, ${drivers.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  return pageOfDrivers(
    services.db,
    conditions.length ? and(...conditions) : undefined,
    [desc(drivers.createdAt), desc(drivers.id)],
    input.limit,
    (d) => encodeTimeCursor(d.createdAt, d.id),
  );
}

/** One driver with everything an admin reviews: vehicle, documents, payouts and history. */
export async function adminDriverDetail(services: Services, { id }: { id: string }) {
  const driver = await loadDriverWithDetails(services.db, eq(drivers.id, id));
  if (!driver) throw new TRPCError({ code: 'NOT_FOUND', message: 'Driver not found' });
  const [reasons, history] = await Promise.all([
    driverStatusReasons(services.db, [driver]),
    auditEntries(
      services.db,
      or(
        and(eq(adminActions.targetType, 'driver'), eq(adminActions.targetId, driver.id)),
        and(eq(adminActions.targetType, 'user'), eq(adminActions.targetId, driver.userId)),
      ),
      50,
    ),
  ]);
  return { ...toAdminDriver(driver, reasons.get(driver.id) ?? null), history };
}

async function transitionDriver(
  services: Services,
  actor: Actor,
  driverId: string,
  step: {
    from: VerificationStatus;
    to: VerificationStatus;
    action: AuditAction;
    reason?: string | null;
    set?: Partial<typeof drivers.$inferInsert>;
  },
) {
  const result = await moderate<Driver & { name: string }>(services, actor, {
    targetType: 'driver',
    targetId: driverId,
    noun: 'Driver',
    nameOf: (driver) => driver.name,
    lock: async (tx) => {
      const [row] = await tx
        .select({ driver: drivers, name: users.name })
        .from(drivers)
        .innerJoin(users, eq(users.id, drivers.userId))
        .where(eq(drivers.id, driverId))
        .for('update', { of: drivers });
      return row && { ...row.driver, name: row.name };
    },
    update: async (tx) =>
      (
        await tx
          .update(drivers)
          .set({ verificationStatus: step.to, ...step.set })
          .where(and(eq(drivers.id, driverId), eq(drivers.verificationStatus, step.from)))
          .returning()
      )[0],
    from: step.from,
    to: step.to,
    action: step.action,
    reason: step.reason ?? null,
  });
  return { driverId, ...result };
}

export function approveDriver(
  services: Services,
  actor: Actor,
  { driverId }: { driverId: string },
  now = new Date(),
) {
  return transitionDriver(services, actor, driverId, {
    from: 'submitted',
    to: 'approved',
    action: 'driver.approve',
    set: { approvedAt: now, rejectionReason: null },
  });
}

export function rejectDriver(
  services: Services,
  actor: Actor,
  input: z.output<typeof RejectDriverInput>,
) {
  return transitionDriver(services, actor, input.driverId, {
    from: 'submitted',
    to: 'rejected',
    action: 'driver.reject',
    reason: input.reason,
    set: { rejectionReason: input.reason },
  });
}

export function suspendDriver(
  services: Services,
  actor: Actor,
  input: { driverId: string; reason: string },
) {
  return transitionDriver(services, actor, input.driverId, {
    from: 'approved',
    to: 'suspended',
    action: 'driver.suspend',
    reason: input.reason,
  });
}

export function reinstateDriver(
  services: Services,
  actor: Actor,
  input: { driverId: string; reason?: string | undefined },
) {
  return transitionDriver(services, actor, input.driverId, {
    from: 'suspended',
    to: 'approved',
    action: 'driver.reinstate',
    reason: input.reason ?? null,
  });
}
