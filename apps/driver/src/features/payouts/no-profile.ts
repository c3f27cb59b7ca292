import type { PayoutsCardProps } from '@homechef/app-kit/react';

/** Payouts belong to a driver profile, which the driver onboarding creates. */
export const NO_DRIVER_PROFILE_YET: PayoutsCardProps['noProfile'] = {
  title: 'Your driver profile comes first',
  description:
    'Payouts are set up for your driver profile (vehicle and documents). Once it exists, you can connect Stripe here.',
};
