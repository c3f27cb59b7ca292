/**
 * Kitchens for integration tests: listed (or deliberately not) chefs written straight to the
 * database, points at a given distance, and the ownership cases of the kitchen procedures for
 * the authorization matrix.
 */
import { eq } from 'drizzle-orm';
import { chefOpeningHours, chefs, menuItems, menus, type Chef, type NewChef } from '@homechef/db';
import { destinationPoint } from '@homechef/geo';
import type { Actor, Services } from '../src/context.ts';
import { uploadChefDocument } from '../src/domains/documents/index.ts';
import { callerFor, createUser } from './fixtures.ts';

export const OAKLAND = { lat: 37.8044, lng: -122.2712 } as const;

/** The point `distance` metres from (lat, lng) along `bearing` degrees (spherical Earth). */
export const destination = destinationPoint;

// Two windows a day that meet at noon and midnight: open at every hour of the week, so an
// order placed just before midnight can still be ready in time.
const ALL_WEEK = Array.from({ length: 7 }, (_, weekday) => [
  { weekday, opensAt: '00:00', closesAt: '12:00' },
  { weekday, opensAt: '12:00', closesAt: '00:00' },
]).flat();

export interface KitchenOptions extends Partial<NewChef> {
  userStatus?: 'active' | 'suspended';
  hours?: { weekday: number; opensAt: string; closesAt: string }[];
  dishes?: {
    name: string;
    priceCents?: number;
    dietaryTags?: string[];
    allergens?: string[];
    isAvailable?: boolean;
  }[];
}

let counter = 0;

/** A listed kitchen (approved, charges enabled, valid permit, open all week) unless overridden. */
export async function createKitchen(
  services: Services,
  {
    userStatus = 'active',
    hours = ALL_WEEK,
    dishes = [{ name: 'House curry' }],
    ...values
  }: KitchenOptions = {},
): Promise<{ chef: Chef; actor: Actor; menuId: string; itemIds: string[] }> {
  const user = await createUser(services, { role: 'chef', status: userStatus });
  counter += 1;
  const [chef] = await services.db
    .insert(chefs)
    .values({
      userId: user.id,
      businessName: `Kitchen ${counter}`,
      cuisines: ['thai'],
      kitchenLine1: `${counter} Test St`,
      kitchenCity: 'Oakland',
      kitchenPostalCode: '94612',
      lat: OAKLAND.lat,
      lng: OAKLAND.lng,
      deliveryRadiusM: 5000,
      timezone: 'America/Los_Angeles',
      verificationStatus: 'approved',
      approvedAt: new Date(),
      submittedAt: new Date(),
      stripeAccountId: `acct_test_${counter}_${Math.random().toString(36).slice(2, 8)}`,
      stripeChargesEnabled: true,
      stripePayoutsEnabled: true,
      permitType: 'MEHKO',
      permitNumber: `P-${counter}`,
      permitExpiresOn: '2099-12-31',
      ...values,
    })
    .returning();
  if (!chef) throw new Error('chef insert returned nothing');
  if (hours.length) {
    await services.db
      .insert(chefOpeningHours)
      .values(hours.map((h) => ({ ...h, chefId: chef.id })));
  }
  const [menu] = await services.db
    .insert(menus)
    .values({ chefId: chef.id, name: 'Menu' })
    .returning({ id: menus.id });
  if (!menu) throw new Error('menu insert returned nothing');
  const itemIds: string[] = [];
  for (const [position, dish] of dishes.entries()) {
    const [item] = await services.db
      .insert(menuItems)
      .values({
        menuId: menu.id,
        chefId: chef.id,
        name: dish.name,
        priceCents: dish.priceCents ?? 1200,
        dietaryTags: dish.dietaryTags ?? [],
        allergens: dish.allergens ?? [],
        isAvailable: dish.isAvailable ?? true,
        position,
      })
      .returning({ id: menuItems.id });
    if (!item) throw new Error('item insert returned nothing');
    itemIds.push(item.id);
  }
  return { chef, actor: user.actor, menuId: menu.id, itemIds };
}

