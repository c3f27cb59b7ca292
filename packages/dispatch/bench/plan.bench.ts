// One dispatch round at 100 × 100, 1,000 × 1,000 and 5,000 × 2,000 (waiting orders × drivers),
// the planner next to the greedy baseline (each order to the nearest free driver) on the same
// rounds. Single-threaded, one round at a time.
import { measure, report, type Measurement } from '@homechef/bench';
import {
  greedyRound,
  planRound,
  type DispatchDriver,
  type DispatchOrder,
  type PlanInput,
} from '../src/index.ts';
import { cityTravelTime, rng, type Point } from '../src/sim/city.ts';
import { SIM_PARAMS } from '../src/sim/simulate.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);

/** A busy moment in a 14 km city: orders waiting at about one kitchen per three orders. */
function round(seed: number, nOrders: number, nDrivers: number): PlanInput<Point> {
  const r = rng(seed);
  const now = 19 * 3600;
  const at = (): Point => ({ x: r() * 14000, y: r() * 14000 });
  const kitchens = Array.from({ length: Math.max(1, Math.round(nOrders / 3)) }, at);
  const orders: DispatchOrder<Point>[] = Array.from({ length: nOrders }, (_, i) => {
    const k = Math.floor(r() * kitchens.length);
    const placedAt = now - r() * 1200;
    const pickup = kitchens[k]!;
    return {
      id: `o${i}`,
      kitchenId: `k${k}`,
      pickup,
      dropoff: { x: pickup.x + (r() - 0.5) * 6000, y: pickup.y + (r() - 0.5) * 6000 },
      placedAt,
      readyAt: placedAt + 600 + r() * 900,
    };
  });
  const drivers: DispatchDriver<Point>[] = Array.from({ length: nDrivers }, (_, i) => ({
    id: `d${i}`,
    position: at(),
    availableAt: now + (r() < 0.4 ? r() * 900 : -r() * 900),
    shiftEndsAt: now + 3600 + r() * 3 * 3600,
  }));
  return { now, orders, drivers, travelTime: cityTravelTime, params: SIM_PARAMS };
}

for (const [nOrders, nDrivers] of [
  [100, 100],
  [1000, 1000],
  [5000, 2000],
] as const) {
  const rounds = [1, 2, 3, 4, 5].map((s) => round(s * 7919 + nOrders, nOrders, nDrivers));
  const assigned = (plan: ReturnType<typeof planRound>) =>
    plan.assignments.reduce((s, a) => s + a.orderIds.length, 0);
  const results: [string, Measurement][] = [
    [
      'greedy (nearest free driver)',
      await measure((i) => Promise.resolve(assigned(greedyRound(rounds[i % rounds.length]!))), {
        concurrency: 1,
        seconds,
      }),
    ],
    [
      'planRound',
      await measure((i) => Promise.resolve(assigned(planRound(rounds[i % rounds.length]!))), {
        concurrency: 1,
        seconds,
      }),
    ],
  ];
  // Wall-clock figures suffer when the machine is shared; CPU time per round does not.
  const cpuMs = (plan: (input: PlanInput<Point>) => unknown) => {
    const runs = nOrders > 1000 ? 5 : 20;
    const before = process.cpuUsage();
    for (let i = 0; i < runs; i++) plan(rounds[i % rounds.length]!);
    return process.cpuUsage(before).user / 1000 / runs;
  };
  const cpu = `CPU ms per round: greedy ${cpuMs(greedyRound).toFixed(1)}, planRound ${cpuMs(planRound).toFixed(1)}`;
  report(
    `dispatch round, ${nOrders} orders × ${nDrivers} drivers (ms per round = p50/p99; rows/call = orders assigned)`,
    results,
    results[0]![0],
  );
  console.log(cpu);
}
