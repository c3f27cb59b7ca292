import { expect, test } from '@playwright/test';
import { submitSignIn, uniqueEmail } from './helpers.ts';

// Customer project: what the forms do with bad input.

test('sign-up errors sit under their field and keep what was typed', async ({ page }) => {
  await page.goto('/sign-up');
  const name = page.getByLabel('Full name');
  const email = page.getByLabel('Email');
  const password = page.getByLabel(/^Password/);
  const submit = page.getByRole('button', { name: 'Create account' });

  // Checked in the browser with the API's own schema: nothing is sent.
  await name.fill('Grace Hopper');
  await email.fill(uniqueEmail('grace'));
  await password.fill('short');
  await submit.click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Use at least 8 characters')).toBeVisible();
  await expect(name).toHaveValue('Grace Hopper');
  await expect(page).toHaveURL(/\/sign-up$/);

  // Refused by the API: the email belongs to a demo customer.
  await email.fill('customer01@homechef.local');
  await password.fill('long enough password');
  await expect(page.getByText('Use at least 8 characters')).toHaveCount(0);
  await submit.click();
  await expect(page.getByText('An account with this email already exists')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveValue('Grace Hopper');
  await expect(email).toHaveValue('customer01@homechef.local');
  await expect(password).toHaveValue('long enough password');
  await expect(submit).toBeEnabled();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('an empty sign-up form names every missing field', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter your name')).toBeVisible();
  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters')).toBeVisible();
  await expect(page.getByLabel('Full name')).toBeFocused();
});

test('a wrong password is refused without saying whether the email exists', async ({ page }) => {
  await page.goto('/sign-in');
  await submitSignIn(page, uniqueEmail('nobody'), 'not the password');
  await expect(page.locator('form').getByRole('alert')).toHaveText('Wrong email or password');
  await expect(page.getByLabel('Email')).toHaveValue(/^nobody\./);
  await expect(page).toHaveURL(/\/sign-in$/);
});
