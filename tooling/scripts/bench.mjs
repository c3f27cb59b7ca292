// `npm run bench`: runs every `*.bench.ts` under apps/ and packages/, one after another (the
// machine is small: benchmarks never share it). Each prints its figures as ratios against a
// baseline measured in the same run. Real PostgreSQL and Redis are used when reachable.
import { readdirSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, ROOT, run } from './lib/procs.mjs';
import { ensureServices, PG_URL, REDIS_URL } from './lib/services.mjs';

const filter = process.argv[2];
const files = [];
for (const top of ['apps', 'packages']) {
  for (const ws of readdirSync(join(ROOT, top))) {
    const dir = join(ROOT, top, ws, 'bench');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.bench.ts')) files.push(join(dir, f));
  }
}

const missing = await ensureServices();
let env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'homechef-bench-')) };
if (!missing.length) {
  // A fresh database for each run, so figures never depend on leftovers.
  const postgres = (await import('postgres')).default;
  const admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe('drop database if exists homechef_bench with (force)');
  await admin.unsafe('create database homechef_bench');
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = '/homechef_bench';
  env = { ...env, DATABASE_URL: url.toString(), REDIS_URL };
}
if (missing.length)
  console.warn(
    `NOTICE: ${missing.join(', ')} not reachable: benchmarks use the embedded defaults.`,
  );

let failed = 0;
for (const file of files.filter((f) => !filter || f.slice(ROOT.length).includes(filter))) {
  console.log(`\n▶ ${file.slice(ROOT.length)}`);
  if ((await run(bin('tsx'), [file], { env })) !== 0) failed++;
}
process.exit(failed ? 1 : 0);
