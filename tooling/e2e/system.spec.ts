import { expect, test } from '@playwright/test';
import { signInAt } from './helpers.ts';

// Admin project: the developer diagnostics live on the console's system page only.
const accessTokenTtl = Number(process.env.E2E_ACCESS_TOKEN_TTL ?? 20);

test.beforeEach(async ({ page }) => {
  await signInAt(page, '/system', 'admin@homechef.local');
});

test('the system page shows what the API reports about itself', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'System' })).toBeVisible();
  const status = page.getByTestId('api-status');
  await expect(status).toContainText('API online');
  await expect(status).toHaveText(/database: (pglite|postgres) · bus: (memory|redis)/);
});

test('the system page receives live heartbeats, through a token renewal', async ({ page }) => {
  test.setTimeout(60_000 + 2 * accessTokenTtl * 1000);
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto('/system');

  const heartbeat = page.getByTestId('heartbeat');
  await expect(heartbeat).toHaveAttribute('data-state', 'live');
  await expect(heartbeat).toHaveText(/Live · beat #\d+ from \S+/);
  const seqOf = async () => Number(/#(\d+)/.exec(await heartbeat.innerText())?.[1]);
  const first = await seqOf();
  // One beat per second per server instance: the number moves on within a few seconds.
  await expect.poll(seqOf, { timeout: 10_000 }).not.toBe(first);
  await expect.poll(() => sockets.length).toBeGreaterThan(0);
  const opened = sockets.length;

  // The browser renews the access token ahead of expiry, and the socket reconnects with it.
  await page.waitForTimeout((accessTokenTtl + 3) * 1000);
  expect(sockets.length, 'the socket reconnected with the renewed token').toBeGreaterThan(opened);
  await expect(heartbeat).toHaveAttribute('data-state', 'live');
  const seq = await seqOf();
  await expect.poll(seqOf, { timeout: 10_000 }).toBeGreaterThan(seq);
});
