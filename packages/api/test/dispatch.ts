/** Dispatch tests' world: approved drivers online near the test kitchens, and orders in a state. */
import { eq, inArray } from 'drizzle-orm';
import {
  chefs,
  deliveryOffers,
  driverAssignments,
  drivers,
  orders,
  type Database,
  type NewDriver,
} from '@homechef/db';
import type { Actor, Services } from '../src/context.ts';
import { createUser } from './fixtures.ts';
import { createKitchen, OAKLAND } from './kitchens.ts';
import { insertOrder } from './orders.ts';

/** An approved driver, online and seen just now, `metres` east of the test kitchens. */
export async function createDriver(
  services: Services,
  { metres = 500, ...values }: Partial<NewDriver> & { metres?: number } = {},
): Promise<{ id: string; actor: Actor }> {
  const user = await createUser(services, { role: 'driver' });
  const [driver] = await services.db
    .insert(drivers)
    .values({
      userId: user.id,
      vehicleType: 'car',
      status: 'online',
      verificationStatus: 'approved',
      lastLat: OAKLAND.lat,
      lastLng: OAKLAND.lng + metres / 88_000,
      lastSeenAt: new Date(),
      ...values,
    })
    .returning({ id: drivers.id });
  await services.geoIndex.upsert({
    id: driver!.id,
    lat: OAKLAND.lat,
    lng: OAKLAND.lng + metres / 88_000,
    accuracyM: 10,
    heading: null,
    speedMps: null,
    at: values.lastSeenAt ?? new Date(),
  });
  return { id: driver!.id, actor: user.actor };
}

/** Every online driver sends their position again, as of `at` (a test's clock). */
export async function pingAll(services: Services, at: Date): Promise<void> {
  const online = await services.db.select().from(drivers).where(eq(drivers.status, 'online'));
  for (const d of online) {
    if (d.lastLat === null || d.lastLng === null) continue;
    await services.geoIndex.upsert({
      id: d.id,
      lat: d.lastLat,
      lng: d.lastLng,
      accuracyM: 10,
      heading: null,
      speedMps: null,
      at,
    });
  }
}

/** An order of a fresh kitchen in `status`, assigned to `driverId` (picked up when in transit). */
export async function assignedOrder(
  services: Services,
  driverId: string,
  status: 'assigned_to_driver' | 'in_transit' = 'assigned_to_driver',
): Promise<string> {
  const { chef } = await createKitchen(services);
  const customer = await createUser(services, { role: 'customer' });
  const orderId = await insertOrder(services, { chefId: chef.id, customerId: customer.id, status });
  await services.db.update(orders).set({ driverId }).where(eq(orders.id, orderId));
  await services.db.insert(driverAssignments).values({
    orderId,
    driverId,
    pickedUpAt: status === 'in_transit' ? new Date() : null,
  });
  return orderId;
}

/**
 * For the authorization matrix: the dispatch procedures that take the id of a driver's offer
 * or job, with how to make one owned by `owner` (a driver user; the profile is made here).
 */
export function dispatchOwnedCases(
  services: () => Services,
): Record<string, (owner: Actor) => Promise<unknown>> {
  const profile = async (owner: Actor) => {
    const [existing] = await services()
      .db.select({ id: drivers.id })
      .from(drivers)
      .where(eq(drivers.userId, owner.userId));
    if (existing) return existing.id;
    const [driver] = await services()
      .db.insert(drivers)
      .values({
        userId: owner.userId,
        vehicleType: 'bicycle',
        verificationStatus: 'approved',
        status: 'online',
      })
      .returning({ id: drivers.id });
    return driver!.id;
  };
  const offer = async (owner: Actor) => {
    const driverId = await profile(owner);
    const { chef } = await createKitchen(services());
    const customer = await createUser(services(), { role: 'customer' });
    const orderId = await insertOrder(services(), {
      chefId: chef.id,
      customerId: customer.id,
      status: 'ready_for_pickup',
    });
    const [row] = await services()
      .db.insert(deliveryOffers)
      .values({ orderId, driverId, round: 1, expiresAt: new Date(Date.now() + 60_000) })
      .returning({ id: deliveryOffers.id });
    return { offerId: row!.id };
  };
  const job = async (owner: Actor) => ({
    orderId: await assignedOrder(services(), await profile(owner)),
  });
  const ownKitchenHandOff = async (owner: Actor) => {
    const [chef] = await services()
      .db.insert(chefs)
      .values({
        userId: owner.userId,
        businessName: 'Handing kitchen',
        lat: OAKLAND.lat,
        lng: OAKLAND.lng,
        verificationStatus: 'approved',
      })
      .returning({ id: chefs.id });
    const driver = await createDriver(services());
    const customer = await createUser(services(), { role: 'customer' });
    const orderId = await insertOrder(services(), {
      chefId: chef!.id,
      customerId: customer.id,
      status: 'assigned_to_driver',
    });
    await services().db.update(orders).set({ driverId: driver.id }).where(eq(orders.id, orderId));
    await services().db.insert(driverAssignments).values({ orderId, driverId: driver.id });
    return { orderId };
  };
  return {
    'orders.handOff': ownKitchenHandOff,
    'dispatch.accept': offer,
    'dispatch.decline': offer,
    'dispatch.arrivedAtKitchen': job,
    'dispatch.pickedUp': job,
    'dispatch.delivered': async (owner) => {
      const orderId = await assignedOrder(services(), await profile(owner), 'in_transit');
      const [order] = await services()
        .db.select({ code: orders.deliveryCode })
        .from(orders)
        .where(eq(orders.id, orderId));
      return { orderId, code: order!.code };
    },
  };
}

/** Earlier tests' drivers and waiting orders out of the way: each test sees its own world. */
export async function offlineEveryone(db: Database): Promise<void> {
  await db.update(drivers).set({ status: 'offline' }).where(eq(drivers.status, 'online'));
  await db
    .update(orders)
    .set({ status: 'cancelled' })
    .where(inArray(orders.status, ['ready_for_pickup', 'accepted', 'preparing']));
}
