#!/usr/bin/env -S npx tsx
/**
 * Runs the Stripe sandbox on its own:
 *   STRIPE_SANDBOX_PORT=12111 DATA_DIR=.data STRIPE_WEBHOOK_URL=http://localhost:9001/webhooks/stripe \
 *   STRIPE_WEBHOOK_SECRET=whsec_… npm run sandbox -w @homechef/stripe-sandbox
 */
import { join, resolve } from 'node:path';
import { DEFAULT_SECRET_KEY, startStripeSandbox } from './server.ts';

const env = process.env;
const port = Number(env.STRIPE_SANDBOX_PORT ?? 12111);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`STRIPE_SANDBOX_PORT must be a port number, got "${env.STRIPE_SANDBOX_PORT}"`);
  process.exit(1);
}
const dataDir = resolve(join(env.DATA_DIR ?? '.data', 'stripe-sandbox'));
const secretKey = env.STRIPE_SANDBOX_SECRET_KEY ?? DEFAULT_SECRET_KEY;
const webhookUrl = env.STRIPE_WEBHOOK_URL;
const webhookSecret = env.STRIPE_WEBHOOK_SECRET ?? 'whsec_homechef_sandbox';

const sandbox = await startStripeSandbox({
  port,
  dataDir,
  secretKey,
  webhooks: webhookUrl ? [{ url: webhookUrl, secret: webhookSecret }] : [],
  webhookChaos: env.STRIPE_SANDBOX_WEBHOOK_CHAOS === '1' ? { holdMs: 2000 } : null,
});

console.warn(
  [
    `Stripe sandbox listening on ${sandbox.url}`,
    `  API:        ${sandbox.url}/v1 (secret key ${secretKey})`,
    `  Onboarding: ${sandbox.url}/onboard/<account link>`,
    `  Checkout:   ${sandbox.url}/pay/<checkout session id>`,
    `  Dashboard:  ${sandbox.url}/express/<login link>`,
    `  Webhooks:   ${webhookUrl ? `${webhookUrl} (signed with ${webhookSecret.slice(0, 10)}…)` : 'none (set STRIPE_WEBHOOK_URL)'}`,
    `  Data:       ${dataDir}`,
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
