import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAt } from './helpers.ts';
import { call, createApprovedDriver, KITCHEN } from './orders-data.ts';

// Admin project (playwright.config.ts): the live operations page.
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('an admin watches dispatch live: the map, the rounds, and a driver who goes online', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAt(page, '/operations', 'admin@homechef.local');
  await expect(page.getByRole('heading', { level: 1, name: 'Live dispatch' })).toBeVisible();
  await expect(page.getByTestId('operations-map')).toHaveAttribute('data-ready', 'true');
  // The server runs a round every few seconds; the page asks again every few seconds.
  await expect(page.getByTestId('rounds-table').getByTestId('round-row').first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByTestId('operations-live')).toHaveAttribute('data-state', 'live');
  await expect(page.getByText('Round time (avg / p95)')).toBeVisible();

  // A driver going online through the API appears without a reload.
  if (process.env.E2E_DATABASE_URL) {
    const name = `Ops Driver ${Date.now().toString(36)}`;
    const driver = await createApprovedDriver(name);
    const session = await call<{ accessToken: string }>('mutation', 'auth.login', {
      email: driver.email,
      password: driver.password,
    });
    await call('mutation', 'drivers.goOnline', KITCHEN, session.accessToken);
    try {
      const row = page.getByTestId('driver-row').filter({ hasText: name });
      await expect(row).toBeVisible({ timeout: 15_000 });
      await expect(row).toHaveAttribute('data-driver-id', driver.driverId);
      await expect(row).toContainText('bicycle');
      await expect(page.getByTestId('operations-map')).not.toHaveAttribute('data-markers', '0');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({
        path: path.join(shots, 'admin-operations-desktop.png'),
        fullPage: true,
      });
    } finally {
      await call('mutation', 'drivers.goOffline', {}, session.accessToken);
    }
  }

  // A phone: nothing is wider than the screen but the tables, which scroll on their own.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('operations-map')).toBeVisible();
  await expect(page.getByTestId('rounds-table')).toBeVisible();
  // What sticks out past the right edge (none, or the test names it).
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('main *'))
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((e) => !e.parentElement?.closest('.overflow-x-auto, .leaflet-container'))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 80))
      .slice(0, 5),
  );
  expect(wide).toEqual([]);
  await page.screenshot({ path: path.join(shots, 'admin-operations-390.png'), fullPage: true });
});
