// Process helpers shared by start.mjs and e2e.mjs: spawn with prefixed output, wait for
// readiness, stop everything with SIGTERM.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Serves a built app (`next start`, with the client address fixed): app kit's serve.mjs. */
export const SERVE = fileURLToPath(
  new URL('../../../packages/app-kit/serve/serve.mjs', import.meta.url),
);

export const APPS = [
  { name: 'customer', port: 3000 },
  { name: 'chef', port: 3001 },
  { name: 'driver', port: 3002 },
  { name: 'admin', port: 3003 },
];

const COLORS = [36, 35, 33, 32, 34, 31];

export function launch(name, command, args, { env = {}, quiet = false, color = 0 } = {}) {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tag = `\x1b[${COLORS[color % COLORS.length]}m${name.padEnd(8)}\x1b[0m │ `;
  const log = [];
  const forward = (stream, out) => {
    let pending = '';
    stream.on('data', (chunk) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        log.push(line);
        if (log.length > 200) log.shift();
        if (!quiet) out.write(tag + line + '\n');
      }
    });
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { name, child, exited, log };
}

/** Polls `url` until it answers (any HTTP status below 500) or the process exits. */
export async function waitForHttp(url, proc, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void proc.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(
        `${proc.name} exited before it was ready:\n${proc.log.slice(-20).join('\n')}`,
      );
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${proc.name} did not answer at ${url} within ${timeoutMs / 1000}s`);
}

/** SIGTERM to every process, SIGKILL to any still running after `graceMs`. */
export async function stopAll(procs, graceMs = 10_000) {
  const results = await Promise.all(
    procs.map(async (p) => {
      if (p.child.exitCode !== null || p.child.signalCode !== null) return p.exited;
      p.child.kill('SIGTERM');
      const timer = setTimeout(() => p.child.kill('SIGKILL'), graceMs);
      const result = await p.exited;
      clearTimeout(timer);
      return result;
    }),
  );
  return results;
}

export function run(command, args, { env = {}, cwd = ROOT } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export const bin = (name) => `${ROOT}node_modules/.bin/${name}`;
