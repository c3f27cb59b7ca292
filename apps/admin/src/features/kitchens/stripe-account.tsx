'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  Card,
  PayoutStatus,
  PayoutStatusSkeleton,
  QueryState,
  type PayoutState,
} from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';

const SUMMARY: Record<PayoutState, string> = {
  not_started: 'The chef hasn’t started Stripe onboarding: customers can’t pay this kitchen.',
  incomplete: 'The chef left Stripe’s form unfinished: customers can’t pay this kitchen yet.',
  restricted: 'Details are submitted, but Stripe hasn’t enabled payments on the account.',
  connected: 'Payments and payouts are enabled: customers can pay this kitchen.',
};

/** The kitchen's Express account as Stripe sees it now (`admin.chefAccountStatus`). */
export function StripeAccountCard({ chefId }: { chefId: string }) {
  const trpc = useTRPC();
  const status = useQuery(trpc.admin.chefAccountStatus.queryOptions({ id: chefId }));
  return (
    <Card title="Stripe account" description="Read live from Stripe." data-testid="stripe-account">
      <QueryState
        query={status}
        loading={<PayoutStatusSkeleton label="Asking Stripe" />}
        errorTitle="We couldn’t reach Stripe"
      >
        {(data) => (
          <div className="space-y-3">
            <PayoutStatus status={data} summary={SUMMARY} missingTitle="Stripe still needs" />
            {data.accountId ? (
              <p className="text-xs break-all text-stone-500">
                Account <span className="font-mono">{data.accountId}</span>
                {data.disabledReason ? ` · ${data.disabledReason}` : ''}
              </p>
            ) : null}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
