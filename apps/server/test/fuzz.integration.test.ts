/**
 * Every query and mutation of the API, called over HTTP through the real server with inputs
 * generated from its own zod schema (seeded, so a failure replays): no call may answer 500 or
 * leak internals (stack frames, SQL, driver errors), whoever calls it.
 */
import { hashPassword } from '@homechef/auth';
import { appRouter, listProcedures } from '@homechef/api';
import { chefs, drivers, menuItems, menus, users } from '@homechef/db';
import fc from 'fast-check';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputArbitrary } from './fuzz-inputs.ts';
import { httpClient, startTestServer, type TestServer } from './helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Calls a user makes before the next one takes over, under the per-user mutation limit. */
const CALLS_PER_USER = 100;

type Role = 'customer' | 'chef' | 'driver' | 'admin';
const ROLES: Role[] = ['customer', 'chef', 'driver', 'admin'];

/** What a response must never contain, whatever went wrong. */
const INTERNALS =
  /\bat [\w.<>$]+ \(|node_modules|\.ts:\d+|postgres(ql)?error|syntax error|violates|relation "|duplicate key|invalid input syntax|select .+ from|insert into|ECONNREFUSED|PGlite/i;

let t: TestServer;
const knownIds: string[] = [];
const pools = {} as Record<Role, { tokens: string[]; used: number }>;
let counter = 0;
let total = 0;

async function newUser(role: Role): Promise<string> {
  counter += 1;
  const email = `fuzz-${role}-${counter}@example.test`;
  const [user] = await t.db
    .insert(users)
    .values({ email, name: `Fuzz ${role}`, role, passwordHash })
    .returning({ id: users.id });
  if (!user) throw new Error('user insert returned nothing');
  knownIds.push(user.id);
  if (role === 'chef') {
    // A kitchen with a menu and a dish, so kitchen procedures get past "apply first".
    const [chef] = await t.db
      .insert(chefs)
      .values({
        userId: user.id,
        businessName: `Fuzz kitchen ${counter}`,
        cuisines: ['thai'],
        kitchenLine1: '1 Fuzz St',
        kitchenCity: 'Oakland',
        kitchenPostalCode: '94612',
        lat: 37.8044,
        lng: -122.2712,
      })
      .returning({ id: chefs.id });
    if (!chef) throw new Error('chef insert returned nothing');
    const [menu] = await t.db
      .insert(menus)
      .values({ chefId: chef.id, name: 'Menu' })
      .returning({ id: menus.id });
    if (!menu) throw new Error('menu insert returned nothing');
    const [item] = await t.db
      .insert(menuItems)
      .values({ menuId: menu.id, chefId: chef.id, name: 'Dish', priceCents: 1000 })
      .returning({ id: menuItems.id });
    knownIds.push(chef.id, menu.id, ...(item ? [item.id] : []));
  }
  if (role === 'driver') {
    // A driver profile, so profile procedures get past "enter your vehicle first".
    const [driver] = await t.db
      .insert(drivers)
      .values({ userId: user.id, vehicleType: 'car', vehiclePlate: `FUZZ ${counter}` })
      .returning({ id: drivers.id });
    if (!driver) throw new Error('driver insert returned nothing');
    knownIds.push(driver.id);
  }
  const session = await httpClient(t.server.url).auth.login.mutate({ email, password });
  return session.accessToken;
}

let passwordHash: string;
const password = 'fuzzing password';

/** A token of the role, handing over to a fresh user every CALLS_PER_USER calls. */
async function tokenFor(role: Role): Promise<string> {
  const pool = (pools[role] ??= { tokens: [], used: 0 });
  if (pool.used % CALLS_PER_USER === 0) pool.tokens.unshift(await newUser(role));
  pool.used += 1;
  return pool.tokens[0] as string;
}

beforeAll(async () => {
  t = await startTestServer({ AUTH_ATTEMPTS_PER_IP: '1000000' });
  passwordHash = await hashPassword(password);
  for (const role of ROLES) await tokenFor(role);
});
afterAll(async () => {
  await t?.close();
});

function request(
  type: 'query' | 'mutation',
  path: string,
  input: unknown,
  token: string | undefined,
): Promise<Response> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const body = input === undefined ? undefined : JSON.stringify(superjson.serialize(input));
  if (type === 'query') {
    const query = body === undefined ? '' : `?input=${encodeURIComponent(body)}`;
    return fetch(`${t.server.url}/trpc/${path}${query}`, { headers });
  }
  return fetch(`${t.server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: body ?? '{}',
  });
}

const procedures = listProcedures(appRouter).filter((p) => p.def.type !== 'subscription');

describe('fuzzed inputs never reach a 500 or leak internals', () => {
  it('covers the router', () => {
    expect(procedures.length).toBeGreaterThan(30);
  });

  it.each(procedures.map((p) => [p.path, p] as const))(
    '%s',
    async (path, procedure) => {
      const access = procedure.def.meta?.access ?? 'public';
      const callers: (Role | null)[] =
        access === 'public'
          ? [null, 'customer']
          : access === 'authenticated'
            ? ['customer', 'chef']
            : // A role, or several joined by commas (`chef,driver`).
              (access.split(',') as Role[]);
      const arbitrary = fc.tuple(
        inputArbitrary(procedure.def.inputs[0], { knownIds: () => knownIds }),
        fc.constantFrom(...callers),
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, async ([input, who]) => {
          const token = who ? await tokenFor(who) : undefined;
          const res = await request(procedure.def.type as 'query' | 'mutation', path, input, token);
          const text = await res.text();
          total += 1;
          if (res.status >= 500 || INTERNALS.test(text)) {
            throw new Error(`${res.status} ${text.slice(0, 400)}`);
          }
          return true;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      // A few hundred HTTP calls, some of them hashing passwords: more than the default 30 s.
    },
    180_000,
  );

  it('counts its cases', () => {
    console.warn(`fuzz: ${total} calls over ${procedures.length} procedures (seed ${SEED})`);
    expect(total).toBeGreaterThanOrEqual(procedures.length * RUNS);
  });
});
