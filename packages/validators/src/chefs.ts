import { z } from 'zod';
import {
  CHEF_DOCUMENT_KINDS,
  CHEF_DOCUMENT_STATUSES,
  CHEF_VERIFICATION_STATUSES,
  MAX_DELIVERY_RADIUS_M,
  WEEKDAY_NAMES,
} from './constants.ts';
import { Cursor, SingleLineText, MultiLineText } from './common.ts';

export {
  CHEF_DOCUMENT_KINDS,
  CHEF_DOCUMENT_STATUSES,
  CHEF_VERIFICATION_STATUSES,
  MAX_CHEF_DOCUMENT_BYTES,
  MAX_DELIVERY_RADIUS_M,
} from './constants.ts';

export const SEARCH_PAGE_MAX = 50;

import { Latitude, Longitude, PostalAddress } from './auth.ts';
import { Allergen, DietaryTag, MenuOutput } from './menus.ts';

/** What an uploaded document may be, recognised by its first bytes. */
export const ChefVerificationStatus = z.enum(CHEF_VERIFICATION_STATUSES);
export const ChefDocumentKind = z.enum(CHEF_DOCUMENT_KINDS, {
  error: 'Choose food_safety_certificate, permit, insurance or other',
});
export const ChefDocumentStatus = z.enum(CHEF_DOCUMENT_STATUSES);

function isIanaTimeZone(zone: string): boolean {
  // Names only: Intl also accepts offsets like "+01:00", which PostgreSQL reads with the
  // opposite (POSIX) sign.
  if (!/^[A-Za-z][A-Za-z_]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, stored in its canonical spelling. */
export const TimeZone = SingleLineText({ error: 'Choose a time zone' })
  .max(64)
  .refine(isIanaTimeZone, 'Unknown time zone: use an IANA name such as America/Los_Angeles')
  .transform(
    (zone) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone,
  );

/** 24-hour wall-clock time, `HH:MM`. */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:30 or 21:00');

export const Weekday = z
  .number()
  .int()
  .min(0, 'Weekday is 0 (Sunday) to 6 (Saturday)')
  .max(6, 'Weekday is 0 (Sunday) to 6 (Saturday)');

export const OpeningWindow = z
  .object({ weekday: Weekday, opensAt: TimeOfDay, closesAt: TimeOfDay })
  .refine((w) => w.opensAt !== w.closesAt, {
    message:
      'Opening and closing times must differ (a closing time before the opening time runs past midnight)',
    path: ['closesAt'],
  });
export type OpeningWindow = z.infer<typeof OpeningWindow>;

const WEEK_MINUTES = 7 * 24 * 60;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minute-of-week span of a window; a window past midnight ends on the next day. */
function spanOf(w: OpeningWindow): [number, number] {
  const start = w.weekday * 1440 + minutesOf(w.opensAt);
  let length = minutesOf(w.closesAt) - minutesOf(w.opensAt);
  if (length < 0) length += 1440;
  return [start, start + length];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  // Compare on the weekly circle: shift b by a week either way.
  return [-WEEK_MINUTES, 0, WEEK_MINUTES].some(
    (shift) => a[0] < b[1] + shift && b[0] + shift < a[1],
  );
}

/** The whole week: replaces every window. Windows may not overlap. */
export const OpeningHours = z
  .array(OpeningWindow)
  .max(28, 'At most 28 opening windows a week')
  .superRefine((windows, ctx) => {
    const spans = windows.map(spanOf);
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        if (overlaps(spans[i]!, spans[j]!)) {
          const day = WEEKDAY_NAMES[windows[j]!.weekday] ?? '';
          ctx.addIssue({
            code: 'custom',
            message: `Opening windows overlap (${day} ${windows[j]!.opensAt}–${windows[j]!.closesAt})`,
            path: [j],
          });
          return;
        }
      }
    }
  });

/** Lower-case slug such as `mexican` or `soul_food`; "Soul food" is accepted and normalised. */
export const Cuisine = SingleLineText()
  .toLowerCase()
  .transform((s) => s.replace(/[\s-]+/g, '_'))
  .pipe(z.string().regex(/^[a-z][a-z_]{1,39}$/, 'Use a cuisine name of 2–40 letters'));

/** Cuisines offered as choices in the apps (chefs may type others). */
export const SUGGESTED_CUISINES = [
  'american',
  'caribbean',
  'chinese',
  'ethiopian',
  'filipino',
  'french',
  'greek',
  'indian',
  'italian',
  'japanese',
  'korean',
  'mediterranean',
  'mexican',
  'middle_eastern',
  'persian',
  'plant_based',
  'salvadoran',
  'soul_food',
  'thai',
  'vietnamese',
] as const;

