// health.ping through the whole stack (HTTP, tRPC, superjson, context) against a bare Node
// HTTP server answering a fixed JSON body: the ratio is the cost of the API framework.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../src/logger.ts';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';
import { report, type Measurement } from '@homechef/bench';
import { load } from './load.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const bare = createServer((_req, res) => {
  res
    .writeHead(200, { 'content-type': 'application/json' })
    .end('{"result":{"data":{"json":{"ok":true}}}}');
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'never',
});
const api = await startServer(config, createLogger('silent'));

const rows: [string, Measurement][] = [];
rows.push(['bare node:http JSON', await load({ url: bareUrl, seconds })]);
rows.push(['health.ping over /trpc', await load({ url: `${api.url}/trpc/health.ping`, seconds })]);
report(
  `API framework overhead (db: ${api.database.kind}, bus: ${api.bus.kind}, ${seconds}s each, 16 connections)`,
  rows,
  'bare node:http JSON',
);

await api.close();
bare.close();
