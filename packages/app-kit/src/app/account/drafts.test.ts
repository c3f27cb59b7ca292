import { describe, expect, it } from 'vitest';
import {
  addressInput,
  emptyAddress,
  profileInput,
  validateAddress,
  validatePassword,
  validateProfile,
} from './drafts.ts';

describe('account forms', () => {
  it('profile: an empty phone removes it; the schema’s messages sit under the fields', () => {
    expect(profileInput({ name: 'Ada', phone: '  ' })).toEqual({ name: 'Ada', phone: null });
    expect(validateProfile({ name: 'Ada', phone: '' })).toEqual({});
    expect(validateProfile({ name: ' ', phone: 'call me' })).toEqual({
      name: 'Enter your name',
      phone: 'Enter a valid phone number',
    });
  });

  it('password: new one long enough, different and repeated', () => {
    const ok = { currentPassword: 'old secret', newPassword: 'new secret', confirmPassword: '' };
    expect(validatePassword({ ...ok, confirmPassword: 'new secret' })).toEqual({});
    expect(validatePassword(ok)).toEqual({
      confirmPassword: 'The two new passwords do not match',
    });
    expect(
      validatePassword({ currentPassword: '', newPassword: 'short', confirmPassword: 'short' }),
    ).toEqual({
      currentPassword: 'Enter your current password',
      newPassword: 'Use at least 8 characters',
    });
    expect(
      validatePassword({ ...ok, newPassword: 'old secret', confirmPassword: 'old secret' }),
    ).toEqual({ newPassword: 'Choose a password different from your current one' });
  });

  it('address: typed coordinates become numbers, blanks become null', () => {
    const draft = {
      ...emptyAddress(),
      label: 'Home',
      line1: '1 Lake St',
      city: 'Oakland',
      postalCode: '94612',
      lat: '37.8044',
      lng: ' -122.2712 ',
    };
    expect(addressInput(draft)).toEqual({
      label: 'Home',
      line1: '1 Lake St',
      line2: null,
      city: 'Oakland',
      postalCode: '94612',
      country: 'US',
      lat: 37.8044,
      lng: -122.2712,
      instructions: null,
      isDefault: false,
    });
    expect(validateAddress(draft)).toEqual({});
  });

  it('address: what is missing or wrong is named per field', () => {
    const errors = validateAddress({ ...emptyAddress(), country: 'USA', lat: 'north', lng: '200' });
    expect(errors).toMatchObject({
      line1: 'Enter the street address',
      city: 'Enter the city',
      postalCode: 'Enter the postal code',
      country: 'Use a two-letter country code',
      lat: 'Enter a number',
    });
    expect(errors.lng).toBeDefined();
    expect(errors.lng).not.toBe('Enter a number');
  });
});
