/**
 * Discovery on real PostgreSQL: who is listed, radius and distance, filters, open now in the
 * chef's time zone, sorting and cursor pagination, and the kitchen page.
 */
import { TRPCError } from '@trpc/server';
import { hashPassword } from '@homechef/auth';
import {
  chefs,
  demoPayouts,
  itemOptionGroups,
  itemOptions,
  menuItems,
  menus,
  seedDemo,
  users,
} from '@homechef/db';
import { SearchChefsInput } from '@homechef/validators';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import { createKitchen, destination, setChef } from '../../../test/kitchens.ts';
import type { Actor } from '../../context.ts';
import { localDate } from '../chefs/index.ts';
import { haversineM } from './geo.ts';
import { getPublicChef } from './kitchen-page.ts';
import { searchChefs } from './search.ts';

let env: TestEnv;
let customer: Actor;
let admin: Actor;
beforeAll(async () => {
  env = await createTestEnv();
  customer = (await createUser(env.services, { role: 'customer' })).actor;
  admin = (await createUser(env.services, { role: 'admin' })).actor;
});
afterAll(async () => {
  await env.close();
});

/** Places far apart (about 280 km), so each test has the map to itself. */
let spots = 0;
function spot() {
  spots += 1;
  return { lat: -40 + spots * 2.5, lng: 20 };
}

