import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  APP_URLS,
  chooseAddress,
  setUpPayouts,
  signInAt,
  tinyPdf,
  uniqueEmail,
} from './helpers.ts';

// Chef project (playwright.config.ts); the admin and customer steps open their own apps in
// their own browser contexts. The steps share one kitchen, so they run in order.
test.describe.configure({ mode: 'serial' });

const ADMIN = 'admin@homechef.local';
const chef = { name: 'Lupe Ortega', email: uniqueEmail('lupe'), password: 'tamales every day' };
const kitchenName = `Lupe’s Tamalería ${Date.now().toString(36)}`;
const reason = 'The permit number does not match the county register: check it and resubmit.';

async function open(browser: Browser, app: keyof typeof APP_URLS): Promise<Page> {
  const context = await browser.newContext({ baseURL: APP_URLS[app] });
  return context.newPage();
}

async function signInChef(browser: Browser, path: string): Promise<Page> {
  const page = await open(browser, 'chef');
  await signInAt(page, path, chef.email, chef.password);
  return page;
}

async function adminOnKitchen(browser: Browser): Promise<Page> {
  const page = await open(browser, 'admin');
  await signInAt(page, '/', ADMIN);
  const row = page.getByTestId('queue-row').filter({ hasText: kitchenName });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: kitchenName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: kitchenName })).toBeVisible();
  return page;
}

