import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, requiredRef, timestamptz, uuidId } from './columns.ts';
import { users } from './users.ts';

/**
 * Web Push subscriptions: one row per browser (push service endpoint) a signed-in user allowed
 * notifications on. The endpoint is unique: a browser re-subscribing as someone else moves it.
 * A push service answering 404/410 means the browser dropped it, and the row is deleted.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuidId(),
    userId: requiredRef('user_id', () => users.id, 'cascade'),
    endpoint: text('endpoint').notNull(),
    /** The browser's P-256 public key and auth secret (base64url), for the payload encryption. */
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: createdAt(),
    lastSuccessAt: timestamptz('last_success_at'),
    lastFailureAt: timestamptz('last_failure_at'),
    /** The push service's answer to the last failed send (status and a short text). */
    lastFailure: text('last_failure'),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint),
    index('push_subscriptions_user_id_idx').on(t.userId),
  ],
);

export type PushSubscription = typeof pushSubscriptions.$inferSelect;
