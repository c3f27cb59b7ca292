import { sql } from 'drizzle-orm';
import {
  boolean,
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
  createdAt,
  currency,
  currencyCheck,
  textArrayLiteral,
  timestamptz,
  updatedAt,
} from './columns.ts';
import { ALLERGENS, DIETARY_TAGS } from '@homechef/validators/constants';

export { ALLERGENS, DIETARY_TAGS };
export type DietaryTag = (typeof DIETARY_TAGS)[number];

export type Allergen = (typeof ALLERGENS)[number];

export const menus = pgTable(
  'menus',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chefId: uuid('chef_id')
      .notNull()
      .references(() => chefs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    position: integer('position').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    /** Soft delete: ordered items must keep existing for order history. */
    deletedAt: timestamptz('deleted_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
    id: uuid('id').primaryKey().defaultRandom(),
    menuId: uuid('menu_id').notNull(),
    /** Denormalised from the menu (enforced by the composite FK) for ownership checks and search. */
    chefId: uuid('chef_id')
      .notNull()
      .references(() => chefs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    priceCents: integer('price_cents').notNull(),
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
    isAvailable: boolean('is_available').notNull().default(true),
    /** Portions per day; null means unlimited. */
    dailyQuantity: integer('daily_quantity'),
    position: integer('position').notNull().default(0),
    deletedAt: timestamptz('deleted_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
    check('menu_items_price_cents_check', sql`${t.priceCents} >= 0`),
    check('menu_items_daily_quantity_check', sql`${t.dailyQuantity} > 0`),
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
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => menuItems.id, { onDelete: 'cascade' }),
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
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => itemOptionGroups.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Added to the item price in the item's currency; discounts are not modelled as options. */
    priceDeltaCents: integer('price_delta_cents').notNull().default(0),
    isAvailable: boolean('is_available').notNull().default(true),
    position: integer('position').notNull().default(0),
    /** Soft delete: order_item_options reference options by id. */
    deletedAt: timestamptz('deleted_at'),
  },
  (t) => [
    index('item_options_group_id_idx').on(t.groupId, t.position),
    check('item_options_price_delta_cents_check', sql`${t.priceDeltaCents} >= 0`),
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
