/**
 * Value lists and limits that the database schema and the API's validation share: one
 * source, imported by both (this file depends on nothing, so the schema can import it).
 */

export const USER_ROLES = ['customer', 'chef', 'driver', 'admin'] as const;
export const USER_STATUSES = ['active', 'suspended', 'deleted'] as const;

/** Every code written to admin_actions.action (a dotted verb on the target). */
export const AUDIT_ACTIONS = [
  'chef.approve',
  'chef.reject',
  'chef.suspend',
  'chef.reinstate',
  'user.suspend',
  'user.reinstate',
] as const;

/** Tags a chef may put on a dish (the CHECK on menu_items.dietary_tags uses this list). */
export const DIETARY_TAGS = [
  'vegetarian',
  'vegan',
  'pescatarian',
  'halal',
  'kosher',
  'gluten_free',
  'dairy_free',
  'nut_free',
  'egg_free',
  'low_carb',
  'spicy',
] as const;

/** The 14 allergens that EU/UK law requires a food business to declare. */
export const ALLERGENS = [
  'celery',
  'cereals_containing_gluten',
  'crustaceans',
  'eggs',
  'fish',
  'lupin',
  'milk',
  'molluscs',
  'mustard',
  'tree_nuts',
  'peanuts',
  'sesame',
  'soybeans',
  'sulphites',
] as const;

export const CHEF_VERIFICATION_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'suspended',
] as const;
export const CHEF_DOCUMENT_KINDS = [
  'food_safety_certificate',
  'permit',
  'insurance',
  'other',
] as const;
export const CHEF_DOCUMENT_STATUSES = ['pending', 'accepted', 'rejected'] as const;

export const MAX_DELIVERY_RADIUS_M = 50_000;
export const MAX_CHEF_DOCUMENT_BYTES = 10 * 1024 * 1024;
