/**
 * A chef's menus: create, edit, delete and restore, and the order of menus and of dishes. Every statement is scoped to the signed-in chef's kitchen, so
 * another chef's id behaves exactly like an id that does not exist (NOT_FOUND). Deletes are
 * soft: past orders keep pointing at the dishes and options they bought.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { chefs, menuItems, menus } from '@homechef/db';
import type { CreateMenuInput, MenuOutput, UpdateMenuInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Services } from '../../context.ts';
import type { OwnKitchen } from '../chefs/index.ts';
import {
  applyOrder,
  checkCompleteOrder,
  itemNotFound,
  loadOwnMenu,
  menuNotFound,
  menusQuery,
  nextPosition,
  toMenuOutput,
} from './queries.ts';

/**
 * Every menu of a kitchen with all its dishes (available or not), for the editor. `list` asks
 * by the signed-in user, so a chef who has not applied yet gets an empty list.
 */
export async function listOwnMenus(
  services: Services,
  owner: { chefId: string } | { userId: string },
): Promise<{ menus: MenuOutput[] }> {
  const chefId =
    'chefId' in owner
      ? eq(menus.chefId, owner.chefId)
      : inArray(
          menus.chefId,
          services.db.select({ id: chefs.id }).from(chefs).where(eq(chefs.userId, owner.userId)),
        );
  const rows = await services.db.query.menus.findMany({
    ...menusQuery(false),
    where: and(chefId, isNull(menus.deletedAt)),
  });
  return { menus: rows.map(toMenuOutput) };
}

export async function createMenu(
  services: Services,
  kitchen: OwnKitchen,
  input: z.output<typeof CreateMenuInput>,
): Promise<MenuOutput> {
  const chefId = kitchen.id;
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
  kitchen: OwnKitchen,
  input: z.output<typeof UpdateMenuInput>,
): Promise<MenuOutput> {
  const chefId = kitchen.id;
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
  kitchen: OwnKitchen,
  { id }: { id: string },
  now = new Date(),
): Promise<{ id: string; deletedAt: Date }> {
  const chefId = kitchen.id;
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
  kitchen: OwnKitchen,
  { id }: { id: string },
): Promise<MenuOutput> {
  const chefId = kitchen.id;
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

export async function reorderMenus(
  services: Services,
  kitchen: OwnKitchen,
  { ids }: { ids: string[] },
): Promise<{ menus: MenuOutput[] }> {
  const chefId = kitchen.id;
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
  return listOwnMenus(services, { chefId: kitchen.id });
}

export async function reorderItems(
  services: Services,
  kitchen: OwnKitchen,
  { menuId, ids }: { menuId: string; ids: string[] },
): Promise<MenuOutput> {
  const chefId = kitchen.id;
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
