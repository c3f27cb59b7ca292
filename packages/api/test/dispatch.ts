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
import { connectedAccount } from '@homechef/stripe-sandbox/testing';
import type { OrderStatus } from '@homechef/validators';
import type { Actor, Services } from '../src/context.ts';
import { callerFor, createUser } from './fixtures.ts';
import { createKitchen, OAKLAND } from './kitchens.ts';
import {
  cart,
  createCustomer,
  createPayableKitchen,
  insertOrder,
  placeAndPay,
  startOrdersEnv,
  type Menu,
  type OrdersEnv,
} from './orders.ts';

export interface TestDriver {
  id: string;
  actor: Actor;
}

/**
 * An approved driver with a car, unless `values` say otherwise; online by default, seen just now
 * `metres` east of the test kitchens and in the position index.
 */
export async function createDriver(
  services: Services,
  { metres = 500, ...values }: Partial<NewDriver> & { metres?: number } = {},
): Promise<TestDriver> {
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
    .returning();
  if (driver!.status === 'online') {
    await services.geoIndex.upsert({
      id: driver!.id,
      lat: driver!.lastLat!,
      lng: driver!.lastLng!,
      accuracyM: 10,
      heading: null,
      speedMps: null,
      at: driver!.lastSeenAt ?? new Date(),
    });
  }
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

export interface AssignedOrder {
  orderId: string;
  customer: Actor;
  chef: Actor;
}

/**
 * An order in `status` assigned to `driverId` (picked up once it is on its way), of a fresh
 * kitchen and customer unless given.
 */
export async function assignedOrder(
  services: Services,
  driverId: string,
  status: OrderStatus = 'assigned_to_driver',
  {
    customer,
    kitchen,
  }: { customer?: Actor; kitchen?: { chef: { id: string }; actor: Actor } } = {},
): Promise<AssignedOrder> {
  const { chef, actor: chefActor } = kitchen ?? (await createKitchen(services));
  const buyer = customer ?? (await createUser(services, { role: 'customer' })).actor;
  const orderId = await insertOrder(services, {
    chefId: chef.id,
    customerId: buyer.userId,
    status,
    driverId,
  });
  await services.db.insert(driverAssignments).values({
    orderId,
    driverId,
    pickedUpAt: status === 'picked_up' || status === 'in_transit' ? new Date() : null,
  });
  return { orderId, customer: buyer, chef: chefActor };
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
    orderId: (await assignedOrder(services(), await profile(owner))).orderId,
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
    return {
      orderId: (
        await assignedOrder(services(), driver.id, undefined, {
          kitchen: { chef: chef!, actor: owner },
        })
      ).orderId,
    };
  };
  return {
    'orders.handOff': ownKitchenHandOff,
    'dispatch.accept': offer,
    'dispatch.decline': offer,
    'dispatch.arrivedAtKitchen': job,
    'dispatch.pickedUp': job,
    'dispatch.delivered': async (owner) => {
      const { orderId } = await assignedOrder(services(), await profile(owner), 'in_transit');
      const [order] = await services()
        .db.select({ code: orders.deliveryCode })
        .from(orders)
        .where(eq(orders.id, orderId));
      return { orderId, code: order!.code };
    },
  };
}

/** An orders world on the Stripe sandbox with an admin, for tests of drivers' pay. */
export async function startPayoutEnv(): Promise<{
  o: OrdersEnv;
  services: Services;
  admin: Actor;
}> {
  const o = await startOrdersEnv();
  const admin = (await createUser(o.env.services, { role: 'admin' })).actor;
  return { o, services: o.env.services, admin };
}

/** An approved driver with a Stripe account that can take payouts, off shift. */
export async function payableDriver(o: OrdersEnv): Promise<TestDriver> {
  const account = await connectedAccount(o.stripe);
  // Off shift, so no dispatch round running meanwhile offers them anything.
  return createDriver(o.env.services, {
    stripeAccountId: account.id,
    stripePayoutsEnabled: true,
    status: 'offline',
  });
}

/**
 * An accepted order of `menu` cooked, given by an admin to `driver` (by default a new
 * `payableDriver`), and delivered: the driver's pay is transferred. Returns the driver.
 */
export async function deliverAccepted(
  o: OrdersEnv,
  admin: Actor,
  orderId: string,
  menu: Menu,
  driver?: TestDriver,
): Promise<TestDriver> {
  const services = o.env.services;
  const chef = callerFor(services, menu.chef).orders;
  await chef.markPreparing({ orderId });
  await chef.markReady({ orderId });
  driver ??= await payableDriver(o);
  await callerFor(services, admin).admin.assignDriver({
    orderId,
    driverId: driver.id,
    reason: 'Test delivery',
  });
  const job = callerFor(services, driver.actor).dispatch;
  await job.pickedUp({ orderId });
  const [order] = await services.db.select().from(orders).where(eq(orders.id, orderId));
  await job.delivered({ orderId, code: order!.deliveryCode });
  return driver;
}

/** A paid and accepted order of `menu`, delivered by `driver` (see `deliverAccepted`). */
export async function deliverNewOrder(
  o: OrdersEnv,
  admin: Actor,
  menu: Menu,
  driver: TestDriver,
  { tipCents = 300 }: { tipCents?: number } = {},
): Promise<string> {
  const customer = await createCustomer(o);
  const orderId = await placeAndPay(o, customer, cart(menu, { tipCents }));
  await o.deliverEvents();
  await callerFor(o.env.services, menu.chef).orders.accept({ orderId, prepMinutes: 15 });
  await deliverAccepted(o, admin, orderId, menu, driver);
  return orderId;
}

/** A paid order of a fresh kitchen, delivered by a new `payableDriver`. */
export async function deliveredOrder(
  o: OrdersEnv,
  admin: Actor,
  options: { tipCents?: number } = {},
): Promise<{ orderId: string; driver: TestDriver }> {
  const driver = await payableDriver(o);
  const orderId = await deliverNewOrder(o, admin, await createPayableKitchen(o), driver, options);
  return { orderId, driver };
}

/**
 * A paid order of a fresh kitchen, cooked and marked ready by its chef, alone in the city:
 * earlier tests' drivers are off shift and their waiting orders gone.
 */
export async function readyOrder(
  o: OrdersEnv,
): Promise<{ orderId: string; menu: Menu; customer: Actor }> {
  const services = o.env.services;
  await offlineEveryone(services.db);
  const menu = await createPayableKitchen(o);
  const customer = await createCustomer(o);
  const orderId = await placeAndPay(o, customer, cart(menu));
  await o.deliverEvents();
  const chef = callerFor(services, menu.chef);
  await chef.orders.accept({ orderId, prepMinutes: 15 });
  await chef.orders.markPreparing({ orderId });
  await chef.orders.markReady({ orderId });
  return { orderId, menu, customer };
}

/** Earlier tests' drivers and waiting orders out of the way: each test sees its own world. */
export async function offlineEveryone(db: Database): Promise<void> {
  await db.update(drivers).set({ status: 'offline' }).where(eq(drivers.status, 'online'));
  await db
    .update(orders)
    .set({ status: 'cancelled' })
    .where(inArray(orders.status, ['ready_for_pickup', 'accepted', 'preparing']));
}
