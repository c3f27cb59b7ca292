'use client';

import { PointsMap, type MapMarker, type MapPoint } from '@homechef/ui/map';
import { useMemo } from 'react';

export interface DriverMapProps {
  kitchen: MapPoint | null;
  destination: MapPoint;
  driver: MapPoint | null;
  /** XYZ tile template (MAP_TILE_URL), or null: the points are drawn on a plain background. */
  tileUrl: string | null;
}

/**
 * The kitchen, the delivery address and the driver: the map fits the kitchen and the address
 * and follows the driver when they near its edge.
 */
export function DriverMap({ kitchen, destination, driver, tileUrl }: DriverMapProps) {
  const markers = useMemo(() => {
    const list: MapMarker[] = [
      {
        id: 'destination',
        ...destination,
        label: 'Delivery address',
        shape: 'circle',
        color: '#2563eb',
        glyph: 'A',
      },
    ];
    if (kitchen) {
      list.push({
        id: 'kitchen',
        ...kitchen,
        label: 'Kitchen',
        shape: 'square',
        color: '#c2410c',
        glyph: 'K',
      });
    }
    if (driver) {
      list.push({
        id: 'driver',
        ...driver,
        label: 'Your driver',
        shape: 'circle',
        color: '#047857',
        glyph: 'D',
      });
    }
    return list;
  }, [destination.lat, destination.lng, kitchen?.lat, kitchen?.lng, driver?.lat, driver?.lng]); // eslint-disable-line react-hooks/exhaustive-deps -- redrawn when a point moves, not on a new object
  const fit = [destination, ...(kitchen ? [kitchen] : [])];

  return (
    <PointsMap
      markers={markers}
      tileUrl={tileUrl}
      fit={fit}
      fitKey={fit.map((p) => `${p.lat},${p.lng}`).join(';')}
      follow="driver"
      data-testid="driver-map"
      data-driver={driver ? `${driver.lat},${driver.lng}` : ''}
      role="img"
      aria-label="Map of the kitchen, your address and your driver"
      className="h-64 sm:h-80"
    />
  );
}
