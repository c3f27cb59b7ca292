'use client';

import { PayoutsCard } from '@homechef/app-kit/react';
import { PageHeader, QueryState, SkeletonStack } from '@homechef/ui';
import { NO_DRIVER_PROFILE_YET } from '../payouts/no-profile.tsx';
import { DriverDocuments } from './documents.tsx';
import { DriverStatusBanner, SubmitCard } from './status.tsx';
import { useOwnDriver } from './use-driver.ts';
import { VehicleForm } from './vehicle-form.tsx';

/** The whole onboarding on one scrolling page: vehicle, documents, payouts, submit. */
export function Onboarding() {
  const driver = useOwnDriver();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader
        eyebrow="Driver profile"
        title="Get ready to deliver"
        description="Tell us what you ride or drive, upload your licence and insurance, set up payouts and send it all for review."
      />
      <QueryState
        query={driver}
        loading={
          <SkeletonStack
            label="Loading your profile"
            blocks={['h-48 rounded-2xl', 'h-64 rounded-2xl']}
          />
        }
        errorTitle="We couldn’t load your profile"
      >
        {(data) => (
          <div className="space-y-6">
            {data ? <DriverStatusBanner driver={data} /> : null}
            <VehicleForm key={data?.id ?? 'new'} driver={data} />
            {data ? <DriverDocuments driver={data} /> : null}
            <div>
              <h2 className="mb-2 text-sm font-semibold tracking-wide text-stone-500 uppercase">
                3. Payouts
              </h2>
              <PayoutsCard kind="driver" noProfile={NO_DRIVER_PROFILE_YET} />
            </div>
            {data &&
            (data.verificationStatus === 'draft' || data.verificationStatus === 'rejected') ? (
              <SubmitCard driver={data} />
            ) : null}
          </div>
        )}
      </QueryState>
    </div>
  );
}
