/**
 * Reviews on real PostgreSQL: only the customer of a delivered order, once; the kitchen's and
 * the driver's averages exact after many reviews at once; "best rated first" ranking by them.
 */
import { eq } from 'drizzle-orm';
import { chefs, drivers, reviews } from '@homechef/db';
import type { OrderStatus } from '@homechef/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import { createKitchen, destination, OAKLAND } from '../../../test/kitchens.ts';
import { createDriver } from '../../../test/dispatch.ts';
import { insertOrder } from '../../../test/orders.ts';
import type { Actor } from '../../context.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

/** A driver to review: approved, off shift. */
const newDriver = () => createDriver(env.services, { status: 'offline', vehicleType: 'bicycle' });

async function order(
  chefId: string,
  customer: Actor,
  status: OrderStatus = 'delivered',
  driverId: string | null = null,
) {
  return insertOrder(env.services, { chefId, customerId: customer.userId, status, driverId });
}

async function ratingOf(table: typeof chefs | typeof drivers, id: string) {
  const [row] = await env.services.db
    .select({ avg: table.ratingAvg, count: table.ratingCount })
    .from(table)
    .where(eq(table.id, id));
  return row!;
}

const newCustomer = async () => (await createUser(env.services, { role: 'customer' })).actor;

describe('reviews.create', () => {
  it('rates a delivered order once, updating the kitchen’s and the driver’s averages', async () => {
    const { chef } = await createKitchen(env.services);
    const driver = await newDriver();
    const customer = await newCustomer();
    const orderId = await order(chef.id, customer, 'delivered', driver.id);
    const caller = callerFor(env.services, customer);

    expect((await caller.orders.byId({ orderId })).actions).toContain('review');
    const review = await caller.reviews.create({
      orderId,
      chefRating: 4,
      driverRating: 5,
      comment: '  Lovely curry, still hot.  ',
    });
    expect(review).toMatchObject({
      orderId,
      chefRating: 4,
      driverRating: 5,
      comment: 'Lovely curry, still hot.',
    });
    expect(await ratingOf(chefs, chef.id)).toEqual({ avg: 4, count: 1 });
    expect(await ratingOf(drivers, driver.id)).toEqual({ avg: 5, count: 1 });

    // Shown back on the order, in the history and through forOrder.
    expect(await caller.reviews.forOrder({ orderId })).toEqual({ review });
    const byId = await caller.orders.byId({ orderId });
    expect(byId).toMatchObject({ reviewed: true, hasDriver: true });
    expect(byId.actions).not.toContain('review');
    const listed = await caller.orders.list({});
    expect(listed.items.find((o) => o.id === orderId)?.reviewed).toBe(true);

    // Once per order.
    await expect(caller.reviews.create({ orderId, chefRating: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'You have already rated this order',
    });
    expect(await ratingOf(chefs, chef.id)).toEqual({ avg: 4, count: 1 });
  });

  it('refuses an order not delivered yet, with a message saying so', async () => {
    const { chef } = await createKitchen(env.services);
    const customer = await newCustomer();
    for (const status of ['payment_confirmed', 'in_transit', 'cancelled', 'refunded'] as const) {
      const orderId = await order(chef.id, customer, status);
      await expect(
        callerFor(env.services, customer).reviews.create({ orderId, chefRating: 5 }),
      ).rejects.toMatchObject({
        code: 'PRECONDITION_FAILED',
        message: 'You can rate an order once it has been delivered',
      });
      expect(
        (await callerFor(env.services, customer).orders.byId({ orderId })).actions,
      ).not.toContain('review');
    }
    expect(await ratingOf(chefs, chef.id)).toEqual({ avg: 0, count: 0 });
  });

  it('answers NOT_FOUND for someone else’s order and for one that does not exist', async () => {
    const { chef } = await createKitchen(env.services);
    const owner = await newCustomer();
    const stranger = await newCustomer();
    const orderId = await order(chef.id, owner);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const id of [orderId, missing]) {
      await expect(
        callerFor(env.services, stranger).reviews.create({ orderId: id, chefRating: 5 }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such order' });
      await expect(
        callerFor(env.services, stranger).reviews.forOrder({ orderId: id }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such order' });
    }
    // Chefs and drivers are not customers: refused before the order is looked at.
    await expect(
      callerFor(
        env.services,
        (await createUser(env.services, { role: 'chef' })).actor,
      ).reviews.create({ orderId, chefRating: 5 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await env.services.db.select().from(reviews).where(eq(reviews.orderId, orderId)),
    ).toEqual([]);
  });

  it('refuses a driver rating on an order no driver carried, and validates stars and text', async () => {
    const { chef } = await createKitchen(env.services);
    const customer = await newCustomer();
    const orderId = await order(chef.id, customer);
    const caller = callerFor(env.services, customer);
    await expect(
      caller.reviews.create({ orderId, chefRating: 5, driverRating: 4 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'This order had no driver to rate' });
    for (const chefRating of [0, 6, 3.5]) {
      await expect(caller.reviews.create({ orderId, chefRating })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    await expect(
      caller.reviews.create({ orderId, chefRating: 5, comment: 'x'.repeat(1001) }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller.reviews.create({ orderId, chefRating: 5, comment: 'ok\u202Egpj.exe' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const review = await caller.reviews.create({ orderId, chefRating: 5, comment: '   ' });
    expect(review).toMatchObject({ driverRating: null, comment: null });
    expect((await caller.orders.byId({ orderId })).hasDriver).toBe(false);
  });

  it('keeps the averages exact with many reviews of one kitchen and one driver at once', async () => {
    const { chef } = await createKitchen(env.services);
    const driver = await newDriver();
    const n = 40;
    const jobs = await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const customer = await newCustomer();
        const orderId = await order(chef.id, customer, 'delivered', driver.id);
        // Varied stars; every third review leaves the driver unrated.
        return {
          customer,
          orderId,
          chefRating: (i % 5) + 1,
          driverRating: i % 3 === 0 ? null : ((i * 7) % 5) + 1,
        };
      }),
    );
    await Promise.all(
      jobs.map((j) =>
        callerFor(env.services, j.customer).reviews.create({
          orderId: j.orderId,
          chefRating: j.chefRating,
          driverRating: j.driverRating,
        }),
      ),
    );
    const chefStars = jobs.map((j) => j.chefRating);
    const driverStars = jobs.flatMap((j) => (j.driverRating === null ? [] : [j.driverRating]));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const chefRating = await ratingOf(chefs, chef.id);
    expect(chefRating.count).toBe(n);
    expect(chefRating.avg).toBeCloseTo(mean(chefStars), 5);
    const driverRating = await ratingOf(drivers, driver.id);
    expect(driverRating.count).toBe(driverStars.length);
    expect(driverRating.avg).toBeCloseTo(mean(driverStars), 5);

    // The admin reads the driver's figures by driver id or user id.
    const admin = (await createUser(env.services, { role: 'admin' })).actor;
    for (const id of [driver.id, driver.actor.userId]) {
      const seen = await callerFor(env.services, admin).admin.driverRating({ id });
      expect(seen).toMatchObject({ driverId: driver.id, ratingCount: driverStars.length });
      expect(seen.ratingAvg).toBeCloseTo(mean(driverStars), 5);
    }
  });

  it('keeps each kitchen’s average right when two kitchens share a driver and rate at once', async () => {
    const a = (await createKitchen(env.services)).chef;
    const b = (await createKitchen(env.services)).chef;
    const driver = await newDriver();
    const plan = Array.from({ length: 20 }, (_, i) => ({
      chefId: i % 2 ? a.id : b.id,
      stars: i % 2 ? 5 : (i % 4) + 1,
    }));
    await Promise.all(
      plan.map(async (p) => {
        const customer = await newCustomer();
        const orderId = await order(p.chefId, customer, 'delivered', driver.id);
        await callerFor(env.services, customer).reviews.create({
          orderId,
          chefRating: p.stars,
          driverRating: p.stars,
        });
      }),
    );
    const of = (id: string) => plan.filter((p) => p.chefId === id).map((p) => p.stars);
    for (const chef of [a, b]) {
      const stars = of(chef.id);
      const got = await ratingOf(chefs, chef.id);
      expect(got.count).toBe(stars.length);
      expect(got.avg).toBeCloseTo(stars.reduce((s, x) => s + x, 0) / stars.length, 5);
    }
    expect((await ratingOf(drivers, driver.id)).count).toBe(plan.length);
  });
});

describe('reviews.forKitchen', () => {
  it('pages a listed kitchen’s reviews newest first, with first names only', async () => {
    const { chef, actor: chefActor } = await createKitchen(env.services);
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const customer = (await createUser(env.services, { role: 'customer', name: `Ana${i} Smith` }))
        .actor;
      const orderId = await order(chef.id, customer);
      made.push(
        (
          await callerFor(env.services, customer).reviews.create({
            orderId,
            chefRating: (i % 5) + 1,
            comment: `Review ${i}`,
          })
        ).id,
      );
    }
    const anonymous = callerFor(env.services, null);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await anonymous.reviews.forKitchen({ chefId: chef.id, limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...made].reverse());
    const first = (await anonymous.reviews.forKitchen({ chefId: chef.id })).items[0]!;
    expect(first).toMatchObject({ rating: 2, comment: 'Review 6', authorName: 'Ana6' });
    expect(JSON.stringify(first)).not.toContain('Smith');

    // An unlisted kitchen is NOT_FOUND to the public, readable by its own chef.
    await env.services.db
      .update(chefs)
      .set({ verificationStatus: 'suspended' })
      .where(eq(chefs.id, chef.id));
    await expect(anonymous.reviews.forKitchen({ chefId: chef.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      (await callerFor(env.services, chefActor).reviews.forKitchen({ chefId: chef.id })).items,
    ).toHaveLength(7);
  });
});

describe('best rated first', () => {
  it('ranks kitchens by the reviews customers gave through reviews.create', async () => {
    const at = destination(OAKLAND.lat, OAKLAND.lng, 0, 250_000);
    const kitchen = async (bearing: number, metres: number) =>
      (await createKitchen(env.services, destination(at.lat, at.lng, bearing, metres))).chef;
    const nearMediocre = await kitchen(0, 100);
    const farExcellent = await kitchen(90, 2000);
    const middleGood = await kitchen(180, 800);
    const unrated = await kitchen(270, 50);
    const rate = async (chefId: string, stars: number[]) => {
      for (const s of stars) {
        const customer = await newCustomer();
        const orderId = await order(chefId, customer);
        await callerFor(env.services, customer).reviews.create({ orderId, chefRating: s });
      }
    };
    await rate(nearMediocre.id, [3, 2, 3, 3, 2, 3]);
    await rate(farExcellent.id, [5, 5, 5, 4, 5, 5]);
    await rate(middleGood.id, [4, 4, 5, 4]);

    const search = (sort: 'rating' | 'distance') =>
      callerFor(env.services, null).chefs.search({ ...at, sort, limit: 50 });
    const byRating = (await search('rating')).items;
    expect(byRating.map((k) => k.id)).toEqual([
      farExcellent.id,
      middleGood.id,
      nearMediocre.id,
      unrated.id,
    ]);
    expect(byRating[0]).toMatchObject({ ratingCount: 6, isNew: false });
    expect(byRating[0]!.ratingAvg).toBeCloseTo(29 / 6, 5);
    expect(byRating[3]).toMatchObject({ ratingCount: 0, isNew: true });
    expect((await search('distance')).items.map((k) => k.id)).toEqual([
      unrated.id,
      nearMediocre.id,
      middleGood.id,
      farExcellent.id,
    ]);
    const page = await callerFor(env.services, null).chefs.byId({ id: middleGood.id });
    expect(page).toMatchObject({ ratingAvg: 4.25, ratingCount: 4 });
  });
});
