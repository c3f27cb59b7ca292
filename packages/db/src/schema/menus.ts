import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { chefs } from './chefs.ts';
import {
  cents,
  currency,
  currencyCheck,
  flag,
  nonNegativeCheck,
  positiveCheck,
  requiredRef,
  textArrayLiteral,
  timestamps,
  timestamptz,
  uuidId,
} from './columns.ts';
import { ALLERGENS, DIETARY_TAGS } from '@homechef/validators/constants';

export type DietaryTag = (typeof DIETARY_TAGS)[number];

export type Allergen = (typeof ALLERGENS)[number];

export const menus = pgTable(
  'menus',
  {
    id: uuidId(),
    chefId: requiredRef('chef_id', () => chefs.id, 'cascade'),
    name: text('name').notNull(),
    description: text('description'),
    position: integer('position').notNull().default(0),
    isActive: flag('is_active', true),
    /** Soft delete: ordered items must keep existing for order history. */
    deletedAt: timestamptz('deleted_at'),
    ...timestamps(),
  },
  (t) => [
    index('menus_chef_id_idx').on(t.chefId, t.position),
    // Target of menu_items' composite FK, which keeps menu_items.chef_id honest.
    unique('menus_id_chef_id_key').on(t.id, t.chefId),
  ],
);

export const menuItems = pgTable(
  'menu_items',
  {
    id: uuidId(),
    menuId: uuid('menu_id').notNull(),
    /** Denormalised from the menu (enforced by the composite FK) for ownership checks and search. */
    chefId: requiredRef('chef_id', () => chefs.id, 'cascade'),
    name: text('name').notNull(),
    description: text('description'),
    priceCents: cents('price_cents'),
    currency: currency(),
    photoUrl: text('photo_url'),
    dietaryTags: text('dietary_tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    allergens: text('allergens')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    isAvailable: flag('is_available', true),
    /** Portions per day; null means unlimited. */
    dailyQuantity: integer('daily_quantity'),
    position: integer('position').notNull().default(0),
    deletedAt: timestamptz('deleted_at'),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'menu_items_menu_id_chef_id_fk',
      columns: [t.menuId, t.chefId],
      foreignColumns: [menus.id, menus.chefId],
    }).onDelete('cascade'),
    index('menu_items_menu_id_idx').on(t.menuId, t.position),
    index('menu_items_chef_id_idx').on(t.chefId),
    index('menu_items_dietary_tags_idx').using('gin', t.dietaryTags),
    index('menu_items_lower_name_idx').on(sql`lower(${t.name})`),
    nonNegativeCheck('menu_items', t.priceCents),
    positiveCheck('menu_items', t.dailyQuantity),
    check('menu_items_name_check', sql`length(btrim(${t.name})) > 0`),
    check(
      'menu_items_dietary_tags_check',
      sql`${t.dietaryTags} <@ ${textArrayLiteral(DIETARY_TAGS)}`,
    ),
    check('menu_items_allergens_check', sql`${t.allergens} <@ ${textArrayLiteral(ALLERGENS)}`),
    currencyCheck('menu_items', t.currency),
  ],
);

export const itemOptionGroups = pgTable(
  'item_option_groups',
  {
    id: uuidId(),
    itemId: requiredRef('item_id', () => menuItems.id, 'cascade'),
    name: text('name').notNull(),
    minChoices: integer('min_choices').notNull().default(0),
    maxChoices: integer('max_choices').notNull().default(1),
    position: integer('position').notNull().default(0),
    /** Soft delete: past orders keep pointing at the options they chose. */
    deletedAt: timestamptz('deleted_at'),
  },
  (t) => [
    index('item_option_groups_item_id_idx').on(t.itemId, t.position),
    check(
      'item_option_groups_choices_check',
      sql`${t.minChoices} >= 0 and ${t.minChoices} <= ${t.maxChoices} and ${t.maxChoices} >= 1`,
    ),
  ],
);

export const itemOptions = pgTable(
  'item_options',
  {
    id: uuidId(),
    groupId: requiredRef('group_id', () => itemOptionGroups.id, 'cascade'),
    name: text('name').notNull(),
    /** Added to the item price in the item's currency; discounts are not modelled as options. */
    priceDeltaCents: cents('price_delta_cents').default(0),
    isAvailable: flag('is_available', true),
    position: integer('position').notNull().default(0),
    /** Soft delete: order_item_options reference options by id. */
    deletedAt: timestamptz('deleted_at'),
  },
  (t) => [
    index('item_options_group_id_idx').on(t.groupId, t.position),
    nonNegativeCheck('item_options', t.priceDeltaCents),
  ],
);

export type Menu = typeof menus.$inferSelect;
export type NewMenu = typeof menus.$inferInsert;
export type MenuItem = typeof menuItems.$inferSelect;
export type NewMenuItem = typeof menuItems.$inferInsert;
export type ItemOptionGroup = typeof itemOptionGroups.$inferSelect;
export type NewItemOptionGroup = typeof itemOptionGroups.$inferInsert;
export type ItemOption = typeof itemOptions.$inferSelect;
export type NewItemOption = typeof itemOptions.$inferInsert;
