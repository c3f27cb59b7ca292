import { PayoutsCard } from '@homechef/app-kit/react';
import { BikeIcon, Card, EmptyState, WalletIcon } from '@homechef/ui';
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
        <OnboardingChecklist />

        <div className="grid gap-4 sm:grid-cols-2">
          <Card title="Current delivery">
            <EmptyState
              className="py-8"
              icon={<BikeIcon />}
              title="No active delivery"
              description="Accepted offers show here with pickup and drop-off directions."
            />
          </Card>
          <Card title="Earnings">
            <EmptyState
              className="py-8"
              icon={<WalletIcon />}
              title="Nothing yet"
              description="Delivery fees and tips appear here after your first delivery."
            />
          </Card>
        </div>

        <PayoutsCard kind="driver" noProfile={NO_DRIVER_PROFILE_YET} />
      </div>
    </homechef.HydrateClient>
  );
}
