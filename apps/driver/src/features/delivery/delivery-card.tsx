'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { useSubscription, useTRPC } from '@homechef/app-kit/react';
import {
  BikeIcon,
  Button,
  Card,
  EmptyState,
  Field,
  Input,
  QueryState,
  Skeleton,
  formatPrice,
  useToast,
} from '@homechef/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

type Offer = RouterOutputs['dispatch']['myOffers'][number];
type Job = NonNullable<RouterOutputs['dispatch']['currentJob']>;

const km = (metres: number) => `${(metres / 1000).toFixed(1)} km`;

/** Seconds left until `date`, re-rendered every second. */
function useSecondsLeft(date: Date): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.round((date.getTime() - now) / 1000));
}

function useRefreshDelivery() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.dispatch.currentJob.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dispatch.myOffers.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.drivers.shift.queryKey() }),
    ]);
}

function OfferRow({ offer }: { offer: Offer }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshDelivery();
  const left = useSecondsLeft(offer.expiresAt);
  const onError = (error: { message: string }) => {
    toast({ tone: 'error', message: describeApiError(error).message });
    void refresh();
  };
  const accept = useMutation(
    trpc.dispatch.accept.mutationOptions({ onSuccess: () => refresh(), onError }),
  );
  const decline = useMutation(
    trpc.dispatch.decline.mutationOptions({ onSuccess: () => refresh(), onError }),
  );
  return (
    <li className="space-y-3 py-4 first:pt-0 last:pb-0" data-testid="delivery-offer">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-semibold text-stone-900">{offer.kitchenName}</p>
          <p className="text-sm text-stone-600">
            {offer.kitchenArea || 'Kitchen'} → {offer.dropoffArea}
          </p>
          <p className="text-sm text-stone-600">
            {km(offer.toKitchenM)} to the kitchen, then {km(offer.toDropoffM)}
          </p>
        </div>
        <div className="shrink-0 text-right">
          <p className="text-lg font-bold text-stone-900">
            {formatPrice(offer.earningsCents, offer.currency)}
          </p>
          <p className="text-sm text-stone-600" aria-live="polite">
            {left > 0 ? `${left}s left` : 'Expired'}
          </p>
        </div>
      </div>
      <div className="flex gap-2">
        <Button
          className="flex-1"
          loading={accept.isPending}
          disabled={left === 0 || decline.isPending}
          onClick={() => accept.mutate({ offerId: offer.offerId })}
        >
          Accept
        </Button>
        <Button
          variant="secondary"
          className="flex-1"
          loading={decline.isPending}
          disabled={accept.isPending}
          onClick={() => decline.mutate({ offerId: offer.offerId })}
        >
          Decline
        </Button>
      </div>
    </li>
  );
}

function JobSteps({ job }: { job: Job }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshDelivery();
  const [code, setCode] = useState('');
  const options = {
    onSuccess: () => refresh(),
    onError: (error: { message: string }) =>
      toast({ tone: 'error', message: describeApiError(error).message }),
  };
  const arrived = useMutation(trpc.dispatch.arrivedAtKitchen.mutationOptions(options));
  const pickedUp = useMutation(trpc.dispatch.pickedUp.mutationOptions(options));
  const delivered = useMutation(trpc.dispatch.delivered.mutationOptions(options));
  const orderId = job.orderId;
  return (
    <div className="space-y-4 text-sm text-stone-700" data-testid="current-job">
      <div>
        <p className="font-medium text-stone-900">Pick up at {job.kitchen.name}</p>
        <p>{[job.kitchen.line1, job.kitchen.city].filter(Boolean).join(', ')}</p>
      </div>
      <div>
        <p className="font-medium text-stone-900">Deliver to {job.customerName}</p>
        <p>
          {[job.dropoff.line1, job.dropoff.line2, job.dropoff.city, job.dropoff.postalCode]
            .filter(Boolean)
            .join(', ')}
        </p>
        {job.dropoff.instructions ? (
          <p className="text-stone-600">“{job.dropoff.instructions}”</p>
        ) : null}
      </div>
      <p>
        You earn{' '}
        <span className="font-semibold text-stone-900">
          {formatPrice(job.earningsCents, job.currency)}
        </span>
      </p>
      {!job.pickedUpAt ? (
        <div className="flex flex-wrap gap-2">
          {!job.arrivedAt ? (
            <Button
              variant="secondary"
              loading={arrived.isPending}
              onClick={() => arrived.mutate({ orderId })}
            >
              I’m at the kitchen
            </Button>
          ) : null}
          <Button loading={pickedUp.isPending} onClick={() => pickedUp.mutate({ orderId })}>
            I have the food
          </Button>
        </div>
      ) : (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            delivered.mutate({ orderId, code });
          }}
        >
          <Field label="Customer’s delivery code" className="flex-1">
            <Input
              inputMode="numeric"
              autoComplete="off"
              pattern="\d{4}"
              maxLength={4}
              value={code}
              onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
            />
          </Field>
          <Button type="submit" loading={delivered.isPending} disabled={code.length !== 4}>
            Delivered
          </Button>
        </form>
      )}
    </div>
  );
}

/** The dashboard's delivery: the job in hand, else the open offers, live. */
export function DeliveryCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const job = useQuery(trpc.dispatch.currentJob.queryOptions());
  const offers = useQuery(trpc.dispatch.myOffers.queryOptions());
  useSubscription(
    trpc.dispatch.onOffers.subscriptionOptions(undefined, {
      enabled: offers.isSuccess,
      onData: (list) => {
        queryClient.setQueryData(trpc.dispatch.myOffers.queryKey(), list);
        void queryClient.invalidateQueries({ queryKey: trpc.dispatch.currentJob.queryKey() });
      },
    }),
  );
  return (
    <Card title="Current delivery">
      <QueryState
        query={job}
        loading={<Skeleton className="h-32" aria-label="Loading your delivery" />}
        errorTitle="We couldn’t load your delivery"
        isEmpty={(data) => data === null}
        empty={
          <QueryState
            query={offers}
            loading={<Skeleton className="h-32" aria-label="Loading your offers" />}
            errorTitle="We couldn’t load your offers"
            isEmpty={(list) => list.length === 0}
            empty={
              <EmptyState
                className="py-8"
                icon={<BikeIcon />}
                title="No active delivery"
                description="Offers from kitchens near you show here while you’re online."
              />
            }
          >
            {(list) => (
              <ul className="divide-y divide-stone-100" aria-label="Delivery offers">
                {list.map((offer) => (
                  <OfferRow key={offer.offerId} offer={offer} />
                ))}
              </ul>
            )}
          </QueryState>
        }
      >
        {(current) => <JobSteps job={current} />}
      </QueryState>
    </Card>
  );
}
