import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * The four Next apps and their ports (DESIGN.md contract); `demoUser` is the seeded account
 * that signs in where the home page is behind sign-in, `specs` the app's own test files.
 */
export const apps = [
  {
    name: 'customer',
    title: 'HomeChef',
    port: 3000,
    demoUser: null,
    specs: [
      'customer-account.spec.ts',
      'client-address.spec.ts',
      'sign-up-errors.spec.ts',
      'account-settings.spec.ts',
      'small-screen.spec.ts',
      'address-autocomplete.spec.ts',
      'customer-ordering.spec.ts',
      'customer-reviews.spec.ts',
      'delivery.spec.ts',
      'live-tracking.spec.ts',
      'door-photo.spec.ts',
    ],
  },
  {
    name: 'chef',
    title: 'HomeChef Kitchen',
    port: 3001,
    demoUser: 'chef01@homechef.local',
    specs: [
      'wrong-app.spec.ts',
      'kitchen-verification.spec.ts',
      'payouts.spec.ts',
      'kitchen-board.spec.ts',
    ],
  },
  {
    name: 'driver',
    title: 'HomeChef Driver',
    port: 3002,
    demoUser: 'driver01@homechef.local',
    specs: ['driver-pwa.spec.ts', 'driver-onboarding.spec.ts', 'driver-push.spec.ts'],
  },
  {
    name: 'admin',
    title: 'HomeChef Admin',
    port: 3003,
    demoUser: 'admin@homechef.local',
    specs: [
      'wrong-app.spec.ts',
      'app-sessions.spec.ts',
      'system.spec.ts',
      'admin-users.spec.ts',
      'admin-orders.spec.ts',
      'operations.spec.ts',
    ],
  },
] as const;

// tooling/scripts/e2e.mjs starts the API and the apps itself and sets E2E_MANAGED; a bare
// `npx playwright test` starts them here (after `npm run build`), or reuses running ones.
const managed = Boolean(process.env.E2E_MANAGED);
const apiUrl = process.env.API_URL ?? 'http://localhost:9001';
// Unmanaged runs start the apps below with these (tooling/scripts/e2e.mjs sets its own).
const accessTokenTtl = process.env.E2E_ACCESS_TOKEN_TTL ?? '20';
const nextAuthSecret = process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url');

export default defineConfig({
  testDir: './tooling/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // `npm test` also asks for JSON, to count every test case of the run in one closing line.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/playwright',
  use: {
    browserName: 'chromium',
    // The system Chromium (Debian package `chromium`); never a downloaded browser.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: apps.map((app) => ({
    name: app.name,
    testMatch: ['home.spec.ts', 'security-headers.spec.ts', 'screenshots.spec.ts', ...app.specs],
    use: { baseURL: `http://localhost:${app.port}` },
    metadata: { title: app.title, demoUser: app.demoUser },
  })),
  webServer: managed
    ? undefined
    : [
        {
          name: 'api',
          command: 'npx tsx apps/server/src/main.ts',
          url: `${apiUrl}/healthz`,
          // Its own PGlite directory: tests never touch the developer's `.data`.
          env: {
            LOG_LEVEL: 'warn',
            DATA_DIR: path.join(os.tmpdir(), 'homechef-e2e-data'),
            SEED_DEMO: 'if-empty',
            ACCESS_TOKEN_TTL: accessTokenTtl,
            AUTH_ATTEMPTS_PER_IP: '10000',
          },
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
        ...apps.map((app) => ({
          name: app.name,
          command: `npm run start -w @homechef/${app.name}`,
          url: `http://localhost:${app.port}`,
          env: { NEXTAUTH_URL: `http://localhost:${app.port}`, NEXTAUTH_SECRET: nextAuthSecret },
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        })),
      ],
});
