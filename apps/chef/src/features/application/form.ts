import { formErrors, UpdateChefInput, type ApplyChefInput } from '@homechef/validators';
import type { OwnKitchen } from '../kitchen/use-kitchen.ts';

export const STEPS = [
  { id: 'profile', title: 'Profile' },
  { id: 'kitchen', title: 'Kitchen' },
  { id: 'hours', title: 'Hours' },
  { id: 'compliance', title: 'Compliance' },
  { id: 'documents', title: 'Documents' },
  { id: 'review', title: 'Submit' },
] as const;
export type StepId = (typeof STEPS)[number]['id'];
/** The steps whose fields are saved with `chefs.update`. */
export type FormStep = 'profile' | 'kitchen' | 'hours' | 'compliance';

export interface TimeWindow {
  opensAt: string;
  closesAt: string;
}

/** Everything the wizard edits, as typed (strings until sent). */
export interface ApplicationForm {
  businessName: string;
  bio: string;
  cuisines: string[];
  phone: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  lat: string;
  lng: string;
  deliveryRadiusKm: string;
  leadTimeMinutes: string;
  timezone: string;
  /** Windows per weekday, 0 = Sunday; an empty list is a closed day. */
  hours: TimeWindow[][];
  permitType: string;
  permitNumber: string;
  permitExpiresOn: string;
  maxMealsPerDay: string;
  maxMealsPerWeek: string;
}

const DEFAULT_TIMEZONE = 'America/Los_Angeles';

