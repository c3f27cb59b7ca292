import { expect, test, type Page } from '@playwright/test';

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
  await expect(page).toHaveURL((url) => url.pathname === path);
}

/** The project's demo account, where its home page is behind sign-in (playwright.config.ts). */
export function demoUser(): string | null {
  return (test.info().project.metadata.demoUser as string | null) ?? null;
}

/** A fresh address per test, so tests never share an account. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@example.com`;
}
