/**
 * Drivers for integration tests: profiles written straight to the database (approved and
 * ready to go online unless overridden), documents uploaded through the real path, and the
 * ownership cases of the driver procedures for the authorization matrix.
 */
import { drivers, type Driver, type NewDriver } from '@homechef/db';
import type { Actor, Services } from '../src/context.ts';
import { uploadDriverDocument } from '../src/domains/documents/index.ts';
import { callerFor, createUser } from './fixtures.ts';

let counter = 0;

/** A driver with a car, approved and with payouts enabled, unless `values` say otherwise. */
export async function createDriver(
  services: Services,
  values: Partial<NewDriver> = {},
): Promise<{ driver: Driver; actor: Actor }> {
  const user = await createUser(services, { role: 'driver' });
  counter += 1;
  const [driver] = await services.db
    .insert(drivers)
    .values({
      userId: user.id,
      vehicleType: 'car',
      vehiclePlate: `TEST ${counter}`,
      verificationStatus: 'approved',
      submittedAt: new Date(),
      approvedAt: new Date(),
      stripeAccountId: `acct_drv_${counter}_${Math.random().toString(36).slice(2, 8)}`,
      stripePayoutsEnabled: true,
      ...values,
    })
    .returning();
  if (!driver) throw new Error('driver insert returned nothing');
  return { driver, actor: user.actor };
}

const PDF = new TextEncoder().encode('%PDF-1.4\n% driver test\n');

/** Uploads one document for `owner` (who has a profile) through the real upload path. */
export async function uploadTestDriverDocument(
  services: Services,
  owner: Actor,
  kind: 'driving_licence' | 'insurance',
): Promise<string> {
  const doc = await uploadDriverDocument(services, owner, {
    kind,
    fileName: `${kind}.pdf`,
    body: [PDF],
  });
  return doc.id;
}

async function ownedDocument(services: Services, owner: Actor): Promise<string> {
  const caller = callerFor(services, owner);
  if (!(await caller.drivers.me())) await caller.drivers.saveProfile({ vehicleType: 'bicycle' });
  return uploadTestDriverDocument(services, owner, 'driving_licence');
}

/**
 * For the authorization matrix: every driver procedure that takes the id of a driver's object,
 * with how to make one owned by `owner`.
 */
export function driverOwnedCases(
  services: () => Services,
): Record<string, (owner: Actor) => Promise<unknown>> {
  return {
    'drivers.documentUrl': async (owner) => ({ id: await ownedDocument(services(), owner) }),
    'drivers.deleteDocument': async (owner) => ({ id: await ownedDocument(services(), owner) }),
  };
}
