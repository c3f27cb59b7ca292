import { describe, expect, it } from 'vitest';
import type { OperationsOutput } from '@homechef/validators';
import {
  activityCounts,
  formatSeconds,
  operationsMarkers,
  secondsUntil,
  serverNow,
} from './live.ts';

const at = new Date('2026-12-05T10:00:00Z');
const driver = (id: string, activity: 'idle' | 'offered' | 'busy', position = true) => ({
  id,
  name: `Driver ${id}`,
  vehicleType: 'car' as const,
  vehiclePlate: null,
  activity,
  position: position ? { lat: 37.8, lng: -122.27 } : null,
  lastPingAt: at,
  fresh: true,
});
const order = (id: string, kitchenId: string) => ({
  id,
  shortCode: id.toUpperCase(),
  status: 'ready_for_pickup' as const,
  kitchen: { id: kitchenId, name: `Kitchen ${kitchenId}`, lat: 37.81, lng: -122.26 },
  dropoffArea: { lat: 37.8, lng: -122.25 },
  placedAt: at,
  readyAt: at,
  waitingSeconds: 0,
  pendingOffers: 0,
});
const snapshot = (parts: Partial<OperationsOutput> = {}): OperationsOutput => ({
  at,
  drivers: { items: [], total: 0, truncated: false },
  waitingOrders: { items: [], total: 0, truncated: false },
  offers: { items: [], total: 0, truncated: false },
  rounds: {
    recent: [],
    summary: {
      windowMinutes: 60,
      rounds: 0,
      failed: 0,
      avgMs: null,
      p95Ms: null,
      maxMs: null,
      offers: 0,
      held: 0,
      expired: 0,
    },
  },
  ...parts,
});

describe('operations page', () => {
  it('draws idle, answering and busy drivers in different shapes, and one kitchen per kitchen', () => {
    const markers = operationsMarkers(
      snapshot({
        drivers: {
          items: [
            driver('a', 'idle'),
            driver('b', 'offered'),
            driver('c', 'busy'),
            driver('d', 'idle', false),
          ],
          total: 4,
          truncated: false,
        },
        waitingOrders: {
          items: [order('o1', 'k1'), order('o2', 'k1'), order('o3', 'k2')],
          total: 3,
          truncated: false,
        },
      }),
    );
    const shapes = markers.filter((m) => m.id.startsWith('driver:')).map((m) => m.shape);
    expect(shapes).toEqual(['circle', 'ring', 'diamond']);
    expect(new Set(shapes).size).toBe(3);
    const kitchens = markers.filter((m) => m.id.startsWith('kitchen:'));
    expect(kitchens.map((k) => [k.id, k.glyph, k.shape])).toEqual([
      ['kitchen:k1', '2', 'square'],
      ['kitchen:k2', '1', 'square'],
    ]);
    expect(kitchens[0]!.label).toBe('Kitchen k1: 2 orders waiting for a driver');
  });

  it('counts drivers by activity', () => {
    expect(
      activityCounts(
        snapshot({
          drivers: {
            items: [driver('a', 'idle'), driver('b', 'busy'), driver('c', 'busy')],
            total: 3,
            truncated: false,
          },
        }),
      ),
    ).toEqual({ idle: 1, offered: 0, busy: 2 });
  });

  it('counts down on the server’s clock, whatever this browser’s clock says', () => {
    const receivedAt = 5_000; // a browser clock far from the server's
    const expiresAt = new Date(at.getTime() + 30_000);
    expect(secondsUntil(expiresAt, serverNow({ at }, receivedAt, receivedAt))).toBe(30);
    expect(secondsUntil(expiresAt, serverNow({ at }, receivedAt, receivedAt + 12_400))).toBe(18);
    expect(secondsUntil(expiresAt, serverNow({ at }, receivedAt, receivedAt + 45_000))).toBe(0);
  });

  it('says durations in words', () => {
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(59.4)).toBe('59 s');
    expect(formatSeconds(60)).toBe('1 min');
    expect(formatSeconds(3600)).toBe('1 h');
    expect(formatSeconds(3900)).toBe('1 h 5 min');
  });
});
