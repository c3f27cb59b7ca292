import type { Driver } from '@homechef/db';
import { goOnlineProblem as profileProblem, type GoOnlineFacts } from '../drivers/index.ts';

/**
 * Why the driver may not go online, in words, or null when they may: the drivers domain's rule
 * for the profile, and a shift suspended by an admin.
 */
export function goOnlineProblem(driver: GoOnlineFacts & Pick<Driver, 'status'>): string | null {
  if (driver.status === 'suspended') return 'Your driver account is suspended: contact support';
  return profileProblem(driver);
}

/** Online and free, or carrying an order: pings are welcome. */
export const isOnShift = (driver: Pick<Driver, 'status'>) =>
  driver.status === 'online' || driver.status === 'busy';
