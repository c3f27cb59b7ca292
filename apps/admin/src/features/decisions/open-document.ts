'use client';

import { describeApiError } from '@homechef/app-kit';
import { useApiBaseUrl, useTRPC } from '@homechef/app-kit/react';
import { useToast } from '@homechef/ui';
import { useQueryClient } from '@tanstack/react-query';

/** Opens any kitchen or driver document in a new tab through a fresh signed link. */
export function useOpenDocument(): (id: string) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const baseUrl = useApiBaseUrl();
  const toast = useToast();
  return async (id) => {
    try {
      const link = await queryClient.fetchQuery({
        ...trpc.admin.documentUrl.queryOptions({ id }),
        staleTime: 0,
      });
      window.open(`${baseUrl}${link.url}`, '_blank', 'noopener');
    } catch (e) {
      toast({ tone: 'error', message: describeApiError(e).message });
    }
  };
}
