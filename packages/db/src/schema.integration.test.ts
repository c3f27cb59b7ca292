/**
 * The schema as the database enforces it: migrations, constraints, triggers and the demo
 * seed, on real PostgreSQL (one fresh database per describe block) and on in-memory PGlite.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { asc, count, eq, getTableName, is, isNull, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, type Database } from './client.ts';
import * as schema from './schema/index.ts';
import {
  addresses,
  adminActions,
  chefOpeningHours,
  chefs,
  driverAssignments,
  driverDocuments,
  driverShifts,
  drivers,
  itemOptionGroups,
  itemOptions,
  ledgerEntries,
  menuItems,
  menus,
  orderItems,
  orders,
  reviews,
  users,
} from './schema/index.ts';
import { demoPayouts, isEmpty, seedDemo, type SeedSummary } from './seed/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

interface PgErrorInfo {
  code: string | undefined;
  constraint: string | undefined;
  message: string;
}

/** Awaits a statement that must fail and returns the PostgreSQL error under Drizzle's wrapper. */
async function pgError(statement: PromiseLike<unknown>): Promise<PgErrorInfo> {
  try {
    await statement;
  } catch (error) {
    let e: unknown = error;
    while (e instanceof Error) {
      const fields = e as Error & { code?: unknown; constraint_name?: string; constraint?: string };
      if (typeof fields.code === 'string') {
        return {
          code: fields.code,
          constraint: fields.constraint_name ?? fields.constraint,
          message: e.message,
        };
      }
      e = e.cause;
    }
    throw error;
  }
  throw new Error('expected the statement to fail, but it succeeded');
}

/** `execute` gives an array on postgres.js and `{ rows }` on PGlite. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}

const CHECK_VIOLATION = '23514';
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const INVALID_TEXT_REPRESENTATION = '22P02';

const allTables: PgTable[] = (Object.values(schema) as unknown[]).filter(
  (value): value is PgTable => is(value, PgTable),
);

let counter = 0;
const unique = (prefix: string) => `${prefix}${++counter}`;

/** A chef with one menu item (with an option), a customer, a driver and a paid order for it. */
async function fixture(db: Database) {
  const [chefUser, customer, driverUser] = await db
    .insert(users)
    .values([
      { email: `${unique('chef')}@example.test`, passwordHash: 'x', name: 'Chef', role: 'chef' },
      {
        email: `${unique('customer')}@example.test`,
        passwordHash: 'x',
        name: 'Customer',
        role: 'customer',
      },
      {
        email: `${unique('driver')}@example.test`,
        passwordHash: 'x',
        name: 'Driver',
        role: 'driver',
      },
    ])
    .returning();
  if (!chefUser || !customer || !driverUser) throw new Error('fixture users');
  const [chef] = await db
    .insert(chefs)
    .values({
      userId: chefUser.id,
      businessName: 'Test Kitchen',
      lat: 37.8,
      lng: -122.27,
      verificationStatus: 'approved',
    })
    .returning();
  if (!chef) throw new Error('fixture chef');
  const [menu] = await db.insert(menus).values({ chefId: chef.id, name: 'Menu' }).returning();
  if (!menu) throw new Error('fixture menu');
  const [item] = await db
    .insert(menuItems)
    .values({
      menuId: menu.id,
      chefId: chef.id,
      name: 'Dish',
      priceCents: 1200,
      allergens: ['milk'],
    })
    .returning();
  if (!item) throw new Error('fixture item');
  const [group] = await db
    .insert(itemOptionGroups)
    .values({ itemId: item.id, name: 'Spice', minChoices: 1, maxChoices: 1 })
    .returning();
  if (!group) throw new Error('fixture group');
  await db.insert(itemOptions).values({ groupId: group.id, name: 'Hot' });
  const [driver] = await db
    .insert(drivers)
    .values({ userId: driverUser.id, vehicleType: 'bicycle' })
    .returning();
  if (!driver) throw new Error('fixture driver');
  const [order] = await db.insert(orders).values(orderValues(customer.id, chef.id)).returning();
  if (!order) throw new Error('fixture order');
  await db.insert(orderItems).values({
    orderId: order.id,
    menuItemId: item.id,
    name: item.name,
    unitPriceCents: 1200,
    quantity: 2,
    lineTotalCents: 2400,
  });
  return { chef, customer, menu, item, driver, order };
}