const search = (input: Record<string, unknown>, now?: Date) =>
  searchChefs(env.services, SearchChefsInput.parse(input), now);

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe('who customers can find', () => {
  it('lists only approved, unpaused, payable, in-permit kitchens of active chefs, in search and by id', async () => {
    const here = spot();
    const at = { lat: here.lat, lng: here.lng };
    const listed = await createKitchen(env.services, { ...at, businessName: 'Listed' });
    const today = localDate(new Date(), 'America/Los_Angeles');
    const yesterday = localDate(new Date(Date.now() - 86_400_000), 'America/Los_Angeles');
    const permitToday = await createKitchen(env.services, {
      ...at,
      businessName: 'Permit ends today',
      permitExpiresOn: today,
    });
    const hidden = {
      draft: await createKitchen(env.services, { ...at, verificationStatus: 'draft' }),
      submitted: await createKitchen(env.services, { ...at, verificationStatus: 'submitted' }),
      rejected: await createKitchen(env.services, {
        ...at,
        verificationStatus: 'rejected',
        rejectionReason: 'Blurry permit',
      }),
      suspended: await createKitchen(env.services, { ...at, verificationStatus: 'suspended' }),
      paused: await createKitchen(env.services, { ...at, isPaused: true }),
      noStripe: await createKitchen(env.services, { ...at, stripeChargesEnabled: false }),
      expiredPermit: await createKitchen(env.services, { ...at, permitExpiresOn: yesterday }),
      noPermitDate: await createKitchen(env.services, { ...at, permitExpiresOn: null }),
      suspendedOwner: await createKitchen(env.services, { ...at, userStatus: 'suspended' }),
    };

    const found = await search(at);
    expect(found.items.map((k) => k.id).sort()).toEqual(
      [listed.chef.id, permitToday.chef.id].sort(),
    );
    const anyone = await callerFor(env.services, null).chefs.search(at);
    expect(anyone.items).toHaveLength(2);

    for (const [why, kitchen] of Object.entries(hidden)) {
      for (const viewer of [null, customer]) {
        const error = await errorOf(
          callerFor(env.services, viewer).chefs.byId({ id: kitchen.chef.id }),
        );
        expect(error.code, why).toBe('NOT_FOUND');
      }
      // Another chef cannot see it either.
      const otherChef = await createKitchen(env.services, { lat: 0, lng: 100 });
      expect(
        (
          await errorOf(
            callerFor(env.services, otherChef.actor).chefs.byId({ id: kitchen.chef.id }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      // Its own chef and admins get a preview.
      const preview = await callerFor(env.services, kitchen.actor).chefs.byId({
        id: kitchen.chef.id,
      });
      expect(preview.isListed, why).toBe(false);
      expect(
        (await callerFor(env.services, admin).chefs.byId({ id: kitchen.chef.id })).isListed,
      ).toBe(false);
    }
    const page = await callerFor(env.services, customer).chefs.byId({ id: listed.chef.id });
    expect(page).toMatchObject({ id: listed.chef.id, businessName: 'Listed', isListed: true });
  });

  it('hides a kitchen as soon as it is paused and shows it again when resumed', async () => {
    const at = spot();
    const kitchen = await createKitchen(env.services, at);
    const chef = callerFor(env.services, kitchen.actor);
    await chef.chefs.setPaused({ paused: true });
    expect((await search(at)).items).toEqual([]);
    await chef.chefs.setPaused({ paused: false });
    expect((await search(at)).items.map((k) => k.id)).toEqual([kitchen.chef.id]);
  });
});

describe('radius and distance', () => {
  it('includes kitchens just inside their radius and excludes those just outside', async () => {
    const customerAt = spot();
    const place = (bearing: number, metres: number) =>
      destination(customerAt.lat, customerAt.lng, bearing, metres);
    const inside = await createKitchen(env.services, {
      ...place(10, 2995),
      deliveryRadiusM: 3000,
      businessName: 'Inside',
    });
    const outside = await createKitchen(env.services, {
      ...place(100, 3005),
      deliveryRadiusM: 3000,
      businessName: 'Outside',
    });
    const farButWide = await createKitchen(env.services, {
      ...place(200, 49_990),
      deliveryRadiusM: 50_000,
      businessName: 'Wide',
    });
    const farNarrow = await createKitchen(env.services, {
      ...place(300, 49_990),
      deliveryRadiusM: 49_980,
    });
    const near = await createKitchen(env.services, {
      ...place(45, 400),
      deliveryRadiusM: 500,
      businessName: 'Near',
    });

    const { items } = await search(customerAt);
    expect(items.map((k) => k.businessName)).toEqual(['Near', 'Inside', 'Wide']);
    expect(items.map((k) => k.distanceM)).toEqual([400, 2995, 49_990]);
    expect(items.map((k) => k.id)).not.toContain(outside.chef.id);
    expect(items.map((k) => k.id)).not.toContain(farNarrow.chef.id);
    expect(items[0]).toMatchObject({
      deliveryRadiusM: 500,
      leadTimeMinutes: 30,
      cuisines: ['thai'],
    });

    // The kitchen page says whether it delivers to you, and how far it is.
    const page = await callerFor(env.services, customer).chefs.byId({
      id: outside.chef.id,
      ...customerAt,
    });
    expect(page).toMatchObject({ deliversToYou: false, distanceM: 3005 });
    expect(
      (await callerFor(env.services, customer).chefs.byId({ id: inside.chef.id, ...customerAt }))
        .deliversToYou,
    ).toBe(true);
    expect(farButWide.chef.id).toBe(items[2]?.id);
    expect(near.chef.id).toBe(items[0]?.id);
  });

  it('measures distance across the antimeridian', async () => {
    const customerAt = { lat: -17.8, lng: 179.99 };
    const kitchenAt = destination(customerAt.lat, customerAt.lng, 90, 2000);
    expect(kitchenAt.lng).toBeLessThan(0);
    const kitchen = await createKitchen(env.services, { ...kitchenAt, deliveryRadiusM: 3000 });
    const { items } = await search(customerAt);
    expect(items.map((k) => [k.id, k.distanceM])).toEqual([[kitchen.chef.id, 2000]]);
    expect(haversineM(customerAt.lat, customerAt.lng, kitchenAt.lat, kitchenAt.lng)).toBeCloseTo(
      2000,
      3,
    );
  });

  it('refuses coordinates out of range with a clear message', async () => {
    const error = await errorOf(
      callerFor(env.services, null).chefs.search({ lat: 123, lng: -500 }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('Latitude must be between -90 and 90');
    expect(error.message).toContain('Longitude must be between -180 and 180');
  });
});

describe('filters', () => {
  it('filters by cuisine, free text over kitchen and dish names, and dietary tags', async () => {
    const at = spot();
    const tacos = await createKitchen(env.services, {
      ...at,
      businessName: 'Abuela Rosa’s Cocina',
      cuisines: ['mexican'],
      dishes: [
        { name: 'Mole negro', allergens: ['tree_nuts', 'sesame'] },
        { name: 'Frijoles', dietaryTags: ['vegan', 'gluten_free'] },
      ],
    });
    const thai = await createKitchen(env.services, {
      ...at,
      businessName: 'Baan Noi',
      cuisines: ['thai'],
      dishes: [
        { name: 'Pad see ew', dietaryTags: ['vegan'] },
        { name: 'Khao soi', dietaryTags: ['gluten_free'] },
        { name: 'Secret mole special', isAvailable: false },
      ],
    });
    const ids = async (input: Record<string, unknown>) =>
      (await search({ ...at, ...input })).items.map((k) => k.id).sort();

    expect(await ids({ cuisine: 'Mexican' })).toEqual([tacos.chef.id]);
    expect(await ids({ query: 'abuela' })).toEqual([tacos.chef.id]);
    expect(await ids({ query: 'KHAO' })).toEqual([thai.chef.id]);
    // An unavailable dish does not make a kitchen match.
    expect(await ids({ query: 'mole' })).toEqual([tacos.chef.id]);
    // LIKE wildcards are literal text.
    expect(await ids({ query: '%' })).toEqual([]);
    expect(await ids({ dietary: 'vegan' })).toEqual([tacos.chef.id, thai.chef.id].sort());
    // Both tags on one dish: only the frijoles qualify.
    expect(await ids({ dietary: ['vegan', 'gluten_free'] })).toEqual([tacos.chef.id]);
    expect(await ids({ cuisine: 'thai', dietary: ['vegan'], query: 'baan' })).toEqual([
      thai.chef.id,
    ]);

    // A deleted dish no longer matches.
    await env.services.db
      .update(menuItems)
      .set({ deletedAt: new Date() })
      .where(eq(menuItems.name, 'Khao soi'));
    expect(await ids({ query: 'khao soi' })).toEqual([]);
  });
});

describe('open now, across midnight and time zones', () => {
  // Thursday 2025-07-17 00:30 in Los Angeles (PDT) = 07:30Z = Thursday 16:30 in Tokyo.
  const now = new Date('2025-07-17T07:30:00Z');

  it('agrees between the openNow filter and the isOpenNow flag', async () => {
    const at = spot();
    const lateNight = await createKitchen(env.services, {
      ...at,
      businessName: 'Late night (LA, Wed 18:00–01:00)',
      hours: [{ weekday: 3, opensAt: '18:00', closesAt: '01:00' }],
    });
    const tokyo = await createKitchen(env.services, {
      ...destination(at.lat, at.lng, 0, 100),
      businessName: 'Tokyo lunch (Thu 09:00–17:00)',
      timezone: 'Asia/Tokyo',
      hours: [{ weekday: 4, opensAt: '09:00', closesAt: '17:00' }],
    });
    const daytime = await createKitchen(env.services, {
      ...destination(at.lat, at.lng, 0, 200),
      businessName: 'Daytime (LA, Thu 09:00–17:00)',
      hours: [{ weekday: 4, opensAt: '09:00', closesAt: '17:00' }],
    });
    const noHours = await createKitchen(env.services, {
      ...destination(at.lat, at.lng, 0, 300),
      hours: [],
    });

    const all = await search(at, now);
    const byId = new Map(all.items.map((k) => [k.id, k]));
    expect(byId.get(lateNight.chef.id)).toMatchObject({
      isOpenNow: true,
      closesAt: new Date('2025-07-17T08:00:00Z'),
      nextOpenAt: null,
    });
    expect(byId.get(tokyo.chef.id)).toMatchObject({
      isOpenNow: true,
      closesAt: new Date('2025-07-17T08:00:00Z'),
    });
    expect(byId.get(daytime.chef.id)).toMatchObject({
      isOpenNow: false,
      nextOpenAt: new Date('2025-07-17T16:00:00Z'),
    });
    expect(byId.get(noHours.chef.id)).toMatchObject({ isOpenNow: false, nextOpenAt: null });

    const open = await search({ ...at, openNow: true }, now);
    expect(open.items.map((k) => k.id).sort()).toEqual([lateNight.chef.id, tokyo.chef.id].sort());

    // An hour later: the late-night kitchen closed at 01:00, Tokyo closed at 17:00.
    const later = new Date('2025-07-17T08:30:00Z');
    expect((await search({ ...at, openNow: true }, later)).items).toEqual([]);
    const lateNightLater = (await search(at, later)).items.find((k) => k.id === lateNight.chef.id);
    expect(lateNightLater?.nextOpenAt).toEqual(new Date('2025-07-24T01:00:00Z'));

    // Every flag matches the filter at many moments of the week.
    for (let hour = 0; hour < 7 * 24; hour += 5) {
      const moment = new Date(now.getTime() + hour * 3_600_000);
      const flagged = (await search(at, moment)).items
        .filter((k) => k.isOpenNow)
        .map((k) => k.id)
        .sort();
      const filtered = (await search({ ...at, openNow: true }, moment)).items
        .map((k) => k.id)
        .sort();
      expect(filtered, moment.toISOString()).toEqual(flagged);
    }
  });

  it('treats the permit as valid through its last day in the chef’s own time zone', async () => {
    const at = spot();
    // 2025-07-17 07:30Z is still 2025-07-17 in Tokyo but 2025-07-17 00:30 in Los Angeles too;
    // a permit ending 2025-07-16 has expired in both; one ending 2025-07-17 is valid in both.
    await createKitchen(env.services, { ...at, permitExpiresOn: '2025-07-16' });
    const valid = await createKitchen(env.services, {
      ...at,
      permitExpiresOn: '2025-07-17',
      timezone: 'Asia/Tokyo',
    });
    expect((await search(at, now)).items.map((k) => k.id)).toEqual([valid.chef.id]);
    // At 2025-07-17 16:00Z it is already the 18th in Tokyo.
    expect((await search(at, new Date('2025-07-17T16:00:00Z'))).items).toEqual([]);
  });
});

describe('sorting and pagination', () => {
  it('pages through every result once, in a stable order, by distance and by rating', async () => {
    const at = spot();
    const ratings = [4.5, 3.9, 4.5, 5, 4.1, 0, 4.5, 3.9];
    const made = [];
    for (const [i, rating] of ratings.entries()) {
      // Two kitchens share a spot, so distance ties are broken by id.
      const point = destination(at.lat, at.lng, i * 40, i === 7 ? 600 : 300 + i * 300);
      made.push(
        await createKitchen(env.services, {
          ...point,
          ratingAvg: rating,
          ratingCount: rating ? 10 : 0,
        }),
      );
    }
    await setChef(env.services, made[1]!.chef.id, { ...destination(at.lat, at.lng, 7 * 40, 600) });

    for (const sort of ['distance', 'rating'] as const) {
      const whole = (await search({ ...at, sort, limit: 50 })).items;
      expect(whole).toHaveLength(ratings.length);
      const paged = [];
      let cursor: string | undefined;
      do {
        const page = await callerFor(env.services, null).chefs.search({
          ...at,
          sort,
          limit: 3,
          cursor,
        });
        expect(page.items.length).toBeLessThanOrEqual(3);
        paged.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged.map((k) => k.id)).toEqual(whole.map((k) => k.id));

      const key = (k: (typeof whole)[number]) =>
        sort === 'rating' ? [-k.ratingAvg, k.distanceM, k.id] : [k.distanceM, k.id];
      const sorted = [...whole].sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        for (let i = 0; i < ka.length; i++) {
          if (ka[i]! < kb[i]!) return -1;
          if (ka[i]! > kb[i]!) return 1;
        }
        return 0;
      });
      expect(whole.map((k) => k.id)).toEqual(sorted.map((k) => k.id));
    }
    const byRating = (await search({ ...at, sort: 'rating' })).items.map((k) => k.ratingAvg);
    expect(byRating).toEqual([...ratings].sort((a, b) => b - a));
  });

  it('ranks “best rated” by rating with the review count weighed in, and new kitchens last, labelled', async () => {
    const at = spot();
    const kitchen = (bearing: number, metres: number, ratingAvg: number, ratingCount: number) =>
      createKitchen(env.services, {
        ...destination(at.lat, at.lng, bearing, metres),
        ratingAvg,
        ratingCount,
      });
    const fresh = await kitchen(0, 100, 0, 0); // nearest, no reviews
    const twoFives = await kitchen(90, 200, 5, 2); // perfect, but only two reviews
    const trusted = await kitchen(180, 900, 4.7, 120);
    const trustedFar = await kitchen(270, 1500, 4.7, 120);
    const trustedFewer = await kitchen(45, 300, 4.7, 40);

    const expected = [trusted, trustedFar, trustedFewer, twoFives, fresh].map((k) => k.chef.id);
    const whole = (await search({ ...at, sort: 'rating', limit: 50 })).items;
    expect(whole.map((k) => k.id)).toEqual(expected);
    expect(whole.map((k) => k.isNew)).toEqual([false, false, false, false, true]);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search({ ...at, sort: 'rating', limit: 2, cursor });
      paged.push(...page.items.map((k) => k.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(expected);
    // Nearest first is still nearest first.
    expect((await search({ ...at, limit: 50 })).items[0]?.id).toBe(fresh.chef.id);
    const page = await callerFor(env.services, null).chefs.byId({ id: fresh.chef.id });
    expect(page).toMatchObject({ isNew: true, ratingCount: 0 });
    expect((await callerFor(env.services, null).chefs.byId({ id: trusted.chef.id })).isNew).toBe(
      false,
    );
  });

  it('refuses a cursor from another search or a forged one', async () => {
    const at = spot();
    await createKitchen(env.services, at);
    await createKitchen(env.services, destination(at.lat, at.lng, 90, 100));
    const first = await search({ ...at, limit: 1 });
    expect(first.nextCursor).toEqual(expect.any(String));
    const other = await errorOf(
      callerFor(env.services, null).chefs.search({
        ...at,
        query: 'x',
        limit: 1,
        cursor: first.nextCursor!,
      }),
    );
    expect(other).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('different search') as unknown,
    });
    const forged = await errorOf(
      callerFor(env.services, null).chefs.search({ ...at, cursor: 'not-a-cursor' }),
    );
    expect(forged).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Invalid cursor: start the search again',
    });
  });

  it('refuses a forged cursor even with the right fingerprint, and follows a real one', async () => {
    const at = spot();
    await createKitchen(env.services, at);
    await createKitchen(env.services, destination(at.lat, at.lng, 90, 100));
    const first = await search({ ...at, limit: 1 });
    const real = first.nextCursor!;
    const [payload, signature] = real.split('.');
    const key = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(key.f).toEqual(expect.any(String));
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forgeries = [
      // Unsigned, in the old format, with a correct fingerprint.
      encode({ ...key, id: '-'.repeat(36) }),
      encode({ ...key, d: 1e300 }),
      encode(key),
      // The real signature on altered fields.
      `${encode({ ...key, d: 1e300 })}.${signature}`,
      `${encode({ ...key, r: 1e300 })}.${signature}`,
      `${encode({ ...key, id: '00000000-0000-0000-0000-000000000000' })}.${signature}`,
      `${payload}.${signature!.slice(0, -2)}AA`,
      `${payload}.${signature}.x`,
    ];
    for (const cursor of forgeries) {
      const error = await errorOf(callerFor(env.services, null).chefs.search({ ...at, cursor }));
      expect(error, cursor).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'Invalid cursor: start the search again',
      });
    }
    const second = await callerFor(env.services, null).chefs.search({
      ...at,
      limit: 1,
      cursor: real,
    });
    expect(second.items).toHaveLength(1);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
  });
});

