import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, requiredRef, serialId } from './columns.ts';
import { users } from './users.ts';

/**
 * Audit log of every admin action. Append-only in the database: a trigger (migration
 * 0001) raises on UPDATE, DELETE and TRUNCATE.
 */
export const adminActions = pgTable(
  'admin_actions',
  {
    id: serialId(),
    adminUserId: requiredRef('admin_user_id', () => users.id, 'restrict'),
    /** Dotted verb, e.g. `chef.approve`, `chef.reject`, `user.suspend`, `order.refund`. */
    action: text('action').notNull(),
    /** e.g. `chef`, `user`, `order`. */
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    reason: text('reason'),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: createdAt(),
  },
  (t) => [
    index('admin_actions_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    index('admin_actions_target_idx').on(t.targetType, t.targetId),
    index('admin_actions_admin_user_id_idx').on(t.adminUserId),
  ],
);

export type NewAdminAction = typeof adminActions.$inferInsert;
