'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { EmptyState, ShieldCheckIcon, tagLabel } from '@homechef/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ReviewQueue } from '../decisions/review-queue.tsx';
import { byCursor } from '../table/paging.ts';
import { Cell } from '../table/table.tsx';
import { QUEUE_INPUT } from './inputs.ts';

/** Submitted kitchens, oldest first: the admin's home. */
export function VerificationQueue() {
  const trpc = useTRPC();
  const queue = useInfiniteQuery(trpc.admin.chefQueue.infiniteQueryOptions(QUEUE_INPUT, byCursor));
  return (
    <ReviewQueue
      query={queue}
      kind="kitchens"
      title="Verification queue"
      description="Kitchens waiting for a decision, oldest first. Open one to check its documents and approve or reject it."
      empty={
        <EmptyState
          icon={<ShieldCheckIcon />}
          title="The queue is empty"
          description="No kitchen is waiting for review. New applications appear here as chefs submit them."
        />
      }
      name={(kitchen) => kitchen.businessName}
      detail={(kitchen) =>
        `${kitchen.kitchen.city ?? 'No city'} · ${kitchen.cuisines.map(tagLabel).join(', ')}`
      }
      second={{
        heading: 'Owner',
        cell: (kitchen) => (
          <Cell>
            <p className="text-stone-900">{kitchen.owner.name}</p>
            <p className="text-xs text-stone-500">{kitchen.owner.email}</p>
          </Cell>
        ),
      }}
      payoutsReady={(kitchen) => kitchen.stripeChargesEnabled}
    />
  );
}
