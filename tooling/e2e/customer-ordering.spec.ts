import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { submitSignIn } from './helpers.ts';
import {
  createPayableKitchen,
  payOnSandbox,
  registerCustomer,
  type TestKitchen,
} from './ordering.ts';

// Customer project. The steps share one kitchen made for this file; each has its own customer.
test.describe.configure({ mode: 'serial' });

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
const SUCCESS = '4242 4242 4242 4242';
const DECLINED = '4000 0000 0000 0002';
// The chef app's port (DESIGN.md contract); its board signs in like any chef.
const CHEF_APP = 'http://localhost:3001';

let kitchen: TestKitchen;

test.beforeAll(async () => {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  test.skip(!databaseUrl, 'needs the e2e database (tooling/scripts/e2e.mjs on real services)');
  kitchen = await createPayableKitchen(databaseUrl ?? '');
});

/** Opens the dish's dialog, picks the options, sets the quantity and adds it. */
async function addDish(
  page: Page,
  name: string,
  { options, quantity = 1 }: { options: string[]; quantity?: number },
) {
  await page
    .getByTestId('dish')
    .filter({ hasText: name })
    .getByRole('button', { name: `Add ${name} to your cart` })
    .click();
  const dialog = page.getByRole('dialog', { name });
  for (const option of options) await dialog.getByLabel(option).check();
  for (let i = 1; i < quantity; i++) {
    await dialog.getByRole('button', { name: `One more ${name}` }).click();
  }
  await dialog.getByTestId('add-to-cart').click();
  await expect(dialog).toBeHidden();
}

/** A fresh customer fills the cart signed out, then signs in on the way to checkout. */
async function cartToCheckout(page: Page, customer: string) {
  const { email, password } = await registerCustomer(customer);
  await page.goto(kitchen.path);
  await expect(page.getByRole('heading', { level: 1, name: kitchen.name })).toBeVisible();
  await addDish(page, 'Pozole', { options: ['Large'] });
  await page.getByTestId('cart-button').click();
  await page
    .getByRole('dialog', { name: 'Your cart' })
    .getByRole('link', { name: 'Checkout' })
    .click();
  // Checkout needs an account: sign in and come straight back, the cart still there.
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(new RegExp(`/checkout/${kitchen.id}$`));
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
}

/** The street typed in part, the address chosen among the suggestions: the map pin follows. */
async function typeAddress(page: Page) {
  const street = page.getByRole('combobox', { name: /^Street address/ });
  await street.pressSequentially('2100 telegraph', { delay: 20 });
  const suggestion = page.getByRole('option', { name: /^2100 Telegraph Ave, Uptown, Oakland/ });
  await suggestion.click();
  await expect(street).toHaveValue('2100 Telegraph Ave');
  await expect(page.getByLabel(/^City/)).toHaveValue('Oakland');
  await expect(page.getByTestId('address-pin')).toContainText('Pinned at 37.8');
}

/** The chef, signed in on the kitchen's board in a browser of their own. */
async function openBoard(browser: Browser) {
  const context = await browser.newContext({ baseURL: CHEF_APP });
  const board = await context.newPage();
  await board.goto('/sign-in?callbackUrl=%2Forders');
  await submitSignIn(board, kitchen.email, kitchen.password);
  await expect(board).toHaveURL((url) => url.pathname === '/orders', { timeout: 30_000 });
  await expect(board.getByTestId('board-live')).toHaveAttribute('data-state', 'live');
  return { context, board };
}

