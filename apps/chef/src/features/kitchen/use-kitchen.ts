'use client';

import { useTRPC } from '@homechef/app-kit/react';
import type { RouterOutputs } from '@homechef/app-kit';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

export type OwnKitchen = NonNullable<RouterOutputs['chefs']['me']>;

/** The signed-in chef's kitchen (`chefs.me`: null before they apply). */
export function useKitchen() {
  const trpc = useTRPC();
  return useQuery(trpc.chefs.me.queryOptions());
}

/** Puts a fresh `chefs.me` payload (every chef mutation returns one) into the cache. */
export function useSetKitchen() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (kitchen: OwnKitchen) => queryClient.setQueryData(trpc.chefs.me.queryKey(), kitchen),
    [queryClient, trpc],
  );
}
