'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { useFormErrors, useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Skeleton,
  StarInput,
  Stars,
  Textarea,
  starWords,
  useToast,
} from '@homechef/ui';
import { REVIEW_COMMENT_MAX } from '@homechef/validators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { LocalTime } from '../orders/local-time.tsx';

type Order = RouterOutputs['orders']['byId'];
type Review = NonNullable<RouterOutputs['reviews']['forOrder']['review']>;

/**
 * On a delivered order's page: the rating form until the customer has rated it, then their
 * review. Shown only to the order's customer once it is delivered.
 */
export function OrderReview({ order }: { order: Order }) {
  const trpc = useTRPC();
  const rated = order.reviewed;
  const review = useQuery({
    ...trpc.reviews.forOrder.queryOptions({ orderId: order.id }),
    enabled: rated,
  });
  if (order.status !== 'delivered') return null;
  if (!rated) {
    return order.actions.includes('review') ? <ReviewForm order={order} /> : null;
  }
  return (
    <Card title="Your review">
      {review.data?.review ? (
        <ReviewSummary review={review.data.review} businessName={order.chef.businessName} />
      ) : review.isError ? (
        <p className="text-sm text-stone-600">Thanks for rating this order.</p>
      ) : (
        <Skeleton className="h-16 rounded-xl" />
      )}
    </Card>
  );
}

function ReviewSummary({ review, businessName }: { review: Review; businessName: string }) {
  return (
    <div className="space-y-3 text-sm" data-testid="my-review">
      <p className="flex flex-wrap items-center gap-2 text-stone-700">
        <span className="font-medium text-stone-900">{businessName}</span>
        <Stars rating={review.chefRating} />
        <span>{starWords(review.chefRating)}</span>
      </p>
      {review.driverRating !== null ? (
        <p className="flex flex-wrap items-center gap-2 text-stone-700">
          <span className="font-medium text-stone-900">Your driver</span>
          <Stars rating={review.driverRating} />
          <span>{starWords(review.driverRating)}</span>
        </p>
      ) : null}
      {review.comment ? (
        <p className="break-words whitespace-pre-line text-stone-700">“{review.comment}”</p>
      ) : null}
      <p className="text-stone-500">
        Rated <LocalTime date={review.createdAt} format="dateTime" />
      </p>
    </div>
  );
}

function ReviewForm({ order }: { order: Order }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const form = useFormErrors();
  const [chefRating, setChefRating] = useState<number | null>(null);
  const [driverRating, setDriverRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const create = useMutation(
    trpc.reviews.create.mutationOptions({
      onSuccess: async (review) => {
        toast({ tone: 'success', message: 'Thanks for your review!' });
        queryClient.setQueryData(trpc.reviews.forOrder.queryKey({ orderId: order.id }), {
          review,
        });
        await Promise.all([
          queryClient.invalidateQueries({
            queryKey: trpc.orders.byId.queryKey({ orderId: order.id }),
          }),
          queryClient.invalidateQueries({ queryKey: trpc.orders.list.queryKey() }),
        ]);
      },
      onError: (error) => form.fromApi(error),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (chefRating === null) found.chefRating = 'Choose from 1 to 5 stars for the kitchen';
    if (comment.length > REVIEW_COMMENT_MAX)
      found.comment = `Use at most ${REVIEW_COMMENT_MAX} characters`;
    if (!form.check(found) || chefRating === null) return;
    create.mutate({
      orderId: order.id,
      chefRating,
      driverRating: order.hasDriver ? driverRating : null,
      comment: comment.trim() || null,
    });
  }

  return (
    <Card title="Rate your order">
      <form onSubmit={submit} noValidate className="space-y-5" data-testid="review-form">
        <p className="text-sm text-stone-600">
          Your stars and words help other customers choose, and help {order.chef.businessName} cook
          even better.
        </p>
        {form.message ? <Alert tone="error">{form.message}</Alert> : null}
        <StarInput
          legend={`How was the food from ${order.chef.businessName}?`}
          name="chefRating"
          value={chefRating}
          onChange={(stars) => {
            setChefRating(stars);
            // The stars were what was missing: the warning has done its job.
            if (form.errors.chefRating) form.clear();
          }}
          error={form.errors.chefRating}
          disabled={create.isPending}
        />
        {order.hasDriver ? (
          <StarInput
            legend="How was the delivery? (optional)"
            name="driverRating"
            value={driverRating}
            onChange={setDriverRating}
            error={form.errors.driverRating}
            disabled={create.isPending}
          />
        ) : null}
        <Field
          label="Anything to add? (optional)"
          hint={`${comment.length} / ${REVIEW_COMMENT_MAX}`}
          error={form.errors.comment}
        >
          <Textarea
            name="comment"
            value={comment}
            maxLength={REVIEW_COMMENT_MAX}
            onChange={(e) => setComment(e.target.value)}
            disabled={create.isPending}
            placeholder="What did you enjoy? Shown on the kitchen’s page with your first name."
          />
        </Field>
        <Button type="submit" className="w-full sm:w-auto" loading={create.isPending}>
          Send review
        </Button>
        {create.isError && !form.message ? (
          <Alert tone="error">{describeApiError(create.error).message}</Alert>
        ) : null}
      </form>
    </Card>
  );
}
