import { expect, test } from '@playwright/test';
import { signInAt, submitSignIn } from './helpers.ts';

// Admin project only (once is enough): two apps on one host keep their own sessions.
test('sessions of the apps on one host do not overwrite each other', async ({ page }) => {
  // Both apps run on localhost; cookies do not care about ports.
  await signInAt(page, '/account', 'admin@homechef.local');
  await page.goto('http://localhost:3001/sign-in?callbackUrl=%2Faccount');
  await submitSignIn(page, 'chef01@homechef.local');
  await expect(page).toHaveURL('http://localhost:3001/account');
  await expect(page.getByTestId('account-details')).toContainText('chef01@homechef.local');

  await page.goto('/account');
  await expect(page.getByTestId('account-details')).toContainText('admin@homechef.local');
  await expect(page.getByTestId('account-details')).toContainText('Administrator');
});
