'use client';

import { PointsMap } from '@homechef/ui/map';
import type { OperationsOutput } from '@homechef/validators';
import { useMemo } from 'react';
import { operationsMarkers } from './live.ts';

/**
 * Drivers on shift and the kitchens with orders waiting. The map fits them when they first
 * appear and when `fitRequest` changes ("Show all"); otherwise it stays where the admin put it.
 */
export function OperationsMap({
  snapshot,
  tileUrl,
  fitRequest,
}: {
  snapshot: OperationsOutput;
  tileUrl: string | null;
  fitRequest: number;
}) {
  const markers = useMemo(() => operationsMarkers(snapshot), [snapshot]);
  const drivers = markers.filter((m) => m.id.startsWith('driver:')).length;
  return (
    <PointsMap
      markers={markers}
      tileUrl={tileUrl}
      fit={markers}
      fitKey={`${markers.length > 0 ? 'points' : 'none'}:${fitRequest}`}
      data-testid="operations-map"
      data-markers={markers.length}
      role="img"
      aria-label={`Map of ${drivers} drivers on shift and ${markers.length - drivers} kitchens with orders waiting; the lists below say the same.`}
      className="h-72 sm:h-96"
    />
  );
}
