import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  APP_URLS,
  completeStripeOnboarding,
  setUpPayouts,
  signInAt,
  uniqueEmail,
} from './helpers.ts';

// Chef project (playwright.config.ts); each test opens the apps it needs in its own contexts,
// on a phone-sized screen where the person would be on the go. A new kitchen that is approved
// and then connects Stripe is covered by kitchen-verification.spec.ts.

const PHONE = { width: 390, height: 844 };

async function open(browser: Browser, app: keyof typeof APP_URLS, phone = false): Promise<Page> {
  const context = await browser.newContext({
    baseURL: APP_URLS[app],
    ...(phone ? { viewport: PHONE } : {}),
  });
  return context.newPage();
}

test('a chef who leaves Stripe’s form half-done sees what is missing, then finishes it', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const email = uniqueEmail('rosa');
  const kitchenName = `Rosa’s Pupusas ${Date.now().toString(36)}`;
  const page = await open(browser, 'chef', true);
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent('/application')}`);
  await page.getByLabel('Full name').fill('Rosa Alvarado');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('pupusas on fridays');
  await page.getByRole('button', { name: 'Create account' }).click();
  // Creating an account hashes the password: slow on a busy machine.
  await expect(page).toHaveURL((url) => url.pathname === '/application', { timeout: 30_000 });
  await page.getByLabel('Kitchen name').fill(kitchenName);
  await page.getByRole('button', { name: 'Start application' }).click();
  await expect(page.getByRole('heading', { name: 'Your kitchen and delivery area' })).toBeVisible();

  // The dashboard's payouts card sends the chef to Stripe's form; they save after their name.
  await page.goto('/');
  const payouts = page.getByTestId('payouts');
  await expect(payouts.getByTestId('payout-state')).toHaveAttribute('data-state', 'not_started');
  await payouts.getByRole('button', { name: 'Set up payouts' }).click();
  await expect(page).toHaveURL(/\/onboard\//);
  await page.getByLabel('First name').fill('Rosa');
  await page.getByRole('button', { name: 'Save and finish later' }).click();

  // Back on the return page: incomplete, and what Stripe still needs, in words.
  await expect(page).toHaveURL((url) => url.pathname === '/payouts/return');
  await expect(page.getByText('You left before finishing: your progress is saved')).toBeVisible();
  await expect(page.getByTestId('payout-state')).toHaveAttribute('data-state', 'incomplete');
  const missing = page.getByTestId('payout-missing');
  for (const item of [
    'Last name',
    'Date of birth',
    'Bank account for payouts',
    'Acceptance of the Stripe services agreement',
  ]) {
    await expect(missing).toContainText(item);
  }
  await expect(missing).not.toContainText('First name');
  await expect(page.getByRole('button', { name: 'Open Stripe dashboard' })).toHaveCount(0);

  // An admin sees the same, live from Stripe, on the kitchen's page.
  const admin = await open(browser, 'admin');
  await signInAt(admin, '/kitchens', 'admin@homechef.local');
  await admin.getByLabel('Search').fill(email);
  await admin.getByRole('link', { name: kitchenName, exact: true }).click();
  const account = admin.getByTestId('stripe-account');
  await expect(account.getByTestId('payout-state')).toHaveAttribute('data-state', 'incomplete');
  await expect(account.getByTestId('payout-missing')).toContainText('Date of birth');

  // The chef picks up where they left off (the name is kept) and finishes.
  await page.getByRole('button', { name: 'Finish setting up payouts' }).click();
  await expect(page).toHaveURL(/\/onboard\//);
  await expect(page.getByLabel('First name')).toHaveValue('Rosa');
  await completeStripeOnboarding(page, { first: 'Rosa', last: 'Alvarado' });
  await expect(page).toHaveURL((url) => url.pathname === '/payouts/return');
  await expect(page.getByTestId('payout-state')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('payout-missing')).toHaveCount(0);

  // The Express dashboard opens once details are in.
  await page.getByRole('button', { name: 'Open Stripe dashboard' }).click();
  await expect(page).toHaveURL(/\/express\//);

  await admin.reload();
  await expect(account.getByTestId('payout-state')).toHaveAttribute('data-state', 'connected');
});

test('a driver sets up payouts from the driver app on a phone', async ({ browser }) => {
  test.setTimeout(60_000);
  // A demo driver whose payouts were never set up (packages/db demo city).
  const page = await open(browser, 'driver', true);
  await signInAt(page, '/', 'driver11@homechef.local');
  const payouts = page.getByTestId('payouts');
  await expect(payouts.getByTestId('payout-state')).toHaveAttribute('data-state', 'not_started');
  await setUpPayouts(page, { first: 'Tomás', last: 'Rivera' });
  await expect(page.getByText('You’re all set: payouts are on')).toBeVisible();
  await expect(page.getByTestId('payout-state')).toHaveAttribute('data-state', 'connected');
  await page.getByRole('link', { name: 'Back to deliveries' }).click();
  await expect(page.getByTestId('payouts').getByTestId('payout-state')).toHaveAttribute(
    'data-state',
    'connected',
  );
});
