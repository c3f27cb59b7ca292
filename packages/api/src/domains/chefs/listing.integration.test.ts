/**
 * The listing rule is written once per condition, in SQL and in words side by side: for every
 * way a kitchen can be hidden, the SQL and the words must agree.
 */
import { inArray, sql } from 'drizzle-orm';
import { chefs, users } from '@homechef/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/fixtures.ts';
import { createKitchen, type KitchenOptions } from '../../../test/kitchens.ts';
import { listedCondition, listingBlockers } from './listing.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

const CASES: Record<string, KitchenOptions> = {
  listed: {},
  draft: { verificationStatus: 'draft' },
  submitted: { verificationStatus: 'submitted' },
  rejected: { verificationStatus: 'rejected', rejectionReason: 'Blurry' },
  suspended: { verificationStatus: 'suspended' },
  'owner suspended': { userStatus: 'suspended' },
  paused: { isPaused: true },
  'no Stripe charges': { stripeChargesEnabled: false },
  'no permit date': { permitExpiresOn: null },
  'permit expired': { permitExpiresOn: '2020-01-01' },
  // Only a draft may lack a location (a CHECK holds the rest to it).
  'draft without location': { verificationStatus: 'draft', lat: null, lng: null },
};

describe('the listing rule', () => {
  it('says in words exactly what its SQL decides, for every way to be hidden', async () => {
    const now = new Date();
    const made = new Map<string, string>();
    for (const [name, options] of Object.entries(CASES)) {
      made.set((await createKitchen(env.services, options)).chef.id, name);
    }
    const rows = await env.services.db
      .select({
        chef: chefs,
        ownerStatus: users.status,
        listed: sql<boolean>`coalesce(${listedCondition(undefined, now)}, false)`,
      })
      .from(chefs)
      .innerJoin(users, sql`${users.id} = ${chefs.userId}`)
      .where(inArray(chefs.id, [...made.keys()]));
    expect(rows).toHaveLength(made.size);
    for (const row of rows) {
      const blockers = listingBlockers(row.chef, row.ownerStatus, now);
      const name = made.get(row.chef.id);
      expect({ name, listed: row.listed }).toEqual({ name, listed: blockers.length === 0 });
      expect(blockers.length).toBe({ listed: 0, 'draft without location': 2 }[name ?? ''] ?? 1);
    }
  });
});
