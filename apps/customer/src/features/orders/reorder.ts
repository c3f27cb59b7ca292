/**
 * Reorder: an old order's lines as cart lines for the kitchen's menu as it is today. A dish
 * gone from the menu, sold out or whose options changed is left out and named, so the
 * customer can see what was skipped.
 */
import type { RouterOutputs } from '@homechef/app-kit';
import type { CartOption, NewCartItem } from '../cart/cart-store.ts';
import { unmetGroups } from '../cart/options.ts';

type Order = RouterOutputs['orders']['byId'];
type Kitchen = RouterOutputs['chefs']['byId'];

export interface Reorder {
  items: NewCartItem[];
  /** Names of the dishes left out. */
  skipped: string[];
}

export function reorderItems(
  order: Pick<Order, 'lines'>,
  kitchen: Pick<Kitchen, 'menus'>,
): Reorder {
  const dishes = new Map(kitchen.menus.flatMap((m) => m.items).map((d) => [d.id, d]));
  const items: NewCartItem[] = [];
  const skipped: string[] = [];
  for (const line of order.lines) {
    const dish = dishes.get(line.menuItemId);
    if (!dish?.isAvailable) {
      skipped.push(line.name);
      continue;
    }
    // Orders keep the options' names (their ids may have been replaced since): match by name.
    const options: CartOption[] = [];
    const chosen: Record<string, string[]> = {};
    let matched = true;
    for (const picked of line.options) {
      const group = dish.optionGroups.find((g) => g.name === picked.group);
      const option = group?.options.find((o) => o.name === picked.name && o.isAvailable);
      if (!group || !option) {
        matched = false;
        break;
      }
      options.push({
        id: option.id,
        group: group.name,
        name: option.name,
        priceDeltaCents: option.priceDeltaCents,
      });
      chosen[group.id] = [...(chosen[group.id] ?? []), option.id];
    }
    if (!matched || unmetGroups(dish.optionGroups, chosen).length > 0) {
      skipped.push(line.name);
      continue;
    }
    items.push({
      menuItemId: dish.id,
      name: dish.name,
      unitPriceCents: dish.priceCents + options.reduce((s, o) => s + o.priceDeltaCents, 0),
      options,
      quantity: line.quantity,
      notes: line.notes,
    });
  }
  return { items, skipped };
}
