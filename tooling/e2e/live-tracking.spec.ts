import { expect, test } from '@playwright/test';
import { APP_URLS, signInAt } from './helpers.ts';
import { assignToNewDriver, createPayableKitchen, placePaidOrder } from './orders-data.ts';

// Customer project (see playwright.config.ts); the driver works in a second browser context.

test('the customer follows the driver on the map while the driver shares their position', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const kitchen = await createPayableKitchen();
  test.skip(!kitchen, 'needs the test database (real services) to list a payable kitchen');
  if (!kitchen) return;
  const order = await placePaidOrder(kitchen);
  const driver = await assignToNewDriver(order.orderId);

  const driverContext = await browser.newContext({
    baseURL: APP_URLS.driver,
    geolocation: { latitude: 37.8061, longitude: -122.2695 },
    permissions: ['geolocation'],
  });
  try {
    const driverPage = await driverContext.newPage();
    await signInAt(driverPage, '/', driver.email, driver.password);
    const panel = driverPage.getByTestId('driver-availability');
    await expect(panel).toHaveAttribute('data-status', 'offline');
    await driverPage.getByTestId('go-online').click();
    await expect(panel).toHaveAttribute('data-status', 'online');
    await expect(panel.getByText(/Last position sent/)).toBeVisible({ timeout: 15_000 });

    await signInAt(page, `/orders/${order.orderId}`, order.customerEmail, order.customerPassword);
    const map = page.getByTestId('driver-map');
    await expect(map).toHaveAttribute('data-ready', 'true');
    // No tiles in the test network: the points are drawn all the same.
    await expect(map).toHaveAttribute('data-driver', '37.8061,-122.2695');
    await expect(page.getByTestId('driver-eta')).toContainText(/Arriving in about \d+ min/);

    // The driver rides on: the marker follows.
    await driverContext.setGeolocation({ latitude: 37.809, longitude: -122.2665 });
    await expect(map).toHaveAttribute('data-driver', '37.809,-122.2665', { timeout: 15_000 });

    await driverPage.getByTestId('go-offline').click();
    await expect(panel).toHaveAttribute('data-status', 'offline');
  } finally {
    await driverContext.close();
  }
});
