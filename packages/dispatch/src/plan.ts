import { solveAssignment, sparseFromRows } from './assignment.ts';
import { bundleKitchen, makeBundle, type Bundle } from './bundle.ts';
import { resolveParams, type ResolvedParams } from './params.ts';
import type {
  Assignment,
  DispatchDriver,
  DispatchOrder,
  Hold,
  HoldReason,
  Plan,
  PlanInput,
  TravelTime,
} from './types.ts';

/** Each order served is worth this much, so serving more orders always beats a cheaper plan. */
const REWARD_PER_ORDER = 1e7;

interface Candidate {
  driver: number;
  approach: number;
  arrive: number;
}

interface Edge {
  driver: number;
  /** Cost without the per-order reward, rounded (the matching works on integers). */
  cost: number;
  pickupAt: number;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The drivers best placed for one kitchen: by an estimate of the cost of a single order there
 * (how late the pickup is, how long the driver waits, how far the driver drives empty), the
 * best `k`. One pass over the drivers with a small sorted buffer; `keys`/`slots` are scratch
 * space of length >= k, reused across kitchens to keep the garbage collector out of the round.
 */
function candidatesFor<P>(
  pickup: P,
  firstReady: number,
  positions: readonly P[],
  start: Float64Array,
  idle: Float64Array,
  tt: TravelTime<P>,
  params: ResolvedParams,
  k: number,
  keys: Float64Array,
  slots: Int32Array,
  approaches: Float64Array,
): Candidate[] {
  const { door, wait, travel, fairness } = params.weights;
  const allowance = params.waitAllowance;
  let n = 0;
  let worst = Infinity;
  for (let d = 0; d < positions.length; d++) {
    const approach = tt(positions[d]!, pickup);
    const arrive = start[d]! + approach;
    const early = firstReady - arrive;
    const key =
      early > 0
        ? door * Math.max(arrive, firstReady - params.readyMargin) +
          wait * Math.max(0, early - allowance) +
          travel * approach -
          fairness * idle[d]!
        : door * arrive + travel * approach - fairness * idle[d]!;
    if (n === k && key >= worst) continue;
    let i = n === k ? k - 1 : n++;
    while (i > 0 && keys[i - 1]! > key) {
      keys[i] = keys[i - 1]!;
      slots[i] = slots[i - 1]!;
      approaches[i] = approaches[i - 1]!;
      i--;
    }
    keys[i] = key;
    slots[i] = d;
    approaches[i] = approach;
    if (n === k) worst = keys[k - 1]!;
  }
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const driver = slots[i]!;
    out.push({ driver, approach: approaches[i]!, arrive: start[driver]! + approaches[i]! });
  }
  return out;
}

function edgesFor<P>(
  b: Bundle,
  candidates: Candidate[],
  orders: readonly DispatchOrder<P>[],
  drivers: readonly DispatchDriver<P>[],
  idle: Float64Array,
  params: ResolvedParams,
  now: number,
): { edges: Edge[]; early: boolean } {
  const w = params.weights;
  const edges: Edge[] = [];
  let early = false;
  for (const c of candidates) {
    const pickupAt = Math.max(c.arrive, b.readyMax);
    const wait = pickupAt - c.arrive;
    if (wait > params.holdIfEarlyBy) {
      early = true;
      continue;
    }
    const depart = pickupAt + params.pickupServiceTime;
    // Priced as if the food may be ready `readyMargin` early: arriving a little ahead pays.
    const doorDepart =
      Math.max(c.arrive, b.readyMax - params.readyMargin) + params.pickupServiceTime;
    if (b.seq.length > 1 && depart > b.latestDepart) continue;
    const shiftEndsAt = drivers[c.driver]!.shiftEndsAt;
    if (shiftEndsAt !== undefined && depart + b.duration > shiftEndsAt) continue;
    let door = 0;
    let late = 0;
    b.seq.forEach((i, n) => {
      const at = doorDepart + b.offsets[n]!;
      door += at - now;
      late += Math.max(0, at - orders[i]!.placedAt - params.targetClickToDoor);
    });
    const cost =
      w.door * door +
      w.lateness * late +
      w.travel * c.approach +
      w.wait * Math.max(0, wait - params.waitAllowance) -
      w.fairness * idle[c.driver]!;
    edges.push({ driver: c.driver, cost: Math.round(cost), pickupAt });
  }
  return { edges, early };
}

/**
 * Plans one dispatch round: bundles each kitchen's waiting orders, prices every bundle against
 * the drivers best placed for its kitchen, and picks the minimum-cost matching of drivers to
 * bundles. Orders that are not assigned are held with the reason. Pure and deterministic: the
 * same input (in any order) gives the same plan.
 */
