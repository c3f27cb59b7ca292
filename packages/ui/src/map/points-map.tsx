'use client';

import 'leaflet/dist/leaflet.css';
import type * as Leaflet from 'leaflet';
import type { Map as LeafletMap, Marker } from 'leaflet';
import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { cn } from '../cn.ts';
import { MARKER_SIZE_PX, markerHtml, type MapMarker, type MapPoint } from './marker.ts';

export interface PointsMapProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  markers: readonly MapMarker[];
  /** XYZ tile template (MAP_TILE_URL), or null: the markers are drawn on a plain background. */
  tileUrl: string | null;
  /** The map shows these points whenever `fitKey` changes (not on every update). */
  fit: readonly MapPoint[];
  fitKey: string;
  /** Where the map looks while there is nothing to fit. */
  fallback?: MapPoint & { zoom: number };
  /** The id of a marker kept in view: the map pans to it when it nears the edge. */
  follow?: string;
}

interface Drawn {
  L: typeof Leaflet;
  map: LeafletMap;
  markers: Map<string, { marker: Marker; look: string }>;
}

/**
 * A Leaflet map of markers that move when their points do. Leaflet loads in the browser only;
 * `data-ready` turns "true" once the map is drawn.
 */
export function PointsMap({
  markers,
  tileUrl,
  fit,
  fitKey,
  fallback,
  follow,
  className,
  ...rest
}: PointsMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const drawn = useRef<Drawn | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // Leaflet reads `window` when loaded: only in the browser.
    void import('leaflet').then((L) => {
      if (cancelled || !element.current) return;
      const map = L.map(element.current, { scrollWheelZoom: false });
      if (tileUrl) {
        L.tileLayer(tileUrl, {
          maxZoom: 19,
          attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        }).addTo(map);
      }
      drawn.current = { L, map, markers: new Map() };
      setReady(true);
    });
    return () => {
      cancelled = true;
      drawn.current?.map.remove();
      drawn.current = null;
      setReady(false);
    };
  }, [tileUrl]);

  // Before the markers: Leaflet draws nothing until the map has a view.
  useEffect(() => {
    const current = drawn.current;
    if (!ready || !current) return;
    if (fit.length > 0) {
      current.map.fitBounds(current.L.latLngBounds(fit.map((p) => [p.lat, p.lng])), {
        padding: [40, 40],
        maxZoom: 16,
      });
    } else {
      current.map.setView(fallback ? [fallback.lat, fallback.lng] : [20, 0], fallback?.zoom ?? 2);
    }
  }, [ready, fitKey]); // eslint-disable-line react-hooks/exhaustive-deps -- refitted when the key changes, not on every new array

  useEffect(() => {
    const current = drawn.current;
    if (!ready || !current) return;
    const { L, map } = current;
    const seen = new Set<string>();
    for (const m of markers) {
      seen.add(m.id);
      const look = markerHtml(m);
      const existing = current.markers.get(m.id);
      if (existing) {
        existing.marker.setLatLng([m.lat, m.lng]);
        if (existing.look !== look) {
          existing.marker.setIcon(icon(L, look));
          existing.look = look;
        }
        existing.marker.setTooltipContent(m.label);
        continue;
      }
      const marker = L.marker([m.lat, m.lng], {
        icon: icon(L, look),
        keyboard: false,
        // The followed marker (the customer's driver) stays on top of the others.
        zIndexOffset: m.id === follow ? 1000 : 0,
      })
        .bindTooltip(m.label)
        .addTo(map);
      current.markers.set(m.id, { marker, look });
    }
    for (const [id, { marker }] of current.markers) {
      if (!seen.has(id)) {
        marker.remove();
        current.markers.delete(id);
      }
    }
    const followed = follow ? markers.find((m) => m.id === follow) : undefined;
    if (followed && !map.getBounds().pad(-0.1).contains([followed.lat, followed.lng])) {
      map.panTo([followed.lat, followed.lng]);
    }
  }, [ready, markers, follow]);

  return (
    <div
      ref={element}
      data-ready={ready ? 'true' : 'false'}
      className={cn('isolate w-full overflow-hidden rounded-xl bg-stone-100', className)}
      {...rest}
    />
  );
}

function icon(L: typeof Leaflet, html: string) {
  return L.divIcon({
    html,
    className: '',
    iconSize: [MARKER_SIZE_PX, MARKER_SIZE_PX],
    iconAnchor: [MARKER_SIZE_PX / 2, MARKER_SIZE_PX / 2],
    tooltipAnchor: [MARKER_SIZE_PX / 2, 0],
  });
}
