import { PayoutsCard } from '@homechef/app-kit/react';
import { Card, EmptyState, WalletIcon } from '@homechef/ui';
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

        <Card title="Earnings">
          <EmptyState
            className="py-8"
            icon={<WalletIcon />}
            title="Nothing yet"
            description="Delivery fees and tips appear here after your first delivery."
          />
        </Card>

        <PayoutsCard kind="driver" noProfile={NO_DRIVER_PROFILE_YET} />
      </div>
    </homechef.HydrateClient>
  );
}
