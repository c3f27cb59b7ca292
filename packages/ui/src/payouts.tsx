import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from './badge.tsx';
import { cn } from './cn.ts';
import { CheckIcon } from './icons.tsx';
import { NoticeList } from './notice-list.tsx';
import { SkeletonStack } from './skeleton.tsx';

export type PayoutState = 'not_started' | 'incomplete' | 'restricted' | 'connected';

/** The part of `payments.accountStatus` (and the admin's view of it) these components show. */
export interface PayoutStatusData {
  state: PayoutState;
  missing: string[];
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
}

const BADGES: Record<PayoutState, { label: string; tone: BadgeTone }> = {
  not_started: { label: 'Not set up', tone: 'neutral' },
  incomplete: { label: 'Incomplete', tone: 'warning' },
  restricted: { label: 'Restricted', tone: 'danger' },
  connected: { label: 'Connected', tone: 'success' },
};

export function PayoutStateBadge({ state, className }: { state: PayoutState; className?: string }) {
  const { label, tone } = BADGES[state];
  return (
    <Badge tone={tone} className={className} data-testid="payout-state" data-state={state}>
      {label}
    </Badge>
  );
}

export interface PayoutStatusProps {
  status: PayoutStatusData;
  /** One sentence per state, in the reader's terms (a chef's, a driver's, an admin's). */
  summary: Record<PayoutState, ReactNode>;
  /** Heading over what Stripe still needs, e.g. "Stripe still needs". */
  missingTitle?: string;
  className?: string;
}

/** What Stripe says about an Express account: the state, a sentence, and what is missing. */
export function PayoutStatus({
  status,
  summary,
  missingTitle = 'Stripe still needs',
  className,
}: PayoutStatusProps) {
  const flags: [string, boolean][] = [
    ['Details submitted', status.detailsSubmitted],
    ['Payments', status.chargesEnabled],
    ['Payouts', status.payoutsEnabled],
  ];
  return (
    <div
      className={cn('space-y-3', className)}
      data-testid="payout-status"
      data-state={status.state}
    >
      <div className="flex flex-wrap items-center gap-2">
        <PayoutStateBadge state={status.state} />
        {status.state === 'not_started'
          ? null
          : flags.map(([label, on]) => (
              <span key={label} className="inline-flex items-center gap-1 text-xs text-stone-600">
                {on ? (
                  <CheckIcon aria-hidden="true" className="text-emerald-600" />
                ) : (
                  <span
                    aria-hidden="true"
                    className="size-3 rounded-full border-2 border-stone-300"
                  />
                )}
                {label}
                <span className="sr-only">{on ? ': yes' : ': not yet'}</span>
              </span>
            ))}
      </div>
      <p className="text-sm text-stone-700">{summary[status.state]}</p>
      {status.missing.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-stone-900">{missingTitle}</h3>
          <NoticeList items={status.missing} data-testid="payout-missing" />
        </div>
      ) : null}
    </div>
  );
}

/** `PayoutStatus` while Stripe is being asked. */
export function PayoutStatusSkeleton({ label }: { label: string }) {
  return (
    <SkeletonStack label={label} blocks={['h-6 w-40', 'h-10', 'h-10 w-48']} className="space-y-3" />
  );
}
