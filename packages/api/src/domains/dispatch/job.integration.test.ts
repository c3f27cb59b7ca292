import { eq } from 'drizzle-orm';
import { driverAssignments, driverDocuments, orders, users } from '@homechef/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Services } from '../../context.ts';
import { callerFor, createUser } from '../../../test/fixtures.ts';
import { createDriver, offlineEveryone, readyOrder } from '../../../test/dispatch.ts';
import { OAKLAND, SAMPLE_FILES } from '../../../test/kitchens.ts';
import {
  createCustomer,
  createPayableKitchen,
  startOrdersEnv,
  type Menu,
  type OrdersEnv,
} from '../../../test/orders.ts';
import { readDocument, uploadDriverDocument } from '../documents/index.ts';
import { MAX_WRONG_CODES } from './job.ts';
import { runDispatchRound } from './round.ts';

let o: OrdersEnv;
let services: Services;
beforeAll(async () => {
  o = await startOrdersEnv();
  services = o.env.services;
});
afterAll(async () => {
  await o?.close();
});

interface Job {
  orderId: string;
  menu: Menu;
  customer: Actor;
  driver: { id: string; actor: Actor };
}

/** A paid order of a fresh kitchen, ready, offered to and accepted by a driver 2 km away. */
async function acceptedOrder(): Promise<Job> {
  const { orderId, menu, customer } = await readyOrder(o);
  const driver = await createDriver(services, { metres: 2000, vehicleType: 'scooter' });
  await services.db
    .update(users)
    .set({ name: 'Rosa María Díaz' })
    .where(eq(users.id, driver.actor.userId));
  await runDispatchRound(services);
  const api = callerFor(services, driver.actor).dispatch;
  const offers = await api.myOffers();
  const offer = offers.find((f) => f.orderId === orderId);
  if (!offer) throw new Error('no offer reached the driver');
  await api.accept({ offerId: offer.offerId });
  return { orderId, menu, customer, driver };
}

async function pickedUpOrder(): Promise<Job> {
  const job = await acceptedOrder();
  await callerFor(services, job.driver.actor).dispatch.pickedUp({ orderId: job.orderId });
  return job;
}

async function deliveryCodeOf(orderId: string): Promise<string> {
  const [order] = await services.db.select().from(orders).where(eq(orders.id, orderId));
  return order!.deliveryCode;
}

async function uploadPhoto(actor: Actor, bytes: Uint8Array = SAMPLE_FILES.jpeg) {
  return uploadDriverDocument(services, actor, {
    kind: 'delivery_photo',
    fileName: 'door.jpg',
    body: [bytes],
  });
}

describe('the kitchen board’s driver', () => {
  it('carries the assigned driver’s first name, vehicle and a drive time that follows them', async () => {
    const { orderId, menu, driver } = await acceptedOrder();
    const kitchen = callerFor(services, menu.chef).orders;
    const [far] = (await kitchen.kitchenDrivers()).filter((d) => d.orderId === orderId);
    expect(far).toMatchObject({
      orderId,
      firstName: 'Rosa',
      vehicleType: 'scooter',
      arrivedAt: null,
      positionAt: expect.any(Date) as Date,
    });
    expect(far!.etaSeconds).toBeGreaterThan(60);

    // The driver moves closer: the next read says so.
    await services.geoIndex.upsert({
      id: driver.id,
      lat: OAKLAND.lat,
      lng: OAKLAND.lng + 200 / 88_000,
      accuracyM: 10,
      heading: null,
      speedMps: null,
      at: new Date(),
    });
    const [near] = await kitchen.kitchenDrivers();
    expect(near!.etaSeconds).toBeLessThan(far!.etaSeconds!);
    expect(near!.etaSeconds).toBeGreaterThan(0);

    // Another kitchen sees nothing of it; once there, no drive time but the arrival.
    const other = await createPayableKitchen(o);
    expect(await callerFor(services, other.chef).orders.kitchenDrivers()).toEqual([]);
    await callerFor(services, driver.actor).dispatch.arrivedAtKitchen({ orderId });
    const [there] = await kitchen.kitchenDrivers();
    expect(there).toMatchObject({ etaSeconds: null, arrivedAt: expect.any(Date) as Date });

    // Picked up: the order has left the kitchen, and so has its driver.
    await callerFor(services, driver.actor).dispatch.pickedUp({ orderId });
    expect(await kitchen.kitchenDrivers()).toEqual([]);
  });
});

