/**
 * A chef's menus and dishes. Every statement is scoped to the signed-in chef's kitchen, so
 * another chef's id behaves exactly like an id that does not exist (NOT_FOUND). Deletes are
 * soft: past orders keep pointing at the dishes and options they bought.
 */
import { TRPCError } from '@trpc/server';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  chefs,
  itemOptionGroups,
  itemOptions,
  menuItems,
  menus,
  type Database,
  type ItemOption,
  type ItemOptionGroup,
  type Menu,
  type MenuItem,
} from '@homechef/db';
import type {
  AddItemInput,
  Allergen,
  CreateMenuInput,
  DietaryTag,
  MenuItemOutput,
  MenuOutput,
  OptionGroupInput,
  UpdateItemInput,
  UpdateMenuInput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../context.ts';
import { noKitchen } from './chefs.ts';

type GroupInput = z.output<typeof OptionGroupInput>;

/** Relational-query shape of a kitchen's menus; `forCustomers` hides what is off the menu. */
export function menusQuery(forCustomers: boolean) {
  return {
    where: forCustomers
      ? and(isNull(menus.deletedAt), eq(menus.isActive, true))
      : isNull(menus.deletedAt),
    orderBy: [asc(menus.position), asc(menus.createdAt), asc(menus.id)] as SQL[],
    with: {
      items: {
        where: forCustomers
          ? and(isNull(menuItems.deletedAt), eq(menuItems.isAvailable, true))
          : isNull(menuItems.deletedAt),
        orderBy: [asc(menuItems.position), asc(menuItems.createdAt), asc(menuItems.id)] as SQL[],
        with: {
          optionGroups: {
            where: isNull(itemOptionGroups.deletedAt),
            orderBy: [asc(itemOptionGroups.position), asc(itemOptionGroups.id)] as SQL[],
            with: {
              options: {
                where: isNull(itemOptions.deletedAt),
                orderBy: [asc(itemOptions.position), asc(itemOptions.id)] as SQL[],
              },
            },
          },
        },
      },
    },
  } as const;
}

type LoadedItem = MenuItem & {
  optionGroups: (ItemOptionGroup & { options: ItemOption[] })[];
};
type LoadedMenu = Menu & { items: LoadedItem[] };

export function toItemOutput(item: LoadedItem): MenuItemOutput {
  return {
    id: item.id,
    menuId: item.menuId,
    name: item.name,
    description: item.description,
    priceCents: item.priceCents,
    currency: item.currency,
    photoUrl: item.photoUrl,
    dietaryTags: item.dietaryTags as DietaryTag[],
    allergens: item.allergens as Allergen[],
    isAvailable: item.isAvailable,
    dailyQuantity: item.dailyQuantity,
    position: item.position,
    optionGroups: item.optionGroups.map((g) => ({
      id: g.id,
      name: g.name,
      minChoices: g.minChoices,
      maxChoices: g.maxChoices,
      options: g.options.map((o) => ({
        id: o.id,
        name: o.name,
        priceDeltaCents: o.priceDeltaCents,
        isAvailable: o.isAvailable,
      })),
    })),
  };
}

export function toMenuOutput(menu: LoadedMenu): MenuOutput {
  return {
    id: menu.id,
    name: menu.name,
    description: menu.description,
    isActive: menu.isActive,
    position: menu.position,
    items: menu.items.map(toItemOutput),
  };
}

async function ownChefId(db: Database, actor: Actor): Promise<string | null> {
  const [row] = await db
    .select({ id: chefs.id })
    .from(chefs)
    .where(eq(chefs.userId, actor.userId))
    .limit(1);
  return row?.id ?? null;
}

const menuNotFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Menu not found' });
const itemNotFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Dish not found' });

/** Every menu of the signed-in chef with all its dishes (available or not), for the editor. */
export async function listOwnMenus(
  services: Services,
  actor: Actor,
): Promise<{ menus: MenuOutput[] }> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) return { menus: [] };
  const rows = await services.db.query.menus.findMany({
    ...menusQuery(false),
    where: and(eq(menus.chefId, chefId), isNull(menus.deletedAt)),
  });
  return { menus: rows.map(toMenuOutput) };
}

async function loadOwnMenu(db: Database, chefId: string, id: string): Promise<MenuOutput> {
  const menu = await db.query.menus.findFirst({
    ...menusQuery(false),
    where: and(eq(menus.id, id), eq(menus.chefId, chefId)),
  });
  if (!menu) throw menuNotFound();
  return toMenuOutput(menu);
}

async function loadOwnItem(db: Database, chefId: string, id: string): Promise<MenuItemOutput> {
  const item = await db.query.menuItems.findFirst({
    where: and(eq(menuItems.id, id), eq(menuItems.chefId, chefId)),
    with: menusQuery(false).with.items.with,
  });
  if (!item) throw itemNotFound();
  return toItemOutput(item);
}