export const Cuisines = z
  .array(Cuisine)
  .max(8, 'Choose at most 8 cuisines')
  .transform((list) => [...new Set(list)]);

export const KitchenAddress = PostalAddress;
export type KitchenAddress = z.input<typeof KitchenAddress>;

export const DeliveryRadiusM = z
  .number({ error: 'Enter the delivery radius in metres' })
  .int('Enter the delivery radius in whole metres')
  .min(100, 'The delivery radius must be at least 100 m')
  .max(MAX_DELIVERY_RADIUS_M, 'The delivery radius must be at most 50 km');

const MealCap = z
  .number()
  .int('Use a whole number of meals')
  .min(1, 'A meal cap must be at least 1')
  .max(10_000, 'A meal cap must be at most 10,000');

const ChefProfileFields = z.object({
  businessName: SingleLineText({ error: 'Enter your kitchen’s name' })
    .min(1, 'Enter your kitchen’s name')
    .max(80, 'Use at most 80 characters'),
  bio: MultiLineText().max(1000, 'Use at most 1,000 characters').nullable(),
  cuisines: Cuisines,
  phone: SingleLineText()
    .regex(/^\+?[0-9 ()-]{7,20}$/, 'Enter a valid phone number')
    .nullable(),
  kitchen: KitchenAddress,
  deliveryRadiusM: DeliveryRadiusM,
  timezone: TimeZone,
  openingHours: OpeningHours,
  leadTimeMinutes: z
    .number()
    .int('Use whole minutes')
    .min(0, 'Lead time cannot be negative')
    .max(2880, 'Lead time must be at most 48 hours'),
  permitType: SingleLineText().min(1, 'Enter the permit type').max(60).nullable(),
  permitNumber: SingleLineText().min(1, 'Enter the permit number').max(60).nullable(),
  permitExpiresOn: z.iso.date('Use a date such as 2027-06-30').nullable(),
  maxMealsPerDay: MealCap.nullable(),
  maxMealsPerWeek: MealCap.nullable(),
});

const mealCapsConsistent = (v: {
  maxMealsPerDay?: number | null;
  maxMealsPerWeek?: number | null;
}) =>
  v.maxMealsPerDay == null || v.maxMealsPerWeek == null || v.maxMealsPerDay <= v.maxMealsPerWeek;
const MEAL_CAPS_MESSAGE = {
  message: 'Meals per day cannot exceed meals per week',
  path: ['maxMealsPerDay'],
};

/** Starts the application: only the name is required; the rest can follow with `update`. */
export const ApplyChefInput = ChefProfileFields.partial()
  .required({ businessName: true })
  .refine(mealCapsConsistent, MEAL_CAPS_MESSAGE);
export type ApplyChefInput = z.input<typeof ApplyChefInput>;

/** Any subset of the profile; `openingHours` replaces the whole week. */
export const UpdateChefInput = ChefProfileFields.partial()
  .refine(mealCapsConsistent, MEAL_CAPS_MESSAGE)
  .refine((v) => Object.values(v).some((value) => value !== undefined), 'Nothing to update');
export type UpdateChefInput = z.input<typeof UpdateChefInput>;

export const SetPausedInput = z.object({ paused: z.boolean() });

export const ChefDocumentOutput = z.object({
  id: z.uuid(),
  kind: ChefDocumentKind,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  status: ChefDocumentStatus,
  uploadedAt: z.date(),
});
export type ChefDocumentOutput = z.infer<typeof ChefDocumentOutput>;

/** Query string of `POST /documents` (the file itself is the request body). */
export const UploadDocumentQuery = z.object({
  kind: ChefDocumentKind,
  fileName: SingleLineText().max(200).optional(),
});

export const DocumentUrlOutput = z.object({
  /** Path on the API server (prefix it with the API's base URL); works without a token. */
  url: z.string(),
  expiresAt: z.date(),
});

export const OpeningState = z.object({
  isOpenNow: z.boolean(),
  /** When the current opening ends (null when closed). */
  closesAt: z.date().nullable(),
  /** The next opening (null when open now or when the kitchen has no hours). */
  nextOpenAt: z.date().nullable(),
});
export type OpeningState = z.infer<typeof OpeningState>;

export const KitchenAddressOutput = z.object({
  line1: z.string().nullable(),
  line2: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});

