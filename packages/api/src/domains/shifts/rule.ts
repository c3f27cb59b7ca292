import type { Driver } from '@homechef/db';

/**
 * Why the driver may not go online, in words, or null when they may. The drivers domain will
 * own this rule (`goOnlineProblem` in drivers/index.ts); until then it lives here, alone, so
 * the swap is one import.
 */
export function goOnlineProblem(
  driver: Pick<Driver, 'status' | 'verificationStatus' | 'stripePayoutsEnabled'>,
): string | null {
  if (driver.status === 'suspended' || driver.verificationStatus === 'suspended') {
    return 'Your driver account is suspended: contact support';
  }
  if (driver.verificationStatus !== 'approved') {
    return 'Your driver application is not approved yet: you can go online once it is';
  }
  if (!driver.stripePayoutsEnabled) {
    return 'Set up payouts with Stripe before you go online';
  }
  return null;
}

/** Online and free, or carrying an order: pings are welcome. */
export const isOnShift = (driver: Pick<Driver, 'status'>) =>
  driver.status === 'online' || driver.status === 'busy';
