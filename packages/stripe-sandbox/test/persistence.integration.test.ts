import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  available,
  checkoutFor,
  connectedAccount,
  payCheckout,
  startHarness,
  until,
  webhookReceiver,
} from './harness.ts';

describe('persistence', () => {
  it('a restart on the same data directory keeps accounts, payments, balances and idempotency keys', async () => {
    const h = await startHarness();
    const chef = await h.stripe.accounts.create({ type: 'express' }, { idempotencyKey: 'chef-1' });
    const ready = await connectedAccount(h.stripe);
    const session = await checkoutFor(h.stripe, ready.id, { food: 5000, fee: 750 });
    expect((await payCheckout(session, '4242424242424242')).status).toBe(303);
    const eventsBefore = (await h.stripe.events.list({ limit: 100 })).data.map((e) => e.id);

    await h.restart();

    expect((await h.stripe.accounts.retrieve(chef.id)).id).toBe(chef.id);
    expect((await h.stripe.accounts.retrieve(ready.id)).charges_enabled).toBe(true);
    const paid = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(paid.status).toBe('complete');
    expect((await h.stripe.paymentIntents.retrieve(paid.payment_intent as string)).status).toBe(
      'succeeded',
    );
    expect(await available(h.stripe)).toBe(750);
    expect(await available(h.stripe, ready.id)).toBe(4250);
    expect((await h.stripe.events.list({ limit: 100 })).data.map((e) => e.id)).toEqual(
      eventsBefore,
    );
    const replay = await h.stripe.accounts.create(
      { type: 'express' },
      { idempotencyKey: 'chef-1' },
    );
    expect(replay.id).toBe(chef.id);

    const files = await readdir(h.dataDir);
    expect(files).toEqual(['stripe-sandbox.json']);
    const saved = JSON.parse(await readFile(`${h.dataDir}/stripe-sandbox.json`, 'utf8')) as {
      accounts: object;
    };
    expect(Object.keys(saved.accounts)).toEqual(expect.arrayContaining([chef.id, ready.id]));
  });

  it('webhook deliveries still owed survive a restart', async () => {
    const receiver = await webhookReceiver();
    const secret = 'whsec_restart';
    const h = await startHarness({ webhooks: [{ url: receiver.url, secret }] });
    const account = await h.stripe.accounts.create({ type: 'express' });
    await h.stripe.accounts.update(account.id, { metadata: { a: '1' } });
    await until(() => h.sandbox.deliveries.some((d) => !d.ok) || undefined);
    await h.restart();
    await receiver.listen();
    const got = await until(() => receiver.received[0]);
    const event = h.stripe.webhooks.constructEvent(got.payload, got.signature, secret);
    expect(event.type).toBe('account.updated');
  });
});
