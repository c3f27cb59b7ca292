/** HTTP load for the server benchmarks: keep-alive clients in a closed loop (see @homechef/bench). */
import { Agent, request } from 'node:http';
import { measure, type Measurement } from '@homechef/bench';

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

export async function load(options: LoadOptions): Promise<Measurement> {
  const { concurrency = 16, seconds = 3 } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(options.url);
  try {
    return await measure(async () => (await once(agent, url, options)) < 400, {
      concurrency,
      seconds,
    });
  } finally {
    agent.destroy();
  }
}
