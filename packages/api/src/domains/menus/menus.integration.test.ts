/**
 * Menus on real PostgreSQL: editing, option groups, ordering, soft delete that keeps past
 * orders, and one chef never touching another's menus.
 */
import { TRPCError } from '@trpc/server';
import { itemOptions, menuItems, menus, orderItemOptions, orderItems, orders } from '@homechef/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import type { Actor } from '../../context.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

async function newChef(name = 'Kitchen') {
  const { actor } = await createUser(env.services, { role: 'chef' });
  const api = callerFor(env.services, actor);
  const kitchen = await api.chefs.apply.call(undefined, { businessName: name });
  return { actor, api, kitchen };
}

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const spice = {
  name: 'Spice level',
  minChoices: 1,
  maxChoices: 1,
  options: [{ name: 'Mild' }, { name: 'Hot' }, { name: 'Thai hot', priceDeltaCents: 50 }],
};

describe('menus and dishes', () => {
  it('creates menus and dishes with options, and lists them in order for the editor', async () => {
    const { api } = await newChef();
    const weeknight = await api.menus.create({ name: 'Weeknight', description: 'Quick dinners' });
    const sunday = await api.menus.create({ name: 'Sunday roast' });
    expect([weeknight.position, sunday.position]).toEqual([0, 1]);

    const curry = await api.menus.addItem({
      menuId: weeknight.id,
      name: 'Green curry',
      description: 'With Thai basil',
      priceCents: 1450,
      dietaryTags: ['gluten_free', 'spicy', 'spicy'],
      allergens: ['fish', 'crustaceans'],
      dailyQuantity: 20,
      optionGroups: [
        spice,
        {
          name: 'Add-ons',
          maxChoices: 2,
          options: [
            { name: 'Rice', priceDeltaCents: 200 },
            { name: 'Roti', priceDeltaCents: 300 },
          ],
        },
      ],
    });
    expect(curry).toMatchObject({
      name: 'Green curry',
      priceCents: 1450,
      currency: 'usd',
      dietaryTags: ['gluten_free', 'spicy'],
      allergens: ['fish', 'crustaceans'],
      isAvailable: true,
      dailyQuantity: 20,
      position: 0,
    });
    expect(
      curry.optionGroups.map((g) => [
        g.name,
        g.minChoices,
        g.maxChoices,
        g.options.map((o) => o.name),
      ]),
    ).toEqual([
      ['Spice level', 1, 1, ['Mild', 'Hot', 'Thai hot']],
      ['Add-ons', 0, 2, ['Rice', 'Roti']],
    ]);
    const rice = await api.menus.addItem({
      menuId: weeknight.id,
      name: 'Sticky rice',
      priceCents: 0,
    });
    expect(rice.position).toBe(1);

    const { menus: list } = await api.menus.list();
    expect(list.map((m) => [m.name, m.items.map((i) => i.name)])).toEqual([
      ['Weeknight', ['Green curry', 'Sticky rice']],
      ['Sunday roast', []],
    ]);
  });

  it('updates a dish, keeps option ids it is given, adds new ones and retires the rest', async () => {
    const { api } = await newChef();
    const menu = await api.menus.create({ name: 'Menu' });
    const dish = await api.menus.addItem({
      menuId: menu.id,
      name: 'Khao soi',
      priceCents: 1500,
      optionGroups: [spice],
    });
    const group = dish.optionGroups[0]!;
    const [mild, hot] = group.options;

    const updated = await api.menus.updateItem({
      id: dish.id,
      priceCents: 1600,
      optionGroups: [
        {
          id: group.id,
          name: 'Heat',
          minChoices: 1,
          maxChoices: 1,
          options: [
            { id: hot!.id, name: 'Hot' },
            { id: mild!.id, name: 'Mild' },
            { name: 'No chilli' },
          ],
        },
        {
          name: 'Protein',
          minChoices: 1,
          maxChoices: 1,
          options: [{ name: 'Chicken' }, { name: 'Tofu' }],
        },
      ],
    });
    expect(updated.priceCents).toBe(1600);
    expect(updated.optionGroups.map((g) => g.name)).toEqual(['Heat', 'Protein']);
    expect(updated.optionGroups[0]!.id).toBe(group.id);
    expect(
      updated.optionGroups[0]!.options.map((o) => [o.id === hot!.id || o.id === mild!.id, o.name]),
    ).toEqual([
      [true, 'Hot'],
      [true, 'Mild'],
      [false, 'No chilli'],
    ]);
    // "Thai hot" was dropped: soft-deleted, so orders that chose it still point at it.
    const [thaiHot] = await env.services.db
      .select()
      .from(itemOptions)
      .where(and(eq(itemOptions.groupId, group.id), eq(itemOptions.name, 'Thai hot')));
    expect(thaiHot?.deletedAt).toBeInstanceOf(Date);

    // An id from another dish is refused and nothing changes.
    const other = await api.menus.addItem({
      menuId: menu.id,
      name: 'Other',
      priceCents: 100,
      optionGroups: [spice],
    });
    const error = await errorOf(
      api.menus.updateItem({
        id: dish.id,
        priceCents: 1,
        optionGroups: [{ id: other.optionGroups[0]!.id, name: 'Stolen', options: [{ name: 'x' }] }],
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect((await api.menus.list()).menus[0]!.items.find((i) => i.id === dish.id)).toEqual(updated);
  });

  it('validates option groups: min ≤ max ≤ number of options', async () => {
    const { api } = await newChef();
    const menu = await api.menus.create({ name: 'Menu' });
    const add = (group: Record<string, unknown>) =>
      errorOf(
        api.menus.addItem({
          menuId: menu.id,
          name: 'Dish',
          priceCents: 500,
          optionGroups: [group as never],
        }),
      );

    const minOverMax = await add({
      name: 'Sides',
      minChoices: 3,
      maxChoices: 2,
      options: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
    });
    expect(minOverMax.code).toBe('BAD_REQUEST');
    expect(minOverMax.message).toContain(
      '“Sides”: minimum choices (3) cannot exceed maximum choices (2)',
    );
    const maxOverOptions = await add({
      name: 'Sides',
      minChoices: 0,
      maxChoices: 4,
      options: [{ name: 'a' }, { name: 'b' }],
    });
    expect(maxOverOptions.message).toContain(
      'maximum choices (4) cannot exceed the number of options (2)',
    );
    expect((await add({ name: 'Empty', options: [] })).message).toContain(
      'Add at least one option',
    );
    expect(
      (await add({ name: 'Cheap', options: [{ name: 'x', priceDeltaCents: -50 }] })).message,
    ).toContain('An option cannot lower the price');
    expect((await api.menus.list()).menus[0]!.items).toEqual([]);
  });

  it('refuses a negative price, an unknown allergen and a bad photo link, and changes nothing', async () => {
    const { api } = await newChef();
    const menu = await api.menus.create({ name: 'Menu' });
    const dish = await api.menus.addItem({ menuId: menu.id, name: 'Soup', priceCents: 800 });
    const cases: [Record<string, unknown>, string][] = [
      [{ priceCents: -100 }, 'A price cannot be negative'],
      [{ priceCents: 100_001 }, 'A price must be at most $1,000.00'],
      [{ priceCents: 9.99 }, 'Enter the price in whole cents'],
      [{ allergens: ['gluten'] }, 'Unknown allergen'],
      [{ dietaryTags: ['paleo'] }, 'Unknown dietary tag'],
      [{ photoUrl: 'javascript:alert(1)' }, 'Use an http(s) link for the photo'],
      [{ dailyQuantity: 0 }, 'A daily quantity must be at least 1'],
      [{ name: '   ' }, 'Name the dish'],
    ];
    for (const [change, message] of cases) {
      const error = await errorOf(api.menus.updateItem({ id: dish.id, ...change }));
      expect(error.code, JSON.stringify(change)).toBe('BAD_REQUEST');
      expect(error.message).toContain(message);
      expect(error.message).not.toMatch(/insert|update|select|constraint/i);
    }
    expect(
      (await errorOf(api.menus.addItem({ menuId: menu.id, name: 'Free money', priceCents: -1 })))
        .code,
    ).toBe('BAD_REQUEST');
    const { menus: list } = await api.menus.list();
    expect(list[0]!.items).toEqual([dish]);
  });

  it('reorders menus and dishes from a list of ids', async () => {
    const { api } = await newChef();
    const a = await api.menus.create({ name: 'A' });
    const b = await api.menus.create({ name: 'B' });
    const c = await api.menus.create({ name: 'C' });
    const reordered = await api.menus.reorder({ ids: [c.id, a.id, b.id] });
    expect(reordered.menus.map((m) => m.name)).toEqual(['C', 'A', 'B']);
    const missing = await errorOf(api.menus.reorder({ ids: [a.id, b.id] }));
    expect(missing).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('1 missing') as unknown,
    });
    expect((await errorOf(api.menus.reorder({ ids: [a.id, a.id, b.id] }))).code).toBe(
      'BAD_REQUEST',
    );

    const dishes = [];
    for (const name of ['one', 'two', 'three']) {
      dishes.push(await api.menus.addItem({ menuId: a.id, name, priceCents: 100 }));
    }
    const menu = await api.menus.reorderItems({
      menuId: a.id,
      ids: [dishes[2]!.id, dishes[0]!.id, dishes[1]!.id],
    });
    expect(menu.items.map((i) => i.name)).toEqual(['three', 'one', 'two']);
    expect(menu.items.map((i) => i.position)).toEqual([0, 1, 2]);
  });

  it('switches availability and moves a dish to another menu', async () => {
    const { api } = await newChef();
    const a = await api.menus.create({ name: 'A' });
    const b = await api.menus.create({ name: 'B', isActive: false });
    const dish = await api.menus.addItem({ menuId: a.id, name: 'Flan', priceCents: 600 });
    expect(
      (await api.menus.setItemAvailability({ id: dish.id, isAvailable: false })).isAvailable,
    ).toBe(false);
    const moved = await api.menus.updateItem({ id: dish.id, menuId: b.id });
    expect(moved.menuId).toBe(b.id);
    const updatedMenu = await api.menus.update({ id: b.id, isActive: true, name: 'Desserts' });
    expect(updatedMenu).toMatchObject({
      name: 'Desserts',
      isActive: true,
      items: [expect.objectContaining({ name: 'Flan' })],
    });
  });
});

describe('soft delete', () => {
  it('removes a dish from the menu but keeps past orders intact, and can be undone', async () => {
    const { api, kitchen } = await newChef();
    const menu = await api.menus.create({ name: 'Menu' });
    const dish = await api.menus.addItem({
      menuId: menu.id,
      name: 'Pozole',
      priceCents: 1300,
      optionGroups: [spice],
    });
    const hot = dish.optionGroups[0]!.options[1]!;

    // A past order for it.
    const customer = await createUser(env.services, { role: 'customer' });
    const [order] = await env.services.db
      .insert(orders)
      .values({
        customerId: customer.id,
        chefId: kitchen.id,
        status: 'delivered',
        subtotalCents: 1300,
        deliveryFeeCents: 0,
        tipCents: 0,
        platformFeeCents: 195,
        totalCents: 1300,
        deliveryLine1: '1 Main St',
        deliveryCity: 'Oakland',
        deliveryPostalCode: '94612',
        deliveryLat: 37.8,
        deliveryLng: -122.27,
        idempotencyKey: 'past-order',
        requestHash: 'past-order',
        serviceDate: '2026-01-01',
      })
      .returning();
    const [line] = await env.services.db
      .insert(orderItems)
      .values({
        orderId: order!.id,
        menuItemId: dish.id,
        name: dish.name,
        unitPriceCents: 1300,
        quantity: 1,
        lineTotalCents: 1300,
      })
      .returning();
    await env.services.db.insert(orderItemOptions).values({
      orderItemId: line!.id,
      optionId: hot.id,
      groupName: 'Spice level',
      optionName: 'Hot',
      priceDeltaCents: 0,
    });

    // Dropping the option and then the dish works although an order refers to both.
    await api.menus.updateItem({ id: dish.id, optionGroups: [] });
    const deleted = await api.menus.deleteItem({ id: dish.id });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect((await api.menus.list()).menus[0]!.items).toEqual([]);
    const [kept] = await env.services.db
      .select()
      .from(orderItems)
      .where(eq(orderItems.id, line!.id));
    expect(kept).toMatchObject({ menuItemId: dish.id, name: 'Pozole' });
    const [row] = await env.services.db.select().from(menuItems).where(eq(menuItems.id, dish.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
    expect((await errorOf(api.menus.deleteItem({ id: dish.id }))).code).toBe('NOT_FOUND');

    const restored = await api.menus.restoreItem({ id: dish.id });
    expect(restored).toMatchObject({ id: dish.id, optionGroups: [] });
    expect((await api.menus.list()).menus[0]!.items.map((i) => i.id)).toEqual([dish.id]);
  });

  it('deletes a menu with its dishes, and restores exactly the dishes deleted with it', async () => {
    const { api } = await newChef();
    const menu = await api.menus.create({ name: 'Summer' });
    const keep = await api.menus.addItem({ menuId: menu.id, name: 'Gazpacho', priceCents: 700 });
    const earlier = await api.menus.addItem({ menuId: menu.id, name: 'Old dish', priceCents: 700 });
    await api.menus.deleteItem({ id: earlier.id });

    await api.menus.delete({ id: menu.id });
    expect((await api.menus.list()).menus).toEqual([]);
    const blocked = await errorOf(api.menus.restoreItem({ id: keep.id }));
    expect(blocked).toMatchObject({
      code: 'CONFLICT',
      message: 'Its menu was deleted: restore the menu first',
    });

    const restored = await api.menus.restore({ id: menu.id });
    expect(restored.items.map((i) => i.name)).toEqual(['Gazpacho']);
    const [stillDeleted] = await env.services.db
      .select()
      .from(menuItems)
      .where(eq(menuItems.id, earlier.id));
    expect(stillDeleted?.deletedAt).toBeInstanceOf(Date);
  });
});

describe('another chef’s menus', () => {
  it('cannot be read or touched: every call is NOT_FOUND and nothing changes', async () => {
    const owner = await newChef('Owner');
    const menu = await owner.api.menus.create({ name: 'Private' });
    const dish = await owner.api.menus.addItem({
      menuId: menu.id,
      name: 'Secret sauce',
      priceCents: 500,
    });
    const before = await owner.api.menus.list();

    const intruders: { actor: Actor; api: ReturnType<typeof callerFor> }[] = [
      await newChef('Intruder'),
    ];
    const noKitchen = (await createUser(env.services, { role: 'chef' })).actor;
    intruders.push({ actor: noKitchen, api: callerFor(env.services, noKitchen) });

    for (const [index, { api }] of intruders.entries()) {
      const attempts: (() => Promise<unknown>)[] = [
        () => api.menus.update({ id: menu.id, name: 'Mine now' }),
        () => api.menus.delete({ id: menu.id }),
        () => api.menus.restore({ id: menu.id }),
        () => api.menus.reorder({ ids: [menu.id] }),
        () => api.menus.reorderItems({ menuId: menu.id, ids: [dish.id] }),
        () => api.menus.addItem({ menuId: menu.id, name: 'Spam', priceCents: 1 }),
        () => api.menus.updateItem({ id: dish.id, priceCents: 1 }),
        () => api.menus.setItemAvailability({ id: dish.id, isAvailable: false }),
        () => api.menus.deleteItem({ id: dish.id }),
        () => api.menus.restoreItem({ id: dish.id }),
      ];
      for (const attempt of attempts) {
        const error = await errorOf(attempt());
        if (index === 0) {
          expect(error.code).toBe('NOT_FOUND');
          expect(error.message).toMatch(/^(Menu|Dish) not found$/);
        } else {
          // Without a kitchen every menu call is refused alike, before any object is looked up.
          expect(error).toMatchObject({
            code: 'PRECONDITION_FAILED',
            message: 'You have no kitchen yet: start your application first',
          });
        }
      }
      expect((await api.menus.list()).menus.map((m) => m.id)).not.toContain(menu.id);
    }
    // Moving one's own dish into someone else's menu is refused the same way.
    const intruder = intruders[0]!;
    const ownMenu = await intruder.api.menus.create({ name: 'Intruder menu' });
    const ownDish = await intruder.api.menus.addItem({
      menuId: ownMenu.id,
      name: 'Mine',
      priceCents: 100,
    });
    expect(
      (await errorOf(intruder.api.menus.updateItem({ id: ownDish.id, menuId: menu.id }))).code,
    ).toBe('NOT_FOUND');

    expect(await owner.api.menus.list()).toEqual(before);
    const [row] = await env.services.db.select().from(menus).where(eq(menus.id, menu.id));
    expect(row).toMatchObject({ name: 'Private', deletedAt: null });
  });

  it('is not reachable by customers, drivers or admins through menus.*', async () => {
    for (const role of ['customer', 'driver', 'admin'] as const) {
      const { actor } = await createUser(env.services, { role });
      const error = await errorOf(callerFor(env.services, actor).menus.list());
      expect(error.code).toBe('FORBIDDEN');
    }
  });
});
