import { expect, test } from '@playwright/test';
import { signInAt } from './helpers.ts';

// Driver project only (see playwright.config.ts). The push service's delivery is simulated with
// the DevTools protocol (ServiceWorker.deliverPushMessage): no push service runs offline.

test('the service worker shows a pushed offer as a notification when no window is open', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await page.goto('/offline.html');
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    await navigator.serviceWorker.ready;
  });

  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => !r.isDeleted && r.scopeURL === `${baseURL}/`);
      if (live) resolve(live.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const id = await registrationId;

  // No window of the app open: the worker must show the notification itself.
  await page.goto('about:blank');
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin: `${baseURL}/`,
    registrationId: id,
    data: JSON.stringify({
      title: 'New delivery offer',
      body: 'Pozole from Marisol’s · 1.2 km · $6.20',
      url: '/offers/abc',
      tag: 'offer-abc',
    }),
  });
  await page.goto('/offline.html');
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        const shown = await registration.getNotifications();
        return shown.map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          url: (n.data as { url?: string } | null)?.url ?? null,
        }));
      }),
    )
    .toEqual([
      {
        title: 'New delivery offer',
        body: 'Pozole from Marisol’s · 1.2 km · $6.20',
        tag: 'offer-abc',
        url: `${baseURL}/offers/abc`,
      },
    ]);
});

test('the account page offers the Offer notifications setting', async ({ page }) => {
  await signInAt(page, '/account', 'driver01@homechef.local');
  const card = page.getByTestId('offer-notifications');
  await expect(card).toBeVisible();
  await expect(card.getByRole('switch', { name: 'Offer notifications' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await expect(card.getByRole('button', { name: 'Test the offer sound' })).toBeVisible();
});
