'use client';

import type { RouterOutputs } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

export type OwnDriver = NonNullable<RouterOutputs['drivers']['me']>;

/** The signed-in driver's profile (`drivers.me`: null before the first save). */
export function useOwnDriver() {
  const trpc = useTRPC();
  return useQuery(trpc.drivers.me.queryOptions());
}

/** Refetches `drivers.me` and the payout status (which needs a profile to exist). */
export function useRefreshDriver() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.drivers.me.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.payments.accountStatus.queryKey() }),
      ]),
    [queryClient, trpc],
  );
}

/** Whether the driver may change the profile now (a draft, or rejected and being fixed). */
export const isEditable = (driver: OwnDriver | null) =>
  !driver || driver.verificationStatus === 'draft' || driver.verificationStatus === 'rejected';
