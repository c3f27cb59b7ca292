'use client';

import { byCursor } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { Card, EmptyState, QueryState, SkeletonStack, StarIcon, Stars } from '@homechef/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { LocalTime } from '../orders/local-time.tsx';
import { LoadMore } from '../page-parts.tsx';

/** A kitchen's reviews on its page, newest first, a page at a time (“Show more”). */
export function KitchenReviews({ chefId }: { chefId: string }) {
  const trpc = useTRPC();
  const reviews = useInfiniteQuery(
    trpc.reviews.forKitchen.infiniteQueryOptions({ chefId }, byCursor),
  );
  return (
    <Card title="Reviews">
      <QueryState
        query={reviews}
        loading={
          <SkeletonStack
            label="Loading reviews"
            blocks={['h-16 rounded-xl', 'h-16 rounded-xl']}
            className="space-y-3"
          />
        }
        errorTitle="We couldn’t load the reviews"
        isEmpty={(data) => data.pages[0]?.items.length === 0}
        empty={
          <EmptyState
            className="py-6"
            icon={<StarIcon />}
            title="No reviews yet"
            description="Customers rate a kitchen after their order is delivered."
          />
        }
      >
        {(data) => (
          <div className="space-y-4">
            <ul className="-my-3 divide-y divide-stone-100" data-testid="kitchen-reviews">
              {data.pages.flatMap((page) =>
                page.items.map((review) => (
                  <li key={review.id} className="py-3 text-sm">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Stars rating={review.rating} />
                      <span className="text-stone-500">
                        {review.authorName} · <LocalTime date={review.createdAt} format="date" />
                      </span>
                    </div>
                    {review.comment ? (
                      <p className="mt-1.5 break-words whitespace-pre-line text-stone-700">
                        {review.comment}
                      </p>
                    ) : null}
                  </li>
                )),
              )}
            </ul>
            <LoadMore query={reviews} label="Show more reviews" />
          </div>
        )}
      </QueryState>
    </Card>
  );
}
