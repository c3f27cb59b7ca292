/**
 * Test helpers for code that uses the sandbox: driving its hosted pages the way a browser
 * does (onboarding, checkout) without a browser. Not used by the sandbox itself.
 */
import type Stripe from 'stripe';

/** Posts a hosted-page form the way a browser does, without following the redirect. */
export async function submitForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

export function formAction(html: string, base: string): string {
  const m = /<form method="post" action="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no form on the page');
  return new URL(m[1].replaceAll('&amp;', '&'), base).toString();
}

export const COMPLETE_ONBOARDING = {
  first_name: 'Ada',
  last_name: 'Chef',
  dob: '1990-04-01',
  account_number: '000123456789',
  tos: 'accepted',
  action: 'submit',
};

/** Creates an account link, opens the hosted page and submits `fields`; returns the redirect. */
export async function onboard(
  stripe: Stripe,
  account: string,
  fields: Record<string, string>,
): Promise<string> {
  const link = await stripe.accountLinks.create({
    account,
    type: 'account_onboarding',
    refresh_url: 'https://app.test/onboarding/refresh',
    return_url: 'https://app.test/onboarding/return',
  });
  return fillOnboarding(link.url, fields);
}

/** Opens a hosted onboarding link and posts the form as a browser would; returns the redirect. */
export async function fillOnboarding(url: string, fields: Record<string, string>): Promise<string> {
  const page = await fetch(url, { redirect: 'manual' });
  if (page.status !== 200) throw new Error(`onboarding page answered ${page.status}`);
  const res = await submitForm(formAction(await page.text(), url), fields);
  return res.headers.get('location') ?? `status ${res.status}`;
}

/** An Express account that finished onboarding (charges and payouts enabled). */
export async function connectedAccount(
  stripe: Stripe,
  metadata: Record<string, string> = {},
): Promise<Stripe.Account> {
  const account = await stripe.accounts.create({
    type: 'express',
    country: 'US',
    email: 'chef@example.com',
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    metadata,
  });
  await onboard(stripe, account.id, COMPLETE_ONBOARDING);
  return stripe.accounts.retrieve(account.id);
}

/** Opens the Checkout page and pays with `card`; returns the final response (redirect not followed). */
export async function payCheckout(
  session: Stripe.Checkout.Session,
  card: string,
): Promise<Response> {
  if (!session.url) throw new Error('session has no url');
  const page = await fetch(session.url);
  if (page.status !== 200) throw new Error(`checkout page answered ${page.status}`);
  return submitForm(formAction(await page.text(), session.url), {
    email: 'customer@example.com',
    card_number: card,
    name: 'Casey Customer',
  });
}
