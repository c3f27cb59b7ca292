/** How menus and dishes are loaded and mapped, and the helpers the menu and dish edits share. */
import { TRPCError } from '@trpc/server';
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import {
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
import type { Allergen, DietaryTag, MenuItemOutput, MenuOutput } from '@homechef/validators';

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

export const menuNotFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Menu not found' });
export const itemNotFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Dish not found' });

export async function loadOwnMenu(db: Database, chefId: string, id: string): Promise<MenuOutput> {
  const menu = await db.query.menus.findFirst({
    ...menusQuery(false),
    where: and(eq(menus.id, id), eq(menus.chefId, chefId)),
  });
  if (!menu) throw menuNotFound();
  return toMenuOutput(menu);
}

export async function loadOwnItem(
  db: Database,
  chefId: string,
  id: string,
): Promise<MenuItemOutput> {
  const item = await db.query.menuItems.findFirst({
    where: and(eq(menuItems.id, id), eq(menuItems.chefId, chefId)),
    with: menusQuery(false).with.items.with,
  });
  if (!item) throw itemNotFound();
  return toItemOutput(item);
}

/** The next position at the end of a list. */
export function nextPosition(table: typeof menus | typeof menuItems, where: SQL): SQL<number> {
  return sql<number>`(select coalesce(max(${table.position}) + 1, 0) from ${table} where ${where})`;
}

/** Positions from a list of ids in their new order, in one statement. */
export async function applyOrder(
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
export function checkCompleteOrder(
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
