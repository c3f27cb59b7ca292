/** A small closed-loop HTTP load generator: `concurrency` keep-alive clients for `seconds`. */
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  concurrency?: number;
  seconds?: number;
}

function once(
  agent: Agent,
  url: URL,
  { method = 'GET', headers = {}, body }: LoadOptions,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method,
        headers: { ...headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const { concurrency = 16, seconds = 3 } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(options.url);
  // Warm up connections and JIT before measuring.
  await Promise.all(Array.from({ length: concurrency }, () => once(agent, url, options)));
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const status = await once(agent, url, options);
          if (status >= 400) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
  };
}

export function report(title: string, rows: [string, LoadResult][], baseline: string) {
  const base = rows.find(([name]) => name === baseline)?.[1];
  console.log(`\n${title}`);
  console.log('| case | req/s | ratio to baseline | p50 ms | p99 ms | errors |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, r] of rows) {
    const ratio = base ? (r.rps / base.rps).toFixed(2) : '—';
    console.log(
      `| ${name}${name === baseline ? ' (baseline)' : ''} | ${r.rps.toFixed(0)} | ${ratio} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} |`,
    );
  }
}
