'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { useQuery } from '@tanstack/react-query';
import { CurrentJob } from './job.tsx';
import { OffersPanel } from './offers.tsx';

/** Offers while online and free, and the delivery in hand: under the shift panel. */
export function DriverWork() {
  const trpc = useTRPC();
  const shift = useQuery(trpc.drivers.shift.queryOptions());
  if (!shift.isSuccess) return null;
  return (
    <div className="space-y-4">
      <OffersPanel enabled={shift.data.status === 'online'} />
      <CurrentJob />
    </div>
  );
}
