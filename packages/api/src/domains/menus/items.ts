/**
 * A chef's dishes and their option groups. Every statement is scoped to the signed-in chef's
 * kitchen; deletes are soft, so past orders keep the dishes and options they bought.
 */
import { TRPCError } from '@trpc/server';
import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { itemOptionGroups, itemOptions, menuItems, menus, type Database } from '@homechef/db';
import type {
  AddItemInput,
  MenuItemOutput,
  OptionGroupInput,
  UpdateItemInput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Services } from '../../context.ts';
import type { OwnKitchen } from '../chefs/index.ts';
import { itemNotFound, loadOwnItem, menuNotFound, nextPosition } from './queries.ts';

type GroupInput = z.output<typeof OptionGroupInput>;

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
  kitchen: OwnKitchen,
  input: z.output<typeof AddItemInput>,
): Promise<MenuItemOutput> {
  const chefId = kitchen.id;
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
  kitchen: OwnKitchen,
  input: z.output<typeof UpdateItemInput>,
): Promise<MenuItemOutput> {
  const chefId = kitchen.id;
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
  kitchen: OwnKitchen,
  { id, isAvailable }: { id: string; isAvailable: boolean },
): Promise<MenuItemOutput> {
  const chefId = kitchen.id;
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
  kitchen: OwnKitchen,
  { id }: { id: string },
  now = new Date(),
): Promise<{ id: string; deletedAt: Date }> {
  const chefId = kitchen.id;
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
  kitchen: OwnKitchen,
  { id }: { id: string },
): Promise<MenuItemOutput> {
  const chefId = kitchen.id;
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