function orderValues(customerId: string, chefId: string) {
  return {
    customerId,
    chefId,
    idempotencyKey: unique('key-'),
    requestHash: 'hash',
    serviceDate: '2026-12-04',
    deliveryLine1: '1 Broadway',
    deliveryCity: 'Oakland',
    deliveryPostalCode: '94612',
    deliveryLat: 37.81,
    deliveryLng: -122.27,
    subtotalCents: 2400,
    deliveryFeeCents: 399,
    tipCents: 300,
    platformFeeCents: 360,
    totalCents: 3099,
  } satisfies typeof orders.$inferInsert;
}

describe('schema on PostgreSQL', () => {
  let handle: TestDatabase;
  let db: Database;
  let f: Awaited<ReturnType<typeof fixture>>;

  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
    f = await fixture(db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('applies every migration and matches the Drizzle schema table by table, column by column', async () => {
    const files = readdirSync(MIGRATIONS_FOLDER).filter((file) => file.endsWith('.sql'));
    const applied = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    );
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(applied[0]?.n).toBe(files.length);

    const rows = rowsOf<{ table_name: string; column_name: string }>(
      await db.execute(
        sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
      ),
    );
    const actual = new Map<string, Set<string>>();
    for (const row of rows) {
      actual.set(row.table_name, (actual.get(row.table_name) ?? new Set()).add(row.column_name));
    }
    const expected = new Map(
      allTables.map((table) => [
        getTableName(table),
        new Set(getTableConfig(table).columns.map((c) => c.name)),
      ]),
    );
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [table, columns] of expected)
      expect([...(actual.get(table) ?? [])].sort(), table).toEqual([...columns].sort());
    expect(expected.size).toBe(31);
  });

  describe('CHECK constraints', () => {
    it('reject a negative price', async () => {
      const err = await pgError(
        db
          .insert(menuItems)
          .values({ menuId: f.menu.id, chefId: f.chef.id, name: 'Free money', priceCents: -1 }),
      );
      expect(err).toMatchObject({
        code: CHECK_VIOLATION,
        constraint: 'menu_items_price_cents_check',
      });
    });

    it('reject an order whose total is not subtotal + delivery fee + tip', async () => {
      const err = await pgError(
        db.insert(orders).values({ ...orderValues(f.customer.id, f.chef.id), totalCents: 3098 }),
      );
      expect(err).toMatchObject({ code: CHECK_VIOLATION, constraint: 'orders_total_is_sum_check' });
    });

    it('reject a latitude outside [-90, 90] and a longitude outside [-180, 180]', async () => {
      const address = {
        userId: f.customer.id,
        line1: '1 Main St',
        city: 'Oakland',
        postalCode: '94612',
        lat: 37.8,
        lng: -122.27,
      };
      expect(await pgError(db.insert(addresses).values({ ...address, lat: 90.5 }))).toMatchObject({
        code: CHECK_VIOLATION,
        constraint: 'addresses_lat_check',
      });
      expect(
        await pgError(db.insert(addresses).values({ ...address, lng: -180.01 })),
      ).toMatchObject({
        code: CHECK_VIOLATION,
        constraint: 'addresses_lng_check',
      });
      expect(
        await pgError(
          db.update(drivers).set({ lastLat: -91, lastLng: 0 }).where(eq(drivers.id, f.driver.id)),
        ),
      ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'drivers_last_lat_check' });
    });

    it('reject a rating of 6 (and of 0)', async () => {
      const review = { orderId: f.order.id, customerId: f.customer.id, chefId: f.chef.id };
      expect(await pgError(db.insert(reviews).values({ ...review, chefRating: 6 }))).toMatchObject({
        code: CHECK_VIOLATION,
        constraint: 'reviews_chef_rating_check',
      });
      expect(
        await pgError(
          db
            .insert(reviews)
            .values({ ...review, chefRating: 5, driverId: f.driver.id, driverRating: 0 }),
        ),
      ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'reviews_driver_rating_check' });
      await db.insert(reviews).values({ ...review, chefRating: 5 });
    });

    it('reject an option group with min_choices > max_choices or max_choices 0', async () => {
      expect(
        await pgError(
          db
            .insert(itemOptionGroups)
            .values({ itemId: f.item.id, name: 'Bad', minChoices: 2, maxChoices: 1 }),
        ),
      ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'item_option_groups_choices_check' });
      expect(
        await pgError(
          db
            .insert(itemOptionGroups)
            .values({ itemId: f.item.id, name: 'Bad', minChoices: 0, maxChoices: 0 }),
        ),
      ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'item_option_groups_choices_check' });
    });

    it('reject a delivery radius of 0 and one above 50 km', async () => {
      for (const radius of [0, 50_001]) {
        expect(
          await pgError(
            db.update(chefs).set({ deliveryRadiusM: radius }).where(eq(chefs.id, f.chef.id)),
          ),
        ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'chefs_delivery_radius_check' });
      }
    });

    it('reject a quantity of 0, an unknown allergen and an upper-case e-mail', async () => {
      expect(
        await pgError(
          db.insert(orderItems).values({
            orderId: f.order.id,
            menuItemId: f.item.id,
            name: 'Dish',
            unitPriceCents: 1200,
            quantity: 0,
            lineTotalCents: 0,
          }),
        ),
      ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'order_items_quantity_check' });
      expect(
        await pgError(
          db
            .update(menuItems)
            .set({ allergens: ['milk', 'glitter'] })
            .where(eq(menuItems.id, f.item.id)),
        ),
      ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'menu_items_allergens_check' });
      expect(
        await pgError(
          db.insert(users).values({ email: 'Shouty@Example.test', passwordHash: 'x', name: 'X' }),
        ),
      ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'users_email_normalised_check' });
    });
  });

  it('rejects an order status outside the 12 states', async () => {
    const err = await pgError(
      db.execute(sql`update orders set status = 'teleported' where id = ${f.order.id}`),
    );
    expect(err.code).toBe(INVALID_TEXT_REPRESENTATION);
    expect(schema.orderStatus.enumValues).toHaveLength(12);
    await db.update(orders).set({ status: 'refunded' }).where(eq(orders.id, f.order.id));
    await db.update(orders).set({ status: 'pending' }).where(eq(orders.id, f.order.id));
  });

  it('keeps e-mail addresses unique', async () => {
    const [first] = await db
      .insert(users)
      .values({ email: 'twice@example.test', passwordHash: 'x', name: 'One' })
      .returning({ id: users.id });
    expect(first?.id).toBeDefined();
    const err = await pgError(
      db.insert(users).values({ email: 'twice@example.test', passwordHash: 'y', name: 'Two' }),
    );
    expect(err).toMatchObject({ code: UNIQUE_VIOLATION, constraint: 'users_email_key' });
  });

  it('keeps admin_actions append-only: UPDATE, DELETE and TRUNCATE raise', async () => {
    const [admin] = await db
      .insert(users)
      .values({
        email: 'audit-admin@example.test',
        passwordHash: 'x',
        name: 'Admin',
        role: 'admin',
      })
      .returning();
    if (!admin) throw new Error('admin');
    const [row] = await db
      .insert(adminActions)
      .values({
        adminUserId: admin.id,
        action: 'chef.approve',
        targetType: 'chef',
        targetId: f.chef.id,
      })
      .returning();
    if (!row) throw new Error('admin action');

    const update = await pgError(
      db.update(adminActions).set({ reason: 'rewritten' }).where(eq(adminActions.id, row.id)),
    );
    expect(update.message).toMatch(/admin_actions is append-only: UPDATE/);
    const del = await pgError(db.delete(adminActions).where(eq(adminActions.id, row.id)));
    expect(del.message).toMatch(/admin_actions is append-only: DELETE/);
    const truncate = await pgError(db.execute(sql`truncate admin_actions cascade`));
    expect(truncate.message).toMatch(/append-only: TRUNCATE/);

    const [still] = await db.select().from(adminActions).where(eq(adminActions.id, row.id));
    expect(still).toEqual(row);
  });

  it('keeps the ledger balanced per entry group and append-only', async () => {
    const group = randomUUID();
    await db.transaction(async (tx) => {
      await tx.insert(ledgerEntries).values({
        orderId: f.order.id,
        entryGroup: group,
        account: 'customer_charge',
        amountCents: -3099,
      });
      await tx.insert(ledgerEntries).values([
        {
          orderId: f.order.id,
          entryGroup: group,
          account: 'chef_share',
          amountCents: 2040,
          chefId: f.chef.id,
        },
        { orderId: f.order.id, entryGroup: group, account: 'platform_fee', amountCents: 1059 },
      ]);
    });
    const [sum] = await db
      .select({ total: sql<number>`sum(${ledgerEntries.amountCents})::int` })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.orderId, f.order.id));
    expect(sum?.total).toBe(0);

    const unbalanced = await pgError(
      db
        .insert(ledgerEntries)
        .values([
          { orderId: f.order.id, entryGroup: randomUUID(), account: 'refund', amountCents: 100 },
        ]),
    );
    expect(unbalanced).toMatchObject({
      code: CHECK_VIOLATION,
      constraint: 'ledger_entries_group_balanced',
    });
    const edited = await pgError(
      db.update(ledgerEntries).set({ amountCents: 0 }).where(eq(ledgerEntries.entryGroup, group)),
    );
    expect(edited.message).toMatch(/ledger_entries is append-only/);
  });

  it('restricts deleting a menu item (or its menu) that an order references, but cascades otherwise', async () => {
    const item = await pgError(db.delete(menuItems).where(eq(menuItems.id, f.item.id)));
    expect(item).toMatchObject({
      code: FOREIGN_KEY_VIOLATION,
      constraint: 'order_items_menu_item_id_menu_items_id_fk',
    });
    const menu = await pgError(db.delete(menus).where(eq(menus.id, f.menu.id)));
    expect(menu.code).toBe(FOREIGN_KEY_VIOLATION);

    const [spare] = await db.insert(menus).values({ chefId: f.chef.id, name: 'Spare' }).returning();
    if (!spare) throw new Error('spare menu');
    const [spareItem] = await db
      .insert(menuItems)
      .values({ menuId: spare.id, chefId: f.chef.id, name: 'Unordered', priceCents: 500 })
      .returning();
    if (!spareItem) throw new Error('spare item');
    await db
      .insert(itemOptionGroups)
      .values({ itemId: spareItem.id, name: 'Add-ons', maxChoices: 3 });
    await db.delete(menus).where(eq(menus.id, spare.id));
    const left = await db
      .select({ n: count() })
      .from(itemOptionGroups)
      .where(eq(itemOptionGroups.itemId, spareItem.id));
    expect(left[0]?.n).toBe(0);
  });

  it("refuses a menu item whose chef_id is not its menu's chef", async () => {
    const other = await fixture(db);
    const err = await pgError(
      db
        .insert(menuItems)
        .values({ menuId: f.menu.id, chefId: other.chef.id, name: 'Smuggled', priceCents: 100 }),
    );
    expect(err).toMatchObject({
      code: FOREIGN_KEY_VIOLATION,
      constraint: 'menu_items_menu_id_chef_id_fk',
    });
  });

  it('allows one active driver assignment per order', async () => {
    const [first] = await db
      .insert(driverAssignments)
      .values({ orderId: f.order.id, driverId: f.driver.id })
      .returning();
    if (!first) throw new Error('assignment');
    const err = await pgError(
      db.insert(driverAssignments).values({ orderId: f.order.id, driverId: f.driver.id }),
    );
    expect(err).toMatchObject({
      code: UNIQUE_VIOLATION,
      constraint: 'driver_assignments_one_active_per_order_idx',
    });
    await db
      .update(driverAssignments)
      .set({ cancelledAt: new Date() })
      .where(eq(driverAssignments.id, first.id));
    await db.insert(driverAssignments).values({ orderId: f.order.id, driverId: f.driver.id });
  });
});

