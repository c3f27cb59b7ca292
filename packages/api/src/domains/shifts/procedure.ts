import type { Driver } from '@homechef/db';
import type { EventBus } from '@homechef/realtime';
import { driverProcedure } from '../../trpc.ts';
import { driverProfileProcedure, loadOwnDriverProfile } from '../drivers/index.ts';
import { SHIFT_CHANGES_TOPIC, type ShiftChange } from './topics.ts';

/** The shift's procedures load the driver like every driver procedure. */
export const shiftDriverProcedure = driverProfileProcedure;

/**
 * Pings come every few seconds from every driver on shift: the row they need (id and shift)
 * is kept per server instance for PING_CACHE_MS instead of read for each. Every shift change
 * also goes to SHIFT_CHANGES_TOPIC (through the outbox), on which each instance forgets the
 * driver, so a change made anywhere is seen at once; the expiry only bounds a lost message.
 */
export const PING_CACHE_MS = 30_000;

interface PingCache {
  rows: Map<string, { driver: Driver; until: number }>;
  ready: Promise<unknown>;
}
const pingCaches = new WeakMap<EventBus, PingCache>();

function pingCacheOf(bus: EventBus): PingCache {
  let cache = pingCaches.get(bus);
  if (!cache) {
    const rows = new Map<string, { driver: Driver; until: number }>();
    const ready = bus
      .subscribe<ShiftChange>(SHIFT_CHANGES_TOPIC, ({ userId }) => rows.delete(userId))
      .catch(() => pingCaches.delete(bus));
    pingCaches.set(bus, (cache = { rows, ready }));
  }
  return cache;
}

/** Forgets this instance's cached rows of these users at once (their shift just changed). */
export function forgetPingDrivers(bus: EventBus, userIds: readonly string[]): void {
  const cache = pingCaches.get(bus);
  for (const id of userIds) cache?.rows.delete(id);
}

export const pingDriverProcedure = driverProcedure.use(async ({ ctx, next }) => {
  const cache = pingCacheOf(ctx.bus);
  await cache.ready;
  const now = Date.now();
  const hit = cache.rows.get(ctx.actor.userId);
  if (hit && hit.until > now) return next({ ctx: { driver: hit.driver } });
  const driver = await loadOwnDriverProfile(ctx.db, ctx.actor.userId);
  if (cache.rows.size > 100_000) cache.rows.clear();
  cache.rows.set(ctx.actor.userId, { driver, until: now + PING_CACHE_MS });
  return next({ ctx: { driver } });
});
