import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signInAt, submitSignIn } from './helpers.ts';

// Chef and admin projects: someone with another role signs in to this app.
const cases = {
  admin: {
    intruder: 'chef01@homechef.local',
    told: /This is the admin console for HomeChef staff\. You signed in as a chef — use the kitchen app at localhost:3001/,
  },
  chef: {
    intruder: 'driver01@homechef.local',
    told: /This is the kitchen app for chefs\. You signed in as a driver — use the driver app at localhost:3002/,
  },
} as const;

function current() {
  const name = test.info().project.name;
  if (name !== 'admin' && name !== 'chef') throw new Error(`no wrong-app case for ${name}`);
  return cases[name];
}

test('another role is told where to go and gets no session', async ({ page }) => {
  const { intruder, told } = current();
  await page.goto('/sign-in');
  await submitSignIn(page, intruder, DEMO_PASSWORD);
  await expect(page.locator('form').getByRole('alert')).toHaveText(told);
  await expect(page.getByLabel('Email')).toHaveValue(intruder);
  await expect(page).toHaveURL(/\/sign-in$/);

  // No session came of it: protected pages still send them to sign-in.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  const session = await page.evaluate(async () => {
    const response = await fetch('/api/auth/session');
    return (await response.json()) as unknown;
  });
  expect(session).toEqual({});
});

test('sessions of the apps on one host do not overwrite each other', async ({ page }) => {
  test.skip(test.info().project.name !== 'admin', 'once is enough');
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
