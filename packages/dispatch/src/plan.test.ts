import { describe, expect, it } from 'vitest';
import { greedyRound } from './greedy.ts';
import { planRound } from './plan.ts';
import { resolveParams } from './params.ts';
import { rng } from './sim/city.ts';
import type { DispatchDriver, DispatchOrder, DispatchParams, PlanInput } from './types.ts';

/** Points on a line, in seconds of driving: travel time is the distance plus a 30 s stop. */
type P = number;
const tt = (a: P, b: P) => 30 + Math.abs(a - b);
const params: DispatchParams = { pickupServiceTime: 120, dropoffServiceTime: 60 };
const TARGET = 40 * 60;

function randomRound(
  seed: number,
  nOrders: number,
  nDrivers: number,
  kitchens: number,
): PlanInput<P> {
  const r = rng(seed);
  const now = 10_000;
  const kitchenAt = Array.from({ length: kitchens }, () => Math.round(r() * 3000));
  const orders: DispatchOrder<P>[] = Array.from({ length: nOrders }, (_, i) => {
    const k = Math.floor(r() * kitchens);
    const placedAt = now - Math.round(r() * 900);
    return {
      id: `o${i}`,
      kitchenId: `k${k}`,
      pickup: kitchenAt[k]!,
      dropoff: kitchenAt[k]! + Math.round((r() - 0.5) * 1200),
      placedAt,
      readyAt: placedAt + 300 + Math.round(r() * 1200),
    };
  });
  const drivers: DispatchDriver<P>[] = Array.from({ length: nDrivers }, (_, i) => ({
    id: `d${i}`,
    position: Math.round(r() * 3000),
    availableAt: now + (r() < 0.3 ? Math.round(r() * 600) : -Math.round(r() * 600)),
  }));
  return { now, orders, drivers, travelTime: tt, params };
}

/** Door times of one assignment, replayed from its pickup time. */
function doorTimes(input: PlanInput<P>, orderIds: string[], pickupAt: number) {
  const byId = new Map(input.orders.map((o) => [o.id, o]));
  let t = pickupAt + params.pickupServiceTime;
  let at = byId.get(orderIds[0]!)!.pickup;
  return orderIds.map((id) => {
    const o = byId.get(id)!;
    t += tt(at, o.dropoff);
    const door = t;
    t += params.dropoffServiceTime;
    at = o.dropoff;
    return { order: o, door };
  });
}

