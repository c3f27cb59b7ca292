import { PayoutsCard } from '@homechef/app-kit/react';
import { EarningsSummary } from '~/features/earnings/summary.tsx';
import { DriverWork } from '~/features/job/index.tsx';
import { OnboardingChecklist } from '~/features/onboarding/checklist.tsx';
import { NO_DRIVER_PROFILE_YET } from '~/features/payouts/no-profile.tsx';
import { ShiftPanel } from '~/features/shift/shift-panel.tsx';
import { homechef } from '~/homechef.ts';

export default async function DriverHome() {
  await homechef.prefetch(homechef.trpc.drivers.me.queryOptions());
  return (
    <homechef.HydrateClient>
      <div className="mx-auto max-w-xl space-y-6">
        <ShiftPanel />
        <DriverWork />
        <OnboardingChecklist />

        <EarningsSummary />

        <PayoutsCard kind="driver" noProfile={NO_DRIVER_PROFILE_YET} />
      </div>
    </homechef.HydrateClient>
  );
}