export function emptyForm(): ApplicationForm {
  return {
    businessName: '',
    bio: '',
    cuisines: [],
    phone: '',
    line1: '',
    line2: '',
    city: '',
    postalCode: '',
    country: 'US',
    lat: '',
    lng: '',
    deliveryRadiusKm: '5',
    leadTimeMinutes: '45',
    timezone: DEFAULT_TIMEZONE,
    hours: Array.from({ length: 7 }, () => []),
    permitType: '',
    permitNumber: '',
    permitExpiresOn: '',
    maxMealsPerDay: '',
    maxMealsPerWeek: '',
  };
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/**
 * The kitchen's time zone, or the form's default while the chef has not chosen one yet: until
 * the kitchen step is first saved (it saves the address and the zone together) the stored zone
 * is only the database's placeholder `UTC`, and showing it would save the hours in UTC.
 */
export function chosenTimezone(kitchen: Pick<OwnKitchen, 'timezone' | 'kitchen'>): string {
  return kitchen.kitchen === null && kitchen.timezone === 'UTC'
    ? DEFAULT_TIMEZONE
    : kitchen.timezone;
}

export function formFromKitchen(kitchen: OwnKitchen | null): ApplicationForm {
  const form = emptyForm();
  if (!kitchen) return form;
  const hours: TimeWindow[][] = Array.from({ length: 7 }, () => []);
  for (const w of kitchen.openingHours) {
    hours[w.weekday]?.push({ opensAt: w.opensAt, closesAt: w.closesAt });
  }
  return {
    businessName: kitchen.businessName,
    bio: text(kitchen.bio),
    cuisines: kitchen.cuisines,
    phone: text(kitchen.phone),
    line1: text(kitchen.kitchen?.line1),
    line2: text(kitchen.kitchen?.line2),
    city: text(kitchen.kitchen?.city),
    postalCode: text(kitchen.kitchen?.postalCode),
    country: kitchen.kitchen?.country ?? 'US',
    lat: text(kitchen.kitchen?.lat),
    lng: text(kitchen.kitchen?.lng),
    deliveryRadiusKm: String(kitchen.deliveryRadiusM / 1000),
    leadTimeMinutes: String(kitchen.leadTimeMinutes),
    timezone: chosenTimezone(kitchen),
    hours,
    permitType: text(kitchen.permitType),
    permitNumber: text(kitchen.permitNumber),
    permitExpiresOn: text(kitchen.permitExpiresOn),
    maxMealsPerDay: text(kitchen.maxMealsPerDay),
    maxMealsPerWeek: text(kitchen.maxMealsPerWeek),
  };
}

/** A typed number, `null` when left empty, NaN when not a number (the schema says why). */
function numberOrNull(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : Number(trimmed);
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

/** What the first save sends to `chefs.apply`: the profile, and the zone the form shows. */
export function applyInput(form: ApplicationForm): ApplyChefInput {
  const profile = stepInput('profile', form);
  return { ...profile, businessName: profile.businessName ?? '', timezone: form.timezone };
}

/** What one step sends to `chefs.update` (and `chefs.apply` for the profile). */
export function stepInput(step: FormStep, form: ApplicationForm): UpdateChefInput {
  switch (step) {
    case 'profile':
      return {
        businessName: form.businessName,
        bio: orNull(form.bio),
        cuisines: form.cuisines,
        phone: orNull(form.phone),
      };
    case 'kitchen': {
      const radiusKm = numberOrNull(form.deliveryRadiusKm);
      return {
        kitchen: {
          line1: form.line1,
          line2: orNull(form.line2),
          city: form.city,
          postalCode: form.postalCode,
          country: form.country,
          lat: numberOrNull(form.lat) ?? Number.NaN,
          lng: numberOrNull(form.lng) ?? Number.NaN,
        },
        deliveryRadiusM: radiusKm === null ? Number.NaN : Math.round(radiusKm * 1000),
        leadTimeMinutes: numberOrNull(form.leadTimeMinutes) ?? 0,
        timezone: form.timezone,
      };
    }
    case 'hours':
      return {
        openingHours: form.hours.flatMap((windows, weekday) =>
          windows.map((w) => ({ weekday, opensAt: w.opensAt, closesAt: w.closesAt })),
        ),
      };
    case 'compliance':
      return {
        permitType: orNull(form.permitType),
        permitNumber: orNull(form.permitNumber),
        permitExpiresOn: orNull(form.permitExpiresOn),
        maxMealsPerDay: numberOrNull(form.maxMealsPerDay),
        maxMealsPerWeek: numberOrNull(form.maxMealsPerWeek),
      };
  }
}

/** Schema paths as form fields, so an error sits under the input that caused it. */
const FIELD_OF: Record<string, keyof ApplicationForm> = {
  'kitchen.line1': 'line1',
  'kitchen.line2': 'line2',
  'kitchen.city': 'city',
  'kitchen.postalCode': 'postalCode',
  'kitchen.country': 'country',
  'kitchen.lat': 'lat',
  'kitchen.lng': 'lng',
  deliveryRadiusM: 'deliveryRadiusKm',
};

export type FormErrors = Partial<Record<string, string>>;

/** Client-side check with the API's own schema; keys are form fields (or `hours.<i>`). */
export function validateStep(step: FormStep, form: ApplicationForm): FormErrors {
  const result = UpdateChefInput.safeParse(stepInput(step, form));
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(formErrors(result.error))) {
    const key = FIELD_OF[path] ?? (path.startsWith('openingHours.') ? hoursKey(path, form) : path);
    errors[key] ??= message.includes('received NaN') ? 'Enter a number' : message;
  }
  return errors;
}

/** `openingHours.<n>…` → `hours.<weekday>`, the row the window belongs to. */
function hoursKey(path: string, form: ApplicationForm): string {
  const index = Number(path.split('.')[1]);
  let n = 0;
  for (const [weekday, windows] of form.hours.entries()) {
    if (index < n + windows.length) return `hours.${weekday}`;
    n += windows.length;
  }
  return 'openingHours';
}

/** Server field errors are keyed by top-level input field; map those we can place. */
export function serverFieldErrors(fieldErrors: Record<string, string>): FormErrors {
  const errors: FormErrors = {};
  for (const [field, message] of Object.entries(fieldErrors)) {
    errors[FIELD_OF[field] ?? field] = message;
  }
  return errors;
}

export const COMMON_TIMEZONES = [
  'America/Los_Angeles',
  'America/Denver',
  'America/Phoenix',
  'America/Chicago',
  'America/New_York',
  'America/Anchorage',
  'Pacific/Honolulu',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Asia/Tokyo',
  'Australia/Sydney',
] as const;

export const PERMIT_TYPES = [
  'MEHKO',
  'Cottage Food Operation (Class A)',
  'Cottage Food Operation (Class B)',
  'Commercial kitchen',
  'Other',
] as const;
