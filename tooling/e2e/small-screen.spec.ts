import path from 'node:path';
import { expect, test } from '@playwright/test';

// Customer project, on a 390 × 844 phone screen.
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('the header keeps Sign up on a phone', async ({ page }) => {
  await page.goto('/');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Sign up' })).toBeInViewport();
});

test('the first kitchen is on the first screen; filters open on demand', async ({ page }) => {
  await page.goto('/kitchens?lat=37.8044&lng=-122.2712&place=Downtown%20Oakland');
  const first = page.getByTestId('kitchen-card').first();
  await expect(first).toBeVisible();
  const box = await first.boundingBox();
  expect(box, 'the first kitchen card').not.toBeNull();
  expect(box?.y ?? Infinity).toBeLessThan(844 - 80);

  const cuisine = page.getByLabel('Cuisine');
  await expect(cuisine).toBeHidden();
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(cuisine).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'customer-kitchens-390.png') });
  await cuisine.selectOption({ index: 1 });
  await expect(page).toHaveURL(/cuisine=/);
  await expect(page.getByRole('button', { name: /Filters \(1\)|Hide filters/ })).toBeVisible();
});
