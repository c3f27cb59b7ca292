import { expect, test, type Page } from '@playwright/test';
import { submitSignIn, uniqueEmail } from './helpers.ts';

// Customer project. tooling/scripts/e2e.mjs runs the API with short-lived access tokens.
const accessTokenTtl = Number(process.env.E2E_ACCESS_TOKEN_TTL ?? 20);

async function sessionToken(page: Page): Promise<string> {
  const session = (await page.evaluate(async () => {
    const response = await fetch('/api/auth/session');
    return (await response.json()) as { accessToken?: string };
  })) ?? { accessToken: undefined };
  expect(session.accessToken, 'signed in').toBeTruthy();
  return session.accessToken ?? '';
}

test('a new customer signs up, signs out, signs back in and outlives the access token', async ({
  page,
  context,
}) => {
  // The run must use short-lived access tokens (tooling/scripts/e2e.mjs and the config's
  // webServer both do), or this would not test an expiry at all.
  expect(accessTokenTtl, 'E2E_ACCESS_TOKEN_TTL').toBeLessThanOrEqual(60);
  test.setTimeout(60_000 + 4 * accessTokenTtl * 1000);
  const name = 'Ada Lovelace';
  const email = uniqueEmail('ada');
  const password = 'analytical engine';
  const menu = page.getByTestId('user-menu');
  const details = page.getByTestId('account-details');

  // A protected page sends a visitor to sign-in, and on to sign-up, with the way back kept.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Faccount$/);

  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/account$/);
  await expect(menu).toContainText(name);
  await expect(details).toContainText(name);
  await expect(details).toContainText(email);
  await expect(details).toContainText('Customer');

  // Sign out: back to the public home page, signed out; the account page is closed again.
  await menu.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(menu).toHaveCount(0);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);

  // Sign back in.
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(details).toContainText(email);

  // 1. With no page open, the access token expires; the next page load renews it on the
  //    server (the proxy) before the page asks the API for `auth.me` with it.
  const before = await sessionToken(page);
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, (accessTokenTtl + 3) * 1000));
  const next = await context.newPage();
  await next.goto('/account');
  await expect(next).toHaveURL(/\/account$/);
  await expect(next.getByTestId('account-details')).toContainText(email);
  await expect(next.getByTestId('user-menu')).toContainText(name);
  const renewed = await sessionToken(next);
  expect(renewed).not.toBe(before);

  // 2. With a page open, the browser renews ahead of expiry by itself (the live socket's
  //    reconnect with the renewed token is checked on the admin's system page, system.spec.ts),
  //    and the session still opens the account page, now by client-side navigation.
  await next.waitForTimeout((accessTokenTtl + 3) * 1000);
  await next.getByTestId('user-menu').getByRole('link').click();
  await expect(next).toHaveURL(/\/account$/);
  await expect(next.getByTestId('account-details')).toContainText(email);
  expect(await sessionToken(next)).not.toBe(renewed);
});
