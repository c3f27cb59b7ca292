import { expect, test, type Page } from '@playwright/test';
import { APP_URLS, signInAt } from './helpers.ts';
import { payOnSandbox } from './ordering.ts';
import {
  createApprovedDriver,
  createPayableKitchen,
  registerCustomer,
  type PayableKitchen,
  type Point,
} from './orders-data.ts';

// Customer project (playwright.config.ts): the customer orders and pays in the page; the chef and the driver work in browser contexts of
// their own. The kitchen sits in North Oakland, away from the other specs' kitchens, so the
// dispatcher's offer to this driver is for this order.
const KITCHEN: Point = { lat: 37.8395, lng: -122.2615 };
const CUSTOMER: Point = { lat: 37.8452, lng: -122.2598 };
/** The driver's ride: from near the kitchen towards the customer's door, about 100 m a hop. */
const ROUTE: Point[] = [
  { lat: 37.8391, lng: -122.262 },
  { lat: 37.84, lng: -122.2616 },
  { lat: 37.8409, lng: -122.2612 },
  { lat: 37.8418, lng: -122.2608 },
];
/** Seconds between hops: a bicycle's pace, so no ping looks like a jump. */
const HOP_SECONDS = 4;

const at = ({ lat, lng }: Point) => ({ latitude: lat, longitude: lng });