/** What the chef and an admin both see of a kitchen; each view adds its own fields. */
export const ChefProfileOutput = z.object({
  id: z.uuid(),
  businessName: z.string(),
  bio: z.string().nullable(),
  cuisines: z.array(z.string()),
  phone: z.string().nullable(),
  kitchen: KitchenAddressOutput.nullable(),
  deliveryRadiusM: z.number().int(),
  timezone: z.string(),
  isPaused: z.boolean(),
  leadTimeMinutes: z.number().int(),
  permitType: z.string().nullable(),
  permitNumber: z.string().nullable(),
  permitExpiresOn: z.string().nullable(),
  maxMealsPerDay: z.number().int().nullable(),
  maxMealsPerWeek: z.number().int().nullable(),
  verificationStatus: ChefVerificationStatus,
  /** Why the kitchen was rejected or suspended, as the admin wrote it. */
  statusReason: z.string().nullable(),
  submittedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  stripeChargesEnabled: z.boolean(),
  stripePayoutsEnabled: z.boolean(),
  ratingAvg: z.number(),
  ratingCount: z.number().int(),
  documents: z.array(ChefDocumentOutput),
  /** Whether customers can find the kitchen now, and if not, why. */
  isListed: z.boolean(),
  listingBlockers: z.array(z.string()),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ChefProfileOutput = z.infer<typeof ChefProfileOutput>;

/** The signed-in chef's own kitchen, with everything the onboarding wizard shows. */
export const OwnChefOutput = ChefProfileOutput.extend({
  openingHours: z.array(OpeningWindow),
  /** What `submit` still needs, in words for the wizard (empty: ready to submit). */
  missing: z.array(z.string()),
  openingState: OpeningState,
});
export type OwnChefOutput = z.infer<typeof OwnChefOutput>;

export const ChefSort = z.enum(['distance', 'rating'], { error: 'Sort by distance or rating' });

export const SearchChefsInput = z.object({
  lat: Latitude,
  lng: Longitude,
  query: SingleLineText().max(100, 'Use at most 100 characters').optional(),
  cuisine: Cuisine.optional(),
  /** Kitchens with at least one available dish carrying every one of these tags. */
  dietary: z
    .union([DietaryTag, z.array(DietaryTag).max(5, 'Choose at most 5 dietary tags')])
    .transform((v) => (Array.isArray(v) ? [...new Set(v)] : [v]))
    .optional(),
  openNow: z.boolean().optional(),
  sort: ChefSort.default('distance'),
  cursor: Cursor.optional(),
  limit: z
    .number()
    .int()
    .min(1)
    .max(SEARCH_PAGE_MAX, `At most ${SEARCH_PAGE_MAX} kitchens per page`)
    .default(20),
});
export type SearchChefsInput = z.input<typeof SearchChefsInput>;

export const ChefSearchResult = OpeningState.extend({
  id: z.uuid(),
  businessName: z.string(),
  bio: z.string().nullable(),
  cuisines: z.array(z.string()),
  city: z.string().nullable(),
  /** Metres from the searched location, rounded. */
  distanceM: z.number().int(),
  ratingAvg: z.number(),
  ratingCount: z.number().int(),
  /** No reviews yet: shown as “New”, never as 0 stars; ranked after rated kitchens. */
  isNew: z.boolean(),
  deliveryRadiusM: z.number().int(),
  leadTimeMinutes: z.number().int(),
  timezone: z.string(),
});
export type ChefSearchResult = z.infer<typeof ChefSearchResult>;

export const SearchChefsOutput = z.object({
  items: z.array(ChefSearchResult),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const ChefByIdInput = z
  .object({ id: z.uuid(), lat: Latitude.optional(), lng: Longitude.optional() })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), {
    message: 'Give both lat and lng, or neither',
    path: ['lng'],
  });

/** A kitchen as customers see it: no street address, only the city. */
export const PublicChefOutput = OpeningState.extend({
  id: z.uuid(),
  businessName: z.string(),
  bio: z.string().nullable(),
  cuisines: z.array(z.string()),
  city: z.string().nullable(),
  ratingAvg: z.number(),
  ratingCount: z.number().int(),
  /** No reviews yet: shown as “New”, never as 0 stars; ranked after rated kitchens. */
  isNew: z.boolean(),
  deliveryRadiusM: z.number().int(),
  leadTimeMinutes: z.number().int(),
  timezone: z.string(),
  openingHours: z.array(OpeningWindow),
  /** Metres from the given location (null without one). */
  distanceM: z.number().int().nullable(),
  /** Whether the given location is inside the delivery radius (null without one). */
  deliversToYou: z.boolean().nullable(),
  /** Union of the tags and allergens of the dishes on offer, for badges and filters. */
  dietaryTags: z.array(DietaryTag),
  allergens: z.array(Allergen),
  menus: z.array(MenuOutput),
  /** False only when a chef previews their own kitchen before it is listed. */
  isListed: z.boolean(),
});
export type PublicChefOutput = z.infer<typeof PublicChefOutput>;
