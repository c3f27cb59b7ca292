import type { ResolvedParams } from './params.ts';
import type { DispatchOrder, TravelTime } from './types.ts';

/** Orders of one kitchen on one driver, with the delivery sequence chosen. */
export interface Bundle {
  /** Indices into the round's orders, in delivery order. */
  seq: number[];
  /** Seconds from leaving the kitchen to reaching each door, in `seq` order. */
  offsets: number[];
  /** Seconds from leaving the kitchen until the last door is done. */
  duration: number;
  /** The latest departure from the kitchen that keeps every order within the target. */
  latestDepart: number;
  readyMax: number;
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items.slice()];
  const out: number[][] = [];
  items.forEach((first, i) => {
    const rest = items.filter((_, j) => j !== i);
    for (const p of permutations(rest)) out.push([first, ...p]);
  });
  return out;
}

/**
 * The best delivery sequence for a set of orders (at most `maxBundle`, so at most 120
 * sequences): among the sequences that keep every order on time when leaving at
 * `expectedDepart`, the one with the least total time to the doors; when none does, the one
 * that can leave latest.
 */
export function makeBundle<P>(
  members: number[],
  orders: readonly DispatchOrder<P>[],
  tt: TravelTime<P>,
  params: ResolvedParams,
  expectedDepart: number,
): Bundle {
  const pickup = orders[members[0]!]!.pickup;
  let readyMax = -Infinity;
  for (const i of members) readyMax = Math.max(readyMax, orders[i]!.readyAt);
  let best: Bundle | null = null;
  let bestSum = Infinity;
  for (const seq of permutations(members)) {
    const offsets: number[] = [];
    let t = 0;
    let at = pickup;
    let latestDepart = Infinity;
    let sum = 0;
    for (const i of seq) {
      const o = orders[i]!;
      t += tt(at, o.dropoff);
      offsets.push(t);
      sum += t;
      latestDepart = Math.min(latestDepart, o.placedAt + params.targetClickToDoor - t);
      t += params.dropoffServiceTime;
      at = o.dropoff;
    }
    const candidate: Bundle = { seq, offsets, duration: t, latestDepart, readyMax };
    if (!best) {
      best = candidate;
      bestSum = sum;
      continue;
    }
    const okNew = latestDepart >= expectedDepart;
    const okBest = best.latestDepart >= expectedDepart;
    if (
      (okNew && !okBest) ||
      (okNew && okBest && sum < bestSum) ||
      (!okNew && !okBest && latestDepart > best.latestDepart)
    ) {
      best = candidate;
      bestSum = sum;
    }
  }
  return best!;
}

const doorSum = (b: Bundle, depart: number) => b.offsets.reduce((s, x) => s + depart + x, 0);

/**
 * Groups one kitchen's orders into bundles by agglomerative merging: the pair of groups whose
 * merge gains most (driver time saved, weighted by how scarce drivers are, minus the delay it
 * adds to the customers) merges first, while the gain stays positive, the merged group fits
 * `maxBundle` and every order in it stays within the target. Only groups close in ready time
 * are paired, so the work grows linearly with the kitchen's queue, not combinatorially.
 */
export function bundleKitchen<P>(
  members: number[],
  orders: readonly DispatchOrder<P>[],
  tt: TravelTime<P>,
  params: ResolvedParams,
  expectedArrive: number,
  approach: number,
  scarcity: number,
): Bundle[] {
  const departOf = (readyMax: number) =>
    Math.max(expectedArrive, readyMax) + params.pickupServiceTime;
  const single = (i: number) => makeBundle([i], orders, tt, params, departOf(orders[i]!.readyAt));
  const groups: Bundle[] = members.map(single);
  if (params.maxBundle === 1 || groups.length === 1) return groups;
  const savingWeight = params.weights.bundleSaving * scarcity;
  const window = 6;
  for (;;) {
    let bestGain = 0;
    let bestPair: [number, number] | null = null;
    let bestMerged: Bundle | null = null;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length && b <= a + window; b++) {
        const A = groups[a]!;
        const B = groups[b]!;
        if (A.seq.length + B.seq.length > params.maxBundle) continue;
        const readyMax = Math.max(A.readyMax, B.readyMax);
        const depart = departOf(readyMax);
        const merged = makeBundle([...A.seq, ...B.seq], orders, tt, params, depart);
        if (merged.latestDepart < depart) continue;
        const saved =
          A.duration + B.duration + params.pickupServiceTime + approach - merged.duration;
        const added =
          doorSum(merged, depart) -
          doorSum(A, departOf(A.readyMax)) -
          doorSum(B, departOf(B.readyMax));
        const gain = savingWeight * saved - added;
        if (gain > bestGain) {
          bestGain = gain;
          bestPair = [a, b];
          bestMerged = merged;
        }
      }
    }
    if (!bestPair || !bestMerged) return groups;
    groups[bestPair[0]] = bestMerged;
    groups.splice(bestPair[1], 1);
  }
}