describe('delivery codes', () => {
  it('counts wrong codes even though each call fails, and refuses codes after the limit', async () => {
    const { orderId, customer, driver } = await pickedUpOrder();
    const api = callerFor(services, driver.actor).dispatch;
    const code = await deliveryCodeOf(orderId);
    const wrong = code === '0000' ? '0001' : '0000';
    for (let i = 1; i <= MAX_WRONG_CODES; i++) {
      await expect(api.delivered({ orderId, code: wrong })).rejects.toMatchObject({
        code: i < MAX_WRONG_CODES ? 'BAD_REQUEST' : 'TOO_MANY_REQUESTS',
      });
      const [row] = await services.db
        .select({ attempts: driverAssignments.wrongCodeAttempts })
        .from(driverAssignments)
        .where(eq(driverAssignments.orderId, orderId));
      expect(row!.attempts).toBe(i);
    }
    // Even the right code is refused now; the order is untouched and the customer sees it.
    await expect(api.delivered({ orderId, code })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringContaining('photo') as string,
    });
    const seen = await callerFor(services, customer).orders.byId({ orderId });
    expect(seen).toMatchObject({ status: 'in_transit', deliveryCode: code, leftAtDoor: false });

    // A photo at the door still delivers it.
    const photo = await uploadPhoto(driver.actor);
    const done = await api.delivered({ orderId, photoDocumentId: photo.id });
    expect(done.status).toBe('delivered');
  });

  it('a right code within the limit delivers', async () => {
    const { orderId, driver } = await pickedUpOrder();
    const api = callerFor(services, driver.actor).dispatch;
    const code = await deliveryCodeOf(orderId);
    await expect(
      api.delivered({ orderId, code: code === '0000' ? '0001' : '0000' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('4 tries') as string,
    });
    expect((await api.delivered({ orderId, code })).status).toBe('delivered');
  });
});

describe('a photo at the door', () => {
  it('delivers once, a retry returns the same, and only the order’s parties see the photo', async () => {
    const { orderId, customer, driver, menu } = await pickedUpOrder();
    const api = callerFor(services, driver.actor).dispatch;

    // A PDF is no photo; the stored photo is the driver's, not on their profile.
    await expect(uploadPhoto(driver.actor, SAMPLE_FILES.pdf)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const photo = await uploadPhoto(driver.actor, SAMPLE_FILES.png);
    expect(photo.kind).toBe('delivery_photo');
    expect(await callerFor(services, customer).orders.byId({ orderId })).toMatchObject({
      leftAtDoor: false,
    });

    const done = await api.delivered({ orderId, photoDocumentId: photo.id });
    expect(done).toMatchObject({ status: 'delivered', deliveredAt: expect.any(Date) as Date });
    expect(await api.delivered({ orderId, photoDocumentId: photo.id })).toEqual(done);
    const [row] = await services.db
      .select()
      .from(driverAssignments)
      .where(eq(driverAssignments.orderId, orderId));
    expect(row!.deliveryPhotoId).toBe(photo.id);

    // The customer sees "left at the door" and opens the photo through a short-lived link.
    const byCustomer = callerFor(services, customer).orders;
    expect(await byCustomer.byId({ orderId })).toMatchObject({
      status: 'delivered',
      leftAtDoor: true,
    });
    const link = await byCustomer.deliveryPhotoUrl({ orderId });
    expect(link.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const url = new URL(link.url, 'http://localhost');
    const file = await readDocument(services, {
      id: url.pathname.split('/').pop()!,
      expires: url.searchParams.get('expires'),
      sig: url.searchParams.get('sig'),
    });
    expect(file.contentType).toBe('image/png');
    expect(Buffer.from(file.data)).toEqual(Buffer.from(SAMPLE_FILES.png));

    // Admins may; a stranger, another driver and the kitchen may not.
    const admin = (await createUser(services, { role: 'admin' })).actor;
    expect((await callerFor(services, admin).orders.deliveryPhotoUrl({ orderId })).url).toMatch(
      /^\/documents\//,
    );
    const stranger = await createCustomer(o);
    const otherDriver = await createDriver(services);
    for (const actor of [stranger, otherDriver.actor, menu.chef]) {
      await expect(
        callerFor(services, actor).orders.deliveryPhotoUrl({ orderId }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(
      readDocument(services, { id: photo.id, expires: null, sig: null, actor: stranger }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a photo that is not the driver’s or not a delivery photo, and a reused one', async () => {
    const first = await pickedUpOrder();
    const api = callerFor(services, first.driver.actor).dispatch;
    const { orderId } = first;

    // Another driver's delivery photo.
    const second = await pickedUpOrder();
    const theirs = await uploadPhoto(second.driver.actor);
    await expect(api.delivered({ orderId, photoDocumentId: theirs.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    // The driver's own licence is no delivery photo.
    const [licence] = await services.db
      .insert(driverDocuments)
      .values({
        driverId: first.driver.id,
        kind: 'driving_licence',
        fileName: 'licence.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        storageKey: `drivers/${first.driver.id}/licence-${Date.now()}.pdf`,
        sha256: 'a'.repeat(64),
      })
      .returning();
    await expect(api.delivered({ orderId, photoDocumentId: licence!.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    // Neither code nor photo, or both, is bad input.
    await expect(api.delivered({ orderId })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const [order] = await services.db.select().from(orders).where(eq(orders.id, orderId));
    expect(order!.status).toBe('in_transit');

    // A photo that proved one delivery does not prove another.
    await callerFor(services, second.driver.actor).dispatch.delivered({
      orderId: second.orderId,
      photoDocumentId: theirs.id,
    });
    const [reused] = await services.db
      .update(driverAssignments)
      .set({ driverId: second.driver.id })
      .where(eq(driverAssignments.orderId, orderId))
      .returning();
    await services.db
      .update(orders)
      .set({ driverId: second.driver.id })
      .where(eq(orders.id, orderId));
    expect(reused).toBeDefined();
    await expect(
      callerFor(services, second.driver.actor).dispatch.delivered({
        orderId,
        photoDocumentId: theirs.id,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a delivery photo is taken on a job only', async () => {
    await offlineEveryone(services.db);
    const idle = await createDriver(services);
    await expect(uploadPhoto(idle.actor)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
