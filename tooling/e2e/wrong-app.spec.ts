import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, submitSignIn } from './helpers.ts';

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
