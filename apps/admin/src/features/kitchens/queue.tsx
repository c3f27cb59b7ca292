'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  Badge,
  buttonClasses,
  EmptyState,
  PageHeader,
  ShieldCheckIcon,
  tagLabel,
} from '@homechef/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { byCursor } from '../table/paging.ts';
import { Cell, PagedTable, TableSkeleton, TimeAgo } from '../table/table.tsx';
import { QUEUE_INPUT } from './inputs.ts';

/** Submitted kitchens, oldest first: the admin's home. */
export function VerificationQueue() {
  const trpc = useTRPC();
  const [now] = useState(() => Date.now());
  const queue = useInfiniteQuery(trpc.admin.chefQueue.infiniteQueryOptions(QUEUE_INPUT, byCursor));

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow="Operations"
        title="Verification queue"
        description="Kitchens waiting for a decision, oldest first. Open one to check its documents and approve or reject it."
      />
      <PagedTable
        query={queue}
        caption="Kitchens waiting for review, oldest first"
        columns={['Kitchen', 'Owner', 'Submitted', 'Documents', 'Payouts', '']}
        noun="kitchens"
        loading={<TableSkeleton label="Loading the queue" />}
        errorTitle="We couldn’t load the queue"
        empty={
          <EmptyState
            icon={<ShieldCheckIcon />}
            title="The queue is empty"
            description="No kitchen is waiting for review. New applications appear here as chefs submit them."
          />
        }
        row={(kitchen) => (
          <tr key={kitchen.id} data-testid="queue-row">
            <Cell>
              <Link
                href={`/kitchens/${kitchen.id}`}
                className="font-semibold text-stone-900 hover:underline"
              >
                {kitchen.businessName}
              </Link>
              <p className="text-xs text-stone-500">
                {kitchen.kitchen.city ?? 'No city'} · {kitchen.cuisines.map(tagLabel).join(', ')}
              </p>
            </Cell>
            <Cell>
              <p className="text-stone-900">{kitchen.owner.name}</p>
              <p className="text-xs text-stone-500">{kitchen.owner.email}</p>
            </Cell>
            <Cell className="whitespace-nowrap">
              {kitchen.submittedAt ? <TimeAgo date={kitchen.submittedAt} now={now} /> : '—'}
            </Cell>
            <Cell>
              <div className="flex flex-wrap gap-1">
                {kitchen.documents.length === 0 ? (
                  <Badge tone="danger">None</Badge>
                ) : (
                  kitchen.documents.map((d) => (
                    <Badge key={d.id} tone={d.status === 'rejected' ? 'danger' : 'neutral'}>
                      {tagLabel(d.kind)}
                    </Badge>
                  ))
                )}
              </div>
            </Cell>
            <Cell>
              {kitchen.stripeChargesEnabled ? (
                <Badge tone="success">Ready</Badge>
              ) : (
                <Badge tone="warning">Not set up</Badge>
              )}
            </Cell>
            <Cell className="text-right">
              <Link
                href={`/kitchens/${kitchen.id}`}
                className={buttonClasses({ size: 'sm', variant: 'secondary' })}
              >
                Review<span className="sr-only"> {kitchen.businessName}</span>
              </Link>
            </Cell>
          </tr>
        )}
      />
    </div>
  );
}
