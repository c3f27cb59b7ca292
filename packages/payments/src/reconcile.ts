import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { stripeEvents } from '@homechef/db';
import type Stripe from 'stripe';
import { silentLogger } from './errors.ts';
import { handleEvent, type HandlerDeps } from './webhooks.ts';

export interface ReconcileResult {
  /** Events Stripe listed since the watermark. */
  listed: number;
  applied: number;
  ignored: number;
  failed: number;
}

export interface Reconciler {
  /** Reads the watermark from the recorded events (call before webhooks are taken in). */
  prime(): Promise<void>;
  /** Lists the events since the last one seen and handles those not processed yet. */
  run(): Promise<ReconcileResult>;
}

/**
 * Catches up on webhooks that never arrived (the server was down, the endpoint misconfigured):
 * events are read from `GET /v1/events` since the newest one already recorded and go through
 * the same handler, so one delivered twice (webhook and here) still has one effect.
 *
 * The first run starts from the newest recorded event; run it before the webhook route takes
 * traffic, or a fresh delivery would move the watermark past the gap. Later runs start from
 * the newest event the previous run listed (`gte`: events of the same second are listed
 * again and skipped as processed).
 *
 * Real Stripe lists a connected account's own events on the platform only for Connect
 * webhooks' types (`account.updated` is one); the sandbox lists them all.
 */
export function createReconciler(deps: HandlerDeps): Reconciler {
  const logger = deps.logger ?? silentLogger;
  let watermark: number | null | undefined;

  async function recordedWatermark(): Promise<number | null> {
    const [row] = await deps.db
      .select({ created: sql<string | null>`max((${stripeEvents.payload}->>'created')::bigint)` })
      .from(stripeEvents);
    return row?.created == null ? null : Number(row.created);
  }

  return {
    async prime() {
      watermark = await recordedWatermark();
    },
    async run() {
      if (watermark === undefined) watermark = await recordedWatermark();
      const since = watermark;
      const events: Stripe.Event[] = [];
      for await (const event of deps.stripe.events.list({
        limit: 100,
        ...(since === null ? {} : { created: { gte: since } }),
      })) {
        events.push(event);
      }
      // Oldest first, as Stripe emitted them (the list is newest first).
      events.sort((a, b) => a.created - b.created);
      const processed = new Set<string>();
      for (let i = 0; i < events.length; i += 500) {
        const ids = events.slice(i, i + 500).map((e) => e.id);
        const rows = await deps.db
          .select({ id: stripeEvents.id })
          .from(stripeEvents)
          .where(and(inArray(stripeEvents.id, ids), isNotNull(stripeEvents.processedAt)));
        for (const row of rows) processed.add(row.id);
      }
      const result: ReconcileResult = { listed: events.length, applied: 0, ignored: 0, failed: 0 };
      let next = since;
      let blocked = false;
      for (const event of events) {
        if (!processed.has(event.id)) {
          try {
            const outcome = await handleEvent(deps, event);
            if (outcome === 'applied') result.applied += 1;
            if (outcome === 'ignored') result.ignored += 1;
          } catch {
            result.failed += 1;
            // The watermark stops before a failed event, so the next run tries it again.
            blocked = true;
          }
        }
        if (!blocked) next = Math.max(next ?? event.created, event.created);
      }
      watermark = next;
      if (result.applied || result.failed) {
        logger.info({ ...result }, 'stripe events reconciled');
      }
      return result;
    },
  };
}