export function planRound<P>(input: PlanInput<P>): Plan {
  const { now, travelTime: tt } = input;
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite number (got ${now})`);
  const params = resolveParams(input.params);
  for (const o of input.orders)
    if (!Number.isFinite(o.placedAt) || !Number.isFinite(o.readyAt))
      throw new RangeError(`order ${o.id}: placedAt and readyAt must be finite numbers`);
  for (const d of input.drivers)
    if (!Number.isFinite(d.availableAt))
      throw new RangeError(`driver ${d.id}: availableAt must be a finite number`);
  const orders = [...input.orders].sort(
    (a, b) =>
      byString(a.kitchenId, b.kitchenId) ||
      a.readyAt - b.readyAt ||
      a.placedAt - b.placedAt ||
      byString(a.id, b.id),
  );
  if (orders.length === 0) return { assignments: [], held: [] };
  if (input.drivers.length === 0)
    return { assignments: [], held: orders.map((o) => ({ orderId: o.id, reason: 'no-drivers' })) };
  const drivers = [...input.drivers].sort((a, b) => byString(a.id, b.id));

  const start = new Float64Array(drivers.length);
  const idle = new Float64Array(drivers.length);
  drivers.forEach((d, i) => {
    start[i] = Math.max(now, d.availableAt);
    idle[i] = Math.min(params.fairnessCap, Math.max(0, now - d.availableAt));
  });
  const positions = drivers.map((d) => d.position);
  const scratchSize = params.candidateDrivers + orders.length;
  const scratchKeys = new Float64Array(scratchSize);
  const scratchSlots = new Int32Array(scratchSize);
  const scratchApproaches = new Float64Array(scratchSize);
  const scarcity = Math.min(3, orders.length / drivers.length);

  // Bundles, each with its priced edges to the drivers best placed for its kitchen.
  const bundles: Bundle[] = [];
  const bundleEdges: Edge[][] = [];
  const bundleEarly: boolean[] = [];
  for (let lo = 0; lo < orders.length;) {
    let hi = lo + 1;
    while (hi < orders.length && orders[hi]!.kitchenId === orders[lo]!.kitchenId) hi++;
    const members = Array.from({ length: hi - lo }, (_, i) => lo + i);
    const first = orders[lo]!;
    const k = Math.min(drivers.length, params.candidateDrivers + members.length);
    const candidates = candidatesFor(
      first.pickup,
      first.readyAt,
      positions,
      start,
      idle,
      tt,
      params,
      k,
      scratchKeys,
      scratchSlots,
      scratchApproaches,
    );
    const best = candidates[0]!;
    const groups = bundleKitchen(members, orders, tt, params, best.arrive, best.approach, scarcity);
    for (const g of groups) {
      let { edges, early } = edgesFor(g, candidates, orders, drivers, idle, params, now);
      if (edges.length === 0 && g.seq.length > 1) {
        // No driver can keep the whole bundle on time: offer its orders one by one.
        for (const i of g.seq) {
          const b = makeBundle([i], orders, tt, params, now);
          ({ edges, early } = edgesFor(b, candidates, orders, drivers, idle, params, now));
          bundles.push(b);
          bundleEdges.push(edges);
          bundleEarly.push(early);
        }
        continue;
      }
      bundles.push(g);
      bundleEdges.push(edges);
      bundleEarly.push(early);
    }
    lo = hi;
  }

  // The smaller side are the rows: each augmentation then finds a free column quickly.
  const netCost = (b: number, e: Edge) => e.cost - REWARD_PER_ORDER * bundles[b]!.seq.length;
  const driverOfBundle = new Int32Array(bundles.length).fill(-1);
  if (bundles.length <= drivers.length) {
    const rows = bundleEdges.map((edges, b) =>
      edges.map((e) => ({ col: e.driver, cost: netCost(b, e) })),
    );
    const match = solveAssignment(sparseFromRows(drivers.length, rows));
    match.forEach((d, b) => (driverOfBundle[b] = d));
  } else {
    const rows: { col: number; cost: number }[][] = drivers.map(() => []);
    bundleEdges.forEach((edges, b) => {
      for (const e of edges) rows[e.driver]!.push({ col: b, cost: netCost(b, e) });
    });
    const match = solveAssignment(sparseFromRows(bundles.length, rows));
    match.forEach((b, d) => {
      if (b >= 0) driverOfBundle[b] = d;
    });
  }

  const assignments: Assignment[] = [];
  const held: Hold[] = [];
  bundles.forEach((b, i) => {
    const d = driverOfBundle[i]!;
    const edge = d >= 0 ? bundleEdges[i]!.find((e) => e.driver === d) : undefined;
    if (edge) {
      assignments.push({
        driverId: drivers[d]!.id,
        orderIds: b.seq.map((o) => orders[o]!.id),
        pickupAt: edge.pickupAt,
        cost: edge.cost,
      });
      return;
    }
    const reason: HoldReason =
      bundleEdges[i]!.length > 0
        ? 'drivers-taken'
        : bundleEarly[i]
          ? 'early'
          : 'no-feasible-driver';
    for (const o of b.seq) held.push({ orderId: orders[o]!.id, reason });
  });
  assignments.sort((a, b) => byString(a.driverId, b.driverId));
  held.sort((a, b) => byString(a.orderId, b.orderId));
  return { assignments, held };
}