describe('chefs.byId', () => {
  it('shows active menus with available dishes in order, their options, badges and hours', async () => {
    const at = spot();
    const kitchen = await createKitchen(env.services, {
      ...at,
      dishes: [
        { name: 'Second', dietaryTags: ['vegan'], allergens: ['sesame'] },
        { name: 'First', allergens: ['milk'] },
        { name: 'Sold out', isAvailable: false, dietaryTags: ['halal'] },
      ],
    });
    const [second, first] = kitchen.itemIds;
    await env.services.db.update(menuItems).set({ position: 5 }).where(eq(menuItems.id, second!));
    const [group] = await env.services.db
      .insert(itemOptionGroups)
      .values({ itemId: first!, name: 'Size', minChoices: 1, maxChoices: 1 })
      .returning();
    await env.services.db.insert(itemOptions).values([
      { groupId: group!.id, name: 'Large', priceDeltaCents: 300, position: 1 },
      { groupId: group!.id, name: 'Regular', position: 0 },
    ]);
    const [gone] = await env.services.db
      .insert(itemOptionGroups)
      .values({ itemId: first!, name: 'Removed', deletedAt: new Date() })
      .returning();
    await env.services.db.insert(itemOptions).values({ groupId: gone!.id, name: 'x' });
    const [inactive] = await env.services.db
      .insert(menus)
      .values({ chefId: kitchen.chef.id, name: 'Winter only', isActive: false })
      .returning();
    await env.services.db.insert(menuItems).values({
      menuId: inactive!.id,
      chefId: kitchen.chef.id,
      name: 'Hidden stew',
      priceCents: 900,
    });

    const page = await getPublicChef(
      env.services,
      customer,
      { id: kitchen.chef.id },
      new Date('2025-07-17T19:00:00Z'),
    );
    expect(page.menus).toHaveLength(1);
    expect(page.menus[0]!.items.map((i) => i.name)).toEqual(['First', 'Second']);
    expect(page.menus[0]!.items[0]!.optionGroups).toEqual([
      {
        id: group!.id,
        name: 'Size',
        minChoices: 1,
        maxChoices: 1,
        options: [
          expect.objectContaining({ name: 'Regular', priceDeltaCents: 0 }),
          expect.objectContaining({ name: 'Large', priceDeltaCents: 300 }),
        ],
      },
    ]);
    expect(page.dietaryTags).toEqual(['vegan']);
    expect(page.allergens).toEqual(['milk', 'sesame']);
    expect(page.openingHours).toHaveLength(14);
    expect(page).toMatchObject({
      isOpenNow: true,
      city: 'Oakland',
      distanceM: null,
      deliversToYou: null,
    });
    // No street address for customers.
    expect(JSON.stringify(page)).not.toContain('Test St');
  });

  it('is NOT_FOUND for an unknown id', async () => {
    const error = await errorOf(
      callerFor(env.services, null).chefs.byId({ id: crypto.randomUUID() }),
    );
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Kitchen not found' });
  });
});

