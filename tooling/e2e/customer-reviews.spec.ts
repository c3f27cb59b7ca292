import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { submitSignIn } from './helpers.ts';
import { createPayableKitchen, registerCustomer, type TestKitchen } from './ordering.ts';

// Customer project, on a phone-sized screen: rate a delivered order, see it on the kitchen.
test.use({ viewport: { width: 390, height: 844 } });

let kitchen: TestKitchen;
let databaseUrl: string;

test.beforeAll(async () => {
  databaseUrl = process.env.E2E_DATABASE_URL ?? '';
  test.skip(!databaseUrl, 'needs the e2e database (tooling/scripts/e2e.mjs on real services)');
  kitchen = await createPayableKitchen(databaseUrl);
});

/** A delivered order of the customer, written straight to the database (as the API tests do). */
async function deliveredOrder(email: string, withDriver: boolean): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const id = randomUUID();
    await sql.begin(async (tx) => {
      const [customer] = await tx<{ id: string }[]>`select id from users where email = ${email}`;
      let driverId: string | null = null;
      if (withDriver) {
        const [user] = await tx<{ id: string }[]>`
          insert into users (email, password_hash, name, role)
          values (${`driver.${id}@example.com`}, 'not-a-password-hash', 'Dee Driver', 'driver')
          returning id`;
        const [driver] = await tx<{ id: string }[]>`
          insert into drivers (user_id, vehicle_type) values (${user!.id}, 'bicycle') returning id`;
        driverId = driver!.id;
      }
      await tx`
        insert into orders (id, customer_id, chef_id, driver_id, status, delivery_line1,
          delivery_city, delivery_postal_code, delivery_lat, delivery_lng, subtotal_cents,
          platform_fee_cents, total_cents, idempotency_key, request_hash, service_date)
        values (${id}, ${customer!.id}, ${kitchen.id}, ${driverId}, 'delivered', '500 Grand Ave',
          'Oakland', '94610', 37.8119, -122.2634, 1400, 210, 1400, ${id}, ${id}, current_date)`;
      await tx`insert into order_status_history (order_id, to_status, actor_role)
        values (${id}, 'delivered', 'system')`;
    });
    return id;
  } finally {
    await sql.end();
  }
}

test('rates a delivered order with the keyboard and shows the review on the kitchen', async ({
  page,
}) => {
  const { email, password } = await registerCustomer('Rosa Reviewer');
  const orderId = await deliveredOrder(email, true);
  await page.goto('/sign-in?callbackUrl=%2Forders');
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/orders$/);

  const row = page.getByTestId('order-row').filter({ hasText: kitchen.name });
  await row.getByRole('link', { name: `Rate your order from ${kitchen.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}#rate$`));
  const form = page.getByTestId('review-form');
  await expect(form).toBeVisible();

  // Sending without stars says what is missing.
  await form.getByRole('button', { name: 'Send review' }).click();
  await expect(form.getByText('Choose from 1 to 5 stars for the kitchen')).toBeVisible();

  // Stars are radio buttons: focus the first, arrow to the fourth.
  const food = form.getByRole('group', { name: `How was the food from ${kitchen.name}?` });
  await food.getByRole('radio', { name: '1 star, Poor' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(food.getByRole('radio', { name: '4 stars, Very good' })).toBeChecked();
  const delivery = form.getByRole('group', { name: 'How was the delivery? (optional)' });
  // A tap on the fifth star (its label, 44 px square) picks it.
  const fifth = delivery.locator('label').nth(4);
  expect((await fifth.boundingBox())?.width).toBeGreaterThanOrEqual(44);
  await fifth.click();
  await expect(delivery.getByRole('radio', { name: '5 stars, Excellent' })).toBeChecked();
  await form.getByLabel('Anything to add? (optional)').fill('The pozole was still steaming.');
  await page.screenshot({ path: 'test-results/screenshots/customer-review-form-390.png' });
  await form.getByRole('button', { name: 'Send review' }).click();

  const mine = page.getByTestId('my-review');
  await expect(mine).toContainText('The pozole was still steaming.');
  await expect(mine.getByRole('img', { name: '4 out of 5 stars' })).toBeVisible();
  await expect(mine.getByRole('img', { name: '5 out of 5 stars' })).toBeVisible();
  await expect(page.getByTestId('review-form')).toHaveCount(0);
  // Nothing spills sideways on a 390 px screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // The history no longer offers Rate; the kitchen shows the rating and the review.
  await page.goto('/orders');
  await expect(page.getByTestId('order-row').filter({ hasText: kitchen.name })).toBeVisible();
  await expect(page.getByTestId('rate-order')).toHaveCount(0);
  await page.goto(kitchen.path);
  const rating = page.getByText('average rating from 1 reviews').locator('..');
  await expect(rating).toContainText('4.0');
  const reviews = page.getByTestId('kitchen-reviews');
  await expect(reviews).toContainText('The pozole was still steaming.');
  await expect(reviews).toContainText('Rosa');
  await expect(reviews).not.toContainText('Reviewer');
});
