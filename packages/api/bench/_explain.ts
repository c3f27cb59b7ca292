import { sql } from 'drizzle-orm';
import { createDatabase } from '@homechef/db';
import { SearchChefsInput } from '@homechef/validators';
import { searchChefs } from '/work/main/packages/api/src/services/discovery.ts';

const handle = createDatabase({ url: 'postgres://postgres@127.0.0.1:5432/homechef_bench', max: 2 });
const db = handle.db;
// capture SQL by wrapping execute via logger
const queries: { sql: string; params: unknown[] }[] = [];
const { drizzle } = await import('drizzle-orm/postgres-js');
const postgres = (await import('postgres')).default;
const client = postgres('postgres://postgres@127.0.0.1:5432/homechef_bench', { max: 2 });
const schema = await import('@homechef/db/schema');
const logged = drizzle(client, { schema, logger: { logQuery: (q, p) => queries.push({ sql: q, params: p }) } });
const input = JSON.parse(process.argv[2] ?? '{}');
await searchChefs({ db: logged as never }, SearchChefsInput.parse({ lat: 37.8044, lng: -122.2712, ...input }));
const q = queries[0]!;
const res = await client.unsafe('explain (analyze, buffers) ' + q.sql, q.params as never[]);
for (const r of res) console.log(r['QUERY PLAN']);
await client.end(); await handle.close();
