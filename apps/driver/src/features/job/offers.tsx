'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { useSubscription, useTRPC } from '@homechef/app-kit/react';
import { Button, formatDistance, formatPrice, MapPinIcon, useToast } from '@homechef/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { alertNewOffer } from '../notifications/index.ts';

type Offer = RouterOutputs['dispatch']['myOffers'][number];

/** Whole seconds left until `date`, re-rendered every second (never below zero). */
export function useSecondsLeft(date: Date): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.ceil((date.getTime() - now) / 1000));
}

/**
 * The driver's open offers, live: each arrives with a sound and a vibration (when the app is on
 * screen; in the background the push notification does it) and counts down to its expiry.
 */
export function OffersPanel({ enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.dispatch.myOffers.queryKey();
  const offers = useQuery({ ...trpc.dispatch.myOffers.queryOptions(), enabled });
  useSubscription(
    trpc.dispatch.onOffers.subscriptionOptions(undefined, {
      enabled,
      onData: (open) => queryClient.setQueryData<Offer[]>(key, open),
    }),
  );
  const seen = useRef(new Set<string>());
  const open = useMemo(() => offers.data ?? [], [offers.data]);
  useEffect(() => {
    const fresh = open.filter((o) => !seen.current.has(o.offerId));
    for (const offer of fresh) seen.current.add(offer.offerId);
    if (fresh.length > 0) alertNewOffer();
  }, [open]);

  if (!enabled || open.length === 0) return null;
  return (
    <section aria-label="Delivery offers" className="space-y-3">
      {open.map((offer) => (
        <OfferCard key={offer.offerId} offer={offer} />
      ))}
    </section>
  );
}

function OfferCard({ offer }: { offer: Offer }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const left = useSecondsLeft(offer.expiresAt);
  const settle = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.dispatch.myOffers.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dispatch.currentJob.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.drivers.shift.queryKey() }),
    ]);
  const onError = (error: unknown) => {
    toast({ tone: 'error', message: describeApiError(error).message });
    void settle();
  };
  const accept = useMutation(
    trpc.dispatch.accept.mutationOptions({ onSuccess: () => settle(), onError }),
  );
  const decline = useMutation(
    trpc.dispatch.decline.mutationOptions({ onSuccess: () => settle(), onError }),
  );
  const busy = accept.isPending || decline.isPending;
  return (
    <article
      data-testid="offer"
      aria-labelledby={`offer-${offer.offerId}`}
      className="rounded-3xl bg-white p-5 shadow-lg ring-2 ring-accent"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">New offer</p>
          <h2 id={`offer-${offer.offerId}`} className="text-xl font-bold text-stone-900">
            {offer.kitchenName}
          </h2>
          <p className="text-sm text-stone-600">{offer.kitchenArea}</p>
        </div>
        <p
          className="shrink-0 rounded-full bg-stone-900 px-3 py-1 text-sm font-semibold text-white tabular-nums"
          data-testid="offer-countdown"
          aria-label={`${left} seconds left to answer`}
        >
          {left}s
        </p>
      </div>
      <dl className="mt-4 grid grid-cols-3 gap-3 text-center">
        <div className="rounded-xl bg-stone-50 p-2">
          <dt className="text-xs text-stone-600">To kitchen</dt>
          <dd className="font-semibold text-stone-900">{formatDistance(offer.toKitchenM)}</dd>
        </div>
        <div className="rounded-xl bg-stone-50 p-2">
          <dt className="text-xs text-stone-600">Then drop-off</dt>
          <dd className="font-semibold text-stone-900">{formatDistance(offer.toDropoffM)}</dd>
        </div>
        <div className="rounded-xl bg-emerald-50 p-2">
          <dt className="text-xs text-emerald-800">You earn</dt>
          <dd className="font-semibold text-emerald-900" data-testid="offer-earnings">
            {formatPrice(offer.earningsCents, offer.currency)}
          </dd>
        </div>
      </dl>
      <p className="mt-3 flex items-center gap-1.5 text-sm text-stone-700">
        <MapPinIcon aria-hidden="true" className="text-accent" />
        Drop-off in {offer.dropoffArea}
      </p>
      <div className="mt-4 grid grid-cols-2 gap-3">
        <Button
          variant="secondary"
          size="lg"
          disabled={busy || left === 0}
          loading={decline.isPending}
          onClick={() => decline.mutate({ offerId: offer.offerId })}
        >
          Decline
        </Button>
        <Button
          size="lg"
          disabled={busy || left === 0}
          loading={accept.isPending}
          onClick={() => accept.mutate({ offerId: offer.offerId })}
        >
          Accept
        </Button>
      </div>
    </article>
  );
}
