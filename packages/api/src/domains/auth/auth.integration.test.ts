import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { signAccessToken } from '@homechef/auth';
import { refreshTokens, users } from '@homechef/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callerFor,
  createTestEnv,
  createUser,
  TEST_PASSWORD,
  type TestEnv,
} from '../../../test/fixtures.ts';
import { DEFAULT_RATE_LIMITS, type RateLimitedError } from '../../shared/rate-limits.ts';
import { authenticate } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

const anon = () =>
  callerFor(env.services, null, { ip: `198.51.100.${Math.floor(Math.random() * 250)}` });
const email = () => `Person.${Math.random().toString(36).slice(2, 10)}@Example.TEST`;

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function userCount() {
  const [row] = await env.services.db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row!.n;
}

/** The caller as the bearer of an access token, the way the server builds it. */
async function callerWithToken(token: string) {
  return callerFor(env.services, await authenticate(env.services, token));
}

describe('auth.register', () => {
  it('creates the account with a normalised email, signs it in, and stores only a hash', async () => {
    const address = email();
    const session = await anon().auth.register({
      email: `  ${address} `,
      password: 'longenough',
      name: ' Ada ',
      role: 'chef',
    });
    expect(session.user).toMatchObject({ email: address.toLowerCase(), name: 'Ada', role: 'chef' });
    const me = await (await callerWithToken(session.accessToken)).auth.me();
    expect(me.id).toBe(session.user.id);
    const [row] = await env.services.db.select().from(users).where(eq(users.id, me.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const [token] = await env.services.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.userId, me.id));
    expect(token!.tokenHash).not.toContain(session.refreshToken);
  });

  it('refuses a second account with the same email in any case', async () => {
    const address = email();
    await anon().auth.register({
      email: address,
      password: 'longenough',
      name: 'A',
      role: 'customer',
    });
    const before = await userCount();
    const error = await errorOf(
      anon().auth.register({
        email: address.toUpperCase(),
        password: 'longenough',
        name: 'B',
        role: 'driver',
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(await userCount()).toBe(before);
  });

  it.each([
    ['an admin role', { role: 'admin' }],
    ['a 7-character password', { password: '1234567' }],
    ['a 129-character password', { password: 'x'.repeat(129) }],
    ['a 10 kB email', { email: `${'a'.repeat(10_000)}@example.test` }],
    ['a malformed email', { email: 'not-an-email' }],
    ['a numeric email', { email: 12345 }],
    ['a missing name', { name: undefined }],
    ['an empty name', { name: '   ' }],
  ])('refuses %s with BAD_REQUEST and writes nothing', async (_label, patch) => {
    const before = await userCount();
    const input = {
      email: email(),
      password: 'longenough',
      name: 'Someone',
      role: 'customer',
      ...patch,
    };
    const error = await errorOf(anon().auth.register(input as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(await userCount()).toBe(before);
  });
});

describe('auth.login', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const user = await createUser(env.services);
    const session = await anon().auth.login({
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(session.user.id).toBe(user.id);
    expect(session.accessTokenExpiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it('gives the same error for an unknown email and a wrong password, in similar time', async () => {
    const user = await createUser(env.services);
    const time = async (input: { email: string; password: string }) => {
      const t0 = performance.now();
      const error = await errorOf(anon().auth.login(input));
      return { ms: performance.now() - t0, code: error.code, message: error.message };
    };
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      const a = await time({ email: user.email, password: 'wrong password' });
      const b = await time({
        email: `nobody-${i}-${Math.random()}@example.test`,
        password: 'wrong password',
      });
      expect(a.code).toBe('UNAUTHORIZED');
      expect({ code: b.code, message: b.message }).toEqual({ code: a.code, message: a.message });
      wrong.push(a.ms);
      unknown.push(b.ms);
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const ratio = median(unknown) / median(wrong);
    // Both paths verify one Argon2id hash; neither answers in a fraction of the other's time.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('tells a suspended user so only after the right password', async () => {
    const user = await createUser(env.services, { status: 'suspended' });
    expect(
      (await errorOf(anon().auth.login({ email: user.email, password: 'nope nope' }))).code,
    ).toBe('UNAUTHORIZED');
    const error = await errorOf(anon().auth.login({ email: user.email, password: TEST_PASSWORD }));
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'This account is suspended' });
  });
});

describe('access tokens', () => {
  it('refuses an expired, a forged, and a deleted user’s token', async () => {
    const user = await createUser(env.services);
    const session = await anon().auth.login({ email: user.email, password: TEST_PASSWORD });
    const sid = (
      await env.services.db.select().from(refreshTokens).where(eq(refreshTokens.userId, user.id))
    )[0]!.familyId;
    const expired = await signAccessToken(
      { sub: user.id, role: 'customer', tv: 0, sid },
      env.services.auth.key,
      {
        now: Date.now() - 3600_000,
      },
    );
    await expect(authenticate(env.services, expired)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Access token expired',
    });
    const forged = await signAccessToken(
      { sub: user.id, role: 'admin', tv: 0, sid },
      new TextEncoder().encode('x'.repeat(40)),
    );
    await expect(authenticate(env.services, forged)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Invalid access token',
    });
    // A real token whose role claim no longer matches the account is refused too.
    const escalated = await signAccessToken(
      { sub: user.id, role: 'admin', tv: 0, sid },
      env.services.auth.key,
    );
    await expect(authenticate(env.services, escalated)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await env.services.db.delete(users).where(eq(users.id, user.id));
    await expect(authenticate(env.services, session.accessToken)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(authenticate(env.services, 'garbage')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('anonymous callers are refused by protected procedures', async () => {
    expect((await errorOf(anon().auth.me())).code).toBe('UNAUTHORIZED');
  });
});

describe('auth.refresh', () => {
  it('rotates: the new pair works and the old refresh token is spent', async () => {
    const user = await createUser(env.services);
    const first = await anon().auth.login({ email: user.email, password: TEST_PASSWORD });
    const second = await anon().auth.refresh({ refreshToken: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await (await callerWithToken(second.accessToken)).auth.me()).id).toBe(user.id);
    const rows = await env.services.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.userId, user.id));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.familyId)).size).toBe(1);
    expect(rows.filter((r) => r.rotatedAt)).toHaveLength(1);
  });

  it('treats two refreshes racing with one token as one client, not a theft', async () => {
    const user = await createUser(env.services);
    const { refreshToken } = await anon().auth.login({
      email: user.email,
      password: TEST_PASSWORD,
    });
    const [a, b] = await Promise.all([
      anon().auth.refresh({ refreshToken }),
      anon().auth.refresh({ refreshToken }),
    ]);
    expect(a.accessToken && b.accessToken).toBeTruthy();
    await expect(anon().auth.refresh({ refreshToken: a.refreshToken })).resolves.toBeTruthy();
  });

  it('revokes the whole family when a rotated token is presented again later (stolen token)', async () => {
    const user = await createUser(env.services);
    const first = await anon().auth.login({ email: user.email, password: TEST_PASSWORD });
    const second = await anon().auth.refresh({ refreshToken: first.refreshToken });
    // The legitimate client rotated a while ago; now the old token shows up again.
    await env.services.db
      .update(refreshTokens)
      .set({ rotatedAt: new Date(Date.now() - 60_000) })
      .where(eq(refreshTokens.userId, user.id));
    expect((await errorOf(anon().auth.refresh({ refreshToken: first.refreshToken }))).code).toBe(
      'UNAUTHORIZED',
    );
    // Both the thief's and the victim's current tokens are dead; the victim signs in again.
    expect((await errorOf(anon().auth.refresh({ refreshToken: second.refreshToken }))).code).toBe(
      'UNAUTHORIZED',
    );
    await expect(authenticate(env.services, second.accessToken)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const rows = await env.services.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.userId, user.id));
    expect(rows.every((r) => r.revokedAt)).toBe(true);
  });

  it('refuses an expired refresh token and an unknown one', async () => {
    const user = await createUser(env.services);
    const { refreshToken } = await anon().auth.login({
      email: user.email,
      password: TEST_PASSWORD,
    });
    await env.services.db
      .update(refreshTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(refreshTokens.userId, user.id));
    expect((await errorOf(anon().auth.refresh({ refreshToken }))).code).toBe('UNAUTHORIZED');
    expect((await errorOf(anon().auth.refresh({ refreshToken: 'x'.repeat(43) }))).code).toBe(
      'UNAUTHORIZED',
    );
  });
});

describe('auth.logout', () => {
  it('ends that session only: its tokens stop working, another device keeps going', async () => {
    const user = await createUser(env.services);
    const phone = await anon().auth.login({ email: user.email, password: TEST_PASSWORD });
    const laptop = await anon().auth.login({ email: user.email, password: TEST_PASSWORD });
    await anon().auth.logout({ refreshToken: phone.refreshToken });
    await expect(authenticate(env.services, phone.accessToken)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect((await errorOf(anon().auth.refresh({ refreshToken: phone.refreshToken }))).code).toBe(
      'UNAUTHORIZED',
    );
    expect((await (await callerWithToken(laptop.accessToken)).auth.me()).id).toBe(user.id);
    // Logging out twice is fine.
    await expect(anon().auth.logout({ refreshToken: phone.refreshToken })).resolves.toEqual({
      ok: true,
    });
  });
});

describe('users.changePassword', () => {
  it('ends every session, continues this one on new tokens, and the new password works', async () => {
    const user = await createUser(env.services);
    const a = await anon().auth.login({ email: user.email, password: TEST_PASSWORD });
    const b = await anon().auth.login({ email: user.email, password: TEST_PASSWORD });
    const fresh = await (
      await callerWithToken(a.accessToken)
    ).users.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new password',
    });
    for (const old of [a, b]) {
      await expect(authenticate(env.services, old.accessToken)).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
      expect((await errorOf(anon().auth.refresh({ refreshToken: old.refreshToken }))).code).toBe(
        'UNAUTHORIZED',
      );
    }
    expect((await (await callerWithToken(fresh.accessToken)).auth.me()).id).toBe(user.id);
    expect(
      (await errorOf(anon().auth.login({ email: user.email, password: TEST_PASSWORD }))).code,
    ).toBe('UNAUTHORIZED');
    await expect(
      anon().auth.login({ email: user.email, password: 'a brand new password' }),
    ).resolves.toBeTruthy();
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const user = await createUser(env.services);
    const session = await anon().auth.login({ email: user.email, password: TEST_PASSWORD });
    const caller = await callerWithToken(session.accessToken);
    const error = await errorOf(
      caller.users.changePassword({ currentPassword: 'not it', newPassword: 'whatever123' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    await expect(authenticate(env.services, session.accessToken)).resolves.toMatchObject({
      userId: user.id,
    });
  });
});

describe('profile and addresses', () => {
  it('updates the profile and keeps addresses private to their owner', async () => {
    const alice = await createUser(env.services);
    const bob = await createUser(env.services);
    const asAlice = callerFor(env.services, alice.actor);
    const asBob = callerFor(env.services, bob.actor);
    expect(
      await asAlice.users.updateProfile({ name: 'Alice B.', phone: '+1 510 555 0100' }),
    ).toMatchObject({
      name: 'Alice B.',
      phone: '+1 510 555 0100',
    });
    const home = await asAlice.users.addresses.add({
      line1: '1 Main St',
      city: 'Oakland',
      postalCode: '94612',
      lat: 37.8,
      lng: -122.27,
    });
    expect(home.isDefault).toBe(true);
    const work = await asAlice.users.addresses.add({
      line1: '2 Broadway',
      city: 'Oakland',
      postalCode: '94607',
      lat: 37.79,
      lng: -122.27,
      isDefault: true,
    });
    const list = await asAlice.users.addresses.list();
    expect(list.map((a) => [a.id, a.isDefault])).toEqual([
      [work.id, true],
      [home.id, false],
    ]);
    expect(await asBob.users.addresses.list()).toEqual([]);
    expect((await errorOf(asBob.users.addresses.remove({ id: home.id }))).code).toBe('NOT_FOUND');
    await asAlice.users.addresses.remove({ id: home.id });
    expect((await asAlice.users.addresses.list()).map((a) => a.id)).toEqual([work.id]);
  });

  it('moves the default in one step, and hands it on when the default address is removed', async () => {
    const alice = await createUser(env.services);
    const bob = await createUser(env.services);
    const asAlice = callerFor(env.services, alice.actor);
    const place = { city: 'Oakland', postalCode: '94612', lat: 37.8, lng: -122.27 };
    const home = await asAlice.users.addresses.add({ line1: '1 Main St', ...place });
    const work = await asAlice.users.addresses.add({ line1: '2 Broadway', ...place });
    const gym = await asAlice.users.addresses.add({ line1: '3 Grand Ave', ...place });
    const defaults = async () =>
      (await asAlice.users.addresses.list()).filter((a) => a.isDefault).map((a) => a.id);
    expect(await defaults()).toEqual([home.id]);

    expect(await asAlice.users.addresses.setDefault({ id: gym.id })).toMatchObject({
      id: gym.id,
      line1: '3 Grand Ave',
      isDefault: true,
    });
    expect(await defaults()).toEqual([gym.id]);

    // Someone else's address, or one that is gone, is not found and changes nothing.
    const asBob = callerFor(env.services, bob.actor);
    const error = await errorOf(asBob.users.addresses.setDefault({ id: work.id }));
    expect(error.code).toBe('NOT_FOUND');
    expect(await defaults()).toEqual([gym.id]);

    // Removing the default hands it to the oldest address left.
    await asAlice.users.addresses.remove({ id: gym.id });
    expect(await defaults()).toEqual([home.id]);
    await asAlice.users.addresses.remove({ id: work.id });
    expect(await defaults()).toEqual([home.id]);
  });

  it('refuses coordinates out of range and writes nothing', async () => {
    const user = await createUser(env.services);
    const caller = callerFor(env.services, user.actor);
    for (const bad of [
      { lat: 91, lng: 0 },
      { lat: 0, lng: -181 },
    ]) {
      const error = await errorOf(
        caller.users.addresses.add({ line1: 'x', city: 'y', postalCode: 'z', ...bad }),
      );
      expect(error.code).toBe('BAD_REQUEST');
    }
    expect(await caller.users.addresses.list()).toEqual([]);
  });
});

describe('rate limits', () => {
  let strict: TestEnv;
  beforeAll(async () => {
    strict = await createTestEnv({
      limits: {
        authPerIp: { points: 3, windowSeconds: 60 },
        failedSignIns: { free: 2, firstDelaySeconds: 30, maxDelaySeconds: 600, windowSeconds: 600 },
        mutationsPerUser: { points: 3, windowSeconds: 60 },
        geocodesPerClient: DEFAULT_RATE_LIMITS.geocodesPerClient,
      },
    });
  });
  afterAll(async () => {
    await strict.close();
  });

  it('limits sign-in and registration attempts per IP, with a retry-after', async () => {
    const caller = callerFor(strict.services, null, { ip: '192.0.2.10' });
    const user = await createUser(strict.services);
    for (let i = 0; i < 3; i++)
      await caller.auth.login({ email: user.email, password: TEST_PASSWORD });
    const error = await errorOf(
      caller.auth.register({ email: email(), password: 'longenough', name: 'X', role: 'customer' }),
    );
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect((error.cause as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    // Another address is unaffected.
    await expect(
      callerFor(strict.services, null, { ip: '192.0.2.11' }).auth.login({
        email: user.email,
        password: TEST_PASSWORD,
      }),
    ).resolves.toBeTruthy();
  });

  it('delays an account after repeated failed sign-ins, even for the right password, then lets it in', async () => {
    const victim = await createUser(strict.services);
    const bystander = await createUser(strict.services);
    const from = (n: number) => callerFor(strict.services, null, { ip: `192.0.2.${100 + n}` });
    for (let i = 0; i < 3; i++) {
      expect(
        (await errorOf(from(i).auth.login({ email: victim.email, password: 'guess' }))).code,
      ).toBe('UNAUTHORIZED');
    }
    const blocked = await errorOf(
      from(4).auth.login({ email: victim.email, password: TEST_PASSWORD }),
    );
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    expect((blocked.cause as RateLimitedError).retryAfterSeconds).toBeGreaterThan(20);
    await expect(
      from(5).auth.login({ email: bystander.email, password: TEST_PASSWORD }),
    ).resolves.toBeTruthy();
  });

  it('counts parallel wrong passwords as they arrive: only the free tries and one more are checked', async () => {
    const victim = await createUser(strict.services);
    const from = (n: number) => callerFor(strict.services, null, { ip: `198.51.100.${n}` });
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        errorOf(from(i).auth.login({ email: victim.email, password: `guess ${i}` })),
      ),
    );
    const codes = outcomes.map((e) => e.code);
    // free: 2, then one attempt let through that sets the delay.
    expect(codes.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(57);
  });

  it('refuses the right password sent alongside wrong ones once the free tries are spent', async () => {
    const victim = await createUser(strict.services);
    const from = (n: number) => callerFor(strict.services, null, { ip: `198.51.101.${n}` });
    const attempts = Array.from({ length: 19 }, (_, i) =>
      from(i).auth.login({ email: victim.email, password: `guess ${i}` }),
    );
    const right = from(99).auth.login({ email: victim.email, password: TEST_PASSWORD });
    const results = await Promise.allSettled([...attempts, right]);
    expect(results.at(-1)).toMatchObject({
      status: 'rejected',
      reason: { code: 'TOO_MANY_REQUESTS' },
    });
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(0);
  });

  it('limits mutations per user', async () => {
    const user = await createUser(strict.services);
    const caller = callerFor(strict.services, user.actor);
    for (let i = 0; i < 3; i++) await caller.users.updateProfile({ name: `Name ${i}` });
    expect((await errorOf(caller.users.updateProfile({ name: 'one too many' }))).code).toBe(
      'TOO_MANY_REQUESTS',
    );
    // Reads are not mutations.
    await expect(caller.auth.me()).resolves.toMatchObject({ name: 'Name 2' });
  });

  it('defaults to the seed document’s 100 attempts per 15 minutes per IP', () => {
    expect(DEFAULT_RATE_LIMITS.authPerIp).toEqual({ points: 100, windowSeconds: 900 });
  });
});
