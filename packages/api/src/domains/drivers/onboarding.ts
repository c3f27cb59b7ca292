/**
 * A driver's own profile: create and edit the vehicle, then submit for review. The profile is
 * found from the signed-in user, never from an id the client sends. Only a draft or a rejected
 * profile can change; a submitted one waits for the admins, an approved one is on file.
 */
import { TRPCError } from '@trpc/server';
import { and, eq, inArray } from 'drizzle-orm';
import { driverDocuments, drivers, type Database, type Driver } from '@homechef/db';
import type { OwnDriverOutput, SaveDriverProfileInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { isUniqueViolation } from '../../shared/pg-errors.ts';
import { noDriverProfile, type OwnDriverProfile } from './procedure.ts';
import {
  driverChecklist,
  driverStatusReasons,
  loadDriverWithDetails,
  missingForSubmit,
  toDriverProfile,
} from './profile.ts';

type SaveInput = z.output<typeof SaveDriverProfileInput>;

const EDITABLE = ['draft', 'rejected'] as const;

/** Why a profile in this status cannot change (draft and rejected can). */
const LOCKED: Record<Exclude<Driver['verificationStatus'], (typeof EDITABLE)[number]>, string> = {
  submitted: 'Your profile is waiting for review: it cannot change until an admin decides',
  approved: 'Your profile is approved: contact support to change your vehicle or documents',
  suspended: 'Your driver account is suspended: contact support',
};

/** CONFLICT unless the profile may change now. */
export function assertEditable(driver: Pick<Driver, 'verificationStatus'>): void {
  const status = driver.verificationStatus;
  if (status !== 'draft' && status !== 'rejected') {
    throw new TRPCError({ code: 'CONFLICT', message: LOCKED[status] });
  }
}

/** The signed-in driver's profile, or null before they enter a vehicle. */
export async function getOwnDriver(
  services: Services,
  actor: Actor,
): Promise<OwnDriverOutput | null> {
  const driver = await loadDriverWithDetails(services.db, eq(drivers.userId, actor.userId));
  if (!driver) return null;
  const reasons = await driverStatusReasons(services.db, [driver]);
  const editable =
    driver.verificationStatus === 'draft' || driver.verificationStatus === 'rejected';
  return {
    ...toDriverProfile(driver, reasons.get(driver.id) ?? null),
    missing: editable ? missingForSubmit(driver, driver.documents) : [],
    checklist: driverChecklist(driver),
  };
}

async function requireOwnDriver(services: Services, actor: Actor): Promise<OwnDriverOutput> {
  const driver = await getOwnDriver(services, actor);
  if (!driver) throw noDriverProfile();
  return driver;
}

/** Locks the driver's row for the rest of the transaction and returns it as it is now. */
async function lockDriver(tx: Database, driverId: string): Promise<Driver> {
  const [row] = await tx.select().from(drivers).where(eq(drivers.id, driverId)).for('update');
  if (!row) throw noDriverProfile();
  return row;
}

/**
 * Creates the profile (a draft) on first save, or edits a draft or rejected one. A bicycle
 * keeps no plate.
 */
export async function saveOwnDriver(
  services: Services,
  actor: Actor,
  input: SaveInput,
): Promise<OwnDriverOutput> {
  const values = { vehicleType: input.vehicleType, vehiclePlate: input.vehiclePlate ?? null };
  try {
    await services.db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: drivers.id })
        .from(drivers)
        .where(eq(drivers.userId, actor.userId))
        .limit(1);
      if (!existing) {
        await tx.insert(drivers).values({ ...values, userId: actor.userId });
        return;
      }
      assertEditable(await lockDriver(tx, existing.id));
      await tx.update(drivers).set(values).where(eq(drivers.id, existing.id));
    });
  } catch (error) {
    // Two tabs creating the profile at once: the unique index on user_id lets one through.
    if (isUniqueViolation(error)) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'Your profile was created meanwhile: reload it',
      });
    }
    throw error;
  }
  return requireOwnDriver(services, actor);
}

/** Sends a complete draft (or a fixed rejected profile) to the admins' queue. */
export async function submitOwnDriver(
  services: Services,
  actor: Actor,
  own: OwnDriverProfile,
  now = new Date(),
): Promise<OwnDriverOutput> {
  await services.db.transaction(async (tx) => {
    const driver = await lockDriver(tx, own.id);
    if (driver.verificationStatus === 'submitted') {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'Your profile is already waiting for review',
      });
    }
    assertEditable(driver);
    const documents = await tx
      .select({ kind: driverDocuments.kind })
      .from(driverDocuments)
      .where(eq(driverDocuments.driverId, driver.id));
    const missing = missingForSubmit(driver, documents);
    if (missing.length) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `Your profile is not complete: ${missing.join('; ')}`,
      });
    }
    const [updated] = await tx
      .update(drivers)
      .set({ verificationStatus: 'submitted', submittedAt: now, rejectionReason: null })
      .where(and(eq(drivers.id, driver.id), inArray(drivers.verificationStatus, EDITABLE)))
      .returning({ id: drivers.id });
    if (!updated) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'Your profile changed meanwhile: reload it',
      });
    }
  });
  return requireOwnDriver(services, actor);
}