describe('planRound', () => {
  it('returns nothing for an empty round', () => {
    const input = randomRound(1, 0, 5, 2);
    expect(planRound(input)).toEqual({ assignments: [], held: [] });
  });

  it('holds every order when there are no drivers', () => {
    const input = { ...randomRound(2, 4, 0, 2) };
    const plan = planRound(input);
    expect(plan.assignments).toEqual([]);
    expect(plan.held.map((h) => h.reason)).toEqual(Array(4).fill('no-drivers'));
    expect(plan.held.map((h) => h.orderId).sort()).toEqual(input.orders.map((o) => o.id).sort());
  });

  it('gives the same plan for the same input, in any order', () => {
    const input = randomRound(3, 60, 25, 10);
    const a = planRound(input);
    expect(planRound(input)).toEqual(a);
    const shuffled = {
      ...input,
      orders: [...input.orders].reverse(),
      drivers: [...input.drivers].reverse(),
    };
    expect(planRound(shuffled)).toEqual(a);
  });

  it('accounts for every order once, uses each driver once, and keeps bundles within their limits', () => {
    for (let seed = 10; seed < 40; seed++) {
      const input = randomRound(seed, 5 + (seed % 40), 2 + (seed % 17), 2 + (seed % 5));
      const plan = planRound(input);
      const ids = [
        ...plan.assignments.flatMap((a) => a.orderIds),
        ...plan.held.map((h) => h.orderId),
      ];
      expect(ids.sort()).toEqual(input.orders.map((o) => o.id).sort());
      const drivers = plan.assignments.map((a) => a.driverId);
      expect(new Set(drivers).size).toBe(drivers.length);
      for (const a of plan.assignments) {
        expect(a.orderIds.length).toBeGreaterThan(0);
        expect(a.orderIds.length).toBeLessThanOrEqual(3);
        const doors = doorTimes(input, a.orderIds, a.pickupAt);
        expect(new Set(doors.map((d) => d.order.kitchenId)).size).toBe(1);
        for (const { order } of doors) expect(a.pickupAt).toBeGreaterThanOrEqual(order.readyAt);
        if (a.orderIds.length > 1)
          for (const { order, door } of doors)
            expect(door - order.placedAt).toBeLessThanOrEqual(TARGET);
      }
    }
  });

  it('bundles orders of one kitchen onto one driver when drivers are scarce', () => {
    const now = 0;
    const orders: DispatchOrder<P>[] = [0, 1, 2, 3].map((i) => ({
      id: `o${i}`,
      kitchenId: 'k',
      pickup: 0,
      dropoff: 400 + i * 50,
      placedAt: -300,
      readyAt: 300,
    }));
    const drivers: DispatchDriver<P>[] = [{ id: 'd', position: 200, availableAt: 0 }];
    const plan = planRound({ now, orders, drivers, travelTime: tt, params });
    expect(plan.assignments).toHaveLength(1);
    expect(plan.assignments[0]!.orderIds).toHaveLength(3);
    // The sequence goes outwards from the kitchen.
    const ids = plan.assignments[0]!.orderIds;
    expect(ids).toEqual([...ids].sort());
    expect(plan.held).toHaveLength(1);
    expect(plan.held[0]!.reason).toBe('drivers-taken');
  });

  it('never bundles past maxBundle or across kitchens', () => {
    const orders: DispatchOrder<P>[] = [0, 1, 2, 3].map((i) => ({
      id: `o${i}`,
      kitchenId: `k${i % 2}`,
      pickup: 0,
      dropoff: 300,
      placedAt: 0,
      readyAt: 300,
    }));
    const drivers: DispatchDriver<P>[] = [{ id: 'd', position: 0, availableAt: 0 }];
    const plan = planRound({
      now: 0,
      orders,
      drivers,
      travelTime: tt,
      params: { ...params, maxBundle: 2 },
    });
    expect(plan.assignments).toHaveLength(1);
    const [a] = plan.assignments;
    expect(a!.orderIds).toHaveLength(2);
    expect(new Set(a!.orderIds.map((id) => Number(id.slice(1)) % 2)).size).toBe(1);
  });

  it('holds an order while the driver would wait long at the kitchen, and sends one in time', () => {
    const order: DispatchOrder<P> = {
      id: 'o',
      kitchenId: 'k',
      pickup: 0,
      dropoff: 600,
      placedAt: 0,
      readyAt: 25 * 60,
    };
    const driver: DispatchDriver<P> = { id: 'd', position: 270, availableAt: 0 };
    const hold = resolveParams(params).holdIfEarlyBy;
    let assignedAt = -1;
    for (let now = 0; now <= 40 * 60 && assignedAt < 0; now += 60) {
      const plan = planRound({ now, orders: [order], drivers: [driver], travelTime: tt, params });
      const arrive = now + tt(driver.position, order.pickup);
      if (plan.assignments.length === 0) {
        expect(plan.held).toEqual([{ orderId: 'o', reason: 'early' }]);
        // Held only while the driver, sent a round later, still arrives before the food is ready.
        expect(order.readyAt - (arrive + 60)).toBeGreaterThanOrEqual(0);
      } else {
        assignedAt = now;
        expect(order.readyAt - arrive).toBeLessThanOrEqual(hold);
        expect(plan.assignments[0]!.pickupAt).toBe(order.readyAt);
      }
    }
    expect(assignedAt).toBeGreaterThan(0);
  });

  it('holds an order early only when sending the best driver a round later is still as good', () => {
    for (let seed = 100; seed < 130; seed++) {
      const input = randomRound(seed, 20, 15, 4);
      const p = resolveParams(input.params);
      for (const h of planRound(input).held.filter((x) => x.reason === 'early')) {
        const o = input.orders.find((x) => x.id === h.orderId)!;
        for (const d of input.drivers) {
          const arrive = Math.max(input.now, d.availableAt) + tt(d.position, o.pickup);
          const later =
            Math.max(input.now + p.roundInterval, d.availableAt) + tt(d.position, o.pickup);
          // The pickup time, and so the door time, is the same a round later.
          expect(Math.max(later, o.readyAt)).toBe(Math.max(arrive, o.readyAt));
        }
      }
    }
  });

  it('prefers a driver about to finish nearby over an idle one far away', () => {
    const order: DispatchOrder<P> = {
      id: 'o',
      kitchenId: 'k',
      pickup: 0,
      dropoff: 300,
      placedAt: 0,
      readyAt: 300,
    };
    const drivers: DispatchDriver<P>[] = [
      { id: 'far', position: 1500, availableAt: 0 },
      { id: 'soon', position: 60, availableAt: 120 },
    ];
    const plan = planRound({ now: 0, orders: [order], drivers, travelTime: tt, params });
    expect(plan.assignments.map((a) => a.driverId)).toEqual(['soon']);
  });

  it('serves at least as many orders as the greedy baseline on random rounds', () => {
    for (let seed = 200; seed < 220; seed++) {
      const input = randomRound(seed, 30, 12, 6);
      const now = input.now;
      // Early holds aside, the matching never serves fewer orders than one-by-one nearest.
      const served = (plan: ReturnType<typeof planRound>) =>
        plan.assignments.reduce((s, a) => s + a.orderIds.length, 0);
      const plan = planRound({ ...input, params: { ...params, holdIfEarlyBy: 1e9 } });
      const free = { ...input, drivers: input.drivers.filter((d) => d.availableAt <= now) };
      expect(served(plan)).toBeGreaterThanOrEqual(served(greedyRound(free)));
    }
  });

  it('picks the brute-force optimum among single-order plans on small random rounds', () => {
    const single = { ...params, maxBundle: 1 };
    let contested = 0;
    for (let seed = 300; seed < 340; seed++) {
      const input = { ...randomRound(seed, 1 + (seed % 5), 1 + (seed % 4), 3), params: single };
      // The price of each driver-order pair on its own (costs do not depend on the rest).
      const price = input.orders.map((o) =>
        input.drivers.map((d) => {
          const plan = planRound({ ...input, orders: [o], drivers: [d] });
          return plan.assignments[0]?.cost ?? null;
        }),
      );
      // Most orders served first, then the least total cost, over every matching.
      let best = { served: 0, cost: 0 };
      const used = new Set<number>();
      const go = (i: number, served: number, cost: number) => {
        if (i === input.orders.length) {
          if (served > best.served || (served === best.served && cost < best.cost))
            best = { served, cost };
          return;
        }
        go(i + 1, served, cost);
        price[i]!.forEach((c, d) => {
          if (c === null || used.has(d)) return;
          used.add(d);
          go(i + 1, served + 1, cost + c);
          used.delete(d);
        });
      };
      go(0, 0, 0);
      const plan = planRound(input);
      expect(plan.assignments.length).toBe(best.served);
      expect(plan.assignments.reduce((s, a) => s + a.cost, 0)).toBe(best.cost);
      if (best.served >= 2) contested++;
    }
    // Enough rounds where several pairs compete for the test to mean something.
    expect(contested).toBeGreaterThan(10);
  });

  it('rejects parameters it cannot work with', () => {
    const input = randomRound(4, 3, 3, 1);
    expect(() => planRound({ ...input, params: { ...params, maxBundle: 0 } })).toThrow(RangeError);
    expect(() => planRound({ ...input, params: { ...params, pickupServiceTime: -1 } })).toThrow(
      RangeError,
    );
    const [first, ...rest] = input.orders;
    expect(() => planRound({ ...input, orders: [{ ...first!, readyAt: NaN }, ...rest] })).toThrow(
      RangeError,
    );
  });
});
