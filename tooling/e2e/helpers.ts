import { expect, test, type Locator, type Page } from '@playwright/test';

/** Every seeded demo account has this password (packages/db demo seed). */
export const DEMO_PASSWORD = 'password123';

/** Fills and sends the sign-in form on the current page. */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Email').fill(email);
  // The toggle button is labelled "Show password": match the field's label from its start.
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in through the form and waits to land on `path`. */
export async function signInAt(page: Page, path: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`/sign-in?${new URLSearchParams({ callbackUrl: path }).toString()}`);
  await submitSignIn(page, email, password);
  // Signing in hashes the password and renders the first page: slow on a busy machine.
  await expect(page).toHaveURL((url) => url.pathname === path, { timeout: 30_000 });
}

/** Creates a customer account on the sign-up page and lands on `path`. */
export async function signUpAt(
  page: Page,
  path: string,
  { name, email, password }: { name: string; email: string; password: string },
) {
  await page.goto(`/sign-up?${new URLSearchParams({ callbackUrl: path }).toString()}`);
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL((url) => url.pathname === path);
}

/**
 * Types into an address form's street box and chooses the suggestion `choice` (its whole
 * label): the form then has the address and its place on the map.
 */
export async function chooseAddress(scope: Page | Locator, typed: string, choice: string) {
  await scope.getByRole('combobox', { name: /^Street address/ }).fill(typed);
  await scope.getByRole('option', { name: choice, exact: true }).click();
  await expect(scope.getByTestId('address-pin')).toContainText('Pinned at');
}

/** The project's demo account, where its home page is behind sign-in (playwright.config.ts). */
export function demoUser(): string | null {
  return (test.info().project.metadata.demoUser as string | null) ?? null;
}

/** A fresh address per test, so tests never share an account. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@example.com`;
}

/** Where each app runs (DESIGN.md contract), for tests that cross from one app to another. */
export const APP_URLS = {
  customer: 'http://localhost:3000',
  chef: 'http://localhost:3001',
  driver: 'http://localhost:3002',
  admin: 'http://localhost:3003',
} as const;

/**
 * On Stripe's hosted onboarding page (the local sandbox's), fills in everything Stripe asks
 * for and submits: Stripe then sends the person back to the app's return page.
 */
export async function completeStripeOnboarding(page: Page, name: { first: string; last: string }) {
  await page.getByLabel('First name').fill(name.first);
  await page.getByLabel('Last name').fill(name.last);
  await page.getByLabel('Date of birth').fill('1988-03-14');
  await page.getByLabel('Bank account number (payouts)').fill('000123456789');
  await page.getByLabel('I accept the Stripe Connected Account Agreement').check();
  await page.getByRole('button', { name: 'Submit' }).click();
}

/**
 * From a page showing the payouts card: "Set up payouts", Stripe's form filled in full, and
 * back on the app's return page.
 */
export async function setUpPayouts(page: Page, name: { first: string; last: string }) {
  await page.getByTestId('payouts').getByRole('button', { name: 'Set up payouts' }).click();
  await expect(page).toHaveURL(/\/onboard\//);
  await completeStripeOnboarding(page, name);
  await expect(page).toHaveURL((url) => url.pathname === '/payouts/return');
}

/** A small, valid one-page PDF, made here so the upload carries real PDF bytes. */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