test('a new chef applies, uploads documents, adds a dish and submits', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent('/application')}`);
  await page.getByLabel('Full name').fill(chef.name);
  await page.getByLabel('Email').fill(chef.email);
  await page.getByLabel(/^Password/).fill(chef.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/application/);

  // Profile: a bad phone number is caught inline, and nothing typed is lost.
  await page.getByLabel('Kitchen name').fill(kitchenName);
  await page.getByLabel('About your cooking').fill('Oaxacan tamales steamed in banana leaves.');
  await page.getByLabel('Mexican').check({ force: true });
  await page.getByLabel('Phone').fill('not a phone');
  await page.getByRole('button', { name: 'Start application' }).click();
  await expect(page.getByText('Enter a valid phone number')).toBeVisible();
  await expect(page.getByLabel('Kitchen name')).toHaveValue(kitchenName);
  await page.getByLabel('Phone').fill('+1 510 555 0142');
  await page.getByRole('button', { name: 'Start application' }).click();

  // Kitchen.
  await expect(page.getByRole('heading', { name: 'Your kitchen and delivery area' })).toBeVisible();
  await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'draft');
  // A reload of the kitchen step keeps the time zone the form offered, never the stored UTC.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your kitchen and delivery area' })).toBeVisible();
  await expect(page.getByLabel('Time zone')).toHaveValue('America/Los_Angeles');
  await page.getByLabel('Time zone').selectOption('America/Chicago');
  // Near Downtown Oakland, where the customer looks.
  await chooseAddress(page, '2000 broadway', '2000 Broadway, Uptown, Oakland 94612');
  await expect(page.getByLabel('Postal code')).toHaveValue('94612');
  await page.getByLabel('Delivery radius (km)').fill('8');
  await page.getByLabel('Lead time (minutes)').fill('40');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Hours: Monday, copied to the whole week; Friday runs past midnight.
  await expect(page.getByRole('heading', { name: 'Opening hours' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('time zone (America/Chicago)')).toBeVisible();
  const monday = page.getByTestId('hours-Monday');
  await monday.getByLabel('Closed').uncheck();
  await monday.getByRole('button', { name: 'Copy to every day' }).click();
  await page.getByLabel('Friday closes').fill('01:00');
  await expect(page.getByTestId('hours-Friday')).toContainText('closes the next day');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Compliance.
  await expect(page.getByRole('heading', { name: 'Permit and meal caps' })).toBeVisible();
  await page.getByLabel('Permit type').selectOption('MEHKO');
  await page.getByLabel('Permit number').fill('MEHKO-0001');
  await page.getByLabel('Permit expires on').fill('2031-06-30');
  await page.getByLabel('Meals per day (cap)').fill('30');
  await page.getByLabel('Meals per week (cap)').fill('90');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Documents: two small real PDFs.
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await page.getByLabel('Upload food-safety certificate').setInputFiles({
    name: 'food-handler-card.pdf',
    mimeType: 'application/pdf',
    buffer: tinyPdf('California Food Handler Card'),
  });
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  await page.getByLabel('Upload home-kitchen permit').setInputFiles({
    name: 'mehko-permit.pdf',
    mimeType: 'application/pdf',
    buffer: tinyPdf('MEHKO permit'),
  });
  await expect(page.getByTestId('document-row')).toHaveCount(2);
  // The chef can open what they uploaded (a signed link on the API).
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'View mehko-permit.pdf' }).click();
  await expect(await popup).toHaveURL(/\/documents\/[0-9a-f-]{36}\?expires=/);
  await page.getByRole('button', { name: 'Continue' }).click();

  // Submit.
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
  await expect(page.getByTestId('missing')).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('verification-status')).toHaveAttribute('data-status', 'submitted');

  // A menu with one dish, so customers will have something to open.
  await page
    .getByRole('navigation', { name: 'Main' })
    .first()
    .getByRole('link', { name: 'Menu' })
    .click();
  await page.getByRole('button', { name: 'Create your first menu' }).click();
  await page.getByLabel('Menu name').fill('Weeknight');
  await page.getByRole('button', { name: 'Create menu' }).click();
  await page.getByRole('button', { name: 'Add a dish' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a dish' });
  await dialog.getByLabel('Dish name').fill('Chicken tamales');
  await dialog.getByLabel('Price ($)').fill('-3');
  await dialog.getByRole('button', { name: 'Add dish' }).click();
  await expect(dialog.getByText('A price cannot be negative')).toBeVisible();
  await dialog.getByLabel('Price ($)').fill('12.50');
  await dialog.getByLabel('Gluten-free').check({ force: true });
  await dialog.getByLabel('Milk').check({ force: true });
  await dialog.getByRole('button', { name: 'Add option group' }).click();
  await dialog.getByLabel('Group name').fill('Salsa');
  await dialog.getByLabel('Option 1 of Salsa').fill('Verde');
  await dialog.getByRole('button', { name: 'Add dish' }).click();
  await expect(dialog).toBeHidden();
  const dish = page.getByTestId('dish-row').filter({ hasText: 'Chicken tamales' });
  await expect(dish).toContainText('$12.50');

  // Availability switches at once (optimistic) and stays switched.
  const available = dish.getByRole('switch', { name: 'Chicken tamales available' });
  await available.click();
  await expect(available).toHaveAttribute('aria-checked', 'false');
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Chicken tamales available' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await page.getByRole('switch', { name: 'Chicken tamales available' }).click();
  await expect(page.getByRole('switch', { name: 'Chicken tamales available' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test('an admin rejects the application with a reason', async ({ browser }) => {
  const page = await adminOnKitchen(browser);
  await page.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject this application?' });
  // The reason is required.
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByText(/Give a reason/)).toBeVisible();
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Changes needed')).toBeVisible();
  await expect(page.getByTestId('history')).toContainText('Rejected kitchen');
});

test('the chef sees the reason, fixes the permit and resubmits', async ({ browser }) => {
  const page = await signInChef(browser, '/');
  const status = page.getByTestId('verification-status');
  await expect(status).toHaveAttribute('data-status', 'rejected');
  await expect(page.getByTestId('status-reason')).toHaveText(reason);
  await page.getByRole('link', { name: 'Fix and resubmit' }).click();
  await page.getByRole('button', { name: /Compliance/ }).click();
  // Each step renders after the previous one saves: wait for it before acting on it.
  await expect(page.getByRole('heading', { name: 'Permit and meal caps' })).toBeVisible();
  await page.getByLabel('Permit number').fill('MEHKO-2024-0117');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  const resubmit = page.getByRole('button', { name: 'Resubmit for review' });
  await expect(resubmit).toBeVisible();
  await resubmit.click();
  await expect(status).toHaveAttribute('data-status', 'submitted');
});

test('the admin approves the kitchen', async ({ browser }) => {
  const page = await adminOnKitchen(browser);
  await expect(page.getByText('MEHKO-2024-0117')).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved', { exact: true })).toBeVisible();

  // The chef sees it, and what still keeps the kitchen from customers.
  const chefPage = await signInChef(browser, '/');
  await expect(chefPage.getByTestId('verification-status')).toHaveAttribute(
    'data-status',
    'approved',
  );
  await expect(chefPage.getByRole('switch', { name: 'Taking orders' })).toBeVisible();
});

test('the chef sets up payouts on Stripe and a customer near the kitchen finds it', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  // Approved, but customers cannot pay the kitchen yet: the chef is told, and it is not listed.
  const chefPage = await signInChef(browser, '/');
  await expect(chefPage.getByTestId('listing-blockers')).toContainText('Stripe');
  const page = await open(browser, 'customer');
  const search = `/kitchens?lat=37.8044&lng=-122.2712&place=Downtown%20Oakland&q=${encodeURIComponent(kitchenName)}`;
  const card = page.getByTestId('kitchen-card').filter({ hasText: kitchenName });
  await page.goto(search);
  await expect(page.getByRole('heading', { name: 'Kitchens near Downtown Oakland' })).toBeVisible();
  await expect(card).toHaveCount(0);

  // Stripe's hosted onboarding (the local sandbox's page), filled in full.
  const payouts = chefPage.getByTestId('payouts');
  await expect(payouts.getByTestId('payout-state')).toHaveAttribute('data-state', 'not_started');
  await setUpPayouts(chefPage, { first: 'Lupe', last: 'Ortega' });

  // Back in the kitchen app with the result, read from Stripe.
  await expect(chefPage.getByText('You’re all set: customers can pay your kitchen')).toBeVisible();
  await expect(chefPage.getByTestId('payout-state')).toHaveAttribute('data-state', 'connected');
  await chefPage.getByRole('link', { name: 'Back to your dashboard' }).click();
  await expect(chefPage.getByText('Customers nearby can find your kitchen.')).toBeVisible();

  await page.goto(search);
  await expect(card).toBeVisible();
  await card.click();
  await expect(page.getByRole('heading', { level: 1, name: kitchenName })).toBeVisible();
  await expect(page.getByTestId('dish').filter({ hasText: 'Chicken tamales' })).toContainText(
    '$12.50',
  );
});

test('a signed-out customer picks a neighbourhood, filters and opens a kitchen', async ({
  browser,
}) => {
  const page = await open(browser, 'customer');
  await page.goto('/');
  await page.getByRole('button', { name: 'Downtown Oakland' }).click();
  await expect(page).toHaveURL(/\/kitchens\?lat=37\.8044&lng=-122\.2712/);
  await expect(page.getByRole('heading', { name: 'Kitchens near Downtown Oakland' })).toBeVisible();
  const cards = page.getByTestId('kitchen-card');
  await expect(cards.first()).toBeVisible();

  // Filters live in the URL, so the page survives a reload.
  await page.getByLabel('Cuisine').selectOption('mexican');
  await expect(page).toHaveURL(/cuisine=mexican/);
  await page.reload();
  await expect(page.getByLabel('Cuisine')).toHaveValue('mexican');
  await expect(cards.first()).toContainText('Mexican');

  await cards.first().click();
  await expect(page).toHaveURL(/\/kitchens\/[0-9a-f-]{36}\?lat=/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('dish').first()).toBeVisible();
  await expect(page.getByText(/away$/).first()).toBeVisible();

  // The kitchen page is rendered on the server: its HTML already holds the dishes, and a
  // kitchen that does not exist is a real 404, not an empty page.
  const dishName = await page.getByTestId('dish').first().getByRole('heading').innerText();
  const html = await page.request.get(page.url());
  expect(html.status()).toBe(200);
  expect(await html.text()).toContain(dishName);
  for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-kitchen']) {
    const missing = await page.request.get(`/kitchens/${id}`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  }
});
