// Browser tests against the production builds: builds the four apps (cached by Turborepo),
// starts the API server over a fresh database and the apps with the app kit's server
// (packages/app-kit/serve/serve.mjs), runs Playwright,
// then stops everything with SIGTERM and checks that the API server exited cleanly.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPS, bin, launch, run, SERVE, stopAll, waitForHttp } from './lib/procs.mjs';
import { PG_URL, REDIS_URL } from './lib/services.mjs';

const real = process.env.TEST_SERVICES !== 'embedded';
const apiPort = 9001;
const apiUrl = `http://127.0.0.1:${apiPort}`;
// Short-lived access tokens, so a test can outlive one and check the session renews itself.
const accessTokenTtl = process.env.E2E_ACCESS_TOKEN_TTL ?? '20';
// Every sign-in reaches the API from the apps' own address; lift the per-address limit.
const authAttemptsPerIp = '10000';
const nextAuthSecret = randomBytes(32).toString('base64url');

const t0 = performance.now();
const buildCode = await run(bin('turbo'), [
  'run',
  'build',
  '--output-logs=errors-only',
  ...APPS.map((a) => `--filter=@homechef/${a.name}`),
]);
if (buildCode !== 0) process.exit(buildCode);
console.log(`apps built in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

const postgres = (await import('postgres')).default;
const dbName = `homechef_e2e_${randomBytes(4).toString('hex')}`;
const dataDir = mkdtempSync(join(tmpdir(), 'homechef-e2e-'));
let apiEnv = { DATA_DIR: dataDir };
if (real) {
  const admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${dbName}"`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${dbName}`;
  apiEnv = { ...apiEnv, DATABASE_URL: url.toString(), REDIS_URL };
}

const api = launch('api', bin('tsx'), ['apps/server/src/main.ts'], {
  env: {
    ...apiEnv,
    PORT: String(apiPort),
    SEED_DEMO: 'if-empty',
    LOG_LEVEL: 'warn',
    ACCESS_TOKEN_TTL: accessTokenTtl,
    AUTH_ATTEMPTS_PER_IP: authAttemptsPerIp,
    // Every test browser connects from 127.0.0.1: lift the per-address socket cap likewise.
    WS_MAX_PER_ADDRESS: '1000',
  },
});
const apps = APPS.map((app, i) =>
  launch(app.name, process.execPath, [SERVE, `apps/${app.name}`, '--port', String(app.port)], {
    env: {
      API_URL: apiUrl,
      PUBLIC_API_URL: `${apiUrl}/trpc`,
      PUBLIC_WS_URL: `ws://127.0.0.1:${apiPort}/realtime`,
      // The browser opens the apps as localhost (playwright.config.ts).
      NEXTAUTH_URL: `http://localhost:${app.port}`,
      NEXTAUTH_SECRET: nextAuthSecret,
    },
    quiet: true,
    color: i + 1,
  }),
);

let code = 1;
try {
  await waitForHttp(`${apiUrl}/healthz`, api);
  await Promise.all(APPS.map((app, i) => waitForHttp(`http://127.0.0.1:${app.port}/`, apps[i])));
  // Extra arguments go to Playwright: a spec file, `--project admin`, `-g <title>`.
  code = await run(bin('playwright'), ['test', ...process.argv.slice(2)], {
    env: {
      E2E_MANAGED: '1',
      E2E_ACCESS_TOKEN_TTL: accessTokenTtl,
      // Lets a test stand in for a system not built yet (Stripe's webhook); real services only.
      ...(apiEnv.DATABASE_URL ? { E2E_DATABASE_URL: apiEnv.DATABASE_URL } : {}),
    },
  });
} catch (error) {
  console.error(String(error));
} finally {
  const [apiExit] = await stopAll([api, ...apps]);
  if (apiExit.code !== 0) {
    console.error(
      `api server did not shut down cleanly on SIGTERM (exit ${apiExit.code ?? apiExit.signal})`,
    );
    code = code || 1;
  }
  if (real) {
    const admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
