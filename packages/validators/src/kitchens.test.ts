import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ApplyChefInput,
  OpeningHours,
  SearchChefsInput,
  TimeZone,
  UpdateChefInput,
} from './chefs.ts';
import { AddItemInput, OptionGroupInput, PriceCents } from './menus.ts';

const messages = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? result.error.issues.map((i) => i.message) : [];

describe('TimeZone', () => {
  it('accepts IANA names and stores the canonical spelling', () => {
    expect(TimeZone.parse('America/Los_Angeles')).toBe('America/Los_Angeles');
    expect(TimeZone.parse('asia/tokyo')).toBe('Asia/Tokyo');
    expect(TimeZone.parse('UTC')).toBe('UTC');
  });

  it('refuses unknown names and offsets (PostgreSQL reads offsets with the opposite sign)', () => {
    expect(TimeZone.safeParse('Mars/Olympus_Mons').success).toBe(false);
    expect(TimeZone.safeParse('+01:00').success).toBe(false);
    expect(messages(TimeZone.safeParse('Nowhere'))).toEqual([
      'Unknown time zone: use an IANA name such as America/Los_Angeles',
    ]);
  });
});

describe('OpeningHours', () => {
  it('accepts windows past midnight', () => {
    expect(
      OpeningHours.safeParse([{ weekday: 5, opensAt: '18:00', closesAt: '01:00' }]).success,
    ).toBe(true);
  });

  it('refuses overlapping windows, including one running into the next day', () => {
    expect(
      OpeningHours.safeParse([
        { weekday: 1, opensAt: '11:00', closesAt: '14:00' },
        { weekday: 1, opensAt: '13:00', closesAt: '20:00' },
      ]).success,
    ).toBe(false);
    expect(
      OpeningHours.safeParse([
        { weekday: 6, opensAt: '20:00', closesAt: '02:00' },
        { weekday: 0, opensAt: '01:00', closesAt: '05:00' },
      ]).success,
    ).toBe(false);
  });

  it('refuses equal opening and closing times and bad times', () => {
    expect(
      OpeningHours.safeParse([{ weekday: 1, opensAt: '10:00', closesAt: '10:00' }]).success,
    ).toBe(false);
    expect(
      OpeningHours.safeParse([{ weekday: 7, opensAt: '10:00', closesAt: '11:00' }]).success,
    ).toBe(false);
    expect(
      OpeningHours.safeParse([{ weekday: 1, opensAt: '24:00', closesAt: '11:00' }]).success,
    ).toBe(false);
  });
});

describe('chef profile', () => {
  it('caps the delivery radius at 50 km and checks coordinates', () => {
    expect(messages(UpdateChefInput.safeParse({ deliveryRadiusM: 10_000_000 }))).toEqual([
      'The delivery radius must be at most 50 km',
    ]);
    expect(
      messages(
        UpdateChefInput.safeParse({
          kitchen: { line1: '1 Main St', city: 'Oakland', postalCode: '94612', lat: 123, lng: 500 },
        }),
      ),
    ).toEqual(['Latitude must be between -90 and 90', 'Longitude must be between -180 and 180']);
  });

  it('needs only a name to apply, and meals per day within meals per week', () => {
    expect(ApplyChefInput.safeParse({ businessName: 'Nonna’s' }).success).toBe(true);
    expect(ApplyChefInput.safeParse({}).success).toBe(false);
    expect(
      messages(
        ApplyChefInput.safeParse({ businessName: 'X', maxMealsPerDay: 30, maxMealsPerWeek: 20 }),
      ),
    ).toEqual(['Meals per day cannot exceed meals per week']);
  });

  it('normalises cuisines', () => {
    expect(
      UpdateChefInput.parse({ cuisines: ['Soul food', 'soul_food', 'Thai'] }).cuisines,
    ).toEqual(['soul_food', 'thai']);
  });
});

describe('menu items', () => {
  it('refuses a negative or absurd price', () => {
    expect(messages(PriceCents.safeParse(-1))).toEqual(['A price cannot be negative']);
    expect(PriceCents.safeParse(100_001).success).toBe(false);
    expect(PriceCents.safeParse(12.5).success).toBe(false);
  });

  it('accepts only the known dietary tags and the 14 allergens', () => {
    const base = { menuId: crypto.randomUUID(), name: 'Soup', priceCents: 500 };
    expect(
      AddItemInput.safeParse({ ...base, dietaryTags: ['vegan'], allergens: ['celery'] }).success,
    ).toBe(true);
    expect(AddItemInput.safeParse({ ...base, dietaryTags: ['carnivore'] }).success).toBe(false);
    expect(AddItemInput.safeParse({ ...base, allergens: ['gluten'] }).success).toBe(false);
  });
});

describe('OptionGroupInput', () => {
  const options = [{ name: 'Mild' }, { name: 'Hot' }];

  it('accepts min ≤ max ≤ number of options', () => {
    expect(
      OptionGroupInput.safeParse({ name: 'Spice', minChoices: 1, maxChoices: 2, options }).success,
    ).toBe(true);
  });

  it('refuses min > max', () => {
    expect(
      messages(
        OptionGroupInput.safeParse({ name: 'Spice', minChoices: 2, maxChoices: 1, options }),
      ),
    ).toEqual(['“Spice”: minimum choices (2) cannot exceed maximum choices (1)']);
  });

  it('refuses max > number of options', () => {
    expect(
      messages(
        OptionGroupInput.safeParse({ name: 'Spice', minChoices: 0, maxChoices: 3, options }),
      ),
    ).toEqual(['“Spice”: maximum choices (3) cannot exceed the number of options (2)']);
  });

  it('refuses negative price deltas and duplicate option names', () => {
    expect(
      OptionGroupInput.safeParse({
        name: 'Size',
        options: [{ name: 'Small', priceDeltaCents: -100 }],
      }).success,
    ).toBe(false);
    expect(
      OptionGroupInput.safeParse({ name: 'Size', options: [{ name: 'A' }, { name: 'a' }] }).success,
    ).toBe(false);
  });
});

describe('SearchChefsInput', () => {
  it('needs coordinates in range and a page of at most 50', () => {
    expect(SearchChefsInput.safeParse({ lat: 91, lng: 0 }).success).toBe(false);
    expect(SearchChefsInput.safeParse({ lat: 0, lng: 0, limit: 51 }).success).toBe(false);
    expect(SearchChefsInput.parse({ lat: 0, lng: 0, dietary: 'vegan' }).dietary).toEqual(['vegan']);
  });
});
