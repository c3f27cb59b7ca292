import {
  AddressInput,
  ChangePasswordInput,
  formErrors,
  UpdateProfileInput,
} from '@homechef/validators';

/** Field → its first message, as the account forms show them inline. */
export type FieldErrors = Partial<Record<string, string>>;

/** What the profile form holds: the text as typed. */
export interface ProfileDraft {
  name: string;
  phone: string;
}

/** An empty phone field removes the number. */
export function profileInput(draft: ProfileDraft) {
  return { name: draft.name, phone: draft.phone.trim() === '' ? null : draft.phone };
}

export function validateProfile(draft: ProfileDraft): FieldErrors {
  const result = UpdateProfileInput.safeParse(profileInput(draft));
  return result.success ? {} : formErrors(result.error);
}

export interface PasswordDraft {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function validatePassword(draft: PasswordDraft): FieldErrors {
  const result = ChangePasswordInput.safeParse(draft);
  const errors: FieldErrors = result.success ? {} : formErrors(result.error);
  if (!errors.newPassword && draft.newPassword === draft.currentPassword && draft.newPassword) {
    errors.newPassword = 'Choose a password different from your current one';
  }
  if (!errors.newPassword && draft.confirmPassword !== draft.newPassword) {
    errors.confirmPassword = 'The two new passwords do not match';
  }
  return errors;
}

/** The address form as typed: coordinates stay strings until sent. */
export interface AddressDraft {
  label: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  lat: string;
  lng: string;
  instructions: string;
  isDefault: boolean;
}

export function emptyAddress(): AddressDraft {
  return {
    label: '',
    line1: '',
    line2: '',
    city: '',
    postalCode: '',
    country: 'US',
    lat: '',
    lng: '',
    instructions: '',
    isDefault: false,
  };
}

/** A typed coordinate; empty or not a number gives NaN, which the schema names. */
const coordinate = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.trim()));
const orNull = (value: string) => (value.trim() === '' ? null : value);

export function addressInput(draft: AddressDraft): AddressInput {
  return {
    label: orNull(draft.label),
    line1: draft.line1,
    line2: orNull(draft.line2),
    city: draft.city,
    postalCode: draft.postalCode,
    country: draft.country,
    lat: coordinate(draft.lat),
    lng: coordinate(draft.lng),
    instructions: orNull(draft.instructions),
    isDefault: draft.isDefault,
  };
}

export function validateAddress(draft: AddressDraft): FieldErrors {
  const result = AddressInput.safeParse(addressInput(draft));
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(formErrors(result.error))) {
    errors[field] = /NaN|expected number/.test(message) ? 'Enter a number' : message;
  }
  return errors;
}
