import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { startHarness } from './harness.ts';

describe('API conventions', () => {
  it('checks the secret key and the Stripe-Account header', async () => {
    const { sandbox, stripe } = await startHarness();
    const wrong = new Stripe('sk_test_wrongkey123456', {
      ...sandbox.stripeConfig,
      maxNetworkRetries: 0,
    });
    await expect(wrong.accounts.list()).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
      message: expect.stringContaining('Invalid API Key provided: sk_test_') as string,
    });
    const live = new Stripe('sk_live_whatever1234', {
      ...sandbox.stripeConfig,
      maxNetworkRetries: 0,
    });
    await expect(live.balance.retrieve()).rejects.toMatchObject({ statusCode: 401 });
    await expect(
      stripe.balance.retrieve({}, { stripeAccount: 'acct_unknown' }),
    ).rejects.toMatchObject({
      type: 'StripePermissionError',
      statusCode: 403,
      code: 'account_invalid',
    });
  });

  it('returns Stripe error objects: missing and invalid params, unknown ids, bad expand', async () => {
    const { stripe } = await startHarness();
    const missing = await stripe.accountLinks
      .create({
        type: 'account_onboarding',
        refresh_url: 'https://a.test',
        return_url: 'https://a.test',
      } as Stripe.AccountLinkCreateParams)
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({
      statusCode: 400,
      code: 'parameter_missing',
      param: 'account',
      message: 'Missing required param: account.',
    });
    const raw = (missing as Stripe.errors.StripeError).raw as Record<string, unknown>;
    expect(raw.type).toBe('invalid_request_error');

    await expect(
      stripe.paymentIntents.create({ amount: 'ten' as unknown as number, currency: 'usd' }),
    ).rejects.toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' });
    await expect(stripe.paymentIntents.retrieve('pi_missing')).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      message: "No such payment_intent: 'pi_missing'",
    });
    const account = await stripe.accounts.create({ type: 'express' });
    await expect(
      stripe.accounts.retrieve(account.id, { expand: ['nonsense'] }),
    ).rejects.toMatchObject({
      statusCode: 400,
      param: 'expand',
    });
    await expect(
      stripe.transfers.create({
        amount: 100,
        currency: 'usd',
        destination: account.id,
        destinaton_typo: 'x',
      } as Stripe.TransferCreateParams),
    ).rejects.toMatchObject({
      code: 'parameter_unknown',
      param: 'destinaton_typo',
      statusCode: 400,
    });
    const raw404: unknown = await stripe
      .rawRequest('GET', '/v1/not_a_thing', {})
      .catch((e: unknown) => e);
    expect(raw404).toMatchObject({
      statusCode: 404,
      message: expect.stringContaining('Unrecognized request URL') as string,
    });
  });

  it('replays an idempotent request and refuses the same key with other parameters', async () => {
    const { stripe } = await startHarness();
    const first = await stripe.accounts.create(
      { type: 'express', email: 'chef@example.com' },
      { idempotencyKey: 'chef-7-account' },
    );
    const replay = await stripe.accounts.create(
      { type: 'express', email: 'chef@example.com' },
      { idempotencyKey: 'chef-7-account' },
    );
    expect(replay.id).toBe(first.id);
    expect(replay.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await stripe.accounts.list()).data).toHaveLength(1);

    const mismatch = await stripe.accounts
      .create({ type: 'express', email: 'other@example.com' }, { idempotencyKey: 'chef-7-account' })
      .catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(mismatch).toMatchObject({ type: 'StripeIdempotencyError', statusCode: 400 });
    expect((await stripe.accounts.list()).data).toHaveLength(1);

    // Errors are replayed too: the same failing request gives the same error, not a new attempt.
    const failA = await stripe.refunds
      .create({ charge: 'ch_nope' }, { idempotencyKey: 'r1' })
      .catch((e: unknown) => e);
    const failB = await stripe.refunds
      .create({ charge: 'ch_nope' }, { idempotencyKey: 'r1' })
      .catch((e: unknown) => e);
    expect((failA as Stripe.errors.StripeError).requestId).toBeTruthy();
    expect((failB as Stripe.errors.StripeError).message).toBe(
      (failA as Stripe.errors.StripeError).message,
    );
  });

  it('paginates newest first with limit, starting_after, ending_before and has_more', async () => {
    const { stripe } = await startHarness();
    const created: string[] = [];
    for (let i = 0; i < 5; i++)
      created.push(
        (await stripe.accounts.create({ type: 'express', metadata: { i: String(i) } })).id,
      );
    const newestFirst = [...created].reverse();

    const page1 = await stripe.accounts.list({ limit: 2 });
    expect(page1.data.map((a) => a.id)).toEqual(newestFirst.slice(0, 2));
    expect(page1.has_more).toBe(true);
    expect(page1.url).toBe('/v1/accounts');
    const page2 = await stripe.accounts.list({ limit: 2, starting_after: page1.data[1]?.id });
    expect(page2.data.map((a) => a.id)).toEqual(newestFirst.slice(2, 4));
    const page3 = await stripe.accounts.list({ limit: 2, starting_after: page2.data[1]?.id });
    expect(page3.data.map((a) => a.id)).toEqual(newestFirst.slice(4));
    expect(page3.has_more).toBe(false);
    const back = await stripe.accounts.list({ limit: 2, ending_before: page3.data[0]?.id });
    expect(back.data.map((a) => a.id)).toEqual(newestFirst.slice(2, 4));
    expect(back.has_more).toBe(true);

    const all = await stripe.accounts.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
    expect(all.map((a) => a.id)).toEqual(newestFirst);
    await expect(stripe.accounts.list({ limit: 101 })).rejects.toMatchObject({ param: 'limit' });
    await expect(stripe.accounts.list({ starting_after: 'acct_gone' })).rejects.toMatchObject({
      code: 'resource_missing',
      param: 'starting_after',
    });
  });

  it('lists and retrieves events, filtered by created and type', async () => {
    const { stripe } = await startHarness();
    const a = await stripe.accounts.create({ type: 'express' });
    await stripe.accounts.update(a.id, { metadata: { step: '1' } });
    const all = await stripe.events.list();
    expect(all.data).toHaveLength(1);
    const event = all.data[0];
    if (!event) throw new Error('no event');
    expect(event).toMatchObject({
      object: 'event',
      type: 'account.updated',
      livemode: false,
      account: a.id,
    });
    expect(event.request?.idempotency_key).toEqual(expect.any(String));
    expect((await stripe.events.retrieve(event.id)).id).toBe(event.id);
    expect((await stripe.events.list({ created: { gt: event.created } })).data).toHaveLength(0);
    expect((await stripe.events.list({ created: { gte: event.created } })).data).toHaveLength(1);
    expect((await stripe.events.list({ type: 'account.*' })).data).toHaveLength(1);
    expect((await stripe.events.list({ types: ['charge.succeeded'] })).data).toHaveLength(0);
    expect((await stripe.events.list({}, { stripeAccount: a.id })).data.map((e) => e.id)).toEqual([
      event.id,
    ]);
    await expect(stripe.events.retrieve('evt_missing')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('keeps metadata on every object it is given to', async () => {
    const { stripe } = await startHarness();
    const pi = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      metadata: { order: '9' },
    });
    expect(pi.metadata).toEqual({ order: '9' });
    const updated = await stripe.paymentIntents.update(pi.id, {
      metadata: { order: '', note: 'x' },
    });
    expect(updated.metadata).toEqual({ note: 'x' });
    expect((await stripe.paymentIntents.retrieve(pi.id)).metadata).toEqual({ note: 'x' });
  });
});
