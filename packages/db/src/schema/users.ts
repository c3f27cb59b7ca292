import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  coordinateChecks,
  createdAt,
  flag,
  latitude,
  longitude,
  nonNegativeCheck,
  optionalRef,
  requiredRef,
  timestamps,
  timestamptz,
  uuidId,
} from './columns.ts';
import { USER_ROLES, USER_STATUSES } from '@homechef/validators/constants';

export const userRole = pgEnum('user_role', USER_ROLES);
export const userStatus = pgEnum('user_status', USER_STATUSES);

export type UserStatus = (typeof USER_STATUSES)[number];

export const users = pgTable(
  'users',
  {
    id: uuidId(),
    /** Always stored trimmed and lower-cased (the CHECK refuses anything else). */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    role: userRole('role').notNull().default('customer'),
    status: userStatus('status').notNull().default('active'),
    suspendedReason: text('suspended_reason'),
    /** Part of every access token; bumping it revokes all of the user's sessions. */
    tokenVersion: integer('token_version').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_role_created_at_idx').on(t.role, t.createdAt.desc().nullsFirst()),
    check(
      'users_email_normalised_check',
      sql`${t.email} = lower(btrim(${t.email})) and ${t.email} like '%_@_%'`,
    ),
    check('users_name_check', sql`length(btrim(${t.name})) > 0`),
    check(
      'users_suspended_reason_check',
      sql`${t.status} <> 'suspended' or ${t.suspendedReason} is not null`,
    ),
    nonNegativeCheck('users', t.tokenVersion),
  ],
);

/**
 * Refresh tokens rotate: each use marks the row rotated and issues a child in the same
 * family. Reuse of a rotated token revokes the whole family (theft detection).
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuidId(),
    userId: requiredRef('user_id', () => users.id, 'cascade'),
    familyId: uuid('family_id').notNull(),
    /** SHA-256 of the opaque token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    parentId: optionalRef('parent_id', (): AnyPgColumn => refreshTokens.id, 'set null'),
    expiresAt: timestamptz('expires_at').notNull(),
    rotatedAt: timestamptz('rotated_at'),
    revokedAt: timestamptz('revoked_at'),
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('refresh_tokens_token_hash_key').on(t.tokenHash),
    index('refresh_tokens_user_id_idx').on(t.userId),
    index('refresh_tokens_family_id_idx').on(t.familyId),
  ],
);

export const addresses = pgTable(
  'addresses',
  {
    id: uuidId(),
    userId: requiredRef('user_id', () => users.id, 'cascade'),
    label: text('label'),
    line1: text('line1').notNull(),
    line2: text('line2'),
    city: text('city').notNull(),
    postalCode: text('postal_code').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: char('country', { length: 2 }).notNull().default('US'),
    lat: latitude('lat').notNull(),
    lng: longitude('lng').notNull(),
    instructions: text('instructions'),
    isDefault: flag('is_default'),
    ...timestamps(),
  },
  (t) => [
    index('addresses_user_id_idx').on(t.userId),
    // At most one default address per user.
    uniqueIndex('addresses_one_default_per_user_idx')
      .on(t.userId)
      .where(sql`${t.isDefault}`),
    ...coordinateChecks('addresses', t.lat, t.lng),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type NewAddress = typeof addresses.$inferInsert;
