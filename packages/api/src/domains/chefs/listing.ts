/**
 * The one rule for which kitchens customers may see. Each condition is written once, as SQL
 * for the queries (search, a kitchen's page) and, beside it, in words for the chef and the
 * admin who need to know why a kitchen is hidden.
 */
import { sql, type SQL } from 'drizzle-orm';
import { chefs, users, type Chef, type UserStatus } from '@homechef/db';
import { localDate } from './opening-hours.ts';

/** The kitchen columns the rule reads, as SQL: the table's own, or those of a CTE row. */
export interface KitchenColumns {
  verificationStatus: SQL;
  isPaused: SQL;
  stripeChargesEnabled: SQL;
  lat: SQL;
  lng: SQL;
  permitExpiresOn: SQL;
  timezone: SQL;
  userId: SQL;
}

export const chefColumns: KitchenColumns = {
  verificationStatus: sql`${chefs.verificationStatus}`,
  isPaused: sql`${chefs.isPaused}`,
  stripeChargesEnabled: sql`${chefs.stripeChargesEnabled}`,
  lat: sql`${chefs.lat}`,
  lng: sql`${chefs.lng}`,
  permitExpiresOn: sql`${chefs.permitExpiresOn}`,
  timezone: sql`${chefs.timezone}`,
  userId: sql`${chefs.userId}`,
};

/** The columns of a CTE row `alias` that carries the chefs columns under their own names. */
export function aliasColumns(alias: string): KitchenColumns {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return {
    verificationStatus: column('verification_status'),
    isPaused: column('is_paused'),
    stripeChargesEnabled: column('stripe_charges_enabled'),
    lat: column('lat'),
    lng: column('lng'),
    permitExpiresOn: column('permit_expires_on'),
    timezone: column('timezone'),
    userId: column('user_id'),
  };
}

export type ListingFields = Pick<
  Chef,
  | 'verificationStatus'
  | 'isPaused'
  | 'stripeChargesEnabled'
  | 'permitExpiresOn'
  | 'timezone'
  | 'lat'
  | 'lng'
>;

/**
 * `row` conditions read only the kitchen's own columns (cheap, checked first); `probe`
 * conditions need the clock in the chef's zone or another table.
 */
type Stage = 'row' | 'probe';

interface ListingCondition {
  stage: Stage;
  sql(columns: KitchenColumns, now: Date): SQL;
  /** Why a kitchen fails this condition, or null when it meets it. */
  blocker(chef: ListingFields, ownerStatus: UserStatus, now: Date): string | null;
}

const VERIFICATION_BLOCKERS: Record<Chef['verificationStatus'], string | null> = {
  draft: 'Complete and submit your application',
  submitted: 'Waiting for an admin to review the application',
  rejected: 'The application was rejected: fix it and submit again',
  suspended: 'The kitchen is suspended',
  approved: null,
};

const CONDITIONS: readonly ListingCondition[] = [
  {
    stage: 'row',
    sql: (c) => sql`${c.verificationStatus} = 'approved'`,
    blocker: (chef) => VERIFICATION_BLOCKERS[chef.verificationStatus],
  },
  {
    stage: 'probe',
    // `offset 0` keeps PostgreSQL probing the few candidate kitchens through users' primary
    // key instead of turning this into a semi-join over every user.
    sql: (c) =>
      sql`exists (select 1 from ${users} u where u.id = ${c.userId} and u.status = 'active' offset 0)`,
    blocker: (_chef, ownerStatus) =>
      ownerStatus === 'active' ? null : 'The owner’s account is suspended',
  },
  {
    stage: 'row',
    sql: (c) => sql`not ${c.isPaused}`,
    blocker: (chef) => (chef.isPaused ? 'Paused: resume to take orders' : null),
  },
  {
    stage: 'row',
    sql: (c) => sql`${c.stripeChargesEnabled}`,
    blocker: (chef) => (chef.stripeChargesEnabled ? null : 'Set up Stripe so customers can pay'),
  },
  {
    stage: 'probe',
    sql: (c, now) =>
      sql`${c.permitExpiresOn} >= (${now.toISOString()}::timestamptz at time zone ${c.timezone})::date`,
    blocker: (chef, _owner, now) => {
      if (!chef.permitExpiresOn) return 'Add the permit’s expiry date';
      if (chef.permitExpiresOn < localDate(now, chef.timezone)) {
        return `The permit expired on ${chef.permitExpiresOn}: renew it and update the date`;
      }
      return null;
    },
  },
  {
    stage: 'row',
    sql: (c) => sql`${c.lat} is not null and ${c.lng} is not null`,
    blocker: (chef) =>
      chef.lat === null || chef.lng === null ? 'Add the kitchen’s address and location' : null,
  },
];

/** Listed to customers, as SQL; `stage` picks one half for a query that checks in two steps. */
export function listedCondition(
  columns: KitchenColumns = chefColumns,
  now = new Date(),
  stage?: Stage,
): SQL {
  const parts = CONDITIONS.filter((c) => !stage || c.stage === stage).map(
    (c) => sql`(${c.sql(columns, now)})`,
  );
  return sql.join(parts, sql` and `);
}

/** Why customers cannot see a kitchen, in words (empty: listed). */
export function listingBlockers(chef: ListingFields, ownerStatus: UserStatus, now: Date): string[] {
  return CONDITIONS.map((c) => c.blocker(chef, ownerStatus, now)).filter(
    (b): b is string => b !== null,
  );
}
