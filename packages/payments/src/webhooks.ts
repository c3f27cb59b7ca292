import { sql } from 'drizzle-orm';
import { stripeEvents, type Database } from '@homechef/db';
import Stripe from 'stripe';
import { syncAccount } from './accounts.ts';
import { silentLogger, type PaymentsLogger } from './errors.ts';

/** Stripe's recommended window: a signature older than this is refused (replay protection). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export class WebhookSignatureError extends Error {
  override name = 'WebhookSignatureError';
}

/**
 * Checks the `Stripe-Signature` header against the raw body (it must be the exact bytes Stripe
 * sent: a re-serialised JSON body would not match) and returns the event.
 */
export function verifyWebhook(
  stripe: Stripe,
  rawBody: string | Buffer,
  signature: string | undefined,
  secret: string,
  nowMs?: number,
): Stripe.Event {
  if (!signature) throw new WebhookSignatureError('No Stripe-Signature header');
  try {
    return stripe.webhooks.constructEvent(
      rawBody,
      signature,
      secret,
      SIGNATURE_TOLERANCE_SECONDS,
      undefined,
      nowMs,
    );
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
      throw new WebhookSignatureError(error.message);
    }
    throw error;
  }
}

export type EventOutcome = 'applied' | 'duplicate' | 'ignored';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Effects other packages add (the orders domain's checkout events), run like the built-in ones. */
export type EventEffects = Partial<
  Record<string, (tx: Transaction, event: Stripe.Event) => Promise<void>>
>;

export interface HandlerDeps {
  db: Database;
  stripe: Stripe;
  logger?: PaymentsLogger;
  effects?: EventEffects;
}

/** Each handled type's effect; it runs inside the transaction that records the event. */
const EFFECTS: Partial<
  Record<string, (tx: Transaction, stripe: Stripe, event: Stripe.Event) => Promise<void>>
> = {
  'account.updated': async (tx, stripe, event) => {
    const { id } = event.data.object as Stripe.Account;
    // Events arrive late, twice and out of order, so the payload is only a hint: the account's
    // current state is read from Stripe while holding a per-account lock, so the last writer
    // always writes what Stripe says now.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`stripe-account:${id}`}))`);
    await syncAccount(tx, await stripe.accounts.retrieve(id));
  },
};

export function handlesEventType(type: string, effects: EventEffects = {}): boolean {
  return type in EFFECTS || type in effects;
}

/**
 * Records the event by id and applies its effect in the same transaction: a duplicate (the
 * id was processed already) changes nothing, an unknown type is recorded and acknowledged.
 * A failed effect rolls back, leaves the error on an unprocessed row and rethrows, so Stripe's
 * redelivery (or the reconciliation) tries again.
 */
export async function handleEvent(deps: HandlerDeps, event: Stripe.Event): Promise<EventOutcome> {
  const { db, stripe } = deps;
  const logger = deps.logger ?? silentLogger;
  const builtIn = EFFECTS[event.type];
  const added = deps.effects?.[event.type];
  const effect = builtIn
    ? (tx: Transaction) => builtIn(tx, stripe, event)
    : added && ((tx: Transaction) => added(tx, event));
  try {
    const outcome = await db.transaction(async (tx) => {
      // A processed row makes the upsert a no-op that returns nothing; an unprocessed one (an
      // earlier attempt failed) is taken over. The row lock also makes a concurrent duplicate
      // wait for this transaction and then see it processed.
      const [claimed] = await tx
        .insert(stripeEvents)
        .values({
          id: event.id,
          type: event.type,
          payload: event,
          processedAt: sql`now()`,
        })
        .onConflictDoUpdate({
          target: stripeEvents.id,
          set: { processedAt: sql`now()`, error: null },
          setWhere: sql`${stripeEvents.processedAt} is null`,
        })
        .returning({ id: stripeEvents.id });
      if (!claimed) return 'duplicate' as const;
      if (!effect) return 'ignored' as const;
      await effect(tx);
      return 'applied' as const;
    });
    if (outcome === 'ignored') {
      logger.info({ eventId: event.id, type: event.type }, 'stripe event type not handled');
    }
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, payload: event, error: message })
      .onConflictDoUpdate({
        target: stripeEvents.id,
        set: { error: message },
        setWhere: sql`${stripeEvents.processedAt} is null`,
      })
      .catch(() => {});
    logger.error({ eventId: event.id, type: event.type, err: error }, 'stripe event failed');
    throw error;
  }
}