const hashPassword = (password: string) => Promise.resolve(`test-hash:${password}`);

async function chefFingerprint(db: Database) {
  return db
    .select({
      id: chefs.id,
      email: users.email,
      name: chefs.businessName,
      lat: chefs.lat,
      lng: chefs.lng,
    })
    .from(chefs)
    .innerJoin(users, eq(users.id, chefs.userId))
    .orderBy(asc(users.email));
}

async function expectDemoCity(db: Database, summary: SeedSummary) {
  expect(summary).toMatchObject({
    users: 72,
    admins: 1,
    customers: 20,
    chefs: 36,
    approvedChefs: 28,
    drivers: 15,
    waitingDrivers: 3,
    driverDocuments: 30,
    addresses: 20,
  });
  const tableCounts = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]?.n;
  expect(await tableCounts(users)).toBe(summary.users);
  expect(await tableCounts(chefs)).toBe(summary.chefs);
  expect(await tableCounts(drivers)).toBe(summary.drivers);
  expect(await tableCounts(addresses)).toBe(summary.addresses);
  expect(await tableCounts(menus)).toBe(summary.menus);
  expect(await tableCounts(menuItems)).toBe(summary.menuItems);
  expect(await tableCounts(itemOptionGroups)).toBe(summary.optionGroups);
  expect(await tableCounts(itemOptions)).toBe(summary.options);
  expect(await tableCounts(chefOpeningHours)).toBe(summary.openingHours);
  expect(await tableCounts(adminActions)).toBe(summary.adminActions);
  expect(await tableCounts(driverDocuments)).toBe(summary.driverDocuments);

  // Every approved chef: 1–2 menus, 4–8 dishes.
  const menuCounts = new Map(
    (await db.select({ chefId: menus.chefId, n: count() }).from(menus).groupBy(menus.chefId)).map(
      (r) => [r.chefId, r.n],
    ),
  );
  const itemCounts = new Map(
    (
      await db
        .select({ chefId: menuItems.chefId, n: count() })
        .from(menuItems)
        .groupBy(menuItems.chefId)
    ).map((r) => [r.chefId, r.n]),
  );
  const perChef = await db.select().from(chefs);
  const approved = perChef.filter((c) => c.verificationStatus === 'approved');
  expect(approved).toHaveLength(28);
  for (const chef of approved) {
    expect(chef.timezone).toBe('America/Los_Angeles');
    expect(chef.permitType).toBe('MEHKO');
    expect(menuCounts.get(chef.id)).toBeGreaterThanOrEqual(1);
    expect(menuCounts.get(chef.id)).toBeLessThanOrEqual(2);
    expect(itemCounts.get(chef.id)).toBeGreaterThanOrEqual(4);
    expect(itemCounts.get(chef.id)).toBeLessThanOrEqual(8);
  }
  // No Stripe account is invented: the server creates the demo accounts in the local sandbox
  // (finished for every approved kitchen, so the city is listable), where they really exist.
  expect(perChef.every((c) => c.stripeAccountId === null && !c.stripeChargesEnabled)).toBe(true);
  const emails = new Map(
    (await db.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.id, u.email]),
  );
  const finished = new Set(
    demoPayouts()
      .filter((p) => p.kind === 'chef' && p.complete)
      .map((p) => p.email),
  );
  expect(approved.every((c) => finished.has(emails.get(c.userId) ?? ''))).toBe(true);
  expect(
    perChef.filter((c) => c.verificationStatus === 'rejected').every((c) => c.rejectionReason),
  ).toBe(true);
  const statuses = perChef.map((c) => c.verificationStatus);
  expect(statuses.filter((s) => s === 'rejected')).toHaveLength(2);
  expect(statuses.filter((s) => s === 'suspended')).toHaveLength(1);
  expect(statuses.filter((s) => s === 'submitted')).toHaveLength(5);

  const [admin] = await db.select().from(users).where(eq(users.email, 'admin@homechef.local'));
  expect(admin?.role).toBe('admin');
  expect(admin?.passwordHash).toBe('test-hash:password123');
  const hashes = await db.selectDistinct({ h: users.passwordHash }).from(users);
  expect(hashes).toEqual([{ h: 'test-hash:password123' }]);

  const acrossMidnight = await db
    .select()
    .from(chefOpeningHours)
    .where(sql`${chefOpeningHours.closesAt} < ${chefOpeningHours.opensAt}`);
  expect(acrossMidnight.length).toBeGreaterThan(0);
  const spice = await db
    .select()
    .from(itemOptionGroups)
    .where(eq(itemOptionGroups.name, 'Spice level'));
  expect(spice.length).toBeGreaterThan(0);
  expect(spice.every((g) => g.minChoices === 1 && g.maxChoices === 1)).toBe(true);
  // Applicants wait in the driver queue with both documents; everyone else is approved.
  const perDriver = await db.select().from(drivers);
  const waiting = perDriver.filter((d) => d.verificationStatus === 'submitted');
  expect(waiting).toHaveLength(3);
  expect(perDriver.filter((d) => d.verificationStatus === 'approved')).toHaveLength(12);
  expect(waiting.every((d) => d.submittedAt !== null && d.approvedAt === null)).toBe(true);
  expect(perDriver.every((d) => (d.vehicleType === 'bicycle') === (d.vehiclePlate === null))).toBe(
    true,
  );
  const online = await db.select().from(drivers).where(eq(drivers.status, 'online'));
  expect(online.length).toBe(summary.onlineDrivers);
  expect(online.every((d) => d.lastLat !== null && d.lastLng !== null)).toBe(true);
  // Each online driver is on an open shift, and nobody else is.
  const open = await db.select().from(driverShifts).where(isNull(driverShifts.endedAt));
  expect(open.map((s) => s.driverId).sort()).toEqual(online.map((d) => d.id).sort());
}