export async function setChef(services: Services, id: string, values: Partial<NewChef>) {
  await services.db.update(chefs).set(values).where(eq(chefs.id, id));
}

/*
 * `caller.chefs.apply(input)` does not reach the procedure: tRPC's proxy reads a trailing
 * `.apply(...)`/`.call(...)` as Function.prototype's. Server-side callers write
 * `caller.chefs.apply.call(undefined, input)`; the HTTP client (`chefs.apply.mutate`) is fine.
 */

/** A dish with one option group, through the API, for the chef `owner` (who has a kitchen). */
async function ownedDish(services: Services, owner: Actor) {
  const caller = callerFor(services, owner);
  if (!(await caller.chefs.me()))
    await caller.chefs.apply.call(undefined, { businessName: 'Owner’s kitchen' });
  const menu = await caller.menus.create({ name: 'Owned menu' });
  const item = await caller.menus.addItem({
    menuId: menu.id,
    name: 'Owned dish',
    priceCents: 900,
    optionGroups: [{ name: 'Size', minChoices: 1, maxChoices: 1, options: [{ name: 'Small' }] }],
  });
  return { menu, item };
}

/**
 * For the authorization matrix (test/authorization.integration.test.ts): every kitchen
 * procedure that takes the id of a chef's object, with how to make one owned by `owner`.
 * `services` is a getter because the matrix builds its table before its test env exists.
 */
export function kitchenOwnedCases(
  services: () => Services,
): Record<string, (owner: Actor) => Promise<unknown>> {
  const dish = (owner: Actor) => ownedDish(services(), owner);
  return {
    'menus.update': async (owner) => ({ id: (await dish(owner)).menu.id, name: 'Renamed' }),
    'menus.delete': async (owner) => ({ id: (await dish(owner)).menu.id }),
    'menus.restore': async (owner) => ({ id: (await dish(owner)).menu.id }),
    'menus.reorder': async (owner) => {
      await dish(owner);
      const { menus: list } = await callerFor(services(), owner).menus.list();
      return { ids: list.map((m) => m.id) };
    },
    'menus.addItem': async (owner) => ({
      menuId: (await dish(owner)).menu.id,
      name: 'Another dish',
      priceCents: 500,
    }),
    'menus.updateItem': async (owner) => ({ id: (await dish(owner)).item.id, priceCents: 1000 }),
    'menus.deleteItem': async (owner) => ({ id: (await dish(owner)).item.id }),
    'menus.restoreItem': async (owner) => ({ id: (await dish(owner)).item.id }),
    'menus.setItemAvailability': async (owner) => ({
      id: (await dish(owner)).item.id,
      isAvailable: false,
    }),
    'menus.reorderItems': async (owner) => {
      const { menu, item } = await dish(owner);
      return { menuId: menu.id, ids: [item.id] };
    },
    'chefs.documentUrl': async (owner) => ({ id: await ownedDocument(services(), owner) }),
    'chefs.deleteDocument': async (owner) => ({ id: await ownedDocument(services(), owner) }),
  };
}

async function ownedDocument(services: Services, owner: Actor): Promise<string> {
  const caller = callerFor(services, owner);
  if (!(await caller.chefs.me()))
    await caller.chefs.apply.call(undefined, { businessName: 'Owner’s kitchen' });
  const doc = await uploadChefDocument(services, owner, {
    kind: 'other',
    fileName: 'note.pdf',
    body: [new TextEncoder().encode('%PDF-1.4\n% test\n')],
  });
  return doc.id;
}

/** Bytes that start like a real file of each kind. */
export const SAMPLE_FILES = {
  pdf: new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
  png: new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]),
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
  /** A Windows executable ("MZ" header), to be uploaded as "permit.pdf". */
  exe: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
} as const;
