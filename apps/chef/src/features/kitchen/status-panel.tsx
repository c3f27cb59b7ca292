'use client';

import { Alert, Badge, CheckIcon, NoticeList, VerificationBadge } from '@homechef/ui';
import type { ReactNode } from 'react';
import type { OwnKitchen } from './use-kitchen.ts';

const HEADLINES: Record<OwnKitchen['verificationStatus'], { title: string; body: string }> = {
  draft: {
    title: 'Your application is a draft',
    body: 'Fill in every step, upload your documents, then submit it for review.',
  },
  submitted: {
    title: 'Your application is being reviewed',
    body: 'Our team checks your details and documents, usually within two working days. We’ll show the result here.',
  },
  approved: {
    title: 'Your kitchen is approved',
    body: 'You can take orders once nothing below is holding your listing back.',
  },
  rejected: {
    title: 'Your application needs changes',
    body: 'Fix what the reviewer asked for, then submit again.',
  },
  suspended: {
    title: 'Your kitchen is suspended',
    body: 'Customers cannot see your kitchen. Contact chef support to resolve it.',
  },
};

/**
 * The verification status, as prominent as it needs to be: the reviewer's reason, what is
 * still missing before submitting, and why customers cannot see the kitchen yet.
 */
export function StatusPanel({ kitchen, action }: { kitchen: OwnKitchen; action?: ReactNode }) {
  const status = kitchen.verificationStatus;
  const headline = HEADLINES[status];
  return (
    <section
      aria-labelledby="verification-status"
      data-testid="verification-status"
      data-status={status}
      className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm shadow-stone-900/5 sm:p-6"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <VerificationBadge status={status} />
            {kitchen.isListed ? <Badge tone="success">Listed</Badge> : null}
            {kitchen.isPaused ? <Badge tone="warning">Paused</Badge> : null}
          </div>
          <h2 id="verification-status" className="mt-2 text-lg font-semibold text-stone-900">
            {headline.title}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{headline.body}</p>
        </div>
        {action}
      </div>

      {kitchen.statusReason ? (
        <Alert
          tone="error"
          title={status === 'rejected' ? 'What the reviewer asked you to fix' : 'Reason'}
        >
          <p data-testid="status-reason">{kitchen.statusReason}</p>
        </Alert>
      ) : null}

      {kitchen.missing.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-stone-900">Still needed before you submit</h3>
          <ul data-testid="missing" className="mt-2 space-y-1.5">
            {kitchen.missing.map((item) => (
              <li key={item} className="flex gap-2 text-sm text-stone-700">
                <span
                  aria-hidden="true"
                  className="mt-0.5 size-4 shrink-0 rounded-full border-2 border-stone-300"
                />
                {item}
              </li>
            ))}
          </ul>
        </div>
      ) : status === 'draft' || status === 'rejected' ? (
        <p className="flex items-center gap-2 text-sm font-medium text-emerald-700">
          <CheckIcon aria-hidden="true" /> Everything is in place: you can submit.
        </p>
      ) : null}

      {status === 'approved' || status === 'suspended' ? (
        kitchen.listingBlockers.length > 0 ? (
          <div>
            <h3 className="text-sm font-semibold text-stone-900">
              Why customers can’t see your kitchen yet
            </h3>
            <NoticeList items={kitchen.listingBlockers} data-testid="listing-blockers" />
          </div>
        ) : (
          <p className="flex items-center gap-2 text-sm font-medium text-emerald-700">
            <CheckIcon aria-hidden="true" /> Customers nearby can find your kitchen.
          </p>
        )
      ) : null}
    </section>
  );
}
