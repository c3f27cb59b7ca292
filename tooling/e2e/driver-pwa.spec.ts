import { expect, test } from '@playwright/test';

// Driver project only (see playwright.config.ts).

test('exposes a valid web app manifest with installable icons', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);

  const manifest = (await response.json()) as {
    name?: string;
    short_name?: string;
    start_url?: string;
    display?: string;
    icons?: Array<{ src: string; sizes: string; type?: string; purpose?: string }>;
  };
  expect(manifest.name).toBe('HomeChef Driver');
  expect(manifest.short_name).toBeTruthy();
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');

  const sizes = (manifest.icons ?? []).map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons ?? []) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  }
});

test('serves the service worker uncached and allowed at the root scope', async ({ request }) => {
  const response = await request.get('/sw.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('javascript');
  expect(response.headers()['cache-control']).toContain('no-cache');
  expect(response.headers()['service-worker-allowed']).toBe('/');
});

test('registers its service worker and falls back to the offline page', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const scriptURL = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? null;
  });
  expect(scriptURL).toMatch(/\/sw\.js$/);

  // Once installed, a navigation without network gets the precached offline page.
  await context.setOffline(true);
  try {
    await page.goto('/never-visited');
    await expect(page.getByRole('heading', { name: 'You’re offline' })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});
