'use client';

import 'leaflet/dist/leaflet.css';
import type { CircleMarker, Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, useState } from 'react';

export interface MapPoint {
  lat: number;
  lng: number;
}

export interface DriverMapProps {
  kitchen: MapPoint | null;
  destination: MapPoint;
  driver: MapPoint | null;
  /** XYZ tile template (MAP_TILE_URL), or null: the points are drawn on a plain background. */
  tileUrl: string | null;
}

/**
 * The kitchen, the delivery address and the driver on a Leaflet map. The points are vector
 * circles, not image markers, so the map says what matters even when no tile loads.
 */
export function DriverMap({ kitchen, destination, driver, tileUrl }: DriverMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<{ map: LeafletMap; marker: (p: MapPoint) => CircleMarker } | null>(null);
  const driverMarker = useRef<CircleMarker | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // Leaflet reads `window` when loaded: only in the browser.
    void import('leaflet').then((L) => {
      if (cancelled || !element.current) return;
      const m = L.map(element.current, { scrollWheelZoom: false });
      if (tileUrl) {
        L.tileLayer(tileUrl, {
          maxZoom: 19,
          attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        }).addTo(m);
      }
      const marker = (p: MapPoint, color = '#0f766e', label = '') =>
        L.circleMarker([p.lat, p.lng], {
          radius: 8,
          color: '#ffffff',
          weight: 2,
          fillColor: color,
          fillOpacity: 1,
        })
          .bindTooltip(label)
          .addTo(m);
      marker(destination, '#2563eb', 'Delivery address');
      if (kitchen) marker(kitchen, '#ea580c', 'Kitchen');
      const points = [destination, ...(kitchen ? [kitchen] : [])].map(
        (p) => [p.lat, p.lng] as [number, number],
      );
      m.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 16 });
      map.current = { map: m, marker: (p) => marker(p, '#059669', 'Your driver') };
      setReady(true);
    });
    return () => {
      cancelled = true;
      map.current?.map.remove();
      map.current = null;
      driverMarker.current = null;
    };
  }, [tileUrl, kitchen?.lat, kitchen?.lng, destination.lat, destination.lng]); // eslint-disable-line react-hooks/exhaustive-deps -- redrawn when a point moves, not on a new object

  useEffect(() => {
    const current = map.current;
    if (!ready || !current || !driver) return;
    if (driverMarker.current) driverMarker.current.setLatLng([driver.lat, driver.lng]);
    else {
      driverMarker.current = current.marker(driver);
      driverMarker.current.bringToFront();
    }
    if (!current.map.getBounds().pad(-0.1).contains([driver.lat, driver.lng])) {
      current.map.panTo([driver.lat, driver.lng]);
    }
  }, [ready, driver]);

  return (
    <div
      ref={element}
      data-testid="driver-map"
      data-ready={ready ? 'true' : 'false'}
      data-driver={driver ? `${driver.lat},${driver.lng}` : ''}
      role="img"
      aria-label="Map of the kitchen, your address and your driver"
      className="isolate h-64 w-full overflow-hidden rounded-xl bg-stone-100 sm:h-80"
    />
  );
}
