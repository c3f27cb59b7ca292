'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { Badge, BikeIcon, buttonClasses, EmptyState, PageHeader, tagLabel } from '@homechef/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { byCursor } from '../table/paging.ts';
import { Cell, PagedTable, TableSkeleton, TimeAgo } from '../table/table.tsx';
import { DRIVER_QUEUE_INPUT } from './inputs.ts';
import { vehicleLabel } from './labels.ts';

/** Drivers who submitted their profile, oldest first. */
export function DriverQueue() {
  const trpc = useTRPC();
  const [now] = useState(() => Date.now());
  const queue = useInfiniteQuery(
    trpc.admin.driverQueue.infiniteQueryOptions(DRIVER_QUEUE_INPUT, byCursor),
  );

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow="Operations"
        title="Drivers"
        description="Drivers waiting for a decision, oldest first. Open one to check the vehicle and documents, then approve or reject."
      />
      <PagedTable
        query={queue}
        caption="Drivers waiting for review, oldest first"
        columns={['Driver', 'Vehicle', 'Submitted', 'Documents', 'Payouts', '']}
        noun="drivers"
        loading={<TableSkeleton label="Loading the driver queue" />}
        errorTitle="We couldn’t load the driver queue"
        empty={
          <EmptyState
            icon={<BikeIcon />}
            title="No driver is waiting"
            description="Drivers appear here when they submit their vehicle, licence and insurance."
          />
        }
        row={(driver) => (
          <tr key={driver.id} data-testid="driver-queue-row">
            <Cell>
              <Link
                href={`/drivers/${driver.id}`}
                className="font-semibold text-stone-900 hover:underline"
              >
                {driver.owner.name}
              </Link>
              <p className="text-xs text-stone-500">{driver.owner.email}</p>
            </Cell>
            <Cell className="whitespace-nowrap">{vehicleLabel(driver)}</Cell>
            <Cell className="whitespace-nowrap">
              {driver.submittedAt ? <TimeAgo date={driver.submittedAt} now={now} /> : '—'}
            </Cell>
            <Cell>
              <div className="flex flex-wrap gap-1">
                {driver.documents.length === 0 ? (
                  <Badge tone="danger">None</Badge>
                ) : (
                  driver.documents.map((d) => <Badge key={d.id}>{tagLabel(d.kind)}</Badge>)
                )}
              </div>
            </Cell>
            <Cell>
              {driver.stripePayoutsEnabled ? (
                <Badge tone="success">Ready</Badge>
              ) : (
                <Badge tone="warning">Not set up</Badge>
              )}
            </Cell>
            <Cell className="text-right">
              <Link
                href={`/drivers/${driver.id}`}
                className={buttonClasses({ size: 'sm', variant: 'secondary' })}
              >
                Review<span className="sr-only"> {driver.owner.name}</span>
              </Link>
            </Cell>
          </tr>
        )}
      />
    </div>
  );
}
