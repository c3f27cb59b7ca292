import { expect, test } from '@playwright/test';
import { APP_URLS, signInAt } from './helpers.ts';
import { assignToNewDriver, createPayableKitchen, placePaidOrder } from './orders-data.ts';

// Customer project (see playwright.config.ts); the driver works on a phone-sized context.

/** A 1×1 PNG: what the phone's camera hands the page. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('nobody opens: the driver delivers with a photo at the door, which the customer sees', async ({
  page: customer,
  browser,
}) => {
  test.setTimeout(120_000);
  const kitchen = await createPayableKitchen();
  test.skip(!kitchen, 'needs the test database (real services) to list a payable kitchen');
  if (!kitchen) return;
  const order = await placePaidOrder(kitchen);
  const driver = await assignToNewDriver(order.orderId, { inTransit: true });

  const driverContext = await browser.newContext({
    baseURL: APP_URLS.driver,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    const phone = await driverContext.newPage();
    await signInAt(phone, '/', driver.email, driver.password);
    const job = phone.getByTestId('job');
    await expect(job).toHaveAttribute('data-step', 'to_customer');
    await job.getByRole('button', { name: 'Customer not there? Take a photo' }).click();
    const door = job.getByTestId('door-photo');
    const input = door.getByLabel('Photo of the order at the door');
    await expect(input).toHaveAttribute('accept', 'image/*');
    await expect(input).toHaveAttribute('capture', 'environment');

    // A document is no photo: refused before anything is sent.
    await input.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: PHOTO });
    await expect(door.getByText('Take a JPEG or PNG photo', { exact: false })).toBeVisible();

    await input.setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: PHOTO });
    await expect(
      door.getByRole('img', { name: 'Your photo of the order at the door' }),
    ).toBeVisible();
    await door.getByRole('button', { name: 'Delivered at the door' }).click();
    await expect(phone.getByTestId('job')).toHaveCount(0);

    // The customer's order page: delivered, left at the door, with the photo.
    await signInAt(
      customer,
      `/orders/${order.orderId}`,
      order.customerEmail,
      order.customerPassword,
    );
    await expect(customer.getByTestId('order-status')).toHaveText('Delivered');
    const photo = customer.getByTestId('delivery-photo');
    await expect(customer.getByRole('heading', { name: 'Left at the door' })).toBeVisible();
    const image = photo.getByRole('img', { name: 'The driver’s photo of the order at the door' });
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1);
  } finally {
    await driverContext.close();
  }
});
