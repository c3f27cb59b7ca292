import { expect, test } from '@playwright/test';
import { signInAt } from './helpers.ts';
import { createPayableKitchen, placePaidOrder } from './orders-data.ts';

// Admin project (playwright.config.ts).
test('an admin finds an order, refunds part of it with a reason and the ledger adds up', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const kitchen = await createPayableKitchen();
  test.skip(!kitchen, 'needs the test database (real services) to list a payable kitchen');
  if (!kitchen) return;
  const order = await placePaidOrder(kitchen);

  await signInAt(page, '/orders', 'admin@homechef.local');
  await page.getByLabel('Kitchen').selectOption({ label: kitchen.businessName });
  await expect(page).toHaveURL(new RegExp(`chefId=${kitchen.chefId}`));
  const row = page.getByTestId('order-row').filter({ hasText: `#${order.shortCode}` });
  await expect(row).toContainText(order.customerName);
  await page.getByLabel('Status').selectOption({ label: 'Delivered' });
  await expect(page.getByText('No orders match')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Paid, waiting for the kitchen' });
  await row.getByRole('link', { name: `#${order.shortCode}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: kitchen.businessName })).toBeVisible();
  await expect(page.getByText(/^pi_/)).toBeVisible();
  const identity = page.getByTestId('ledger-identity');
  await expect(identity).toHaveAttribute('data-balanced', 'true');
  await expect(page.getByTestId('ledger-group')).toHaveCount(1);

  await page.getByRole('button', { name: 'Refund' }).click();
  const dialog = page.getByRole('dialog', { name: `Refund order #${order.shortCode}` });
  await dialog.getByLabel(/^Amount/).fill('5.5');
  await dialog.getByRole('button', { name: 'Review refund' }).click();
  await expect(dialog.getByText('Give a reason')).toBeVisible();
  await expect(dialog.getByLabel(/^Amount/)).toHaveValue('5.5');
  await dialog.getByLabel('Reason').fill('One plate arrived without its sauce');
  await dialog.getByRole('button', { name: 'Review refund' }).click();
  await dialog.getByRole('button', { name: 'Refund $5.50' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('refunds')).toContainText('$5.50');
  await expect(page.getByTestId('refunds')).toContainText('One plate arrived without its sauce');
  await expect(page.getByTestId('ledger-group')).toHaveCount(2);
  await expect(identity).toHaveAttribute('data-balanced', 'true');
  await expect(identity).toContainText('$5.50 refunded');
});
