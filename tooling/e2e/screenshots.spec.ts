import path from 'node:path';
import { expect, test } from '@playwright/test';
import { demoUser, signInAt } from './helpers.ts';

// Runs once per app: its main screen with demo data, at a desktop width. The pictures go to
// test-results/screenshots, or to docs/screenshots with UPDATE_SCREENSHOTS=1.
const target = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

const MAIN_SCREENS: Record<
  'customer' | 'chef' | 'driver' | 'admin',
  { path: string; ready: string }
> = {
  customer: {
    path: '/kitchens?lat=37.8044&lng=-122.2712&place=Downtown%20Oakland',
    ready: 'kitchen-card',
  },
  chef: { path: '/', ready: 'verification-status' },
  driver: { path: '/', ready: 'driver-availability' },
  admin: { path: '/', ready: 'queue-row' },
};

test.use({ viewport: { width: 1280, height: 900 } });

test('main screen, for the docs', async ({ page }) => {
  const app = test.info().project.name as keyof typeof MAIN_SCREENS;
  const screen = MAIN_SCREENS[app];
  expect(screen, `a main screen for ${app}`).toBeDefined();
  const email = demoUser();
  if (email) await signInAt(page, '/', email);
  await page.goto(screen.path);
  await expect(page.getByTestId(screen.ready).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(target, `${app}.png`) });
});
