import { planRound } from '../plan.ts';
import type { DispatchDriver, DispatchOrder, DispatchParams } from '../types.ts';
import { cityTravelTime as tt, type CityDay, type Point, type SimOrder } from './city.ts';

export type Policy = 'planner' | 'greedy';

export const SIM_PARAMS: DispatchParams = {
  pickupServiceTime: 3 * 60,
  dropoffServiceTime: 2 * 60,
  maxBundle: 3,
  targetClickToDoor: 40 * 60,
  roundInterval: 60,
};

export interface DayResult {
  orders: number;
  delivered: number;
  within40: number;
  clickToDoor: number[];
  /** Seconds each pickup visit waited for the food. */
  kitchenWaits: number[];
  /** Seconds the food of each order waited for its driver (it goes cold). */
  foodWaits: number[];
  driverHours: number;
  rounds: number;
  planMs: number;
}

interface DriverState {
  id: string;
  position: Point;
  freeAt: number;
  shiftStart: number;
  shiftEnd: number;
}

/** How far ahead the planner sees drivers who are finishing a job. */
const HORIZON = 15 * 60;
/** Orders still undelivered this long after the last order count as lost. */
const DRAIN = 3 * 3600;

/**
 * Carries out a job: the driver drives to the kitchen, waits for the food (its real ready
 * time), then delivers in the given sequence. Travel is deterministic, so the whole job is
 * known at once.
 */
function runJob(
  d: DriverState,
  start: number,
  jobs: SimOrder[],
  door: Map<string, number>,
  waits: number[],
  foodWaits: number[],
): void {
  const kitchen = jobs[0]!.pickup;
  const arrive = start + tt(d.position, kitchen);
  const ready = Math.max(...jobs.map((o) => o.actualReadyAt));
  waits.push(Math.max(0, ready - arrive));
  for (const o of jobs) foodWaits.push(Math.max(0, arrive - o.actualReadyAt));
  let t = Math.max(arrive, ready) + SIM_PARAMS.pickupServiceTime;
  let at = kitchen;
  for (const o of jobs) {
    t += tt(at, o.dropoff);
    door.set(o.id, t);
    t += SIM_PARAMS.dropoffServiceTime;
    at = o.dropoff;
  }
  d.position = at;
  d.freeAt = t;
}

export function simulateDay(
  day: CityDay,
  policy: Policy,
  params: DispatchParams = SIM_PARAMS,
): DayResult {
  const drivers: DriverState[] = day.drivers.map((d) => ({
    id: d.id,
    position: d.home,
    freeAt: d.shiftStart,
    shiftStart: d.shiftStart,
    shiftEnd: d.shiftEnd,
  }));
  const byId = new Map(day.orders.map((o) => [o.id, o]));
  const door = new Map<string, number>();
  const waits: number[] = [];
  const foodWaits: number[] = [];
  let rounds = 0;
  let planMs = 0;
  const end = day.dayEnd + DRAIN;

  if (policy === 'greedy') {
    // Event-driven: at each order placement and each moment a driver frees up, the oldest
    // waiting order goes to the nearest free driver.
    const queue: SimOrder[] = [];
    let next = 0;
    const orders = day.orders;
    const onShift = (d: DriverState, t: number) => d.shiftStart <= t && t < d.shiftEnd;
    for (let t = day.dayStart; t < end;) {
      while (next < orders.length && orders[next]!.placedAt <= t) queue.push(orders[next++]!);
      const started = performance.now();
      while (queue.length > 0) {
        const o = queue[0]!;
        let best: DriverState | null = null;
        let bestTime = Infinity;
        for (const d of drivers) {
          if (d.freeAt > t || !onShift(d, t)) continue;
          const time = tt(d.position, o.pickup);
          if (time < bestTime) {
            bestTime = time;
            best = d;
          }
        }
        if (!best) break;
        queue.shift();
        runJob(best, t, [o], door, waits, foodWaits);
      }
      planMs += performance.now() - started;
      rounds++;
      if (next >= orders.length && queue.length === 0) break;
      // The next event: an order placed, a driver freed, or a shift starting.
      let tNext = next < orders.length ? orders[next]!.placedAt : Infinity;
      if (queue.length > 0)
        for (const d of drivers) {
          const free = Math.max(d.freeAt, d.shiftStart);
          if (free > t && free < d.shiftEnd) tNext = Math.min(tNext, free);
        }
      if (tNext === Infinity) break;
      t = tNext;
    }
  } else {
    let next = 0;
    const waiting = new Map<string, SimOrder>();
    for (let t = day.dayStart; t < end; t += params.roundInterval ?? 60) {
      while (next < day.orders.length && day.orders[next]!.placedAt <= t) {
        const o = day.orders[next++]!;
        waiting.set(o.id, o);
      }
      if (waiting.size === 0) {
        if (next >= day.orders.length) break;
        continue;
      }
      const available: DispatchDriver<Point>[] = [];
      for (const d of drivers)
        if (d.shiftStart <= t && t < d.shiftEnd && d.freeAt <= t + HORIZON)
          available.push({
            id: d.id,
            position: d.position,
            availableAt: Math.max(d.freeAt, d.shiftStart),
            shiftEndsAt: d.shiftEnd,
          });
      const orders: DispatchOrder<Point>[] = [...waiting.values()].map((o) => ({
        id: o.id,
        kitchenId: o.kitchenId,
        pickup: o.pickup,
        dropoff: o.dropoff,
        placedAt: o.placedAt,
        readyAt: o.readyAt,
      }));
      const started = performance.now();
      const plan = planRound({
        now: t,
        orders,
        drivers: available,
        travelTime: tt,
        params,
      });
      planMs += performance.now() - started;
      rounds++;
      const driverById = new Map(drivers.map((d) => [d.id, d]));
      for (const a of plan.assignments) {
        const d = driverById.get(a.driverId)!;
        const jobs = a.orderIds.map((id) => byId.get(id)!);
        for (const id of a.orderIds) waiting.delete(id);
        runJob(d, Math.max(t, d.freeAt), jobs, door, waits, foodWaits);
      }
    }
  }

  const clickToDoor: number[] = [];
  let within40 = 0;
  for (const o of day.orders) {
    const at = door.get(o.id);
    if (at === undefined) continue;
    const c = at - o.placedAt;
    clickToDoor.push(c);
    if (c <= 40 * 60) within40++;
  }
  const driverHours = day.drivers.reduce((s, d) => s + (d.shiftEnd - d.shiftStart) / 3600, 0);
  return {
    orders: day.orders.length,
    delivered: clickToDoor.length,
    within40,
    clickToDoor,
    kitchenWaits: waits,
    foodWaits,
    driverHours,
    rounds,
    planMs,
  };
}
