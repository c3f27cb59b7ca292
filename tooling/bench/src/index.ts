/**
 * Closed-loop measurement for `npm run bench`: `concurrency` workers call `run` back to back
 * for `seconds`, after a warm-up. Figures are meant to be read as ratios against a baseline
 * measured in the same run (the machines are small and noisy).
 */
export interface Measurement {
  calls: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Mean of the numbers `run` returned (rows found, say), when it returned numbers. */
  perCall: number | null;
}

export interface MeasureOptions {
  concurrency?: number;
  seconds?: number;
}

/** `run` returns false for a failed call, a number to average (rows…), or nothing. */
export type Run = (i: number) => Promise<number | boolean | void>;

export async function measure(
  run: Run,
  { concurrency = 16, seconds = 3 }: MeasureOptions = {},
): Promise<Measurement> {
  let n = 0;
  for (let i = 0; i < concurrency * 2; i++) await run(n++);
  const latencies: number[] = [];
  let errors = 0;
  let total = 0;
  let numbers = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const result = await run(n++);
          if (result === false) errors++;
          if (typeof result === 'number') {
            total += result;
            numbers++;
          }
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    calls: latencies.length,
    errors,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    perCall: numbers ? total / numbers : null,
  };
}

/** Prints a markdown table with each case's throughput as a ratio of the baseline's. */
export function report(title: string, rows: [string, Measurement][], baseline: string): void {
  const base = rows.find(([name]) => name === baseline)?.[1];
  const withPerCall = rows.some(([, m]) => m.perCall !== null);
  const lines = [
    `\n${title}`,
    `| case | calls/s | ratio to baseline | p50 ms | p99 ms | errors |${withPerCall ? ' rows/call |' : ''}`,
    `|---|---:|---:|---:|---:|---:|${withPerCall ? '---:|' : ''}`,
    ...rows.map(([name, m]) => {
      const ratio = base ? (m.perSecond / base.perSecond).toFixed(2) : '—';
      const perCall = withPerCall ? ` ${m.perCall?.toFixed(1) ?? '—'} |` : '';
      return `| ${name}${name === baseline ? ' (baseline)' : ''} | ${m.perSecond.toFixed(0)} | ${ratio} | ${m.p50.toFixed(2)} | ${m.p99.toFixed(2)} | ${m.errors} |${perCall}`;
    }),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
