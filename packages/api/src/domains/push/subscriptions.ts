/** A user's Web Push subscriptions: one per browser that allowed notifications. */
import { TRPCError } from '@trpc/server';
import { and, desc, eq, notInArray } from 'drizzle-orm';
import { pushSubscriptions, type Database } from '@homechef/db';
import type { PushSubscribeInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, PushSettings } from '../../context.ts';

/** Browsers per user kept; subscribing on one more drops the oldest. */
export const MAX_SUBSCRIPTIONS_PER_USER = 10;

type Subscribe = z.output<typeof PushSubscribeInput>;

function checkEndpoint(settings: PushSettings, endpoint: string) {
  if (new URL(endpoint).protocol !== 'https:' && !settings.allowInsecureEndpoints) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'A push endpoint must be an https URL' });
  }
}

/**
 * Saves the browser's subscription for `actor`. The endpoint is a secret only that browser
 * holds, so the same endpoint from another user means the browser changed hands (a sign-out
 * and another sign-in): it moves to the caller with its new keys.
 */
export async function subscribe(
  db: Database,
  settings: PushSettings,
  actor: Actor,
  input: Subscribe,
): Promise<void> {
  checkEndpoint(settings, input.endpoint);
  await db.transaction(async (tx) => {
    await tx
      .insert(pushSubscriptions)
      .values({
        userId: actor.userId,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
      })
      .onConflictDoUpdate({
        target: pushSubscriptions.endpoint,
        set: {
          userId: actor.userId,
          p256dh: input.keys.p256dh,
          auth: input.keys.auth,
          lastFailureAt: null,
          lastFailure: null,
        },
      });
    const newest = await tx
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, actor.userId))
      .orderBy(desc(pushSubscriptions.createdAt), desc(pushSubscriptions.id))
      .limit(MAX_SUBSCRIPTIONS_PER_USER + 1);
    if (newest.length <= MAX_SUBSCRIPTIONS_PER_USER) return;
    const keep = newest.slice(0, MAX_SUBSCRIPTIONS_PER_USER).map((r) => r.id);
    await tx
      .delete(pushSubscriptions)
      .where(
        and(eq(pushSubscriptions.userId, actor.userId), notInArray(pushSubscriptions.id, keep)),
      );
  });
}

/** Forgets the caller's subscription; someone else's endpoint is NOT_FOUND, as a missing one. */
export async function unsubscribe(db: Database, actor: Actor, endpoint: string): Promise<void> {
  const removed = await db
    .delete(pushSubscriptions)
    .where(
      and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, actor.userId)),
    )
    .returning({ id: pushSubscriptions.id });
  if (removed.length === 0) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No such push subscription' });
  }
}
