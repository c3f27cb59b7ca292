// `npm run sim -w @homechef/dispatch [-- --days 20 --orders 1200]`: the planner and the greedy
// baseline on the same seeded days at three load levels, printed as a markdown table.
import { parseArgs } from 'node:util';
import type { Load } from './city.ts';
import { runLoad, type PolicySummary } from './report.ts';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '20' },
    orders: { type: 'string', default: '1200' },
    seed: { type: 'string', default: '1' },
  },
});
const days = Number(values.days);
const ordersPerDay = Number(values.orders);
const firstSeed = Number(values.seed);
const seeds = Array.from({ length: days }, (_, i) => firstSeed + i);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const min = (s: number) => (s / 60).toFixed(1);
const row = (load: string, policy: string, s: PolicySummary) =>
  `| ${load} | ${policy} | ${pct(s.delivered)} | ${pct(s.within40)} | ${min(s.meanClickToDoor)} | ${min(s.p90ClickToDoor)} | ${min(s.meanKitchenWait)} | ${min(s.meanFoodWait)} | ${s.ordersPerDriverHour.toFixed(2)} | ${s.msPerRound.toFixed(2)} |`;

const lines = [
  `${days} seeded days (seeds ${firstSeed}..${firstSeed + days - 1}), ~${ordersPerDay} orders a day, rounds of 60 s; times in minutes; greedy's ms are per dispatch event`,
  '',
  '| load | policy | delivered | within 40 min | mean click-to-door | p90 click-to-door | mean driver wait at kitchen | mean food wait for driver | orders / driver-hour | ms / round |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
const margins: string[] = [];
const started = performance.now();
for (const load of ['plentiful', 'balanced', 'scarce'] as Load[]) {
  const r = runLoad(load, seeds, ordersPerDay);
  lines.push(row(load, 'planner', r.planner), row(load, 'greedy', r.greedy));
  const wins = r.planner.days.filter((d, i) => d.within40 > r.greedy.days[i]!.within40).length;
  const faster = r.planner.days.filter(
    (d, i) => d.meanClickToDoor < r.greedy.days[i]!.meanClickToDoor,
  ).length;
  margins.push(
    `| ${load} | ${((r.planner.within40 - r.greedy.within40) * 100).toFixed(1)} pts | ${wins}/${days} | ${min(r.greedy.meanClickToDoor - r.planner.meanClickToDoor)} min | ${faster}/${days} |`,
  );
}
lines.push(
  '',
  '| load | within 40 min, planner − greedy | days planner ahead | mean click-to-door, greedy − planner | days planner faster |',
  '|---|---:|---:|---:|---:|',
  ...margins,
  '',
  `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
process.stdout.write(lines.join('\n') + '\n');
