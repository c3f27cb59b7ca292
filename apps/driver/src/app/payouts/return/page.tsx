import { NO_DRIVER_PROFILE_YET } from '~/features/payouts/no-profile.tsx';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Payouts' };

/** Where Stripe's onboarding form sends the driver back, finished or not. */
export default function Page() {
  return <homechef.PayoutsPage returned noProfile={NO_DRIVER_PROFILE_YET} />;
}
