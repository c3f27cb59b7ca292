import { describe, expect, it } from 'vitest';
import type { OwnKitchen } from '../kitchen/use-kitchen.ts';
import { applyInput, chosenTimezone, emptyForm, formFromKitchen, stepInput } from './form.ts';

const address = {
  line1: '1 Market St',
  line2: null,
  city: 'San Francisco',
  postalCode: '94105',
  country: 'US',
  lat: 37.79,
  lng: -122.39,
};

/** A kitchen as `chefs.me` returns it, with only the fields the mapping reads filled in. */
function kitchenWith(values: Partial<OwnKitchen>): OwnKitchen {
  return {
    businessName: 'Rosa’s Kitchen',
    bio: null,
    cuisines: [],
    phone: null,
    kitchen: null,
    deliveryRadiusM: 5000,
    leadTimeMinutes: 45,
    timezone: 'UTC',
    openingHours: [],
    permitType: null,
    permitNumber: null,
    permitExpiresOn: null,
    maxMealsPerDay: null,
    maxMealsPerWeek: null,
    ...values,
  } as OwnKitchen;
}

describe('the wizard’s time zone', () => {
  it('keeps the form’s zone after a reload before the kitchen step was saved', () => {
    // chefs.apply stored only the profile: the zone is the database placeholder.
    const form = formFromKitchen(kitchenWith({ kitchen: null, timezone: 'UTC' }));
    expect(form.timezone).toBe(emptyForm().timezone);
    expect(form.timezone).not.toBe('UTC');
    expect(stepInput('kitchen', form)).toMatchObject({ timezone: emptyForm().timezone });
  });

  it('shows the saved zone after a reload of the kitchen step', () => {
    const form = formFromKitchen(kitchenWith({ kitchen: address, timezone: 'Asia/Tokyo' }));
    expect(form.timezone).toBe('Asia/Tokyo');
    expect(stepInput('kitchen', form)).toMatchObject({ timezone: 'Asia/Tokyo' });
  });

  it('respects UTC when the chef chose it with the address', () => {
    expect(chosenTimezone({ kitchen: address, timezone: 'UTC' })).toBe('UTC');
  });

  it('a reload does not change what the hours step would save', () => {
    const kitchen = kitchenWith({
      kitchen: address,
      timezone: 'Europe/Paris',
      openingHours: [{ weekday: 2, opensAt: '11:00', closesAt: '14:00' }],
    });
    const form = formFromKitchen(kitchen);
    expect(stepInput('hours', form)).toEqual({
      openingHours: [{ weekday: 2, opensAt: '11:00', closesAt: '14:00' }],
    });
    expect(stepInput('kitchen', form)).toMatchObject({ timezone: 'Europe/Paris' });
  });

  it('the first save sends the zone the form shows', () => {
    const form = { ...emptyForm(), businessName: 'Rosa’s Kitchen', timezone: 'America/Chicago' };
    expect(applyInput(form)).toMatchObject({
      businessName: 'Rosa’s Kitchen',
      timezone: 'America/Chicago',
    });
  });
});
