import { NO_KITCHEN_YET } from '~/features/payouts/no-profile.tsx';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Payouts' };

/** Where Stripe sends a chef whose onboarding link was spent or expired. */
export default function Page() {
  return <homechef.PayoutsPage noProfile={NO_KITCHEN_YET} />;
}
