import { expect, test, type Browser, type Page } from '@playwright/test';
import { APP_URLS, signInAt, tinyPdf, uniqueEmail } from './helpers.ts';

// Driver project (playwright.config.ts); the admin opens the admin app in a second context.
// The steps share one driver, so they run in order.
test.describe.configure({ mode: 'serial' });

const PHONE = { width: 390, height: 844 };
const driver = {
  name: `Rosa Delgado ${Date.now().toString(36)}`,
  email: uniqueEmail('rosa'),
  password: 'deliveries by scooter',
};

async function open(browser: Browser, app: keyof typeof APP_URLS, phone = false): Promise<Page> {
  const context = await browser.newContext({
    baseURL: APP_URLS[app],
    ...(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

test('a new driver enters the vehicle, uploads licence and insurance and submits on a phone', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await open(browser, 'driver', true);
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent('/')}`);
  await page.getByLabel('Full name').fill(driver.name);
  await page.getByLabel('Email').fill(driver.email);
  await page.getByLabel(/^Password/).fill(driver.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');

  // The dashboard says why the driver cannot go online yet, and where to start.
  await expect(page.getByRole('button', { name: 'Go online' })).toBeDisabled();
  await expect(page.getByTestId('go-online-reason')).toContainText(
    'You have no driver profile yet',
  );
  await page.getByRole('link', { name: 'Start my profile' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/onboarding');

  // A scooter needs a plate, and a plate has a shape.
  await page.getByLabel('Vehicle').selectOption('scooter');
  await page.getByLabel('Plate').fill('no plate!');
  await page.getByRole('button', { name: 'Start my profile' }).click();
  await expect(page.getByText('Use letters and digits only')).toBeVisible();
  await page.getByLabel('Plate').fill('7abc123');
  await page.getByRole('button', { name: 'Start my profile' }).click();
  await expect(page.getByLabel('Plate')).toHaveValue('7ABC123');

  // Licence and insurance: two small real PDFs.
  await expect(page.getByTestId('missing')).toContainText('Upload your driving licence');
  await page.getByLabel('Upload driving licence').setInputFiles({
    name: 'licence.pdf',
    mimeType: 'application/pdf',
    buffer: tinyPdf('Driving licence'),
  });
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  await page.getByLabel('Upload insurance').setInputFiles({
    name: 'insurance.pdf',
    mimeType: 'application/pdf',
    buffer: tinyPdf('Scooter insurance'),
  });
  await expect(page.getByTestId('document-row')).toHaveCount(2);
  await expect(page.getByTestId('missing')).toHaveCount(0);

  // Nothing on the page is wider than the phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await page.screenshot({ path: test.info().outputPath('onboarding-phone.png'), fullPage: true });
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('driver-status')).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByTestId('driver-status')).toContainText('Waiting for review');
  await page.context().close();
});

test('an admin approves the driver from the queue, and the driver sees it', async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await open(browser, 'admin');
  await signInAt(admin, '/drivers', 'admin@homechef.local');
  const row = admin.getByTestId('driver-queue-row').filter({ hasText: driver.name });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Scooter · 7ABC123');
  await row.getByRole('link', { name: driver.name, exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1, name: driver.name })).toBeVisible();
  await expect(admin.getByTestId('document-row')).toHaveCount(2);
  // The admin opens a document through a signed link.
  const popup = admin.waitForEvent('popup');
  await admin.getByRole('button', { name: 'Open licence.pdf' }).click();
  await expect(await popup).toHaveURL(/\/documents\/[0-9a-f-]{36}\?expires=/);

  await admin.screenshot({ path: test.info().outputPath('admin-driver.png'), fullPage: true });
  await admin.getByRole('button', { name: 'Approve' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Approve this driver?' });
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.locator('[data-status="approved"]').first()).toBeVisible();
  await expect(admin.getByTestId('history')).toContainText('Approved driver');
  await admin.context().close();

  const page = await open(browser, 'driver', true);
  await signInAt(page, '/', driver.email, driver.password);
  await expect(page.getByTestId('driver-status')).toHaveAttribute('data-status', 'approved');
  // Approved, but the rule still wants payouts before the first shift.
  await expect(page.getByTestId('go-online-reason')).toContainText('Payouts are not enabled yet');
  await expect(page.getByRole('button', { name: 'Go online' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('dashboard-phone.png'), fullPage: true });
  await page.context().close();
});
