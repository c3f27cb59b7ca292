import { sql } from 'drizzle-orm';
import { stripeEvents, type Database } from '@homechef/db';
import Stripe from 'stripe';
import { applyAccountEvent, claimEvent } from './account-events.ts';
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

/**
 * Effects other packages add (the orders domain's checkout events); each runs inside the
 * transaction that records its event.
 */
export type EventEffects = Partial<
  Record<string, (tx: Transaction, event: Stripe.Event) => Promise<void>>
>;

export interface HandlerDeps {
  db: Database;
  stripe: Stripe;
  logger?: PaymentsLogger;
  effects?: EventEffects;
}

/** Types whose effect reads Stripe first and then writes in one statement (account-events.ts). */
const ACCOUNT_EVENTS = new Set(['account.updated']);

export function handlesEventType(type: string, effects: EventEffects = {}): boolean {
  return ACCOUNT_EVENTS.has(type) || type in effects;
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
  const effect = deps.effects?.[event.type];
  try {
    const outcome = ACCOUNT_EVENTS.has(event.type)
      ? await applyAccountEvent(db, stripe, event)
      : await db.transaction(async (tx) => {
          const [claimed] = await claimEvent(tx, event);
          if (!claimed) return 'duplicate' as const;
          if (!effect) return 'ignored' as const;
          await effect(tx, event);
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
