'use client';

import type { RouterOutputs } from '@homechef/app-kit';
import { useSubscription, useTRPC } from '@homechef/app-kit/react';
import { Card, LiveIndicator } from '@homechef/ui';
import type { DriverLocationEvent } from '@homechef/validators';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { etaMinutes } from './eta.ts';

type Order = RouterOutputs['orders']['byId'];

const DriverMap = dynamic(() => import('./driver-map.tsx').then((m) => m.DriverMap), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded-xl bg-stone-100 sm:h-80" />,
});

/** The driver on the map, live, with an estimate, from assignment until delivery. */
export function DriverTracking({ order, tileUrl }: { order: Order; tileUrl: string | null }) {
  const trpc = useTRPC();
  const [driver, setDriver] = useState<DriverLocationEvent | null>(null);
  const subscription = useSubscription(
    trpc.tracking.onDriverLocation.subscriptionOptions(
      { orderId: order.id },
      { onData: (event) => setDriver(event) },
    ),
  );
  const kitchen =
    order.kitchen.lat !== null && order.kitchen.lng !== null
      ? { lat: order.kitchen.lat, lng: order.kitchen.lng }
      : null;
  const eta = driver ? etaMinutes(order, driver) : null;

  return (
    <Card title="Your driver">
      <div className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-lg font-semibold text-stone-900" data-testid="driver-eta">
            {eta === null ? 'Waiting for your driver’s position…' : `Arriving in about ${eta} min`}
          </p>
          <LiveIndicator
            state={
              subscription.status === 'pending'
                ? 'live'
                : subscription.error
                  ? 'offline'
                  : 'connecting'
            }
            label={subscription.status === 'pending' ? 'Live' : 'Reconnecting…'}
          />
        </div>
        <DriverMap
          kitchen={kitchen}
          destination={{ lat: order.delivery.lat, lng: order.delivery.lng }}
          driver={driver ? { lat: driver.lat, lng: driver.lng } : null}
          tileUrl={tileUrl}
        />
        <p className="text-sm text-stone-600">
          {order.status === 'assigned_to_driver'
            ? 'Your driver is on the way to the kitchen.'
            : 'Your food is on its way.'}{' '}
          The estimate is a straight line at a typical {driver?.vehicleType ?? 'vehicle'} speed.
        </p>
      </div>
    </Card>
  );
}
