/**
 * Admin work on drivers: the review queue, the list, one driver in full, and the decisions
 * (approve, reject with a reason, suspend, reinstate), each a moderation step (moderation.ts)
 * audited as `driver.*`.
 */
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { drivers, users, type Database, type Driver } from '@homechef/db';
import type { AdminDriverOutput, ListDriversInput, RejectDriverInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { pageOf } from '../../shared/pagination.ts';
import {
  DRIVER_PROFILE_WITH,
  driverStatusReasons,
  loadDriverWithDetails,
  toDriverProfile,
  type DriverWithDetails,
} from '../drivers/index.ts';
import {
  moderate,
  moderatedListQuery,
  moderationHistory,
  reviewQueueQuery,
  type Decision,
  type PageQuery,
} from './moderation.ts';

function toAdminDriver(driver: DriverWithDetails, statusReason: string | null): AdminDriverOutput {
  return {
    ...toDriverProfile(driver, statusReason),
    stripeAccountId: driver.stripeAccountId,
    owner: driver.user,
  };
}

async function pageOfDrivers(db: Database, { where, orderBy, cursorOf }: PageQuery, limit: number) {
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
  return pageOfDrivers(services.db, reviewQueueQuery(drivers, input.cursor), input.limit);
}

/** Every driver, newest first, by status and/or a search over name, e-mail and plate. */
export function listDrivers(services: Services, input: z.output<typeof ListDriversInput>) {
  return pageOfDrivers(
    services.db,
    moderatedListQuery(drivers, input, [drivers.vehiclePlate]),
    input.limit,
  );
}

/** One driver with everything an admin reviews: vehicle, documents, payouts and history. */
export async function adminDriverDetail(services: Services, { id }: { id: string }) {
  const driver = await loadDriverWithDetails(services.db, eq(drivers.id, id));
  if (!driver) throw new TRPCError({ code: 'NOT_FOUND', message: 'Driver not found' });
  const [reasons, history] = await Promise.all([
    driverStatusReasons(services.db, [driver]),
    moderationHistory(services.db, 'driver', driver),
  ]);
  return { ...toAdminDriver(driver, reasons.get(driver.id) ?? null), history };
}

/** Decides on a driver and records the action (see moderation.ts). */
async function decideDriver(
  services: Services,
  actor: Actor,
  driverId: string,
  decision: Decision,
  reason?: string,
  now?: Date,
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
    table: drivers,
    decision,
    reason,
    ...(now ? { now } : {}),
  });
  return { driverId, ...result };
}

export const approveDriver = (
  services: Services,
  actor: Actor,
  { driverId }: { driverId: string },
  now = new Date(),
) => decideDriver(services, actor, driverId, 'approve', undefined, now);

export const rejectDriver = (
  services: Services,
  actor: Actor,
  input: z.output<typeof RejectDriverInput>,
) => decideDriver(services, actor, input.driverId, 'reject', input.reason);

export const suspendDriver = (
  services: Services,
  actor: Actor,
  input: { driverId: string; reason: string },
) => decideDriver(services, actor, input.driverId, 'suspend', input.reason);

export const reinstateDriver = (
  services: Services,
  actor: Actor,
  input: { driverId: string; reason?: string | undefined },
) => decideDriver(services, actor, input.driverId, 'reinstate', input.reason);
