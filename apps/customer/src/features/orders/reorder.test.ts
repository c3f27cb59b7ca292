import { describe, expect, it } from 'vitest';
import { reorderItems } from './reorder.ts';

type Args = Parameters<typeof reorderItems>;
type Line = Args[0]['lines'][number];
type Dish = Args[1]['menus'][number]['items'][number];

function line(overrides: Partial<Line>): Line {
  return {
    id: 'l',
    menuItemId: 'd1',
    name: 'Tamales',
    quantity: 2,
    unitPriceCents: 1200,
    lineTotalCents: 2400,
    notes: null,
    options: [],
    ...overrides,
  };
}

function dish(overrides: Partial<Dish>): Dish {
  return {
    id: 'd1',
    menuId: 'm1',
    name: 'Tamales',
    description: null,
    priceCents: 1250,
    currency: 'usd',
    photoUrl: null,
    dietaryTags: [],
    allergens: [],
    isAvailable: true,
    dailyQuantity: null,
    position: 0,
    optionGroups: [],
    ...overrides,
  };
}

const spice = {
  id: 'g-spice',
  name: 'Spice level',
  minChoices: 1,
  maxChoices: 1,
  options: [
    { id: 'o-mild', name: 'Mild', priceDeltaCents: 0, isAvailable: true },
    { id: 'o-hot', name: 'Hot', priceDeltaCents: 0, isAvailable: true },
  ],
};
const addOns = {
  id: 'g-add',
  name: 'Add-ons',
  minChoices: 0,
  maxChoices: 2,
  options: [{ id: 'o-cheese', name: 'Cheese', priceDeltaCents: 150, isAvailable: true }],
};

function kitchen(...items: Dish[]) {
  return {
    menus: [{ id: 'm1', name: 'Menu', description: null, isActive: true, position: 0, items }],
  };
}

describe('reorder', () => {
  it('maps options by name to today’s ids and prices at today’s menu', () => {
    const order = {
      lines: [
        line({
          notes: 'Extra napkins',
          options: [
            { group: 'Spice level', name: 'Hot', priceDeltaCents: 0 },
            { group: 'Add-ons', name: 'Cheese', priceDeltaCents: 100 },
          ],
        }),
      ],
    };
    const { items, skipped } = reorderItems(
      order,
      kitchen(dish({ optionGroups: [spice, addOns] })),
    );
    expect(skipped).toEqual([]);
    expect(items).toEqual([
      {
        menuItemId: 'd1',
        name: 'Tamales',
        unitPriceCents: 1400,
        quantity: 2,
        notes: 'Extra napkins',
        options: [
          { id: 'o-hot', group: 'Spice level', name: 'Hot', priceDeltaCents: 0 },
          { id: 'o-cheese', group: 'Add-ons', name: 'Cheese', priceDeltaCents: 150 },
        ],
      },
    ]);
  });

  it('skips dishes gone, sold out, with options gone, or with a new required choice', () => {
    const order = {
      lines: [
        line({ menuItemId: 'gone', name: 'Pozole' }),
        line({ menuItemId: 'd2', name: 'Flan' }),
        line({
          menuItemId: 'd3',
          name: 'Enchiladas',
          options: [{ group: 'Add-ons', name: 'Guacamole', priceDeltaCents: 200 }],
        }),
        line({ menuItemId: 'd4', name: 'Tacos' }),
        line({ menuItemId: 'd5', name: 'Churros' }),
      ],
    };
    const { items, skipped } = reorderItems(
      order,
      kitchen(
        dish({ id: 'd2', name: 'Flan', isAvailable: false }),
        dish({ id: 'd3', name: 'Enchiladas', optionGroups: [addOns] }),
        dish({ id: 'd4', name: 'Tacos', optionGroups: [spice] }),
        dish({ id: 'd5', name: 'Churros' }),
      ),
    );
    expect(skipped).toEqual(['Pozole', 'Flan', 'Enchiladas', 'Tacos']);
    expect(items.map((i) => i.name)).toEqual(['Churros']);
  });
});
