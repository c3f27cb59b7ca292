import { z } from 'zod';
import { SingleLineText, MultiLineText } from './common.ts';
import { ALLERGENS, DIETARY_TAGS } from './constants.ts';

export { ALLERGENS, DIETARY_TAGS } from './constants.ts';

export const MAX_PRICE_CENTS = 100_000;

export const DietaryTag = z.enum(DIETARY_TAGS, {
  error: `Unknown dietary tag; use one of ${DIETARY_TAGS.join(', ')}`,
});
export type DietaryTag = z.infer<typeof DietaryTag>;
export const Allergen = z.enum(ALLERGENS, {
  error: `Unknown allergen; use one of ${ALLERGENS.join(', ')}`,
});
export type Allergen = z.infer<typeof Allergen>;

export const PriceCents = z
  .number({ error: 'Enter a price in cents' })
  .int('Enter the price in whole cents')
  .min(0, 'A price cannot be negative')
  .max(MAX_PRICE_CENTS, 'A price must be at most $1,000.00 (100000 cents)');

const PriceDeltaCents = z
  .number()
  .int('Enter the price difference in whole cents')
  .min(0, 'An option cannot lower the price')
  .max(MAX_PRICE_CENTS, 'An option may add at most $1,000.00');

const unique = <T>(list: T[]) => [...new Set(list)];

export const MenuName = SingleLineText({ error: 'Name the menu' })
  .min(1, 'Name the menu')
  .max(80, 'Use at most 80 characters');
const Description = MultiLineText().max(1000, 'Use at most 1,000 characters').nullable();

export const CreateMenuInput = z.object({
  name: MenuName,
  description: Description.optional(),
  isActive: z.boolean().default(true),
});
export type CreateMenuInput = z.input<typeof CreateMenuInput>;

export const UpdateMenuInput = z
  .object({
    id: z.uuid(),
    name: MenuName.optional(),
    description: Description.optional(),
    isActive: z.boolean().optional(),
  })
  .refine(
    (v) => v.name !== undefined || v.description !== undefined || v.isActive !== undefined,
    'Nothing to update',
  );
export type UpdateMenuInput = z.input<typeof UpdateMenuInput>;

const IdList = z
  .array(z.uuid())
  .min(1, 'List at least one id')
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, 'Each id may appear only once');

/** Every one of your menus, in the new order. */
export const ReorderMenusInput = z.object({ ids: IdList });
/** Every item of one menu, in the new order. */
export const ReorderItemsInput = z.object({ menuId: z.uuid(), ids: IdList });

export const OptionInput = z.object({
  /** Keep an existing option (and the orders that chose it) by passing its id. */
  id: z.uuid().optional(),
  name: SingleLineText().min(1, 'Name the option').max(60, 'Use at most 60 characters'),
  priceDeltaCents: PriceDeltaCents.default(0),
  isAvailable: z.boolean().default(true),
});

export const OptionGroupInput = z
  .object({
    id: z.uuid().optional(),
    name: SingleLineText().min(1, 'Name the option group').max(60, 'Use at most 60 characters'),
    minChoices: z.number().int().min(0, 'Minimum choices cannot be negative').default(0),
    maxChoices: z.number().int().min(1, 'Maximum choices must be at least 1').default(1),
    options: z
      .array(OptionInput)
      .min(1, 'Add at least one option')
      .max(30, 'At most 30 options per group'),
  })
  .superRefine((group, ctx) => {
    if (group.minChoices > group.maxChoices) {
      ctx.addIssue({
        code: 'custom',
        message: `“${group.name}”: minimum choices (${group.minChoices}) cannot exceed maximum choices (${group.maxChoices})`,
        path: ['minChoices'],
      });
    }
    if (group.maxChoices > group.options.length) {
      ctx.addIssue({
        code: 'custom',
        message: `“${group.name}”: maximum choices (${group.maxChoices}) cannot exceed the number of options (${group.options.length})`,
        path: ['maxChoices'],
      });
    }
    const names = group.options.map((o) => o.name.toLowerCase());
    if (new Set(names).size !== names.length) {
      ctx.addIssue({
        code: 'custom',
        message: `“${group.name}”: option names must differ`,
        path: ['options'],
      });
    }
  });
export type OptionGroupInput = z.input<typeof OptionGroupInput>;

const ItemFields = z.object({
  name: SingleLineText({ error: 'Name the dish' })
    .min(1, 'Name the dish')
    .max(120, 'Use at most 120 characters'),
  description: Description,
  priceCents: PriceCents,
  photoUrl: z
    .url({ protocol: /^https?$/, error: 'Use an http(s) link for the photo' })
    .max(2048)
    .nullable(),
  dietaryTags: z.array(DietaryTag).max(DIETARY_TAGS.length).transform(unique),
  allergens: z.array(Allergen).max(ALLERGENS.length).transform(unique),
  isAvailable: z.boolean(),
  /** Portions per day; null means unlimited. */
  dailyQuantity: z
    .number()
    .int('Use a whole number of portions')
    .min(1, 'A daily quantity must be at least 1 (or empty for unlimited)')
    .max(10_000)
    .nullable(),
  /** Replaces the item's option groups: groups and options passed with an id are kept. */
  optionGroups: z.array(OptionGroupInput).max(10, 'At most 10 option groups per dish'),
});

export const AddItemInput = ItemFields.extend({
  menuId: z.uuid(),
  description: Description.default(null),
  photoUrl: ItemFields.shape.photoUrl.default(null),
  dietaryTags: ItemFields.shape.dietaryTags.default([]),
  allergens: ItemFields.shape.allergens.default([]),
  isAvailable: z.boolean().default(true),
  dailyQuantity: ItemFields.shape.dailyQuantity.default(null),
  optionGroups: ItemFields.shape.optionGroups.default([]),
});
export type AddItemInput = z.input<typeof AddItemInput>;

export const UpdateItemInput = ItemFields.partial()
  .extend({
    id: z.uuid(),
    /** Move the item to another of your menus (it goes to the end). */
    menuId: z.uuid().optional(),
  })
  .refine(
    (v) => Object.entries(v).some(([key, value]) => key !== 'id' && value !== undefined),
    'Nothing to update',
  );
export type UpdateItemInput = z.input<typeof UpdateItemInput>;

export const SetItemAvailabilityInput = z.object({ id: z.uuid(), isAvailable: z.boolean() });

export const OptionOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  priceDeltaCents: z.number().int(),
  isAvailable: z.boolean(),
});

export const OptionGroupOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  minChoices: z.number().int(),
  maxChoices: z.number().int(),
  options: z.array(OptionOutput),
});

export const MenuItemOutput = z.object({
  id: z.uuid(),
  menuId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  priceCents: z.number().int(),
  currency: z.string(),
  photoUrl: z.string().nullable(),
  dietaryTags: z.array(DietaryTag),
  allergens: z.array(Allergen),
  isAvailable: z.boolean(),
  dailyQuantity: z.number().int().nullable(),
  position: z.number().int(),
  optionGroups: z.array(OptionGroupOutput),
});
export type MenuItemOutput = z.infer<typeof MenuItemOutput>;

export const MenuOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  isActive: z.boolean(),
  position: z.number().int(),
  items: z.array(MenuItemOutput),
});
export type MenuOutput = z.infer<typeof MenuOutput>;

export const MenuListOutput = z.object({ menus: z.array(MenuOutput) });

export const DeletedOutput = z.object({ id: z.uuid(), deletedAt: z.date() });
