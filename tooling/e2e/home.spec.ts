import { expect, test } from '@playwright/test';
import { demoUser, signInAt } from './helpers.ts';

// Runs once per app (one Playwright project each, see playwright.config.ts). The customer
// home page is public; the other apps are behind sign-in, so their demo account signs in.
test.beforeEach(async ({ page }) => {
  const email = demoUser();
  if (email) await signInAt(page, '/', email);
});

test('home page renders server data from the API', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);

  const title = test.info().project.metadata.title as string;
  await expect(page.getByRole('banner')).toContainText(title);

  const status = page.getByTestId('api-status');
  await expect(status).toContainText('API online');
  await expect(status).toHaveText(/database: (pglite|postgres) · bus: (memory|redis)/);
});

test('home page receives live heartbeats over WebSocket', async ({ page }) => {
  await page.goto('/');

  const heartbeat = page.getByTestId('heartbeat');
  await expect(heartbeat).toHaveAttribute('data-state', 'live');
  await expect(heartbeat).toHaveText(/Live · beat #\d+ from \S+/);

  const seqOf = async () => Number(/#(\d+)/.exec(await heartbeat.innerText())?.[1]);
  const first = await seqOf();
  // One beat per second per server instance: the number moves on within a few seconds.
  await expect.poll(seqOf, { timeout: 10_000 }).not.toBe(first);
  await expect(heartbeat).toHaveAttribute('data-state', 'live');
});

test('unknown pages get a styled 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: /back to/i })).toHaveAttribute('href', '/');
});
