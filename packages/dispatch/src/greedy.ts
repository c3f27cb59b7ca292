import type { Plan, PlanInput } from './types.ts';

/**
 * The baseline most platforms ship: each order, in placement order, goes at once to the nearest
 * driver who is free now. No bundles, no timing, no holding.
 */
export function greedyRound<P>({ now, orders, drivers, travelTime: tt }: PlanInput<P>): Plan {
  const free = drivers.filter((d) => d.availableAt <= now);
  const taken = new Uint8Array(free.length);
  const plan: Plan = { assignments: [], held: [] };
  const queue = [...orders].sort((a, b) => a.placedAt - b.placedAt || (a.id < b.id ? -1 : 1));
  for (const o of queue) {
    let best = -1;
    let bestTime = Infinity;
    free.forEach((d, i) => {
      if (taken[i]) return;
      const t = tt(d.position, o.pickup);
      if (t < bestTime) {
        bestTime = t;
        best = i;
      }
    });
    if (best < 0) {
      plan.held.push({ orderId: o.id, reason: 'no-drivers' });
      continue;
    }
    taken[best] = 1;
    plan.assignments.push({
      driverId: free[best]!.id,
      orderIds: [o.id],
      pickupAt: Math.max(now + bestTime, o.readyAt),
      cost: bestTime,
    });
  }
  return plan;
}
