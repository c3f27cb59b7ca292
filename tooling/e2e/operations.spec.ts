import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAt } from './helpers.ts';
import {
  call,
  createApprovedDriver,
  createPayableKitchen,
  KITCHEN,
  placePaidOrder,
} from './orders-data.ts';

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

test('an admin gives an accepted order to a driver on shift by hand, with a reason', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const kitchen = await createPayableKitchen({ lat: 37.7712, lng: -122.2161 });
  test.skip(!kitchen, 'needs the test database (real services) to list a payable kitchen');
  if (!kitchen) return;
  const order = await placePaidOrder(kitchen, { lat: 37.7745, lng: -122.2135 });
  const name = `Hand Driver ${Date.now().toString(36)}`;
  const driver = await createApprovedDriver(name);
  const session = await call<{ accessToken: string }>('mutation', 'auth.login', {
    email: driver.email,
    password: driver.password,
  });
  // Far from the other specs' kitchens. The driver stays on shift with the job; the sweep takes
  // them offline once their pings stop.
  await call('mutation', 'drivers.goOnline', { lat: 37.7705, lng: -122.2172 }, session.accessToken);
  // The webhook confirms the payment a moment after the page is paid; then the chef accepts.
  const accept = () =>
    call('mutation', 'orders.accept', { orderId: order.orderId, prepMinutes: 20 }, kitchen.token)
      .then(() => true)
      .catch(() => false);
  await expect.poll(accept, { timeout: 15_000 }).toBe(true);

  await signInAt(page, `/orders/${order.orderId}`, 'admin@homechef.local');
  await expect(page.getByText('Not assigned yet')).toBeVisible();
  await page.getByRole('button', { name: 'Assign driver' }).click();
  const dialog = page.getByRole('dialog', { name: `Assign order #${order.shortCode}` });
  // No driver chosen: one is asked for, and nothing is sent.
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog.getByText('Choose a driver', { exact: true })).toBeVisible();
  const choice = dialog.getByRole('combobox', { name: /^Driver/ });
  const option = choice.locator('option', { hasText: name });
  await choice.selectOption({ value: (await option.getAttribute('value')) ?? '' });
  await dialog.getByLabel(/^Reason/).fill('The kitchen asked for a driver they know');
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reassign driver' })).toBeVisible();
});
