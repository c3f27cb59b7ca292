import { expect, test, type Page } from '@playwright/test';
import { submitSignIn } from './helpers.ts';
import { createPayableKitchen, placePaidOrder } from './orders-data.ts';

// Chef project (playwright.config.ts).

/** Signs in on the way to the board; the board's first render waits for the API, so allow time. */
async function signInToBoard(page: Page, email: string, password: string) {
  await page.goto('/sign-in?callbackUrl=%2Forders');
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL((url) => url.pathname === '/orders', { timeout: 30_000 });
}
test('a paid order arrives on the board live and moves through the columns', async ({ page }) => {
  test.setTimeout(90_000);
  const kitchen = await createPayableKitchen();
  test.skip(!kitchen, 'needs the test database (real services) to list a payable kitchen');
  if (!kitchen) return;

  await signInToBoard(page, kitchen.email, kitchen.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await expect(page.getByTestId('column-new')).toContainText('New orders appear here');
  await expect(page.getByTestId('board-live')).toHaveAttribute('data-state', 'live');
  // The chime may only play after the chef interacted with the page.
  await page.getByRole('switch', { name: 'Sound for new orders' }).click();
  await page.getByRole('switch', { name: 'Sound for new orders' }).click();

  const order = await placePaidOrder(kitchen);
  const card = page.getByTestId('order-card').filter({ hasText: `#${order.shortCode}` });

  // Paid on the sandbox page: the card arrives without a reload, with a badge and a count in the title.
  await expect(page.getByTestId('column-new').getByTestId('order-card')).toContainText(
    order.customerName,
  );
  await expect(card).toContainText('2 items');
  await expect(card).toContainText(/\$\d+\.\d\d/);
  await expect(page.getByTestId('orders-badge').first()).toHaveText(/1/);
  await expect(page).toHaveTitle(/^\(1\) Orders/);
  await expect(page.getByText(`New order #${order.shortCode}`)).toBeVisible();

  // Accept with a preparation time (a preset, then a custom one that is out of range first).
  await card.getByRole('button', { name: `Accept order #${order.shortCode}` }).click();
  const dialog = page.getByRole('dialog', { name: `Accept order #${order.shortCode}?` });
  await dialog.getByText('45 min').click();
  await expect(dialog.getByLabel('Minutes')).toHaveValue('45');
  await dialog.getByLabel('Minutes').fill('500');
  await dialog.getByRole('button', { name: 'Accept order' }).click();
  await expect(dialog.getByText('Enter whole minutes from 5 to 240')).toBeVisible();
  await dialog.getByLabel('Minutes').fill('25');
  await dialog.getByRole('button', { name: 'Accept order' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('column-accepted').getByTestId('order-card')).toContainText(
    `#${order.shortCode}`,
  );
  await expect(card).toContainText(/Ready in 2\d min/);
  await expect(page.getByTestId('orders-badge')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Orders/);

  await card.getByRole('button', { name: `Start preparing order #${order.shortCode}` }).click();
  await expect(page.getByTestId('column-preparing').getByTestId('order-card')).toContainText(
    `#${order.shortCode}`,
  );
  await card.getByRole('button', { name: `Ready for pickup: order #${order.shortCode}` }).click();
  await expect(page.getByTestId('column-ready').getByTestId('order-card')).toContainText(
    `#${order.shortCode}`,
  );
  await expect(page.getByTestId('today-panel')).toContainText('Meals today');

  // The order page: lines with the customer's note, and the whole timeline.
  await card.getByRole('link', { name: `Details of order #${order.shortCode}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: order.customerName })).toBeVisible();
  await expect(page.getByText('Chicken shawarma plate')).toBeVisible();
  await expect(page.getByText('Note: Extra pickles, please')).toBeVisible();
  for (const step of [
    'Paid, waiting for the kitchen',
    'Accepted by the kitchen',
    'Being prepared',
  ]) {
    await expect(page.getByRole('listitem').filter({ hasText: step }).first()).toBeVisible();
  }
  await expect(page.locator('[data-status="ready_for_pickup"]')).toBeVisible();
});

test('a rejected order leaves the board with the reason it was given', async ({ page }) => {
  test.setTimeout(90_000);
  const kitchen = await createPayableKitchen();
  test.skip(!kitchen, 'needs the test database (real services) to list a payable kitchen');
  if (!kitchen) return;
  const order = await placePaidOrder(kitchen);

  await signInToBoard(page, kitchen.email, kitchen.password);
  const card = page.getByTestId('order-card').filter({ hasText: `#${order.shortCode}` });
  await card.getByRole('button', { name: `Reject order #${order.shortCode}` }).click();
  const dialog = page.getByRole('dialog', { name: `Reject order #${order.shortCode}?` });
  await dialog.getByRole('button', { name: 'Reject and refund' }).click();
  await expect(dialog.getByText('Give a reason')).toBeVisible();
  await dialog.getByRole('button', { name: 'We ran out of an ingredient' }).click();
  await dialog.getByRole('button', { name: 'Reject and refund' }).click();
  await expect(card).toHaveCount(0);
});
