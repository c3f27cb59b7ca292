/**
 * What the operations page shows, worked out from one snapshot: the map's markers, countdowns
 * on the server's clock, durations in words. Pure, so it is tested without a browser.
 */
import type { MapMarker, MarkerShape } from '@homechef/ui/map';
import type { DriverActivity, OperationsOutput } from '@homechef/validators';

/** How often the page asks for a new snapshot. */
export const REFRESH_MS = 3000;

export const ACTIVITY_LABELS: Record<DriverActivity, string> = {
  idle: 'Free',
  offered: 'Answering an offer',
  busy: 'On a delivery',
};

export const ACTIVITY_TONES = { idle: 'success', offered: 'warning', busy: 'info' } as const;

/** Shape first, colour second: the map reads the same to someone who cannot tell the colours. */
export const ACTIVITY_MARKERS: Record<DriverActivity, { shape: MarkerShape; color: string }> = {
  idle: { shape: 'circle', color: '#047857' },
  offered: { shape: 'ring', color: '#b45309' },
  busy: { shape: 'diamond', color: '#1d4ed8' },
};

export const KITCHEN_MARKER = { shape: 'square', color: '#c2410c' } as const;

/** "45 s", "12 min", "2 h 5 min". */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}

export const formatMs = (ms: number | null) => (ms === null ? '–' : `${ms} ms`);

/**
 * The server's time now: the snapshot's `at` moved on by the time since it arrived
 * (`receivedAt`, this browser's clock), so a wrong clock here does not skew countdowns.
 */
export const serverNow = (snapshot: { at: Date }, receivedAt: number, now: number) =>
  snapshot.at.getTime() + Math.max(0, now - receivedAt);

/** Whole seconds until `date` on the server's clock, never below zero. */
export const secondsUntil = (date: Date, serverTime: number) =>
  Math.max(0, Math.ceil((date.getTime() - serverTime) / 1000));

/** Drivers where they are, and one marker per kitchen with orders waiting. */
export function operationsMarkers(snapshot: OperationsOutput): MapMarker[] {
  const markers: MapMarker[] = [];
  for (const d of snapshot.drivers.items) {
    if (!d.position) continue;
    markers.push({
      id: `driver:${d.id}`,
      ...d.position,
      ...ACTIVITY_MARKERS[d.activity],
      label: `${d.name} (${d.vehicleType}): ${ACTIVITY_LABELS[d.activity].toLowerCase()}`,
    });
  }
  const kitchens = new Map<string, { name: string; lat: number; lng: number; orders: number }>();
  for (const o of snapshot.waitingOrders.items) {
    const k = kitchens.get(o.kitchen.id) ?? { ...o.kitchen, orders: 0 };
    k.orders += 1;
    kitchens.set(o.kitchen.id, k);
  }
  for (const [id, k] of kitchens) {
    markers.push({
      id: `kitchen:${id}`,
      lat: k.lat,
      lng: k.lng,
      ...KITCHEN_MARKER,
      glyph: k.orders > 9 ? '9+' : String(k.orders),
      label: `${k.name}: ${k.orders} order${k.orders === 1 ? '' : 's'} waiting for a driver`,
    });
  }
  return markers;
}

/** Idle, answering and busy drivers on shift (of those listed). */
export function activityCounts(snapshot: OperationsOutput): Record<DriverActivity, number> {
  const counts: Record<DriverActivity, number> = { idle: 0, offered: 0, busy: 0 };
  for (const d of snapshot.drivers.items) counts[d.activity] += 1;
  return counts;
}
