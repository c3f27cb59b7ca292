/**
 * Who may go online: the one rule, in words (`goOnlineProblem`, for the driver's checklist and
 * the shift's refusal) and as SQL (`mayGoOnlineCondition`, for queries over many drivers).
 * A test checks that the two agree for every way a driver can be held back.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import { drivers, type Driver } from '@homechef/db';

export type GoOnlineFacts = Pick<
  Driver,
  'verificationStatus' | 'rejectionReason' | 'stripePayoutsEnabled'
>;

/** Why the driver may not go online now, in words they can act on; null when they may. */
export function goOnlineProblem(driver: GoOnlineFacts): string | null {
  switch (driver.verificationStatus) {
    case 'draft':
      return 'Your profile is not approved yet: finish it and submit it for review';
    case 'submitted':
      return 'Your profile is not approved yet: it is waiting for review';
    case 'rejected':
      return `Your profile was rejected${driver.rejectionReason ? ` (${driver.rejectionReason})` : ''}: fix it and submit it again`;
    case 'suspended':
      return 'Your driver account is suspended: contact support';
    case 'approved':
      break;
  }
  if (!driver.stripePayoutsEnabled) {
    return 'Payouts are not enabled yet: finish setting up Stripe payouts';
  }
  return null;
}

/** The same rule as SQL over `drivers`: true exactly when `goOnlineProblem` is null. */
export function mayGoOnlineCondition(): SQL {
  return and(eq(drivers.verificationStatus, 'approved'), eq(drivers.stripePayoutsEnabled, true))!;
}
