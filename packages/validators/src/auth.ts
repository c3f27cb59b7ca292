import { z } from 'zod';
import { Base64UrlToken, MultiLineText, PasswordText, SingleLineText } from './common.ts';
import { USER_ROLES } from './constants.ts';

export const Email = SingleLineText({ error: 'Enter your email' })
  .toLowerCase()
  .max(254, 'That email is too long')
  .pipe(z.email({ error: 'Enter a valid email address' }));

/** 8–128 characters; measured in characters, as people count them. */
export const Password = PasswordText({ error: 'Enter a password' })
  .min(8, 'Use at least 8 characters')
  .max(128, 'Use at most 128 characters');

export const PersonName = SingleLineText({ error: 'Enter your name' })
  .min(1, 'Enter your name')
  .max(100, 'Use at most 100 characters');

export const SelfServiceRole = z.enum(['customer', 'chef', 'driver'], {
  error: 'Choose customer, chef or driver',
});

export const RegisterInput = z.object({
  email: Email,
  password: Password,
  name: PersonName,
  role: SelfServiceRole,
});
export type RegisterInput = z.input<typeof RegisterInput>;

export const LoginInput = z.object({
  email: Email,
  // Not the registration rules: a wrong password of any length is just a wrong password.
  password: PasswordText({ error: 'Enter your password' }).min(1, 'Enter your password').max(1024),
});
export type LoginInput = z.input<typeof LoginInput>;

export const RefreshInput = z.object({ refreshToken: Base64UrlToken.min(20).max(200) });
export const LogoutInput = RefreshInput;

export const ChangePasswordInput = z.object({
  currentPassword: PasswordText().min(1, 'Enter your current password').max(1024),
  newPassword: Password,
});

export const UpdateProfileInput = z
  .object({
    name: PersonName.optional(),
    phone: SingleLineText()
      .regex(/^\+?[0-9 ()-]{7,20}$/, 'Enter a valid phone number')
      .nullable()
      .optional(),
  })
  .refine((v) => v.name !== undefined || v.phone !== undefined, 'Nothing to update');

/**
 * Coordinates are kept to 1e-7 degree (about 1 cm): finer values such as 5e-324 only make the
 * database's trigonometry underflow, and no address needs them.
 */
const toCentimetres = (degrees: number) => Math.round(degrees * 1e7) / 1e7;

export const Latitude = z
  .number()
  .min(-90, 'Latitude must be between -90 and 90')
  .max(90, 'Latitude must be between -90 and 90')
  .transform(toCentimetres);
export const Longitude = z
  .number()
  .min(-180, 'Longitude must be between -180 and 180')
  .max(180, 'Longitude must be between -180 and 180')
  .transform(toCentimetres);

/** A street address with the coordinates that delivery needs. */
export const PostalAddress = z.object({
  line1: SingleLineText().min(1, 'Enter the street address').max(200),
  line2: SingleLineText().max(200).nullish(),
  city: SingleLineText().min(1, 'Enter the city').max(100),
  postalCode: SingleLineText().min(1, 'Enter the postal code').max(20),
  country: SingleLineText()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code')
    .default('US'),
  lat: Latitude,
  lng: Longitude,
});

/** A customer's saved delivery address. */
export const AddressInput = PostalAddress.extend({
  label: SingleLineText().max(40).nullish(),
  instructions: MultiLineText().max(500).nullish(),
  isDefault: z.boolean().default(false),
});
export type AddressInput = z.input<typeof AddressInput>;

export const PublicUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: z.enum(USER_ROLES),
  createdAt: z.date(),
});
export type PublicUser = z.infer<typeof PublicUser>;

export const TokenPair = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  /** When the access token expires (the client refreshes before then). */
  accessTokenExpiresAt: z.date(),
});

export const SessionOutput = TokenPair.extend({ user: PublicUser });

export const AddressOutput = z.object({
  id: z.uuid(),
  label: z.string().nullable(),
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  postalCode: z.string(),
  country: z.string(),
  lat: z.number(),
  lng: z.number(),
  instructions: z.string().nullable(),
  isDefault: z.boolean(),
});
