import { z } from 'zod';
import {
  ChefProfileOutput,
  ChefVerificationStatus,
  KitchenAddressOutput,
  OpeningState,
  OpeningWindow,
} from './chefs.ts';
import { DriverProfileOutput, DriverVerificationStatus } from './drivers.ts';
import { IdInput, Instant, Page, PageInput, SingleLineText } from './common.ts';
import {
  AUDIT_TARGET_TYPES,
  DEFAULT_PAGE_SIZE,
  type AUDIT_ACTIONS,
  USER_ROLES,
  USER_STATUSES,
} from './constants.ts';

const Reason = SingleLineText({ error: 'Give a reason' })
  .min(3, 'Give a reason (at least 3 characters)')
  .max(1000, 'Use at most 1,000 characters');

export const ChefQueueInput = z.object(PageInput).default({ limit: DEFAULT_PAGE_SIZE });

export const ListChefsInput = z
  .object({
    status: ChefVerificationStatus.optional(),
    /** Matches the kitchen name or the owner's name or e-mail. */
    query: SingleLineText().max(100).optional(),
    ...PageInput,
  })
  .default({ limit: DEFAULT_PAGE_SIZE });

export const UserRole = z.enum(USER_ROLES);
export const UserStatus = z.enum(USER_STATUSES);

export const ListUsersInput = z
  .object({
    /** Matches the name or the e-mail address. */
    query: SingleLineText().max(100).optional(),
    role: UserRole.optional(),
    status: UserStatus.optional(),
    ...PageInput,
  })
  .default({ limit: DEFAULT_PAGE_SIZE });

export const AdminUserOutput = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: UserRole,
  status: UserStatus,
  suspendedReason: z.string().nullable(),
  createdAt: z.date(),
  /** The chef's kitchen, if the account has one. */
  kitchen: z
    .object({ id: z.uuid(), businessName: z.string(), verificationStatus: ChefVerificationStatus })
    .nullable(),
});
export type AdminUserOutput = z.infer<typeof AdminUserOutput>;

export const AdminUserPage = Page(AdminUserOutput);

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What each audit code means, in words an admin reads in the log. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'chef.approve': 'Approved kitchen',
  'chef.reject': 'Rejected kitchen',
  'chef.suspend': 'Suspended kitchen',
  'chef.reinstate': 'Reinstated kitchen',
  'driver.approve': 'Approved driver',
  'driver.reject': 'Rejected driver',
  'driver.suspend': 'Suspended driver',
  'driver.reinstate': 'Reinstated driver',
  'user.suspend': 'Suspended account',
  'user.reinstate': 'Reinstated account',
  'order.cancel': 'Cancelled order',
  'order.refund': 'Refunded order',
  'order.assign_driver': 'Gave order to a driver',
};

/** The label of an audit code; an unknown (newer) code is shown as it is. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string | undefined>)[action] ?? action;
}

export const ApproveChefInput = z.object({ chefId: z.uuid() });
export const RejectChefInput = z.object({
  chefId: z.uuid(),
  /** Shown to the chef, who fixes the application and submits again. */
  reason: Reason,
  /** Documents to mark as rejected (the others stay as they are). */
  documentIds: z.array(z.uuid()).max(50).optional(),
});
export const SuspendChefInput = z.object({ chefId: z.uuid(), reason: Reason });
export const ReinstateChefInput = z.object({ chefId: z.uuid(), reason: Reason.optional() });
export const SuspendUserInput = z.object({ userId: z.uuid(), reason: Reason });
export const ReinstateUserInput = z.object({ userId: z.uuid(), reason: Reason.optional() });
export const DocumentIdInput = IdInput;

export const AdminChefOwner = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  status: UserStatus,
  suspendedReason: z.string().nullable(),
});

/** A kitchen as an admin reviews it: everything, documents and owner included. */
export const AdminChefOutput = ChefProfileOutput.extend({
  kitchen: KitchenAddressOutput,
  stripeAccountId: z.string().nullable(),
  owner: AdminChefOwner,
});
export type AdminChefOutput = z.infer<typeof AdminChefOutput>;

export const AdminChefPage = Page(AdminChefOutput);

export const AuditLogEntry = z.object({
  id: z.number().int(),
  admin: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  action: z.string(),
  /** The action in words (`chef.reject` → “Rejected kitchen”). */
  actionLabel: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  /** Kitchen name or user name of the target, when it still exists. */
  targetLabel: z.string().nullable(),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: z.date(),
});
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;

export const AdminChefDetailOutput = AdminChefOutput.extend({
  openingHours: z.array(OpeningWindow),
  openingState: OpeningState,
  /** The latest admin actions on this kitchen and its owner, newest first. */
  history: z.array(AuditLogEntry),
});

export const AuditLogInput = z
  .object({
    action: SingleLineText().max(60).optional(),
    targetType: z.enum(AUDIT_TARGET_TYPES).optional(),
    targetId: SingleLineText().max(60).optional(),
    adminUserId: z.uuid().optional(),
    /** Inclusive lower bound on the time of the action. */
    from: Instant.optional(),
    /** Exclusive upper bound. */
    to: Instant.optional(),
    ...PageInput,
  })
  .refine((v) => !v.from || !v.to || v.from < v.to, {
    message: '“from” must be before “to”',
    path: ['to'],
  })
  .default({ limit: DEFAULT_PAGE_SIZE });

export const AuditLogOutput = Page(AuditLogEntry);

export const ChefStatusOutput = z.object({
  chefId: z.uuid(),
  verificationStatus: ChefVerificationStatus,
  statusReason: z.string().nullable(),
  auditId: z.number().int(),
});

export const UserStatusOutput = z.object({
  userId: z.uuid(),
  status: UserStatus,
  suspendedReason: z.string().nullable(),
  auditId: z.number().int(),
});

export const DriverQueueInput = z.object(PageInput).default({ limit: DEFAULT_PAGE_SIZE });

export const ListDriversInput = z
  .object({
    status: DriverVerificationStatus.optional(),
    /** Matches the driver's name, e-mail or plate. */
    query: SingleLineText().max(100).optional(),
    ...PageInput,
  })
  .default({ limit: DEFAULT_PAGE_SIZE });

export const ApproveDriverInput = z.object({ driverId: z.uuid() });
export const RejectDriverInput = z.object({
  driverId: z.uuid(),
  /** Shown to the driver, who fixes the profile and submits again. */
  reason: Reason,
});
export const SuspendDriverInput = z.object({ driverId: z.uuid(), reason: Reason });
export const ReinstateDriverInput = z.object({ driverId: z.uuid(), reason: Reason.optional() });

/** A driver as an admin reviews them: profile, documents, payouts and the person. */
export const AdminDriverOutput = DriverProfileOutput.extend({
  stripeAccountId: z.string().nullable(),
  owner: AdminChefOwner,
});
export type AdminDriverOutput = z.infer<typeof AdminDriverOutput>;

export const AdminDriverPage = Page(AdminDriverOutput);

export const AdminDriverDetailOutput = AdminDriverOutput.extend({
  /** The latest admin actions on this driver and their account, newest first. */
  history: z.array(AuditLogEntry),
});

export const DriverStatusOutput = z.object({
  driverId: z.uuid(),
  verificationStatus: DriverVerificationStatus,
  statusReason: z.string().nullable(),
  auditId: z.number().int(),
});