describe('the demo city', () => {
  it('lists its approved, open-for-business kitchens near Oakland and none of the others', async () => {
    const summary = await seedDemo(env.services.db, { hashPassword });
    expect(summary.approvedChefs).toBeGreaterThan(10);
    // The seed invents no Stripe accounts: until Stripe says a kitchen can take payments,
    // nothing is listed. The server then connects the demo kitchens in the sandbox; here their
    // rows are set as that leaves them.
    const here = { lat: 37.8338, lng: -122.2637 };
    expect((await search({ ...here, limit: 50 })).items).toEqual([]);
    const connected = demoPayouts()
      .filter((p) => p.kind === 'chef' && p.complete)
      .map((p) => p.email);
    await env.services.db
      .update(chefs)
      .set({ stripeChargesEnabled: true, stripePayoutsEnabled: true, stripeDetailsSubmitted: true })
      .where(
        inArray(
          chefs.userId,
          env.services.db
            .select({ id: users.id })
            .from(users)
            .where(inArray(users.email, connected)),
        ),
      );
    const demo = await env.services.db
      .select({
        id: chefs.id,
        status: chefs.verificationStatus,
        isPaused: chefs.isPaused,
        lat: chefs.lat,
        lng: chefs.lng,
        radius: chefs.deliveryRadiusM,
      })
      .from(chefs);
    // A customer in Temescal.
    const expected = demo
      .filter((c) => c.status === 'approved' && !c.isPaused)
      .filter((c) => haversineM(here.lat, here.lng, c.lat!, c.lng!) <= c.radius)
      .map((c) => c.id)
      .sort();
    const found = await search({ ...here, limit: 50 });
    expect(found.items.map((k) => k.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
    const hidden = demo.filter((c) => c.status !== 'approved').map((c) => c.id);
    expect(hidden.length).toBeGreaterThan(0);
    expect(found.items.some((k) => hidden.includes(k.id))).toBe(false);
    // Each listed demo kitchen opens a real menu.
    const page = await callerFor(env.services, null).chefs.byId({ id: found.items[0]!.id });
    expect(page.menus.flatMap((m) => m.items).length).toBeGreaterThan(0);
  });
});
