import { NO_DRIVER_PROFILE_YET } from '~/features/payouts/no-profile.tsx';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Payouts' };

/** Where Stripe sends a driver whose onboarding link was spent or expired. */
export default function Page() {
  return <homechef.PayoutsPage noProfile={NO_DRIVER_PROFILE_YET} />;
}
