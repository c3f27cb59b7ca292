import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, serialId, timestamptz } from './columns.ts';

/**
 * Transactional outbox: domain code inserts the event in the same transaction as the change;
 * the relay publishes unpublished rows to the bus. The identity id is the event id that
 * resumable subscriptions (`tracked()`) send and resume from, per topic (e.g. `order:<uuid>`).
 *
 * Ids are allocated at insert, not at commit, so a concurrent transaction can commit a
 * lower id after a higher one is visible; readers resuming "after id N" must account for that
 * (e.g. the relay publishes in id order only past the oldest in-flight transaction).
 */
export const outbox = pgTable(
  'outbox',
  {
    id: serialId(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
    publishedAt: timestamptz('published_at'),
  },
  (t) => [
    index('outbox_topic_id_idx').on(t.topic, t.id),
    index('outbox_unpublished_idx')
      .on(t.id)
      .where(sql`${t.publishedAt} is null`),
  ],
);
