import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chooseAddress, signUpAt, submitSignIn, uniqueEmail } from './helpers.ts';

// Customer project: the account page's forms against the real API.
test.describe.configure({ timeout: 60_000 });
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

const signUp = (page: Page, name: string, email: string, password: string) =>
  signUpAt(page, '/account', { name, email, password });

async function addAddress(page: Page, fields: { label: string; typed: string; choice: string }) {
  await page.getByRole('button', { name: 'Add address' }).click();
  const form = page.getByRole('form', { name: 'Add a delivery address' });
  await form.getByLabel('Label').fill(fields.label);
  await chooseAddress(form, fields.typed, fields.choice);
  await form.getByRole('button', { name: 'Save address' }).click();
  await expect(form).toBeHidden();
}

test('a customer edits their profile and saved addresses', async ({ page }) => {
  const email = uniqueEmail('grace');
  await signUp(page, 'Grace Hopper', email, 'compiler one');
  const details = page.getByTestId('account-details');
  const rows = page.getByTestId('address-row');

  // Profile: a bad phone number is named under its field and what was typed stays.
  const profile = page.getByRole('form', { name: 'Edit profile' });
  await profile.getByLabel(/^Full name/).fill('Grace B. Hopper');
  await profile.getByLabel(/^Phone/).fill('call me');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('Enter a valid phone number')).toBeVisible();
  await expect(profile.getByLabel(/^Full name/)).toHaveValue('Grace B. Hopper');
  await profile.getByLabel(/^Phone/).fill('+1 510 555 0100');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(details).toContainText('Grace B. Hopper');
  await expect(details).toContainText('+1 510 555 0100');
  // The header says the new name at once, and after a reload.
  await expect(page.getByTestId('user-menu')).toContainText('Grace B. Hopper');
  await page.reload();
  await expect(page.getByTestId('user-menu')).toContainText('Grace B. Hopper');

  // Addresses: none yet; the form names what is missing and keeps what was typed.
  await expect(page.getByText('No saved addresses')).toBeVisible();
  await page.getByRole('button', { name: 'Add address' }).click();
  const form = page.getByRole('form', { name: 'Add a delivery address' });
  // An address the map does not know cannot be saved: it has no place for the driver.
  await form.getByRole('combobox', { name: /^Street address/ }).fill('1 Lake St');
  await expect(form.getByTestId('combobox-status')).toHaveText(/^No matching addresses/);
  await form.getByRole('button', { name: 'Save address' }).click();
  await expect(form.getByText('Enter the city')).toBeVisible();
  await expect(form.getByTestId('address-pin')).toContainText(
    'Choose your address from the suggestions',
  );
  await expect(form.getByRole('combobox', { name: /^Street address/ })).toHaveValue('1 Lake St');
  await page.keyboard.press('Escape');

  await addAddress(page, {
    label: 'Home',
    typed: '3300 lakeshore',
    choice: '3300 Lakeshore Ave, Grand Lake, Oakland 94610',
  });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Home');
  await expect(rows.first()).toContainText('Default');
  await addAddress(page, {
    label: 'Office',
    typed: '2000 broadway',
    choice: '2000 Broadway, Uptown, Oakland 94612',
  });
  await expect(rows).toHaveCount(2);

  // The office becomes the default: listed first, the only one marked.
  await rows.filter({ hasText: 'Office' }).getByRole('button', { name: 'Make default' }).click();
  await expect(rows.first()).toContainText('Office');
  await expect(rows.first()).toContainText('Default');
  await expect(rows.getByText('Default', { exact: true })).toHaveCount(1);

  // Remove home, after confirming; it stays gone after a reload.
  await rows
    .filter({ hasText: 'Home' })
    .getByRole('button', { name: /^Remove/ })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Remove this address?' });
  await confirm.getByRole('button', { name: 'Remove address' }).click();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Office');

  for (const [name, viewport] of [
    ['account-390', { width: 390, height: 844 }],
    ['account-desktop', { width: 1280, height: 900 }],
  ] as const) {
    await page.setViewportSize(viewport);
    // From the top: a full-page shot of a scrolled page repeats the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  }
});

test('a customer changes their password and signs in with the new one', async ({ page }) => {
  const email = uniqueEmail('alan');
  await signUp(page, 'Alan Turing', email, 'enigma machine');
  const form = page.getByRole('form', { name: 'Change password' });

  // A wrong current password is said under that field; the typed values stay.
  await form.getByLabel(/^Current password/).fill('not my password');
  await form.getByLabel(/^New password/).fill('bombe at bletchley');
  await form.getByLabel(/^Repeat new password/).fill('bombe at bletchley');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('Your current password is not correct')).toBeVisible();
  await expect(form.getByLabel(/^New password/)).toHaveValue('bombe at bletchley');

  await form.getByLabel(/^Current password/).fill('enigma machine');
  await form.getByRole('button', { name: 'Change password' }).click();

  // Every session ended, this one too: signed out, and asked for the new password.
  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByText(/Your password was changed|Your session has ended/)).toBeVisible();
  await expect(page.getByTestId('user-menu')).toHaveCount(0);

  await submitSignIn(page, email, 'enigma machine');
  await expect(page.getByText('Wrong email or password')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  await submitSignIn(page, email, 'bombe at bletchley');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('account-details')).toContainText(email);
});