describe('seedDemo on PostgreSQL', () => {
  const handles: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
  });

  it('fills an empty database with the documented city, the same city every time', async () => {
    const fingerprints = [];
    for (let run = 0; run < 2; run++) {
      const handle = await createTestDatabase();
      handles.push(handle);
      expect(await isEmpty(handle.db)).toBe(true);
      let hashed = 0;
      const summary = await seedDemo(handle.db, {
        hashPassword: async (pw) => {
          hashed++;
          return hashPassword(pw);
        },
      });
      expect(hashed).toBe(1);
      expect(await isEmpty(handle.db)).toBe(false);
      await expectDemoCity(handle.db, summary);
      fingerprints.push(await chefFingerprint(handle.db));
    }
    expect(fingerprints[0]).toHaveLength(36);
    expect(fingerprints[1]).toEqual(fingerprints[0]);
    // Around Oakland/Berkeley.
    for (const chef of fingerprints[0] ?? []) {
      expect(chef.lat).toBeGreaterThan(37.75);
      expect(chef.lat).toBeLessThan(37.9);
      expect(chef.lng).toBeGreaterThan(-122.32);
      expect(chef.lng).toBeLessThan(-122.2);
    }
  });

  it('gives a different city for a different random source', async () => {
    const handle = await createTestDatabase();
    handles.push(handle);
    let state = 7;
    const lcg = () => (state = (state * 48271) % 2147483647) / 2147483647;
    await seedDemo(handle.db, { hashPassword, random: lcg });
    const reference = await createTestDatabase();
    handles.push(reference);
    await seedDemo(reference.db, { hashPassword });
    expect(await chefFingerprint(handle.db)).not.toEqual(await chefFingerprint(reference.db));
  });
});