test('a customer orders two dishes with options, pays with 4242 and watches the kitchen work the order live', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const { context: chef, board } = await openBoard(browser);
  const { email, password } = await registerCustomer('Casey Customer');
  await page.goto(kitchen.path);
  await expect(page.getByRole('heading', { level: 1, name: kitchen.name })).toBeVisible();

  // A required choice is asked for before the dish goes in; the price follows the options.
  await page
    .getByTestId('dish')
    .filter({ hasText: 'Tamales' })
    .getByRole('button', { name: 'Add Tamales to your cart' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Tamales' });
  await dialog.getByTestId('add-to-cart').click();
  await expect(dialog.getByText('Please choose 1.')).toBeVisible();
  await dialog.getByLabel('Roja').check();
  await dialog.getByLabel('Queso').check();
  await dialog.getByLabel('Guacamole').check();
  // At most two add-ons: the third is not offered once two are picked.
  await expect(dialog.getByLabel('Crema')).toBeDisabled();
  await dialog.getByRole('button', { name: 'One more Tamales' }).click();
  await dialog.getByLabel('Note for the kitchen').fill('No onions, please');
  // (12.00 + 0.50 + 1.50 + 2.00) × 2
  await expect(dialog.getByTestId('add-to-cart')).toHaveText('Add 2 to cart · $32.00');
  await page.screenshot({ path: path.join(shots, 'customer-add-to-cart.png') });
  await dialog.getByTestId('add-to-cart').click();
  await expect(dialog).toBeHidden();
  await addDish(page, 'Pozole', { options: ['Large'] });
  await expect(page.getByTestId('cart-count')).toHaveText('3');

  // The cart survives a reload, and can be edited.
  await page.reload();
  await expect(page.getByTestId('cart-count')).toHaveText('3');
  await page.getByTestId('cart-button').click();
  const sheet = page.getByRole('dialog', { name: 'Your cart' });
  await expect(sheet.getByTestId('cart-line')).toHaveCount(2);
  await expect(sheet).toContainText('Roja, Queso, Guacamole');
  await expect(sheet).toContainText('No onions, please');
  await sheet.getByRole('button', { name: 'One more Pozole' }).click();
  await sheet.getByRole('button', { name: 'One fewer Pozole' }).click();
  await expect(sheet).toContainText('$49.00');
  await sheet.getByRole('link', { name: 'Checkout' }).click();

  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(new RegExp(`/checkout/${kitchen.id}$`));

  // A typed address; the server prices everything and the Pay button carries its total.
  await expect(page.getByText('Enter your delivery address to see the delivery fee')).toBeVisible();
  await typeAddress(page);
  await page.getByRole('button', { name: /^10%/ }).click();
  const breakdown = page.getByTestId('price-breakdown');
  await expect(breakdown).toContainText('$49.00');
  await expect(breakdown).toContainText('$4.90');
  await expect(page.getByTestId('pay')).toHaveText(/^Pay \$\d+\.\d\d$/);
  const total = (await page.getByTestId('pay').textContent())?.replace('Pay ', '') ?? '';
  await page.screenshot({ path: path.join(shots, 'customer-checkout.png'), fullPage: true });
  await page.getByTestId('pay').click();

  // Stripe's page, then back to the order, which turns paid by itself.
  await expect(
    page.getByRole('heading', { name: `Pay ${total.replace('$', '')} USD` }),
  ).toBeVisible();
  await payOnSandbox(page, SUCCESS);
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\?paid=1$/);
  const status = page.getByTestId('order-status');
  await expect(status).toHaveText('Paid, waiting for the kitchen');
  await expect(page.getByTestId('timeline')).toContainText('Awaiting payment');
  await expect(page.getByTestId('estimate')).toContainText('The kitchen will confirm');
  await expect(page.getByTestId('price-breakdown')).toContainText(total);
  // Paid: the cart that placed it is done with.
  await expect(page.getByTestId('cart-count')).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'customer-order.png'), fullPage: true });

  // The chef works the order on the board in the other browser; the customer's page follows
  // each step by itself (a marker set on this page would not survive a reload).
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  const orderId = page.url().match(/\/orders\/([0-9a-f-]{36})/)?.[1] ?? '';
  const code = orderId.replaceAll('-', '').slice(0, 6).toUpperCase();
  const card = board.getByTestId('order-card').filter({ hasText: `#${code}` });
  await expect(board.getByTestId('column-new').getByTestId('order-card')).toContainText(`#${code}`);
  await card.getByRole('button', { name: `Accept order #${code}` }).click();
  const accept = board.getByRole('dialog', { name: `Accept order #${code}?` });
  await accept.getByLabel('Minutes').fill('25');
  await accept.getByRole('button', { name: 'Accept order' }).click();
  await expect(status).toHaveText('Accepted by the kitchen');
  await expect(page.getByTestId('estimate')).toContainText('The kitchen expects it ready at');
  await card.getByRole('button', { name: `Start preparing order #${code}` }).click();
  await expect(status).toHaveText('Being prepared');
  await card.getByRole('button', { name: `Ready for pickup: order #${code}` }).click();
  await expect(status).toHaveText('Ready for pickup');
  await expect(page.getByTestId('timeline')).toContainText('Being prepared');
  expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
  await page.screenshot({ path: path.join(shots, 'customer-order-ready.png'), fullPage: true });
  await chef.close();

  // The order is in the history, and Reorder fills the cart again.
  await page
    .getByRole('navigation', { name: 'Main' })
    .first()
    .getByRole('link', { name: 'Orders' })
    .click();
  const row = page.getByTestId('order-row').first();
  await expect(row).toContainText(kitchen.name);
  await expect(row).toContainText('Ready for pickup');
  await row.getByRole('button', { name: /^Reorder/ }).click();
  await expect(
    page.getByRole('dialog', { name: 'Your cart' }).getByTestId('cart-line'),
  ).toHaveCount(2);
  await expect(page.getByTestId('cart-count')).toHaveText('3');
  await page.screenshot({ path: path.join(shots, 'customer-orders-reorder.png') });
});

