import { TRPCError } from '@trpc/server';
import { addresses, chefs, seedDemo } from '@homechef/db';
import { GeocoderUnavailableError, type Geocoder } from '@homechef/geo';
import { hashPassword } from '@homechef/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import { DEFAULT_RATE_LIMITS } from '../../shared/rate-limits.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('geo.autocomplete and geo.reverse (built-in geocoder)', () => {
  it('suggests demo-city addresses to anyone, nearest first', async () => {
    const found = await callerFor(env.services, null).geo.autocomplete({
      query: '4100 Telegraph',
      near: { lat: 37.8338, lng: -122.2637 },
    });
    expect(found[0]).toMatchObject({
      label: '4100 Telegraph Ave, Temescal, Oakland 94609',
      line1: '4100 Telegraph Ave',
      city: 'Oakland',
      postalCode: '94609',
      country: 'US',
    });
    const limited = await callerFor(env.services, null).geo.autocomplete({
      query: 'park',
      limit: 1,
    });
    expect(limited).toHaveLength(1);
  });

  it('names the address at a position, null far away', async () => {
    const [house] = await callerFor(env.services, null).geo.autocomplete({
      query: '4401 telegraph',
    });
    const caller = callerFor(env.services, null);
    expect(await caller.geo.reverse({ lat: house!.lat, lng: house!.lng })).toMatchObject({
      line1: '4401 Telegraph Ave',
    });
    expect(await caller.geo.reverse({ lat: -33.86, lng: 151.21 })).toBeNull();
  });

  it('refuses bad input with BAD_REQUEST', async () => {
    const caller = callerFor(env.services, null);
    for (const input of [
      { query: 'x'.repeat(201) },
      { query: 'a\u0000b' },
      { query: 'park', limit: 11 },
      { query: 'park', near: { lat: 91, lng: 0 } },
    ]) {
      expect(await errorOf(caller.geo.autocomplete(input))).toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(await errorOf(caller.geo.reverse({ lat: 0, lng: 181 }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('finds every seeded home where the seed put it', async () => {
    const seeded = await createTestEnv();
    try {
      await seedDemo(seeded.services.db, { hashPassword });
      const homes = [
        ...(await seeded.services.db.select().from(addresses)).map((a) => ({ ...a })),
        ...(await seeded.services.db.select().from(chefs)).map((c) => ({
          line1: c.kitchenLine1!,
          city: c.kitchenCity!,
          postalCode: c.kitchenPostalCode!,
          lat: c.lat!,
          lng: c.lng!,
        })),
      ];
      expect(homes.length).toBeGreaterThan(50);
      for (const home of homes) {
        const [found] = await seeded.services.geocoder.autocomplete(
          `${home.line1}, ${home.city} ${home.postalCode}`,
          { limit: 1 },
        );
        expect({ home: home.line1, found }).toMatchObject({
          found: {
            line1: home.line1,
            city: home.city,
            postalCode: home.postalCode,
            lat: home.lat,
            lng: home.lng,
          },
        });
      }
    } finally {
      await seeded.close();
    }
  });
});

describe('address lookups are rate-limited per caller', () => {
  it('refuses a caller past the budget with TOO_MANY_REQUESTS, others go on', async () => {
    const strict = await createTestEnv({
      limits: { ...DEFAULT_RATE_LIMITS, geocodesPerClient: { points: 3, windowSeconds: 60 } },
    });
    try {
      const anonymous = callerFor(strict.services, null, { ip: '198.51.100.1' });
      for (let i = 0; i < 3; i++) await anonymous.geo.autocomplete({ query: 'tele' });
      const refused = await errorOf(anonymous.geo.reverse({ lat: 37.83, lng: -122.26 }));
      expect(refused).toBeInstanceOf(TRPCError);
      expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      // Another address, and a signed-in user (counted by account), still have theirs.
      await callerFor(strict.services, null, { ip: '198.51.100.2' }).geo.autocomplete({
        query: 'tele',
      });
      const user = await createUser(strict.services);
      await callerFor(strict.services, user.actor, { ip: '198.51.100.1' }).geo.autocomplete({
        query: 'tele',
      });
    } finally {
      await strict.close();
    }
  });
});

describe('a geocoding service that is down', () => {
  it('is SERVICE_UNAVAILABLE with a sentence for the form, never a 500', async () => {
    const down: Geocoder = {
      kind: 'photon',
      autocomplete: () => Promise.reject(new GeocoderUnavailableError('answered HTTP 502')),
      reverse: () => Promise.reject(new GeocoderUnavailableError('did not answer')),
    };
    const broken = await createTestEnv({ geocoder: down });
    try {
      const caller = callerFor(broken.services, null);
      for (const call of [
        caller.geo.autocomplete({ query: 'tele' }),
        caller.geo.reverse({ lat: 1, lng: 2 }),
      ]) {
        expect(await errorOf(call)).toMatchObject({
          code: 'SERVICE_UNAVAILABLE',
          message: 'Address search is not available right now. Try again in a moment.',
        });
      }
    } finally {
      await broken.close();
    }
  });
});
