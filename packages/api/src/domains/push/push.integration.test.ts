/**
 * Web Push end to end against a local push service: the request carries a valid VAPID JWT for
 * the endpoint's origin, and its aes128gcm body decrypts (RFC 8291, written here with
 * node:crypto, independent of the library that encrypted it) with the browser's private key
 * and auth secret into the message sent. Gone subscriptions are deleted, slow services bounded.
 */
import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
  type ECDH,
} from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { pushSubscriptions } from '@homechef/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import type { Actor } from '../../context.ts';
import { sendPush } from './index.ts';

interface Received {
  url: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let env: TestEnv;
let push: Server;
let base: string;
let received: Received[] = [];
/** The status each path answers with; `slow` never answers within the test's timeout. */
const ANSWERS: Record<string, number | 'slow'> = {
  '/ok': 201,
  '/gone': 410,
  '/missing': 404,
  '/busy': 503,
  '/slow': 'slow',
};

beforeAll(async () => {
  env = await createTestEnv();
  push = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').replace(/\/[^/]*$/, '') || '/';
      received.push({
        url: `${base}${req.url ?? ''}`,
        path,
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      const answer = ANSWERS[path] ?? 404;
      if (answer === 'slow') {
        setTimeout(() => res.writeHead(201).end(), 3000).unref();
        return;
      }
      res.writeHead(answer).end(answer >= 400 ? 'push service says no' : '');
    });
  });
  await new Promise<void>((resolve) => push.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(push.address() as AddressInfo).port}`;
});
afterAll(async () => {
  push.closeAllConnections();
  await new Promise((resolve) => push.close(resolve));
  await env.close();
});
beforeEach(() => {
  received = [];
});

/** A browser's side of a subscription: its P-256 key pair and 16-byte auth secret. */
function browser(path: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  // A unique last segment, as push services hand out (the server above routes by the rest).
  const endpoint = `${base}${path}/${randomBytes(8).toString('hex')}`;
  return {
    ecdh,
    auth,
    subscription: {
      endpoint,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    },
  };
}

/** RFC 8291 / RFC 8188 decryption of a single-record aes128gcm body. */
function decrypt(body: Buffer, ecdh: ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info\0'),
    ecdh.getPublicKey(),
    serverPublic,
  ]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: aes128gcm\0', 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: nonce\0', 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  expect(padded[end]).toBe(2);
  return padded.subarray(0, end).toString('utf8');
}

/** Checks `Authorization: vapid t=<jwt>, k=<key>` against the server's key; returns the claims. */
function vapidClaims(headers: IncomingHttpHeaders, publicKey: string) {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(headers.authorization ?? '');
  expect(match).not.toBeNull();
  const [, jwt, k] = match!;
  expect(k).toBe(publicKey);
  const [header, claims, signature] = jwt!.split('.') as [string, string, string];
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
    typ: 'JWT',
    alg: 'ES256',
  });
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  expect(signed).toBe(true);
  return JSON.parse(Buffer.from(claims, 'base64url').toString()) as {
    aud: string;
    exp: number;
    sub: string;
  };
}

async function subscriptionsOf(userId: string) {
  return env.services.db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId));
}

const driver = async (): Promise<Actor> =>
  (await createUser(env.services, { role: 'driver' })).actor;

const offer = {
  title: 'New delivery offer',
  body: 'Green curry from Kitchen 1 · 1.2 km · $6.20',
  url: '/offers/5b1f9c1e',
  tag: 'offer-5b1f9c1e',
};

describe('push', () => {
  it('hands out the VAPID public key to signed-in users only', async () => {
    const actor = await driver();
    expect(await callerFor(env.services, actor).push.publicKey()).toEqual({
      publicKey: env.services.push.vapid.publicKey,
    });
    await expect(callerFor(env.services, null).push.publicKey()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('delivers an encrypted message with a VAPID JWT that a browser’s keys decrypt', async () => {
    const actor = await driver();
    const phone = browser('/ok');
    const laptop = browser('/ok');
    const caller = callerFor(env.services, actor);
    await caller.push.subscribe(phone.subscription);
    await caller.push.subscribe(laptop.subscription);

    const before = Math.floor(Date.now() / 1000);
    const result = await sendPush(env.services, actor.userId, offer);
    expect(result).toEqual({ sent: 2, removed: 0, failed: 0 });
    expect(received).toHaveLength(2);

    for (const b of [phone, laptop]) {
      const request = received.find((r) => r.url === b.subscription.endpoint);
      expect(request).toBeDefined();
      const { headers, body } = request!;
      expect(headers['content-encoding']).toBe('aes128gcm');
      expect(headers['content-type']).toBe('application/octet-stream');
      expect(headers.ttl).toBe('60');
      expect(headers.urgency).toBe('high');
      const claims = vapidClaims(headers, env.services.push.vapid.publicKey);
      expect(claims.aud).toBe(base);
      expect(claims.sub).toBe(env.services.push.vapid.subject);
      expect(claims.exp).toBeGreaterThan(before);
      expect(claims.exp).toBeLessThanOrEqual(before + 24 * 3600 + 5);
      expect(JSON.parse(decrypt(body, b.ecdh, b.auth))).toEqual(offer);
    }
    // Another browser's keys cannot read it.
    expect(() => decrypt(received[0]!.body, browser('/ok').ecdh, randomBytes(16))).toThrow();

    const rows = await subscriptionsOf(actor.userId);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.lastSuccessAt instanceof Date && r.lastFailureAt === null)).toBe(
      true,
    );
  });

  it('deletes subscriptions the push service says are gone (410, 404) and keeps the others', async () => {
    const actor = await driver();
    const caller = callerFor(env.services, actor);
    const gone = browser('/gone');
    const missing = browser('/missing');
    const busy = browser('/busy');
    const ok = browser('/ok');
    for (const b of [gone, missing, busy, ok]) await caller.push.subscribe(b.subscription);

    const result = await sendPush(env.services, actor.userId, offer);
    expect(result).toEqual({ sent: 1, removed: 2, failed: 1 });
    const rows = await subscriptionsOf(actor.userId);
    expect(rows.map((r) => r.endpoint).sort()).toEqual(
      [busy.subscription.endpoint, ok.subscription.endpoint].sort(),
    );
    const busyRow = rows.find((r) => r.endpoint === busy.subscription.endpoint)!;
    expect(busyRow.lastFailureAt).toBeInstanceOf(Date);
    expect(busyRow.lastFailure).toBe('503 push service says no');
  });

  it('gives up on a slow or unreachable push service within the timeout, without throwing', async () => {
    const actor = await driver();
    const caller = callerFor(env.services, actor);
    await caller.push.subscribe(browser('/slow').subscription);
    await caller.push.subscribe({
      ...browser('/ok').subscription,
      endpoint: 'http://127.0.0.1:9/closed-port',
    });
    const started = performance.now();
    const result = await sendPush(
      { ...env.services, push: { ...env.services.push, timeoutMs: 300 } },
      actor.userId,
      offer,
    );
    const took = performance.now() - started;
    expect(result).toEqual({ sent: 0, removed: 0, failed: 2 });
    expect(took).toBeLessThan(1500);
    const reasons = (await subscriptionsOf(actor.userId)).map((r) => r.lastFailure);
    expect(reasons).toContain('timed out');
    // A user without subscriptions: nothing to do, nothing thrown.
    expect(await sendPush(env.services, (await driver()).userId, offer)).toEqual({
      sent: 0,
      removed: 0,
      failed: 0,
    });
  });

  it('lets only the owner unsubscribe an endpoint; a stranger gets NOT_FOUND', async () => {
    const owner = await driver();
    const stranger = await driver();
    const b = browser('/ok');
    await callerFor(env.services, owner).push.subscribe(b.subscription);
    await expect(
      callerFor(env.services, stranger).push.unsubscribe({ endpoint: b.subscription.endpoint }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such push subscription' });
    expect(await subscriptionsOf(owner.userId)).toHaveLength(1);

    await callerFor(env.services, owner).push.unsubscribe({ endpoint: b.subscription.endpoint });
    expect(await subscriptionsOf(owner.userId)).toHaveLength(0);
    await expect(
      callerFor(env.services, owner).push.unsubscribe({ endpoint: b.subscription.endpoint }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('moves an endpoint to whoever subscribes it last (the browser changed hands)', async () => {
    const first = await driver();
    const second = await driver();
    const b = browser('/ok');
    await callerFor(env.services, first).push.subscribe(b.subscription);
    const renewed = browser('/ok');
    await callerFor(env.services, second).push.subscribe({
      endpoint: b.subscription.endpoint,
      keys: renewed.subscription.keys,
    });
    expect(await subscriptionsOf(first.userId)).toHaveLength(0);
    const [row] = await subscriptionsOf(second.userId);
    expect(row).toMatchObject({ p256dh: renewed.subscription.keys.p256dh });
    expect(await sendPush(env.services, first.userId, offer)).toMatchObject({ sent: 0 });
    expect(await sendPush(env.services, second.userId, offer)).toMatchObject({ sent: 1 });
    expect(JSON.parse(decrypt(received[0]!.body, renewed.ecdh, renewed.auth))).toEqual(offer);
  });

  it('keeps at most 10 browsers per user, dropping the oldest', async () => {
    const actor = await driver();
    const endpoints: string[] = [];
    for (let i = 0; i < 12; i++) {
      const b = browser('/ok');
      endpoints.push(b.subscription.endpoint);
      await callerFor(env.services, actor).push.subscribe(b.subscription);
    }
    const kept = (await subscriptionsOf(actor.userId)).map((r) => r.endpoint).sort();
    expect(kept).toEqual(endpoints.slice(2).sort());
  });

  it('refuses http endpoints unless the deployment allows them, and malformed keys', async () => {
    const actor = await driver();
    const strict = {
      ...env.services,
      push: { ...env.services.push, allowInsecureEndpoints: false },
    };
    await expect(
      callerFor(strict, actor).push.subscribe(browser('/ok').subscription),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'A push endpoint must be an https URL',
    });
    const b = browser('/ok').subscription;
    for (const bad of [
      { ...b, endpoint: 'javascript:alert(1)' },
      { ...b, keys: { ...b.keys, p256dh: 'short' } },
      { ...b, keys: { ...b.keys, auth: 'not base64!' } },
    ]) {
      await expect(callerFor(env.services, actor).push.subscribe(bad)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    expect(await subscriptionsOf(actor.userId)).toHaveLength(0);
  });
});
