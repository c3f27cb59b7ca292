import { generateDay, type Load } from './city.ts';
import { simulateDay, type DayResult, type Policy } from './simulate.ts';

export interface PolicySummary {
  delivered: number;
  within40: number;
  meanClickToDoor: number;
  p90ClickToDoor: number;
  meanKitchenWait: number;
  meanFoodWait: number;
  ordersPerDriverHour: number;
  msPerRound: number;
  /** Per day: share within 40 min and mean click-to-door, for the paired margins. */
  days: { within40: number; meanClickToDoor: number }[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

export function summarise(results: DayResult[]): PolicySummary {
  const all = results.flatMap((r) => r.clickToDoor).sort((a, b) => a - b);
  const orders = results.reduce((s, r) => s + r.orders, 0);
  const delivered = results.reduce((s, r) => s + r.delivered, 0);
  return {
    delivered: delivered / orders,
    within40: results.reduce((s, r) => s + r.within40, 0) / orders,
    meanClickToDoor: mean(all),
    p90ClickToDoor: all[Math.min(all.length - 1, Math.floor(all.length * 0.9))] ?? 0,
    meanKitchenWait: mean(results.flatMap((r) => r.kitchenWaits)),
    meanFoodWait: mean(results.flatMap((r) => r.foodWaits)),
    ordersPerDriverHour: delivered / results.reduce((s, r) => s + r.driverHours, 0),
    msPerRound:
      results.reduce((s, r) => s + r.planMs, 0) /
      Math.max(
        1,
        results.reduce((s, r) => s + r.rounds, 0),
      ),
    days: results.map((r) => ({
      within40: r.within40 / r.orders,
      meanClickToDoor: mean(r.clickToDoor),
    })),
  };
}

export function runLoad(
  load: Load,
  seeds: number[],
  ordersPerDay?: number,
): Record<Policy, PolicySummary> {
  const planner: DayResult[] = [];
  const greedy: DayResult[] = [];
  for (const seed of seeds) {
    const day = generateDay(seed, load, ordersPerDay);
    planner.push(simulateDay(day, 'planner'));
    greedy.push(simulateDay(day, 'greedy'));
  }
  return { planner: summarise(planner), greedy: summarise(greedy) };
}