test('a driver takes a paid order from the kitchen to the door while the customer watches live, and is paid', async ({
  page: customer,
  browser,
}) => {
  test.setTimeout(180_000);
  const kitchen = await createPayableKitchen(KITCHEN);
  test.skip(!kitchen, 'needs the test database (real services) to list a payable kitchen');
  if (!kitchen) return;
  const driver = await createApprovedDriver('Ade Rider');

  const chefContext = await browser.newContext({ baseURL: APP_URLS.chef });
  const driverContext = await browser.newContext({
    baseURL: APP_URLS.driver,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    geolocation: at(ROUTE[0]!),
    permissions: ['geolocation'],
  });
  try {
    // The driver goes online near the kitchen.
    const phone = await driverContext.newPage();
    await signInAt(phone, '/', driver.email, driver.password);
    const shift = phone.getByTestId('driver-availability');
    await phone.getByTestId('go-online').click();
    await expect(shift).toHaveAttribute('data-status', 'online');
    await expect(shift.getByText(/Last position sent/)).toBeVisible({ timeout: 15_000 });

    // The customer orders in the browser, to their saved home address, and pays with 4242;
    // their order page follows everything from here without a reload.
    const order = await orderAndPay(customer, kitchen);
    await customer.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    const status = customer.getByTestId('order-status');
    await expect(status).toHaveText('Paid, waiting for the kitchen');

    // The chef accepts and marks it ready on the board.
    const board = await chefContext.newPage();
    await signInAt(board, '/orders', kitchen.email, kitchen.password);
    const card = board.getByTestId('order-card').filter({ hasText: `#${order.shortCode}` });
    await card.getByRole('button', { name: `Accept order #${order.shortCode}` }).click();
    const accept = board.getByRole('dialog', { name: `Accept order #${order.shortCode}?` });
    await accept.getByLabel('Minutes').fill('5');
    await accept.getByRole('button', { name: 'Accept order' }).click();
    await expect(status).toHaveText('Accepted by the kitchen');
    await card.getByRole('button', { name: `Start preparing order #${order.shortCode}` }).click();
    await card.getByRole('button', { name: `Ready for pickup: order #${order.shortCode}` }).click();
    await expect(status).toHaveText('Ready for pickup');

    // The offer reaches the phone within a dispatch round or two; the driver takes it.
    const offer = phone.getByTestId('offer').filter({ hasText: kitchen.businessName });
    await expect(offer).toBeVisible({ timeout: 30_000 });
    await expect(offer.getByTestId('offer-countdown')).toHaveText(/^\d+s$/);
    await expect(offer.getByTestId('offer-earnings')).toHaveText(/^\$\d+\.\d\d$/);
    await phone.screenshot({ path: 'test-results/screenshots/driver-offer-390.png' });
    await offer.getByRole('button', { name: 'Accept' }).click();
    const job = phone.getByTestId('job');
    await expect(job).toHaveAttribute('data-step', 'to_kitchen');
    await expect(status).toHaveText('Driver on the way to the kitchen');
    await expect(card).toContainText('Driver on the way');
    // The board names the driver and how far away they are (the kitchen is a block away).
    await expect(card.getByTestId('card-driver')).toHaveText(
      /^Ade · bicycle · (about \d+ min away|arriving now)$/,
    );

    // At the kitchen, picked up; then the ride, which the customer's map follows.
    await job.getByRole('button', { name: 'I’m at the kitchen' }).click();
    await expect(job).toHaveAttribute('data-step', 'at_kitchen');
    // The board reads where its drivers are every few seconds.
    await expect(card).toContainText('Driver at the kitchen', { timeout: 20_000 });
    await expect(card.getByTestId('card-driver')).toHaveText('Ade · bicycle · at the kitchen');
    await job.getByRole('button', { name: 'Picked up' }).click();
    await expect(job).toHaveAttribute('data-step', 'to_customer');
    await expect(status).toHaveText('On the way to you');
    const map = customer.getByTestId('driver-map');
    await expect(map).toHaveAttribute('data-ready', 'true');
    for (const point of ROUTE.slice(1)) {
      await phone.waitForTimeout(HOP_SECONDS * 1000);
      await driverContext.setGeolocation(at(point));
      await expect(map).toHaveAttribute('data-driver', `${point.lat},${point.lng}`, {
        timeout: 15_000,
      });
    }

    // At the door: the customer's code, and the order is delivered.
    const code = (await customer.getByTestId('delivery-code').textContent())?.match(/\d{4}/)?.[0];
    expect(code).toMatch(/^\d{4}$/);
    await wrongCodeFirst(phone);
    await job.getByLabel('Customer’s delivery code').fill(code ?? '');
    await job.getByRole('button', { name: 'Delivered' }).click();
    await expect(phone.getByTestId('job')).toHaveCount(0);
    await expect(status).toHaveText('Delivered');
    expect(await customer.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

    // The customer rates the kitchen and the driver (a tap on a star's label picks it).
    const form = customer.getByTestId('review-form');
    const food = form.getByRole('group', {
      name: `How was the food from ${kitchen.businessName}?`,
    });
    await food.locator('label').nth(4).click();
    await expect(food.getByRole('radio', { name: '5 stars, Excellent' })).toBeChecked();
    const ride = form.getByRole('group', { name: 'How was the delivery? (optional)' });
    await ride.locator('label').nth(3).click();
    await expect(ride.getByRole('radio', { name: '4 stars, Very good' })).toBeChecked();
    await form.getByRole('button', { name: 'Send review' }).click();
    await expect(customer.getByTestId('my-review')).toBeVisible();

    // The driver's earnings list the delivery and the transfer that paid it.
    await phone.getByRole('link', { name: 'All earnings' }).click();
    const row = phone.getByTestId('earnings-delivery').filter({ hasText: `#${order.shortCode}` });
    await expect(row).toContainText(kitchen.businessName);
    await expect(row).toContainText('Paid to your account');
    await expect(phone.getByTestId('earnings-total')).toContainText('1');
    await phone.screenshot({
      path: 'test-results/screenshots/driver-earnings-390.png',
      fullPage: true,
    });
  } finally {
    await Promise.all([chefContext.close(), driverContext.close()]);
  }
});

/** A new customer adds the dish twice, checks out to their default address and pays. */
async function orderAndPay(page: Page, kitchen: PayableKitchen) {
  const shopper = await registerCustomer(CUSTOMER);
  await signInAt(page, `/kitchens/${kitchen.chefId}`, shopper.email, shopper.password);
  const dish = 'Chicken shawarma plate';
  await page
    .getByTestId('dish')
    .filter({ hasText: dish })
    .getByRole('button', { name: `Add ${dish} to your cart` })
    .click();
  const dialog = page.getByRole('dialog', { name: dish });
  await dialog.getByLabel('Tahini').check();
  await dialog.getByRole('button', { name: `One more ${dish}` }).click();
  await dialog.getByTestId('add-to-cart').click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('cart-button').click();
  await page
    .getByRole('dialog', { name: 'Your cart' })
    .getByRole('link', { name: 'Checkout' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/checkout/${kitchen.chefId}$`));
  await expect(page.getByRole('radio', { name: /^Home/ })).toBeChecked();
  await page.getByRole('button', { name: /^10%/ }).click();
  await expect(page.getByTestId('pay')).toHaveText(/^Pay \$\d+\.\d\d$/);
  await page.getByTestId('pay').click();
  await payOnSandbox(page, '4242 4242 4242 4242');
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?paid=1$/);
  const orderId = page.url().match(/\/orders\/([0-9a-f-]{36})/)?.[1] ?? '';
  return { orderId, shortCode: orderId.replaceAll('-', '').slice(0, 6).toUpperCase() };
}

/** A code that is not the customer's is refused, and the job stays open. */
async function wrongCodeFirst(phone: Page) {
  const job = phone.getByTestId('job');
  await job.getByLabel('Customer’s delivery code').fill('12');
  await job.getByRole('button', { name: 'Delivered' }).click();
  await expect(
    job.getByText('Ask the customer for the 4 digits on their order page'),
  ).toBeVisible();
  await expect(job).toHaveAttribute('data-step', 'to_customer');
}