/** The next position at the end of a list. */
function nextPosition(table: typeof menus | typeof menuItems, where: SQL): SQL<number> {
  return sql<number>`(select coalesce(max(${table.position}) + 1, 0) from ${table} where ${where})`;
}

export async function createMenu(
  services: Services,
  actor: Actor,
  input: z.output<typeof CreateMenuInput>,
): Promise<MenuOutput> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw noKitchen();
  const [menu] = await services.db
    .insert(menus)
    .values({
      chefId,
      name: input.name,
      description: input.description ?? null,
      isActive: input.isActive,
      position: nextPosition(menus, and(eq(menus.chefId, chefId), isNull(menus.deletedAt))!),
    })
    .returning();
  if (!menu) throw new Error('menu insert returned nothing');
  return toMenuOutput({ ...menu, items: [] });
}

export async function updateMenu(
  services: Services,
  actor: Actor,
  input: z.output<typeof UpdateMenuInput>,
): Promise<MenuOutput> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw menuNotFound();
  const [menu] = await services.db
    .update(menus)
    .set({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description || null }),
      ...(input.isActive !== undefined && { isActive: input.isActive }),
    })
    .where(and(eq(menus.id, input.id), eq(menus.chefId, chefId), isNull(menus.deletedAt)))
    .returning({ id: menus.id });
  if (!menu) throw menuNotFound();
  return loadOwnMenu(services.db, chefId, menu.id);
}

/** Soft-deletes a menu and the dishes on it; `restore` brings back exactly those dishes. */
export async function deleteMenu(
  services: Services,
  actor: Actor,
  { id }: { id: string },
  now = new Date(),
): Promise<{ id: string; deletedAt: Date }> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw menuNotFound();
  return services.db.transaction(async (tx) => {
    const [menu] = await tx
      .update(menus)
      .set({ deletedAt: now })
      .where(and(eq(menus.id, id), eq(menus.chefId, chefId), isNull(menus.deletedAt)))
      .returning({ id: menus.id });
    if (!menu) throw menuNotFound();
    await tx
      .update(menuItems)
      .set({ deletedAt: now })
      .where(and(eq(menuItems.menuId, id), isNull(menuItems.deletedAt)));
    return { id, deletedAt: now };
  });
}

/** Undoes `delete`: the menu comes back at the end with the dishes deleted along with it. */
export async function restoreMenu(
  services: Services,
  actor: Actor,
  { id }: { id: string },
): Promise<MenuOutput> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw menuNotFound();
  await services.db.transaction(async (tx) => {
    const [menu] = await tx
      .select({ deletedAt: menus.deletedAt })
      .from(menus)
      .where(and(eq(menus.id, id), eq(menus.chefId, chefId)))
      .for('update');
    if (!menu) throw menuNotFound();
    if (!menu.deletedAt) return;
    await tx
      .update(menus)
      .set({
        deletedAt: null,
        position: nextPosition(menus, and(eq(menus.chefId, chefId), isNull(menus.deletedAt))!),
      })
      .where(eq(menus.id, id));
    await tx
      .update(menuItems)
      .set({ deletedAt: null })
      .where(and(eq(menuItems.menuId, id), eq(menuItems.deletedAt, menu.deletedAt)));
  });
  return loadOwnMenu(services.db, chefId, id);
}

