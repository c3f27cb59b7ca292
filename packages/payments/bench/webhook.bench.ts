// Webhook handling throughput: a signed `account.updated` event verified on its raw body,
// recorded in stripe_events and applied (the account read back from the in-process sandbox,
// the chef row updated) in one transaction, next to a floor measured in the same run: the same
// event row inserted by plain SQL. A second case isolates the bookkeeping (an event type with
// no effect: signature check and the recording transaction only).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, report, type Measurement } from '@homechef/bench';
import { chefs, createDatabase, users } from '@homechef/db';
import { startStripeSandbox } from '@homechef/stripe-sandbox';
import { sql } from 'drizzle-orm';
import { createStripeClient } from '../src/client.ts';
import { handleEvent, verifyWebhook } from '../src/webhooks.ts';

const ACCOUNTS = 20;
const SECRET = 'whsec_bench';
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const concurrency = 8;
const runId = Date.now().toString(36);

const handle = process.env.DATABASE_URL
  ? createDatabase({ url: process.env.DATABASE_URL, max: concurrency + 2 })
  : createDatabase({ dataDir: join(process.env.DATA_DIR ?? tmpdir(), 'pglite-webhook-bench') });
await handle.migrate();
const { db } = handle;
const sandbox = await startStripeSandbox({
  dataDir: mkdtempSync(join(tmpdir(), 'webhook-bench-sandbox-')),
});
const stripe = createStripeClient({
  secretKey: sandbox.secretKey,
  endpoint: sandbox.stripeConfig,
  maxNetworkRetries: 0,
});

const accounts: string[] = [];
for (let i = 0; i < ACCOUNTS; i++) {
  const account = await stripe.accounts.create({ type: 'express' });
  const [user] = await db
    .insert(users)
    .values({
      email: `bench-webhook-${runId}-${i}@bench.test`,
      passwordHash: 'x',
      name: `Bench chef ${i}`,
      role: 'chef',
    })
    .returning({ id: users.id });
  if (!user) throw new Error('no user');
  await db.insert(chefs).values({
    userId: user.id,
    businessName: `Bench kitchen ${i}`,
    lat: 37.8,
    lng: -122.27,
    stripeAccountId: account.id,
  });
  accounts.push(account.id);
}
const template = await stripe.accounts.retrieve(accounts[0] ?? '');

function payload(kind: string, i: number, type: string): string {
  const account = { ...template, id: accounts[i % ACCOUNTS] ?? '' };
  return JSON.stringify({
    id: `evt_bench_${runId}_${kind}_${i}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    type,
    account: account.id,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: account, previous_attributes: { metadata: {} } },
  });
}

const sign = (body: string) =>
  stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET });

const cases: [string, (i: number) => Promise<unknown>][] = [
  [
    'floor: the event row by plain SQL',
    async (i) => {
      const body = payload('floor', i, 'account.updated');
      const event = JSON.parse(body) as { id: string; type: string };
      await db.execute(
        sql`insert into stripe_events (id, type, payload, processed_at) values (${event.id}, ${event.type}, ${body}::jsonb, now())`,
      );
    },
  ],
  [
    'webhook, no effect (signature + record)',
    async (i) => {
      const body = payload('plain', i, 'customer.updated');
      await handleEvent({ db, stripe }, verifyWebhook(stripe, body, sign(body), SECRET));
    },
  ],
  [
    'webhook, account.updated (signature + retrieve + sync)',
    async (i) => {
      const body = payload('account', i, 'account.updated');
      const outcome = await handleEvent(
        { db, stripe },
        verifyWebhook(stripe, body, sign(body), SECRET),
      );
      return outcome === 'applied';
    },
  ],
];

const results: [string, Measurement][] = [];
for (const [name, run] of cases) {
  results.push([
    name,
    await measure(async (i) => (await run(i)) !== false, { concurrency, seconds }),
  ]);
}
report(
  `Stripe webhook handling (db: ${handle.kind}, ${seconds}s each, ${concurrency} in flight, ${ACCOUNTS} accounts)`,
  results,
  results[0]![0],
);

await sandbox.close();
await handle.close();
