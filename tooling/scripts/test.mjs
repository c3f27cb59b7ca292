// `npm test`: every check, in order: format, lint, typecheck, unit, integration, browser.
// Integration and browser tests use the real PostgreSQL and Redis; without them the run falls
// back to the embedded defaults with a notice, unless REQUIRE_SERVICES=1 (CI), which fails.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { bin, ROOT, run } from './lib/procs.mjs';
import { ensureServices } from './lib/services.mjs';

const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);
const started = performance.now();

const missing = await ensureServices();
let services = 'real';
if (missing.length > 0) {
  if (process.env.REQUIRE_SERVICES === '1') {
    console.error(
      `REQUIRE_SERVICES=1 but these are not reachable: ${missing.join(', ')}. Start them (see README) and run again.`,
    );
    process.exit(1);
  }
  services = 'embedded';
  console.warn(
    `\n*** NOTICE: ${missing.join(', ')} not reachable: integration and browser tests fall back to the embedded defaults (PGlite, in-process bus). Set REQUIRE_SERVICES=1 to fail instead. ***\n`,
  );
}
const env = { TEST_SERVICES: services };

const reports = `${ROOT}test-results`;
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  ['format', () => run(bin('prettier'), ['--check', '--log-level', 'warn', '.'])],
  ['lint', () => run('npm', ['run', '--silent', 'lint'])],
  ['typecheck', () => run('npm', ['run', '--silent', 'typecheck'])],
  [
    'unit',
    () =>
      run(
        bin('vitest'),
        [
          'run',
          '--project',
          'unit',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${reports}/unit.json`,
        ],
        { env },
      ),
  ],
  [
    'integration',
    () =>
      run(
        bin('vitest'),
        [
          'run',
          '--project',
          'integration',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${reports}/integration.json`,
        ],
        { env },
      ),
  ],
  [
    'e2e',
    () =>
      run('node', ['tooling/scripts/e2e.mjs'], {
        env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
      }),
  ],
];

const failed = [];
const timings = [];
for (const [name, step] of steps) {
  if (!want(name)) continue;
  console.log(`\n▶ ${name}`);
  const t0 = performance.now();
  const code = await step();
  timings.push(`${name} ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  if (code !== 0) failed.push(name);
}

// One closing count of every test case that ran, across the runners.
function count(file, pick) {
  try {
    return pick(JSON.parse(readFileSync(`${reports}/${file}`, 'utf8')));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}
const reported = {
  unit: count('unit.json', (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  })),
  integration: count('integration.json', (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  })),
  e2e: count('e2e.json', (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
  })),
};
const totals = Object.values(reported).reduce((a, b) => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  skipped: a.skipped + b.skipped,
}));
// A runner that failed without failing a test (it crashed, or a server never came up)
// still counts as a failure.
const unexplained = failed.filter((step) => step in reported && reported[step].failed === 0).length;

// format, lint and typecheck count as one check each, next to every test case.
const staticSteps = timings.filter((t) =>
  ['format', 'lint', 'typecheck'].includes(t.split(' ')[0]),
);
const staticFailed = staticSteps.filter((t) => failed.includes(t.split(' ')[0])).length;
console.log(
  `\nsteps: ${timings.join(', ')}; total ${((performance.now() - started) / 1000).toFixed(1)}s; services: ${services}`,
);
if (failed.length) console.error(`failed steps: ${failed.join(', ')}`);
console.log(
  `checks: ${totals.passed + staticSteps.length - staticFailed} passed, ${totals.failed + staticFailed + unexplained} failed, ${totals.skipped} skipped`,
);
process.exit(failed.length ? 1 : 0);