describe('the same migrations on PGlite (embedded default)', () => {
  let client: PGlite;
  let db: Database;

  beforeAll(async () => {
    client = new PGlite();
    const pglite = drizzle(client, { schema });
    await migrate(pglite, { migrationsFolder: MIGRATIONS_FOLDER });
    db = pglite;
  });
  afterAll(async () => {
    await client?.close();
  });

  it('enforces checks and the append-only trigger', async () => {
    const f = await fixture(db);
    expect(
      await pgError(
        db.insert(orders).values({ ...orderValues(f.customer.id, f.chef.id), totalCents: 1 }),
      ),
    ).toMatchObject({ code: CHECK_VIOLATION, constraint: 'orders_total_is_sum_check' });
    const [row] = await db
      .insert(adminActions)
      .values({
        adminUserId: f.customer.id,
        action: 'user.suspend',
        targetType: 'user',
        targetId: f.customer.id,
      })
      .returning();
    if (!row) throw new Error('admin action');
    expect(
      (
        await pgError(
          db.update(adminActions).set({ reason: 'x' }).where(eq(adminActions.id, row.id)),
        )
      ).message,
    ).toMatch(/append-only/);
    expect(
      (await pgError(db.delete(adminActions).where(eq(adminActions.id, row.id)))).message,
    ).toMatch(/append-only/);
    expect((await pgError(db.execute(sql`truncate admin_actions`))).message).toMatch(/append-only/);
    const unbalanced = await pgError(
      db
        .insert(ledgerEntries)
        .values({ entryGroup: randomUUID(), account: 'platform_fee', amountCents: 5 }),
    );
    expect(unbalanced.code).toBe(CHECK_VIOLATION);
  });

  it('seeds the same demo city as PostgreSQL, well under 5 s', async () => {
    const fresh = new PGlite();
    try {
      const pglite = drizzle(fresh, { schema });
      await migrate(pglite, { migrationsFolder: MIGRATIONS_FOLDER });
      const started = performance.now();
      const summary = await seedDemo(pglite, { hashPassword });
      expect(performance.now() - started).toBeLessThan(5000);
      await expectDemoCity(pglite, summary);

      const pg = await createTestDatabase();
      try {
        await seedDemo(pg.db, { hashPassword });
        expect(await chefFingerprint(pglite)).toEqual(await chefFingerprint(pg.db));
      } finally {
        await pg.close();
      }
    } finally {
      await fresh.close();
    }
  });
});
