'use client';

import { Card, QueryState, Skeleton } from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import { useApiBaseUrl, useTRPC } from '../../api/react.tsx';

/** Links last 5 minutes: a fresh one is asked for well before, so the image keeps loading. */
const LINK_REFRESH_MS = 4 * 60_000;

/**
 * "Left at the door": the driver's photo of an order nobody opened for, through a short-lived
 * link (`orders.deliveryPhotoUrl`, for the order's customer and admins). The customer's order
 * page and the admin's order detail show it alike.
 */
export function DeliveryPhoto({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const baseUrl = useApiBaseUrl();
  const link = useQuery({
    ...trpc.orders.deliveryPhotoUrl.queryOptions({ orderId }),
    staleTime: LINK_REFRESH_MS,
    refetchInterval: LINK_REFRESH_MS,
  });
  return (
    <Card
      title="Left at the door"
      description="Nobody answered, so the driver left the order at the door and took this photo."
    >
      <div data-testid="delivery-photo">
        <QueryState
          query={link}
          loading={<Skeleton className="h-48 rounded-xl" aria-label="Loading the photo" />}
          errorTitle="We couldn’t load the photo"
        >
          {({ url }) => (
            <a href={`${baseUrl}${url}`} target="_blank" rel="noreferrer" className="block">
              {/* A signed link of the API, good for minutes: nothing for an image optimiser. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={`${baseUrl}${url}`}
                alt="The driver’s photo of the order at the door"
                className="max-h-80 w-full rounded-xl bg-stone-100 object-contain"
              />
              <span className="mt-2 block text-sm font-medium text-accent underline-offset-2 hover:underline">
                Open the full-size photo
              </span>
            </a>
          )}
        </QueryState>
      </div>
    </Card>
  );
}
