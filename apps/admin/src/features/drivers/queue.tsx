'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { BikeIcon, EmptyState } from '@homechef/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ReviewQueue } from '../decisions/review-queue.tsx';
import { byCursor } from '../table/paging.ts';
import { Cell } from '../table/table.tsx';
import { DRIVER_QUEUE_INPUT } from './inputs.ts';
import { vehicleLabel } from './labels.ts';

/** Drivers who submitted their profile, oldest first. */
export function DriverQueue() {
  const trpc = useTRPC();
  const queue = useInfiniteQuery(
    trpc.admin.driverQueue.infiniteQueryOptions(DRIVER_QUEUE_INPUT, byCursor),
  );
  return (
    <ReviewQueue
      query={queue}
      kind="drivers"
      title="Drivers"
      description="Drivers waiting for a decision, oldest first. Open one to check the vehicle and documents, then approve or reject."
      empty={
        <EmptyState
          icon={<BikeIcon />}
          title="No driver is waiting"
          description="Drivers appear here when they submit their vehicle, licence and insurance."
        />
      }
      name={(driver) => driver.owner.name}
      detail={(driver) => driver.owner.email}
      second={{
        heading: 'Vehicle',
        cell: (driver) => <Cell className="whitespace-nowrap">{vehicleLabel(driver)}</Cell>,
      }}
      payoutsReady={(driver) => driver.stripePayoutsEnabled}
    />
  );
}
