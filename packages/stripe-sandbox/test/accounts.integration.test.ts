import { describe, expect, it } from 'vitest';
import {
  COMPLETE_ONBOARDING,
  connectedAccount,
  formAction,
  onboard,
  startHarness,
  submitForm,
} from './harness.ts';

describe('Connect Express accounts and onboarding', () => {
  it('creates an Express account that cannot take charges until onboarding is done', async () => {
    const { stripe } = await startHarness();
    const account = await stripe.accounts.create({
      type: 'express',
      country: 'US',
      email: 'chef@example.com',
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      metadata: { chef_id: 'chef_42' },
    });
    expect(account.id).toMatch(/^acct_/);
    expect(account.type).toBe('express');
    expect(account.charges_enabled).toBe(false);
    expect(account.payouts_enabled).toBe(false);
    expect(account.details_submitted).toBe(false);
    expect(account.capabilities).toEqual({ card_payments: 'inactive', transfers: 'inactive' });
    expect(account.requirements?.currently_due).toEqual(
      expect.arrayContaining(['individual.first_name', 'external_account', 'tos_acceptance.date']),
    );
    expect(account.metadata).toEqual({ chef_id: 'chef_42' });
    const again = await stripe.accounts.retrieve(account.id);
    expect(again).toEqual(account);
  });

  it('completing the hosted onboarding enables charges and payouts and emits account.updated', async () => {
    const { stripe } = await startHarness();
    const account = await stripe.accounts.create({ type: 'express', country: 'US' });
    const location = await onboard(stripe, account.id, COMPLETE_ONBOARDING);
    expect(location).toBe('https://app.test/onboarding/return');
    const done = await stripe.accounts.retrieve(account.id);
    expect(done.charges_enabled).toBe(true);
    expect(done.payouts_enabled).toBe(true);
    expect(done.details_submitted).toBe(true);
    expect(done.requirements?.currently_due).toEqual([]);
    expect(done.requirements?.disabled_reason).toBeNull();
    expect(done.capabilities).toEqual({ card_payments: 'active', transfers: 'active' });
    expect(done.tos_acceptance?.date).toEqual(expect.any(Number));

    const events = await stripe.events.list({ type: 'account.updated' });
    expect(events.data).toHaveLength(1);
    const event = events.data[0];
    expect(event?.account).toBe(account.id);
    const object = event?.data.object as typeof done;
    expect(object.charges_enabled).toBe(true);
    expect(event?.data.previous_attributes).toMatchObject({ charges_enabled: false });
  });

  it('leaving onboarding incomplete returns to return_url with what is still due', async () => {
    const { stripe } = await startHarness();
    const account = await stripe.accounts.create({ type: 'express', country: 'US' });
    const location = await onboard(stripe, account.id, {
      first_name: 'Ada',
      last_name: 'Chef',
      action: 'save',
    });
    expect(location).toBe('https://app.test/onboarding/return');
    const partial = await stripe.accounts.retrieve(account.id);
    expect(partial.charges_enabled).toBe(false);
    expect(partial.details_submitted).toBe(false);
    expect(partial.requirements?.currently_due).toEqual([
      'individual.dob.day',
      'individual.dob.month',
      'individual.dob.year',
      'external_account',
      'tos_acceptance.date',
      'tos_acceptance.ip',
    ]);
    expect(partial.requirements?.disabled_reason).toBe('requirements.past_due');

    // "Submit" with fields still missing keeps the person on the form.
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: 'https://app.test/r',
      return_url: 'https://app.test/ok',
    });
    const page = await fetch(link.url);
    const html = await page.text();
    expect(html).toContain('value="Ada"');
    const res = await submitForm(formAction(html, link.url), {
      dob: '1990-04-01',
      action: 'submit',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('external_account');
    const still = await stripe.accounts.retrieve(account.id);
    expect(still.requirements?.currently_due).toEqual([
      'external_account',
      'tos_acceptance.date',
      'tos_acceptance.ip',
    ]);

    // A second onboarding run finishes it.
    await onboard(stripe, account.id, {
      account_number: '000123456789',
      tos: 'accepted',
      action: 'submit',
    });
    expect((await stripe.accounts.retrieve(account.id)).charges_enabled).toBe(true);
  });

  it('a spent account link sends the person to refresh_url', async () => {
    const { stripe } = await startHarness();
    const account = await stripe.accounts.create({ type: 'express', country: 'US' });
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: 'https://app.test/refresh',
      return_url: 'https://app.test/return',
    });
    expect(link.object).toBe('account_link');
    expect(link.expires_at).toBeGreaterThan(link.created);
    expect((await fetch(link.url, { redirect: 'manual' })).status).toBe(200);
    const second = await fetch(link.url, { redirect: 'manual' });
    expect(second.status).toBe(303);
    expect(second.headers.get('location')).toBe('https://app.test/refresh');
  });

  it('login links open the Express dashboard once onboarding is complete', async () => {
    const { stripe } = await startHarness();
    const fresh = await stripe.accounts.create({ type: 'express', country: 'US' });
    await expect(stripe.accounts.createLoginLink(fresh.id)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
    });
    const account = await connectedAccount(stripe);
    const link = await stripe.accounts.createLoginLink(account.id);
    expect(link.object).toBe('login_link');
    const page = await fetch(link.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(account.id);
    expect(html).toContain('payouts enabled');
  });

  it('updates metadata with Stripe rules and reads the account through Stripe-Account', async () => {
    const { stripe } = await startHarness();
    const account = await stripe.accounts.create({ type: 'express', metadata: { a: '1', b: '2' } });
    const updated = await stripe.accounts.update(account.id, { metadata: { a: '', c: '3' } });
    expect(updated.metadata).toEqual({ b: '2', c: '3' });
    const own = await stripe.accounts.retrieveCurrent({}, { stripeAccount: account.id });
    expect(own.id).toBe(account.id);
    await expect(stripe.accounts.retrieve('acct_missing')).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 404,
      code: 'resource_missing',
      param: 'id',
      message: "No such account: 'acct_missing'",
    });
  });
});
