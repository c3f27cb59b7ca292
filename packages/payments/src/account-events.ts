import { sql, type SQL } from 'drizzle-orm';
import { stripeEvents, type Database } from '@homechef/db';
import type Stripe from 'stripe';
import { accountWrites, firstRow, readStamp } from './accounts.ts';

/** The event row, claimed unless it was processed already (then the insert returns nothing). */
export function claimEvent(db: Pick<Database, 'insert'>, event: Stripe.Event) {
  // A processed row makes the upsert a no-op that returns nothing; an unprocessed one (an
  // earlier attempt failed) is taken over. The row lock also makes a concurrent duplicate
  // wait for the claiming transaction and then see it processed.
  return db
    .insert(stripeEvents)
    .values({ id: event.id, type: event.type, payload: event, processedAt: sql`now()` })
    .onConflictDoUpdate({
      target: stripeEvents.id,
      set: { processedAt: sql`now()`, error: null },
      setWhere: sql`${stripeEvents.processedAt} is null`,
    })
    .returning({ id: stripeEvents.id });
}

/** `claimEvent` as plain SQL, to open a statement that applies the effect in the same breath. */
function claimEventSql(event: Stripe.Event): SQL {
  return sql`insert into stripe_events (id, type, payload, processed_at)
    values (${event.id}, ${event.type}, ${JSON.stringify(event)}::jsonb, now())
    on conflict (id) do update set processed_at = now(), error = null
    where stripe_events.processed_at is null
    returning id`;
}

/**
 * `account.updated` and kin. Events arrive late, twice and out of order, so the payload is only
 * a hint: the account's current state is read from Stripe. The read happens before any
 * transaction (no connection or lock is held while Stripe answers), stamped with the
 * database's clock when it starts; then one statement records the event and writes the state
 * unless a read that started later was written first. The last read to start saw Stripe's
 * newest state, so it is what stays, whatever order the writes land in.
 */
export async function applyAccountEvent(
  db: Database,
  stripe: Stripe,
  event: Stripe.Event,
): Promise<'applied' | 'duplicate'> {
  const { id } = event.data.object as Stripe.Account;
  const { readAt, processed } = await readStamp(db, event.id);
  if (processed) return 'duplicate';
  const read = { account: await stripe.accounts.retrieve(id), readAt };
  const claimed = firstRow<{ id: string }>(
    await db.execute(
      sql`with claimed as (${claimEventSql(event)}), ${accountWrites(read, sql`exists (select 1 from claimed)`)} select id from claimed`,
    ),
  );
  return claimed ? 'applied' : 'duplicate';
}