/** Positions from a list of ids in their new order, in one statement. */
async function applyOrder(
  tx: Database,
  table: typeof menus | typeof menuItems,
  ids: readonly string[],
): Promise<void> {
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${table} set position = ordered.ord - 1, updated_at = now()
    from unnest(array[${list}]::uuid[]) with ordinality as ordered(id, ord)
    where ${table.id} = ordered.id`);
}

/**
 * A new order must name exactly the current list: an id that is not in it is NOT_FOUND (as
 * for any other chef's object), a list that leaves some out is BAD_REQUEST.
 */
function checkCompleteOrder(
  current: readonly string[],
  given: readonly string[],
  what: string,
  notFound: () => TRPCError,
) {
  const set = new Set(current);
  if (!given.every((id) => set.has(id))) throw notFound();
  if (given.length !== current.length) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `List each ${what} exactly once (${current.length - given.length} missing; reload, the list may have changed)`,
    });
  }
}

export async function reorderMenus(
  services: Services,
  actor: Actor,
  { ids }: { ids: string[] },
): Promise<{ menus: MenuOutput[] }> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw menuNotFound();
  await services.db.transaction(async (tx) => {
    const current = await tx
      .select({ id: menus.id })
      .from(menus)
      .where(and(eq(menus.chefId, chefId), isNull(menus.deletedAt)))
      .for('update');
    checkCompleteOrder(
      current.map((m) => m.id),
      ids,
      'of your menus',
      menuNotFound,
    );
    await applyOrder(tx, menus, ids);
  });
  return listOwnMenus(services, actor);
}

export async function reorderItems(
  services: Services,
  actor: Actor,
  { menuId, ids }: { menuId: string; ids: string[] },
): Promise<MenuOutput> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw menuNotFound();
  await services.db.transaction(async (tx) => {
    const [menu] = await tx
      .select({ id: menus.id })
      .from(menus)
      .where(and(eq(menus.id, menuId), eq(menus.chefId, chefId), isNull(menus.deletedAt)))
      .for('update');
    if (!menu) throw menuNotFound();
    const current = await tx
      .select({ id: menuItems.id })
      .from(menuItems)
      .where(and(eq(menuItems.menuId, menuId), isNull(menuItems.deletedAt)));
    checkCompleteOrder(
      current.map((i) => i.id),
      ids,
      'dish of this menu',
      itemNotFound,
    );
    await applyOrder(tx, menuItems, ids);
  });
  return loadOwnMenu(services.db, chefId, menuId);
}

/**
 * Makes the item's option groups match `groups`: entries with an id update that group or
 * option, entries without one are added, and the rest are soft-deleted.
 */
async function syncOptionGroups(tx: Database, itemId: string, groups: readonly GroupInput[]) {
  const existingGroups = await tx
    .select({ id: itemOptionGroups.id })
    .from(itemOptionGroups)
    .where(and(eq(itemOptionGroups.itemId, itemId), isNull(itemOptionGroups.deletedAt)));
  const groupIds = new Set(existingGroups.map((g) => g.id));
  const existingOptions = groupIds.size
    ? await tx
        .select({ id: itemOptions.id, groupId: itemOptions.groupId })
        .from(itemOptions)
        .where(and(inArray(itemOptions.groupId, [...groupIds]), isNull(itemOptions.deletedAt)))
    : [];
  const optionGroupOf = new Map(existingOptions.map((o) => [o.id, o.groupId]));
  const now = new Date();
  const keptGroups = new Set<string>();
  const keptOptions = new Set<string>();

  for (const [position, group] of groups.entries()) {
    let groupId = group.id;
    const values = {
      name: group.name,
      minChoices: group.minChoices,
      maxChoices: group.maxChoices,
      position,
    };
    if (groupId) {
      if (!groupIds.has(groupId) || keptGroups.has(groupId)) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Option group “${group.name}” is not one of this dish’s groups (omit its id to add it)`,
        });
      }
      await tx.update(itemOptionGroups).set(values).where(eq(itemOptionGroups.id, groupId));
    } else {
      const [row] = await tx
        .insert(itemOptionGroups)
        .values({ ...values, itemId })
        .returning({ id: itemOptionGroups.id });
      if (!row) throw new Error('option group insert returned nothing');
      groupId = row.id;
    }
    keptGroups.add(groupId);

    const inserts = [];
    for (const [optionPosition, option] of group.options.entries()) {
      const optionValues = {
        name: option.name,
        priceDeltaCents: option.priceDeltaCents,
        isAvailable: option.isAvailable,
        position: optionPosition,
      };
      if (option.id) {
        if (optionGroupOf.get(option.id) !== groupId || keptOptions.has(option.id)) {
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: `Option “${option.name}” is not one of the options of “${group.name}” (omit its id to add it)`,
          });
        }
        keptOptions.add(option.id);
        await tx.update(itemOptions).set(optionValues).where(eq(itemOptions.id, option.id));
      } else {
        inserts.push({ ...optionValues, groupId });
      }
    }
    if (inserts.length) await tx.insert(itemOptions).values(inserts);
  }

  const droppedGroups = [...groupIds].filter((id) => !keptGroups.has(id));
  const droppedOptions = existingOptions.map((o) => o.id).filter((id) => !keptOptions.has(id));
  if (droppedOptions.length) {
    await tx
      .update(itemOptions)
      .set({ deletedAt: now })
      .where(inArray(itemOptions.id, droppedOptions));
  }
  if (droppedGroups.length) {
    await tx
      .update(itemOptionGroups)
      .set({ deletedAt: now })
      .where(inArray(itemOptionGroups.id, droppedGroups));
  }
}

