/**
 * Drivers for shift and tracking tests: driver rows written straight to the database, and an
 * order assigned to a driver (the order row with its driver and the active assignment).
 */
import { eq } from 'drizzle-orm';
import {
  driverAssignments,
  drivers,
  orders,
  type DriverVerificationStatus,
  type VehicleType,
} from '@homechef/db';
import type { OrderStatus } from '@homechef/validators';
import type { Actor, Services } from '../src/context.ts';
import { createUser } from './fixtures.ts';
import { createKitchen } from './kitchens.ts';
import { insertOrder } from './orders.ts';

export interface TestDriver {
  actor: Actor;
  driverId: string;
}

/** A driver; by default approved with payouts enabled, so they may go online. */
export async function createDriver(
  services: Services,
  {
    verificationStatus = 'approved',
    payouts = true,
    vehicleType = 'scooter',
  }: {
    verificationStatus?: DriverVerificationStatus;
    payouts?: boolean;
    vehicleType?: VehicleType;
  } = {},
): Promise<TestDriver> {
  const user = await createUser(services, { role: 'driver' });
  const [driver] = await services.db
    .insert(drivers)
    .values({
      userId: user.id,
      vehicleType,
      verificationStatus,
      rejectionReason: verificationStatus === 'rejected' ? 'test' : null,
      stripeAccountId: payouts ? `acct_driver_${Math.random().toString(36).slice(2, 10)}` : null,
      stripePayoutsEnabled: payouts,
    })
    .returning({ id: drivers.id });
  return { actor: user.actor, driverId: driver!.id };
}

export interface AssignedOrder {
  orderId: string;
  customer: Actor;
  chef: Actor;
}

/** An order of a new kitchen and customer in `status`, assigned to `driverId`. */
export async function assignedOrder(
  services: Services,
  driverId: string,
  status: OrderStatus = 'assigned_to_driver',
  customer?: Actor,
): Promise<AssignedOrder> {
  const kitchen = await createKitchen(services);
  const buyer = customer ?? (await createUser(services, { role: 'customer' })).actor;
  const orderId = await insertOrder(services, {
    chefId: kitchen.chef.id,
    customerId: buyer.userId,
    status,
  });
  await services.db.update(orders).set({ driverId }).where(eq(orders.id, orderId));
  await services.db.insert(driverAssignments).values({ orderId, driverId });
  return { orderId, customer: buyer, chef: kitchen.actor };
}
