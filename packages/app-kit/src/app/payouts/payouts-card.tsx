'use client';

import {
  Alert,
  Button,
  Card,
  EmptyState,
  PayoutStatus,
  PayoutStatusSkeleton,
  QueryState,
  WalletIcon,
  type PayoutState,
  type PayoutStatusData,
} from '@homechef/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { describeApiError, readApiError } from '../../api/errors.ts';
import { useTRPC } from '../../api/react.tsx';

export type PayeeKind = 'chef' | 'driver';

const SUMMARY: Record<PayeeKind, Record<PayoutState, string>> = {
  chef: {
    not_started:
      'Customers pay your kitchen through Stripe. Set up payouts (about five minutes) so we can list your kitchen and send you your earnings.',
    incomplete:
      'Your Stripe setup isn’t finished yet, so customers can’t pay your kitchen. Pick up where you left off.',
    restricted:
      'Stripe has your details but hasn’t enabled payments yet. Check what Stripe still needs below.',
    connected: 'Payments and payouts are on: customers can pay your kitchen.',
  },
  driver: {
    not_started:
      'Delivery fees and tips are paid out through Stripe. Set up payouts (about five minutes) before your first shift.',
    incomplete:
      'Your Stripe setup isn’t finished yet, so we can’t pay you. Pick up where you left off.',
    restricted:
      'Stripe has your details but hasn’t enabled payouts yet. Check what Stripe still needs below.',
    connected: 'Payouts are on: your earnings go to your bank account.',
  },
};

/** What the person sees straight after coming back from Stripe's form. */
const RETURNED: Record<
  PayeeKind,
  Record<PayoutState, { tone: 'success' | 'info' | 'error'; title: string }>
> = {
  chef: {
    not_started: { tone: 'info', title: 'You haven’t started the Stripe form yet' },
    incomplete: { tone: 'info', title: 'You left before finishing: your progress is saved' },
    restricted: { tone: 'error', title: 'Stripe needs more before it enables payments' },
    connected: { tone: 'success', title: 'You’re all set: customers can pay your kitchen' },
  },
  driver: {
    not_started: { tone: 'info', title: 'You haven’t started the Stripe form yet' },
    incomplete: { tone: 'info', title: 'You left before finishing: your progress is saved' },
    restricted: { tone: 'error', title: 'Stripe needs more before it enables payouts' },
    connected: { tone: 'success', title: 'You’re all set: payouts are on' },
  },
};

const SETUP_LABEL: Record<PayoutState, string> = {
  not_started: 'Set up payouts',
  incomplete: 'Finish setting up payouts',
  restricted: 'Update your details',
  connected: 'Update your details',
};

export interface PayoutsCardProps {
  kind: PayeeKind;
  /** The person just came back from Stripe's form (the return page): lead with the result. */
  returned?: boolean;
  /** Shown when the person has no chef or driver profile yet (the API's PRECONDITION_FAILED). */
  noProfile: { title: string; description: string; action?: ReactNode };
  className?: string;
}

/**
 * The person's Stripe Express account as Stripe sees it now (`payments.accountStatus`), with
 * the way into Stripe's onboarding form (`payments.onboardingLink`) and, once details are in,
 * into their Express dashboard (`payments.dashboardLink`). Both links are single-use, so they
 * are made on click and followed at once.
 */
export function PayoutsCard({ kind, returned = false, noProfile, className }: PayoutsCardProps) {
  const trpc = useTRPC();
  const status = useQuery(trpc.payments.accountStatus.queryOptions());
  const noProfileYet = readApiError(status.error)?.code === 'PRECONDITION_FAILED';
  return (
    <Card
      title="Payouts"
      description="Powered by Stripe, who hold your bank details."
      className={className}
      data-testid="payouts"
    >
      {noProfileYet ? (
        <EmptyState
          className="py-8"
          icon={<WalletIcon />}
          title={noProfile.title}
          description={noProfile.description}
          action={noProfile.action}
        />
      ) : (
        <QueryState
          query={status}
          loading={<PayoutStatusSkeleton label="Loading your payout status" />}
          errorTitle="We couldn’t reach Stripe to check your payouts"
        >
          {(data) => <PayoutsBody kind={kind} status={data} returned={returned} />}
        </QueryState>
      )}
    </Card>
  );
}

function PayoutsBody({
  kind,
  status,
  returned,
}: {
  kind: PayeeKind;
  status: PayoutStatusData;
  returned: boolean;
}) {
  const trpc = useTRPC();
  // Set once a link is on its way: the page is about to leave for Stripe.
  const [leaving, setLeaving] = useState<'onboarding' | 'dashboard' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const follow = (target: 'onboarding' | 'dashboard') => ({
    onMutate: () => {
      setFailure(null);
      setLeaving(target);
    },
    onSuccess: ({ url }: { url: string }) => window.location.assign(url),
    onError: (error: unknown) => {
      setLeaving(null);
      setFailure(describeApiError(error).message);
    },
  });
  const onboarding = useMutation(
    trpc.payments.onboardingLink.mutationOptions(follow('onboarding')),
  );
  const dashboard = useMutation(trpc.payments.dashboardLink.mutationOptions(follow('dashboard')));
  const result = RETURNED[kind][status.state];
  return (
    <div className="space-y-4">
      {returned ? (
        <Alert tone={result.tone} title={result.title}>
          {status.state === 'connected'
            ? null
            : status.missing.length > 0
              ? 'What Stripe still needs is listed below.'
              : null}
        </Alert>
      ) : null}
      <PayoutStatus status={status} summary={SUMMARY[kind]} />
      {failure ? (
        <Alert tone="error" title="Stripe didn’t open">
          {failure}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {status.state === 'connected' ? null : (
          <Button
            variant={status.state === 'restricted' ? 'secondary' : 'primary'}
            loading={leaving === 'onboarding'}
            disabled={leaving !== null}
            onClick={() => onboarding.mutate({})}
          >
            {SETUP_LABEL[status.state]}
          </Button>
        )}
        {status.detailsSubmitted ? (
          <Button
            variant="secondary"
            loading={leaving === 'dashboard'}
            disabled={leaving !== null}
            onClick={() => dashboard.mutate()}
          >
            Open Stripe dashboard
          </Button>
        ) : null}
      </div>
    </div>
  );
}
