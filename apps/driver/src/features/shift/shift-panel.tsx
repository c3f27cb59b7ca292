'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { useSubscription, useTRPC } from '@homechef/app-kit/react';
import { Alert, LiveIndicator, PowerIcon, Skeleton, cn, useToast } from '@homechef/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocationSharing } from './use-location-sharing.ts';

type Shift = RouterOutputs['drivers']['shift'];

const DROP_REASONS: Record<string, string> = {
  too_fast: 'a jump faster than 250 km/h',
  inaccurate: 'GPS accuracy worse than 200 m',
  in_future: 'your phone’s clock is ahead',
  too_old: 'the fix was more than a minute old',
  out_of_order: 'an older fix arrived after a newer one',
};

/** The position now, if the device gives one within a few seconds (going online needs none). */
function currentPosition(): Promise<{ lat: number; lng: number } | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 4000, maximumAge: 10_000 },
    ),
  );
}

/** Seconds since `date`, re-rendered every second. */
function useAgo(date: Date | null): string | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!date) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [date]);
  if (!date) return null;
  const seconds = Math.max(0, Math.round((now - date.getTime()) / 1000));
  return seconds < 60 ? `${seconds}s ago` : `${Math.round(seconds / 60)} min ago`;
}

/** The dashboard's availability: go online or offline, and the shift as it stands. */
export function ShiftPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const shiftKey = trpc.drivers.shift.queryKey();
  const shift = useQuery(trpc.drivers.shift.queryOptions());
  const stream = useSubscription(
    trpc.drivers.onShift.subscriptionOptions(undefined, {
      enabled: shift.isSuccess,
      onData: (state) => queryClient.setQueryData<Shift>(shiftKey, state),
    }),
  );
  const onShift = shift.data?.status === 'online' || shift.data?.status === 'busy';
  const sharing = useLocationSharing(onShift);
  const lastPingAgo = useAgo(sharing.lastPing?.at ?? null);

  const goOnline = useMutation(
    trpc.drivers.goOnline.mutationOptions({
      onSuccess: (state) => queryClient.setQueryData<Shift>(shiftKey, state),
      onError: (error) => toast({ tone: 'error', message: describeApiError(error).message }),
    }),
  );
  const goOffline = useMutation(
    trpc.drivers.goOffline.mutationOptions({
      onSuccess: (state) => queryClient.setQueryData<Shift>(shiftKey, state),
      onError: (error) => toast({ tone: 'error', message: describeApiError(error).message }),
    }),
  );
  const busy = goOnline.isPending || goOffline.isPending;

  if (shift.isPending) {
    return <Skeleton className="h-96 rounded-3xl" aria-label="Loading your shift" />;
  }
  const problem = shift.error
    ? describeApiError(shift.error).message
    : (shift.data?.goOnlineProblem ?? null);
  const takenOffline = shift.data?.status === 'offline' && shift.data.endedReason === 'no_pings';
  const dropped =
    sharing.lastPing && !sharing.lastPing.result.accepted
      ? DROP_REASONS[sharing.lastPing.result.reason]
      : null;

  return (
    <section
      aria-labelledby="availability"
      data-testid="driver-availability"
      data-status={shift.data?.status ?? 'unknown'}
      className={cn(
        'rounded-3xl px-6 py-10 text-center ring-1',
        onShift
          ? 'bg-gradient-to-b from-emerald-50 to-white ring-emerald-100'
          : 'bg-gradient-to-b from-blue-50 to-white ring-blue-100',
      )}
    >
      <p className="text-sm font-semibold tracking-wide text-stone-500 uppercase">
        {onShift ? 'You’re online' : 'You’re offline'}
      </p>
      <h1 id="availability" className="mt-2 text-3xl font-bold tracking-tight text-stone-900">
        {onShift ? 'Sharing your location' : 'Ready to deliver?'}
      </h1>
      <p className="mx-auto mt-2 max-w-sm text-stone-600">
        {onShift
          ? 'Keep this page open: customers follow you on the map while you carry their order.'
          : 'Go online to receive delivery offers from kitchens near you.'}
      </p>

      {takenOffline ? (
        <Alert tone="error" title="You were taken offline" className="mt-6 text-left">
          We heard nothing from your phone for 2 minutes. Check your connection and location access,
          then go online again.
        </Alert>
      ) : null}

      <button
        type="button"
        data-testid={onShift ? 'go-offline' : 'go-online'}
        disabled={busy || (!onShift && problem !== null) || shift.data?.status === 'busy'}
        aria-describedby="shift-reason"
        onClick={async () => {
          if (onShift) goOffline.mutate({});
          else goOnline.mutate((await currentPosition()) ?? {});
        }}
        className={cn(
          'mx-auto mt-8 flex size-44 flex-col items-center justify-center gap-2 rounded-full shadow-xl ring-8 transition disabled:cursor-not-allowed disabled:opacity-70',
          onShift
            ? 'bg-white text-stone-900 ring-emerald-100 shadow-emerald-900/10'
            : 'bg-accent text-accent-contrast ring-blue-100 shadow-blue-900/20',
        )}
      >
        <PowerIcon className="text-5xl" />
        <span className="text-xl font-semibold">{onShift ? 'Go offline' : 'Go online'}</span>
      </button>

      <div id="shift-reason" className="mx-auto mt-6 max-w-sm space-y-2 text-sm text-stone-600">
        {!onShift && problem ? <p data-testid="go-online-reason">{problem}</p> : null}
        {shift.data?.status === 'busy' ? (
          <p>You’re on a delivery: finish it to go offline.</p>
        ) : null}
        {onShift ? (
          <>
            <LiveIndicator
              state={stream.status === 'pending' ? 'live' : stream.error ? 'offline' : 'connecting'}
              label={
                lastPingAgo
                  ? `Last position sent ${lastPingAgo}`
                  : 'Waiting for your first position…'
              }
            />
            {sharing.gpsProblem ? (
              <p role="alert" className="text-red-700">
                {sharing.gpsProblem}
              </p>
            ) : null}
            {sharing.sendProblem ? (
              <p role="alert" className="text-red-700">
                Your position didn’t reach HomeChef ({sharing.sendProblem}); retrying.
              </p>
            ) : null}
            {dropped ? <p>Your last position was skipped: {dropped}.</p> : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