test('a declined card leaves the cart as it was', async ({ page }) => {
  test.setTimeout(60_000);
  await cartToCheckout(page, 'Dana Declined');
  await typeAddress(page);
  await page.getByRole('button', { name: 'None' }).click();
  await expect(page.getByTestId('pay')).toHaveText(/^Pay \$/);
  await page.getByTestId('pay').click();

  await payOnSandbox(page, DECLINED);
  await expect(page.getByRole('alert')).toContainText('Your card was declined.');
  await page.getByRole('link', { name: 'Cancel and go back' }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Payment not completed')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'customer-order-unpaid.png'), fullPage: true });
  await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment');
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await page.getByRole('link', { name: 'Back to checkout' }).click();
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: /^Street address/ })).toHaveValue(
    '2100 Telegraph Ave',
  );
});

test('a customer cancels before the kitchen accepts and sees the refund', async ({ page }) => {
  test.setTimeout(60_000);
  await cartToCheckout(page, 'Riley Refund');
  await typeAddress(page);
  await expect(page.getByTestId('pay')).toHaveText(/^Pay \$/);
  const total = (await page.getByTestId('pay').textContent())?.replace('Pay ', '') ?? '';
  await page.getByTestId('pay').click();
  await payOnSandbox(page, SUCCESS);
  await expect(page.getByTestId('order-status')).toHaveText('Paid, waiting for the kitchen');

  await page.getByRole('button', { name: 'Cancel order' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this order?' });
  await expect(confirm).toContainText(`full refund of ${total}`);
  await confirm.getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
  const refunds = page.getByTestId('refunds');
  await expect(refunds).toContainText(`${total} to your card`);
  await expect(refunds).toContainText('Refunded');
  await page.screenshot({ path: path.join(shots, 'customer-order-cancelled.png'), fullPage: true });
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  const noSideScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

  test('the cart and checkout fit a 390 px screen', async ({ page }) => {
    await cartToCheckout(page, 'Pat Phone');
    await noSideScroll(page);
    await page.screenshot({ path: path.join(shots, 'customer-checkout-390.png'), fullPage: true });
    await page.getByRole('button', { name: /^Cart/ }).click();
    const sheet = page.getByRole('dialog', { name: 'Your cart' });
    await expect(sheet.getByTestId('cart-line')).toHaveCount(1);
    const box = await sheet.getByRole('link', { name: 'Checkout' }).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(shots, 'customer-cart-390.png') });
  });
});
