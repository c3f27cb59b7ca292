// `npm start`: the whole platform on one machine. Builds the four apps once (Turborepo caches
// the result), then runs the API server and the apps, seeding the demo city on first run.
// `npm run dev` runs the apps with `next dev` instead, without a build.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPS, bin, launch, ROOT, run, SERVE, stopAll, waitForHttp } from './lib/procs.mjs';

const dev = process.argv.includes('--dev');
const started = performance.now();
const apiPort = Number(process.env.PORT ?? 9001);
const apiUrl = process.env.API_URL ?? `http://localhost:${apiPort}`;
const nextAuthSecret = process.env.NEXTAUTH_SECRET ?? loadOrCreateSecret();

/** The apps' session secret, made once and kept beside the API's in `.data/`. */
function loadOrCreateSecret() {
  const dir = process.env.DATA_DIR ?? join(ROOT, '.data');
  const file = join(dir, 'nextauth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

if (!dev) {
  console.log('Building the apps (cached after the first run)…');
  const code = await run(bin('turbo'), [
    'run',
    'build',
    '--output-logs=errors-only',
    ...APPS.map((a) => `--filter=@homechef/${a.name}`),
  ]);
  if (code !== 0) process.exit(code);
}

const procs = [
  launch('api', bin('tsx'), ['apps/server/src/main.ts'], {
    env: { SEED_DEMO: 'if-empty', PORT: String(apiPort) },
    color: 0,
  }),
  ...APPS.map((app, i) =>
    launch(
      app.name,
      ...(dev
        ? [bin('next'), ['dev', `apps/${app.name}`, '--port', String(app.port)]]
        : // The app kit's server: sets X-Forwarded-For to the address it saw (serve.mjs).
          [process.execPath, [SERVE, `apps/${app.name}`, '--port', String(app.port)]]),
      {
        env: {
          API_URL: apiUrl,
          NEXTAUTH_URL: `http://localhost:${app.port}`,
          NEXTAUTH_SECRET: nextAuthSecret,
        },
        color: i + 1,
      },
    ),
  ),
];

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await stopAll(procs);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
for (const p of procs) {
  void p.exited.then(({ code }) => {
    if (!stopping) {
      console.error(`${p.name} exited (${code}); stopping the platform.`);
      void shutdown(code || 1);
    }
  });
}

try {
  await waitForHttp(`http://localhost:${apiPort}/healthz`, procs[0]);
  await Promise.all(
    APPS.map((app, i) => waitForHttp(`http://localhost:${app.port}/`, procs[i + 1])),
  );
} catch (error) {
  console.error(String(error));
  await shutdown(1);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`
HomeChef is running (ready in ${seconds}s):
  customer  http://localhost:3000
  chef      http://localhost:3001
  driver    http://localhost:3002
  admin     http://localhost:3003
  API       http://localhost:${apiPort}/trpc   ws://localhost:${apiPort}/realtime
Demo sign-in: admin@homechef.local, chef01@…, customer01@…, driver01@homechef.local / password123
Press Ctrl+C to stop.`);
