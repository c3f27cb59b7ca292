import { expect, test } from '@playwright/test';
import { demoUser, signInAt } from './helpers.ts';

// Runs once per app (one Playwright project each, see playwright.config.ts). The customer
// home page is public; the other apps are behind sign-in, so their demo account signs in.
test.beforeEach(async ({ page }) => {
  const email = demoUser();
  if (email) await signInAt(page, '/', email);
});

test('home page renders for its users, without developer diagnostics', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);

  const title = test.info().project.metadata.title as string;
  await expect(page.getByRole('banner')).toContainText(title);
  await expect(page.getByRole('main')).toBeVisible();
  // Database, bus and heartbeat belong on the admin console's system page (system.spec.ts).
  await expect(page.getByTestId('api-status')).toHaveCount(0);
  await expect(page.getByTestId('heartbeat')).toHaveCount(0);
  await expect(page.getByText(/database: (pglite|postgres)/)).toHaveCount(0);
});

test('the favicon browsers ask for exists', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test('unknown pages get a styled 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: /back to/i })).toHaveAttribute('href', '/');
});

test('a click on a link shows a progress bar until the next page has come', async ({ page }) => {
  // Hold every request for page data (React Server Components) to see what the user sees
  // while the next page is on its way.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*', async (route) => {
    if (route.request().headers()['rsc'] === '1') await held;
    await route.continue();
  });
  await page.goto('/');
  const signedIn = Boolean(demoUser());
  const link = signedIn
    ? page.getByTestId('user-menu').getByRole('link')
    : page.getByRole('banner').getByRole('link', { name: 'Sign in' });
  await link.click();
  await expect(page.locator('#nprogress .bar')).toBeVisible();
  release();
  await expect(page).toHaveURL(signedIn ? /\/account$/ : /\/sign-in/);
  await expect(page.locator('#nprogress')).toHaveCount(0);
});
