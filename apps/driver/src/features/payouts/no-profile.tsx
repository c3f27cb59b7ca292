import type { PayoutsCardProps } from '@homechef/app-kit/react';
import { buttonClasses } from '@homechef/ui';
import Link from 'next/link';

/** Payouts belong to a driver profile, which the driver onboarding creates. */
export const NO_DRIVER_PROFILE_YET: PayoutsCardProps['noProfile'] = {
  title: 'Your driver profile comes first',
  description:
    'Payouts are set up for your driver profile. Enter your vehicle first, then connect Stripe here.',
  action: (
    <Link href="/onboarding" className={buttonClasses({ variant: 'secondary' })}>
      Enter my vehicle
    </Link>
  ),
};
