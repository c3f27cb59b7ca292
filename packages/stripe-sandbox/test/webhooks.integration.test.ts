import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { COMPLETE_ONBOARDING, onboard, startHarness, until, webhookReceiver } from './harness.ts';

const SECRET = 'whsec_test_secret_for_contract';

describe('webhooks', () => {
  it('signs every event so stripe.webhooks.constructEvent accepts it', async () => {
    const receiver = await webhookReceiver();
    await receiver.listen();
    const { stripe } = await startHarness({ webhooks: [{ url: receiver.url, secret: SECRET }] });
    const account = await stripe.accounts.create({ type: 'express' });
    await onboard(stripe, account.id, COMPLETE_ONBOARDING);
    const got = await until(() => receiver.received[0]);
    expect(got.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const event = stripe.webhooks.constructEvent(got.payload, got.signature, SECRET, 300);
    expect(event.type).toBe('account.updated');
    if (event.type !== 'account.updated') throw new Error('unexpected event');
    expect(event.data.object.id).toBe(account.id);
    expect(event.data.object.charges_enabled).toBe(true);
    const listed = await stripe.events.retrieve(event.id);
    expect(listed.id).toBe(event.id);
    await until(
      async () => (await stripe.events.retrieve(event.id)).pending_webhooks === 0 || undefined,
    );
  });

  it('a tampered payload, a wrong secret or a stale timestamp fails verification', async () => {
    const receiver = await webhookReceiver();
    await receiver.listen();
    const { stripe } = await startHarness({ webhooks: [{ url: receiver.url, secret: SECRET }] });
    const account = await stripe.accounts.create({ type: 'express' });
    await stripe.accounts.update(account.id, { metadata: { a: '1' } });
    const got = await until(() => receiver.received[0]);
    const tampered = got.payload.replace('"livemode": false', '"livemode": true');
    expect(tampered).not.toBe(got.payload);
    expect(() => stripe.webhooks.constructEvent(tampered, got.signature, SECRET)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(() => stripe.webhooks.constructEvent(got.payload, got.signature, 'whsec_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    const t = Number(/t=(\d+)/.exec(got.signature)?.[1]);
    // The same signature checked 301 s after it was made is outside the 300 s tolerance.
    expect(() =>
      stripe.webhooks.constructEvent(
        got.payload,
        got.signature,
        SECRET,
        300,
        undefined,
        (t + 301) * 1000,
      ),
    ).toThrow(/Timestamp outside the tolerance zone/);
    expect(
      stripe.webhooks.constructEvent(
        got.payload,
        got.signature,
        SECRET,
        300,
        undefined,
        (t + 299) * 1000,
      ).type,
    ).toBe('account.updated');
  });

  it('retries with backoff while the endpoint is down or failing, then delivers', async () => {
    const receiver = await webhookReceiver();
    const { stripe, sandbox } = await startHarness({
      webhooks: [{ url: receiver.url, secret: SECRET }],
    });
    const account = await stripe.accounts.create({ type: 'express' });
    await stripe.accounts.update(account.id, { metadata: { a: '1' } });
    await until(() => sandbox.deliveries.filter((d) => !d.ok).length >= 2 || undefined);
    expect(sandbox.deliveries.every((d) => !d.ok)).toBe(true);
    expect(receiver.received).toHaveLength(0);
    const [firstFail, secondFail] = sandbox.deliveries;
    expect((secondFail?.at ?? 0) - (firstFail?.at ?? 0)).toBeGreaterThanOrEqual(30);

    receiver.status = 500;
    await receiver.listen();
    await until(() => sandbox.deliveries.some((d) => d.status === 500) || undefined);
    expect(receiver.received).toHaveLength(0);

    receiver.status = 200;
    const got = await until(() => receiver.received[0]);
    const event = stripe.webhooks.constructEvent(got.payload, got.signature, SECRET);
    expect(event.type).toBe('account.updated');
    await sandbox.webhooksIdle();
    expect(receiver.received).toHaveLength(1);
    // Each retry is signed afresh, so the redelivered signature is current.
    expect(Number(/t=(\d+)/.exec(got.signature)?.[1])).toBeGreaterThanOrEqual(event.created);
  });

  it('the test-only chaos switch delivers events late, newest first and twice', async () => {
    const receiver = await webhookReceiver();
    await receiver.listen();
    const { stripe, sandbox } = await startHarness({
      webhooks: [{ url: receiver.url, secret: SECRET }],
    });
    sandbox.setWebhookChaos({ holdMs: 1500 });
    const account = await stripe.accounts.create({ type: 'express' });
    const started = Date.now();
    for (const step of ['1', '2', '3'])
      await stripe.accounts.update(account.id, { metadata: { step } });
    const ids = (await stripe.events.list()).data.map((e) => e.id).reverse();
    expect(ids).toHaveLength(3);
    await until(() => receiver.received.length >= 6 || undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    const order = receiver.received.map(
      (r) => stripe.webhooks.constructEvent(r.payload, r.signature, SECRET).id,
    );
    expect(order).toEqual([ids[2], ids[1], ids[0], ids[0], ids[1], ids[2]]);

    sandbox.setWebhookChaos(null);
    await stripe.accounts.update(account.id, { metadata: { step: '4' } });
    await until(() => receiver.received.length >= 7 || undefined);
    await sandbox.webhooksIdle();
    expect(receiver.received).toHaveLength(7);
  });
});