export async function addItem(
  services: Services,
  actor: Actor,
  input: z.output<typeof AddItemInput>,
): Promise<MenuItemOutput> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw menuNotFound();
  const itemId = await services.db.transaction(async (tx) => {
    const [menu] = await tx
      .select({ id: menus.id })
      .from(menus)
      .where(and(eq(menus.id, input.menuId), eq(menus.chefId, chefId), isNull(menus.deletedAt)))
      .for('update');
    if (!menu) throw menuNotFound();
    const [item] = await tx
      .insert(menuItems)
      .values({
        menuId: menu.id,
        chefId,
        name: input.name,
        description: input.description || null,
        priceCents: input.priceCents,
        photoUrl: input.photoUrl,
        dietaryTags: input.dietaryTags,
        allergens: input.allergens,
        isAvailable: input.isAvailable,
        dailyQuantity: input.dailyQuantity,
        position: nextPosition(
          menuItems,
          and(eq(menuItems.menuId, menu.id), isNull(menuItems.deletedAt))!,
        ),
      })
      .returning({ id: menuItems.id });
    if (!item) throw new Error('item insert returned nothing');
    await syncOptionGroups(tx, item.id, input.optionGroups);
    return item.id;
  });
  return loadOwnItem(services.db, chefId, itemId);
}

export async function updateItem(
  services: Services,
  actor: Actor,
  input: z.output<typeof UpdateItemInput>,
): Promise<MenuItemOutput> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw itemNotFound();
  await services.db.transaction(async (tx) => {
    const [item] = await tx
      .select({ id: menuItems.id, menuId: menuItems.menuId })
      .from(menuItems)
      .where(
        and(eq(menuItems.id, input.id), eq(menuItems.chefId, chefId), isNull(menuItems.deletedAt)),
      )
      .for('update');
    if (!item) throw itemNotFound();
    let move: { menuId: string; position: SQL<number> } | undefined;
    if (input.menuId !== undefined && input.menuId !== item.menuId) {
      const [target] = await tx
        .select({ id: menus.id })
        .from(menus)
        .where(and(eq(menus.id, input.menuId), eq(menus.chefId, chefId), isNull(menus.deletedAt)))
        .for('update');
      if (!target) throw menuNotFound();
      move = {
        menuId: target.id,
        position: nextPosition(
          menuItems,
          and(eq(menuItems.menuId, target.id), isNull(menuItems.deletedAt))!,
        ),
      };
    }
    await tx
      .update(menuItems)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.description !== undefined && { description: input.description || null }),
        ...(input.priceCents !== undefined && { priceCents: input.priceCents }),
        ...(input.photoUrl !== undefined && { photoUrl: input.photoUrl }),
        ...(input.dietaryTags !== undefined && { dietaryTags: input.dietaryTags }),
        ...(input.allergens !== undefined && { allergens: input.allergens }),
        ...(input.isAvailable !== undefined && { isAvailable: input.isAvailable }),
        ...(input.dailyQuantity !== undefined && { dailyQuantity: input.dailyQuantity }),
        ...move,
        updatedAt: new Date(),
      })
      .where(eq(menuItems.id, item.id));
    if (input.optionGroups) await syncOptionGroups(tx, item.id, input.optionGroups);
  });
  return loadOwnItem(services.db, chefId, input.id);
}

export async function setItemAvailability(
  services: Services,
  actor: Actor,
  { id, isAvailable }: { id: string; isAvailable: boolean },
): Promise<MenuItemOutput> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw itemNotFound();
  const [item] = await services.db
    .update(menuItems)
    .set({ isAvailable })
    .where(and(eq(menuItems.id, id), eq(menuItems.chefId, chefId), isNull(menuItems.deletedAt)))
    .returning({ id: menuItems.id });
  if (!item) throw itemNotFound();
  return loadOwnItem(services.db, chefId, id);
}

/** Soft delete: the dish leaves the menu; orders that contain it keep it. */
export async function deleteItem(
  services: Services,
  actor: Actor,
  { id }: { id: string },
  now = new Date(),
): Promise<{ id: string; deletedAt: Date }> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw itemNotFound();
  const [item] = await services.db
    .update(menuItems)
    .set({ deletedAt: now })
    .where(and(eq(menuItems.id, id), eq(menuItems.chefId, chefId), isNull(menuItems.deletedAt)))
    .returning({ id: menuItems.id });
  if (!item) throw itemNotFound();
  return { id, deletedAt: now };
}

/** Undoes `deleteItem`: the dish returns where it was. */
export async function restoreItem(
  services: Services,
  actor: Actor,
  { id }: { id: string },
): Promise<MenuItemOutput> {
  const chefId = await ownChefId(services.db, actor);
  if (!chefId) throw itemNotFound();
  await services.db.transaction(async (tx) => {
    const [item] = await tx
      .select({ id: menuItems.id, menuDeletedAt: menus.deletedAt })
      .from(menuItems)
      .innerJoin(menus, eq(menus.id, menuItems.menuId))
      .where(and(eq(menuItems.id, id), eq(menuItems.chefId, chefId)))
      .for('update');
    if (!item) throw itemNotFound();
    if (item.menuDeletedAt) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'Its menu was deleted: restore the menu first',
      });
    }
    await tx.update(menuItems).set({ deletedAt: null }).where(eq(menuItems.id, id));
  });
  return loadOwnItem(services.db, chefId, id);
}
