import path from 'node:path';
import { expect, test } from '@playwright/test';
import { APP_URLS, signInAt, submitSignIn, uniqueEmail } from './helpers.ts';

// Admin project: find a customer in the user list and suspend them.
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('an admin finds a customer and suspends them; the customer is signed out', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // A customer, signed in to the customer app in a browser of their own.
  const email = uniqueEmail('mallory');
  const password = 'orders too much';
  const customer = await browser.newPage({ baseURL: APP_URLS.customer });
  await customer.goto('/sign-up?callbackUrl=%2Faccount');
  await customer.getByLabel('Full name').fill('Mallory Customer');
  await customer.getByLabel('Email').fill(email);
  await customer.getByLabel(/^Password/).fill(password);
  await customer.getByRole('button', { name: 'Create account' }).click();
  await expect(customer).toHaveURL(/\/account$/);

  await signInAt(page, '/users', 'admin@homechef.local');
  const rows = page.getByTestId('user-row');
  await expect(rows.first()).toBeVisible();
  // The lists' first pages come rendered from the server: the newest account is in the HTML.
  const html = await (await page.request.get('/users')).text();
  expect(html).toContain('Mallory Customer');
  expect(await (await page.request.get('/audit')).text()).toContain('data-testid="audit-row"');
  const kitchens = await (await page.request.get('/kitchens')).text();
  expect(kitchens.match(/<tr[ >]/g)?.length ?? 0).toBeGreaterThan(1);
  await page.getByLabel('Search').fill(email);
  await page.getByLabel('Role').selectOption('customer');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Mallory Customer');
  await expect(rows.first()).toContainText('Active');

  // Suspending needs a reason and a confirmation.
  await rows
    .first()
    .getByRole('button', { name: /^Suspend/ })
    .click();
  const dialog = page.getByRole('dialog', { name: /Suspend Mallory Customer/ });
  await dialog.getByRole('button', { name: 'Suspend account' }).click();
  await expect(dialog.getByText(/Give a reason/)).toBeVisible();
  await dialog.getByLabel(/^Reason/).fill('Chargebacks on every order');
  await dialog.getByRole('button', { name: 'Suspend account' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows.first()).toContainText('Suspended');
  await expect(rows.first()).toContainText('Chargebacks on every order');

  // The status filter finds them among the suspended.
  await page.getByLabel('Status').selectOption('suspended');
  await expect(rows.filter({ hasText: email })).toHaveCount(1);

  for (const [name, viewport] of [
    ['admin-users-390', { width: 390, height: 844 }],
    ['admin-users-desktop', { width: 1280, height: 900 }],
  ] as const) {
    await page.setViewportSize(viewport);
    // From the top: a full-page shot of a scrolled page repeats the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  }

  // The audit log says what happened in words.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/audit');
  await expect(page.getByRole('table').getByText('Suspended account').first()).toBeVisible();

  // The customer's session ended: the next page load signs them out, and sign-in is refused.
  await customer.goto('/account');
  await expect(customer.getByTestId('account-details')).toHaveCount(0);
  await customer.goto('/sign-in');
  await submitSignIn(customer, email, password);
  await expect(customer.getByText('This account is suspended')).toBeVisible();
  await expect(customer).toHaveURL(/\/sign-in/);

  // Reinstated, they can sign in again.
  await page.goto('/users');
  await page.getByLabel('Search').fill(email);
  await expect(rows).toHaveCount(1);
  await rows
    .first()
    .getByRole('button', { name: /^Reinstate/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reinstate account' }).click();
  await expect(rows.first()).toContainText('Active');
  await customer.goto('/sign-in?callbackUrl=%2Faccount');
  await submitSignIn(customer, email, password);
  await expect(customer).toHaveURL(/\/account$/);
  await customer.close();
});

test('the system page, for the docs', async ({ page }) => {
  await signInAt(page, '/system', 'admin@homechef.local');
  await expect(page.getByTestId('heartbeat')).toHaveAttribute('data-state', 'live');
  for (const [name, viewport] of [
    ['admin-system-390', { width: 390, height: 844 }],
    ['admin-system-desktop', { width: 1280, height: 900 }],
  ] as const) {
    await page.setViewportSize(viewport);
    // From the top: a full-page shot of a scrolled page repeats the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  }
});
