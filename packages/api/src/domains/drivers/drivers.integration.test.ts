/**
 * Driver onboarding and moderation end to end on real PostgreSQL: the profile and its plate
 * rules, documents over HTTP, submit only when complete, the admin's queue and decisions with
 * their audit rows, resubmission after a rejection, and the rule for going online.
 */
import { TRPCError } from '@trpc/server';
import { adminActions, driverDocuments, drivers, type Driver } from '@homechef/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import { startDocumentsServer, type DocumentsServer } from '../../../test/documents.ts';
import { createDriver, uploadTestDriverDocument } from '../../../test/drivers.ts';
import { SAMPLE_FILES } from '../../../test/kitchens.ts';
import type { Actor } from '../../context.ts';
import { goOnlineProblem, mayGoOnlineCondition } from './index.ts';

let env: TestEnv;
let server: DocumentsServer;
let baseUrl: string;
let admin: Actor;

beforeAll(async () => {
  env = await createTestEnv();
  admin = (await createUser(env.services, { role: 'admin', name: 'Avery Admin' })).actor;
  server = await startDocumentsServer(env.services);
  baseUrl = server.baseUrl;
});
afterAll(async () => {
  await server.close();
  await env.close();
});

const adminApi = () => callerFor(env.services, admin);

async function newDriver(name?: string) {
  const user = await createUser(env.services, { role: 'driver', ...(name ? { name } : {}) });
  const token = server.tokenFor(user.actor);
  return { actor: user.actor, token, api: callerFor(env.services, user.actor) };
}

async function upload(token: string, kind: string, body: Uint8Array = SAMPLE_FILES.pdf) {
  const res = await fetch(`${baseUrl}/documents?kind=${kind}&fileName=${kind}.pdf`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
    body,
  });
  const json = (await res.json()) as {
    document?: { id: string; kind: string; fileName: string };
    error?: { code: string; message: string };
  };
  return { status: res.status, ...json };
}

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** A driver who filled everything in and submitted. */
async function submittedDriver(name?: string) {
  const driver = await newDriver(name);
  await driver.api.drivers.saveProfile({ vehicleType: 'car', vehiclePlate: '7abc 123' });
  expect((await upload(driver.token, 'driving_licence')).status).toBe(201);
  expect((await upload(driver.token, 'insurance')).status).toBe(201);
  const me = await driver.api.drivers.submit();
  return { ...driver, id: me.id };
}

describe('the profile', () => {
  it('starts as nothing, is created as a draft by the first save, and edits after', async () => {
    const { api } = await newDriver();
    expect(await api.drivers.me()).toBeNull();
    const created = await api.drivers.saveProfile({ vehicleType: 'bicycle' });
    expect(created).toMatchObject({
      vehicleType: 'bicycle',
      vehiclePlate: null,
      verificationStatus: 'draft',
      documents: [],
      missing: ['Upload your driving licence', 'Upload your insurance certificate'],
      goOnlineProblem: 'Your profile is not approved yet: finish it and submit it for review',
    });
    expect(created.checklist.find((i) => i.key === 'vehicle')?.done).toBe(true);
    const edited = await api.drivers.saveProfile({
      vehicleType: 'motorcycle',
      vehiclePlate: 'ab-12',
    });
    expect(edited).toMatchObject({
      id: created.id,
      vehicleType: 'motorcycle',
      vehiclePlate: 'AB-12',
    });
    const rows = await env.services.db.select().from(drivers).where(eq(drivers.id, created.id));
    expect(rows).toHaveLength(1);
  });

  it('needs a plate for a motor vehicle, refuses one on a bicycle, and checks its shape', async () => {
    const { api } = await newDriver();
    for (const vehicleType of ['scooter', 'motorcycle', 'car'] as const) {
      const error = await errorOf(api.drivers.saveProfile({ vehicleType }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toContain(`Enter the plate of your ${vehicleType}`);
    }
    const bicycle = await errorOf(
      api.drivers.saveProfile({ vehicleType: 'bicycle', vehiclePlate: 'ABC 123' }),
    );
    expect(bicycle.message).toContain('A bicycle has no plate');
    for (const plate of ['A', '12345678901', 'AB 12!', 'AB  --12', 'ABCDEF', 'AB\u202E12']) {
      const error = await errorOf(
        api.drivers.saveProfile({ vehicleType: 'car', vehiclePlate: plate }),
      );
      expect({ plate, code: error.code }).toEqual({ plate, code: 'BAD_REQUEST' });
    }
    const vehicleType = await errorOf(
      api.drivers.saveProfile({ vehicleType: 'truck' as 'car', vehiclePlate: '1ABC234' }),
    );
    expect(vehicleType.message).toContain('Choose bicycle, scooter, motorcycle or car');
    expect(await api.drivers.me()).toBeNull();
    const saved = await api.drivers.saveProfile({
      vehicleType: 'car',
      vehiclePlate: '  7abc   123 ',
    });
    expect(saved.vehiclePlate).toBe('7ABC 123');
    // Switching to a bicycle drops the plate.
    expect((await api.drivers.saveProfile({ vehicleType: 'bicycle' })).vehiclePlate).toBeNull();
  });
});

describe('documents', () => {
  it('are uploaded over HTTP, listed in drivers.me, opened by link and deleted', async () => {
    const driver = await newDriver();
    const early = await upload(driver.token, 'driving_licence');
    expect(early).toMatchObject({ status: 412, error: { code: 'PRECONDITION_FAILED' } });

    await driver.api.drivers.saveProfile({ vehicleType: 'bicycle' });
    const wrongKind = await upload(driver.token, 'permit');
    expect(wrongKind).toMatchObject({ status: 400, error: { code: 'BAD_REQUEST' } });
    const notAFile = await upload(
      driver.token,
      'insurance',
      new TextEncoder().encode('MZ\x90\x00'),
    );
    expect(notAFile.status).toBe(400);

    const licence = await upload(driver.token, 'driving_licence');
    expect(licence).toMatchObject({
      status: 201,
      document: { kind: 'driving_licence', fileName: 'driving_licence.pdf' },
    });
    const me = await driver.api.drivers.me();
    expect(me?.documents.map((d) => d.kind)).toEqual(['driving_licence']);
    expect(me?.missing).toEqual(['Upload your insurance certificate']);

    const link = await driver.api.drivers.documentUrl({ id: licence.document!.id });
    const file = await fetch(`${baseUrl}${link.url}`);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(SAMPLE_FILES.pdf);
    const adminLink = await adminApi().admin.documentUrl({ id: licence.document!.id });
    expect((await fetch(`${baseUrl}${adminLink.url}`)).status).toBe(200);
    expect((await fetch(`${baseUrl}${link.url.replace(/sig=./, 'sig=A')}`)).status).toBe(404);

    const [stored] = await env.services.db
      .select({ storageKey: driverDocuments.storageKey })
      .from(driverDocuments)
      .where(eq(driverDocuments.id, licence.document!.id));
    expect(stored?.storageKey).toMatch(new RegExp(`^drivers/${me!.id}/[0-9a-f-]{36}\\.pdf$`));
    expect(await env.services.storage.get(stored!.storageKey)).not.toBeNull();
    await driver.api.drivers.deleteDocument({ id: licence.document!.id });
    expect((await driver.api.drivers.me())?.documents).toEqual([]);
    const [row] = await env.services.db
      .select()
      .from(driverDocuments)
      .where(eq(driverDocuments.id, licence.document!.id));
    expect(row).toBeUndefined();
    expect(await env.services.storage.get(stored!.storageKey)).toBeNull();
  });

  it('are the owner’s alone: another driver, a chef and a customer get NOT_FOUND or FORBIDDEN', async () => {
    const owner = await newDriver();
    await owner.api.drivers.saveProfile({ vehicleType: 'bicycle' });
    const doc = (await upload(owner.token, 'insurance')).document!;
    const stranger = await newDriver();
    await stranger.api.drivers.saveProfile({ vehicleType: 'bicycle' });
    expect((await errorOf(stranger.api.drivers.documentUrl({ id: doc.id }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await errorOf(stranger.api.drivers.deleteDocument({ id: doc.id }))).code).toBe(
      'NOT_FOUND',
    );
    const chef = (await createUser(env.services, { role: 'chef' })).actor;
    expect(
      (await errorOf(callerFor(env.services, chef).chefs.documentUrl({ id: doc.id }))).code,
    ).toBe('NOT_FOUND');
    const customer = (await createUser(env.services, { role: 'customer' })).actor;
    const customerToken = server.tokenFor(customer);
    expect((await upload(customerToken, 'insurance')).status).toBe(403);
    expect((await errorOf(callerFor(env.services, customer).drivers.me())).code).toBe('FORBIDDEN');
    expect((await errorOf(callerFor(env.services, chef).admin.driverQueue())).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await errorOf(
          callerFor(env.services, owner.actor).admin.approveDriver({ driverId: doc.id }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('submitting', () => {
  it('is refused until the profile is complete, then goes to the queue once', async () => {
    const driver = await newDriver();
    expect((await errorOf(driver.api.drivers.submit())).code).toBe('PRECONDITION_FAILED');
    await driver.api.drivers.saveProfile({ vehicleType: 'car', vehiclePlate: '1ABC234' });
    const incomplete = await errorOf(driver.api.drivers.submit());
    expect(incomplete).toMatchObject({
      code: 'BAD_REQUEST',
      message:
        'Your profile is not complete: Upload your driving licence; Upload your insurance certificate',
    });
    await upload(driver.token, 'driving_licence');
    expect((await errorOf(driver.api.drivers.submit())).message).toContain(
      'Upload your insurance certificate',
    );
    await upload(driver.token, 'insurance');
    const submitted = await driver.api.drivers.submit();
    expect(submitted).toMatchObject({
      verificationStatus: 'submitted',
      missing: [],
      goOnlineProblem: 'Your profile is not approved yet: it is waiting for review',
    });
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect((await errorOf(driver.api.drivers.submit())).code).toBe('CONFLICT');

    // Under review nothing changes: not the vehicle, not the documents.
    const edit = await errorOf(driver.api.drivers.saveProfile({ vehicleType: 'bicycle' }));
    expect(edit.code).toBe('CONFLICT');
    expect(edit.message).toContain('review');
    expect((await upload(driver.token, 'insurance')).status).toBe(409);
    const docId = submitted.documents[0]!.id;
    expect((await errorOf(driver.api.drivers.deleteDocument({ id: docId }))).code).toBe('CONFLICT');
  });
});

describe('moderation', () => {
  it('queues submitted drivers oldest first, page by page, with person and documents', async () => {
    const first = await submittedDriver('Queue First');
    const second = await submittedDriver('Queue Second');
    await env.services.db
      .update(drivers)
      .set({ submittedAt: new Date(Date.now() - 3 * 86_400_000) })
      .where(eq(drivers.id, first.id));
    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await adminApi().admin.driverQueue({ limit: 1, ...(cursor ? { cursor } : {}) });
      all.push(...page.items.map((d) => d.id));
      if (page.items[0]?.id === first.id) {
        expect(page.items[0]).toMatchObject({
          owner: { name: 'Queue First' },
          vehicleType: 'car',
          vehiclePlate: '7ABC 123',
          verificationStatus: 'submitted',
        });
        expect(page.items[0].documents.map((d) => d.kind).sort()).toEqual([
          'driving_licence',
          'insurance',
        ]);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(all.indexOf(first.id)).toBeLessThan(all.indexOf(second.id));
    expect(all).toHaveLength(new Set(all).size);
    // Drafts are not in the queue.
    const draft = await newDriver();
    const draftId = (await draft.api.drivers.saveProfile({ vehicleType: 'bicycle' })).id;
    expect(all).not.toContain(draftId);
  });

  it('approves with an audit row; the driver then needs only payouts to go online', async () => {
    const driver = await submittedDriver('Approved Person');
    const result = await adminApi().admin.approveDriver({ driverId: driver.id });
    expect(result).toMatchObject({ driverId: driver.id, verificationStatus: 'approved' });
    const [audit] = await env.services.db
      .select()
      .from(adminActions)
      .where(eq(adminActions.id, result.auditId));
    expect(audit).toMatchObject({
      adminUserId: admin.userId,
      action: 'driver.approve',
      targetType: 'driver',
      targetId: driver.id,
      before: { verificationStatus: 'submitted' },
      after: { verificationStatus: 'approved' },
    });
    const me = await driver.api.drivers.me();
    expect(me).toMatchObject({
      verificationStatus: 'approved',
      goOnlineProblem: 'Payouts are not enabled yet: finish setting up Stripe payouts',
    });
    expect(me?.approvedAt).toBeInstanceOf(Date);
    expect(me?.checklist.filter((i) => !i.done).map((i) => i.key)).toEqual(['payouts']);
    // Twice is a conflict, and writes no second audit row.
    expect((await errorOf(adminApi().admin.approveDriver({ driverId: driver.id }))).code).toBe(
      'CONFLICT',
    );
    const rows = await env.services.db
      .select()
      .from(adminActions)
      .where(and(eq(adminActions.targetId, driver.id), eq(adminActions.action, 'driver.approve')));
    expect(rows).toHaveLength(1);
    const log = await adminApi().admin.auditLog({ targetType: 'driver', targetId: driver.id });
    expect(log.items[0]).toMatchObject({
      actionLabel: 'Approved driver',
      targetLabel: 'Approved Person',
    });
  });

  it('rejects with a reason the driver sees, who fixes the profile and resubmits', async () => {
    const driver = await submittedDriver();
    expect(
      (await errorOf(adminApi().admin.rejectDriver({ driverId: driver.id, reason: ' ' }))).code,
    ).toBe('BAD_REQUEST');
    const reason = 'The insurance certificate has expired';
    const result = await adminApi().admin.rejectDriver({ driverId: driver.id, reason });
    expect(result).toMatchObject({ verificationStatus: 'rejected', statusReason: reason });
    const [audit] = await env.services.db
      .select()
      .from(adminActions)
      .where(eq(adminActions.id, result.auditId));
    expect(audit).toMatchObject({
      action: 'driver.reject',
      reason,
      after: { verificationStatus: 'rejected', rejectionReason: reason },
    });
    const rejected = await driver.api.drivers.me();
    expect(rejected).toMatchObject({ verificationStatus: 'rejected', statusReason: reason });
    expect(rejected?.goOnlineProblem).toContain(reason);

    // Fix: replace the insurance, then submit again.
    const insurance = rejected!.documents.find((d) => d.kind === 'insurance')!;
    await driver.api.drivers.deleteDocument({ id: insurance.id });
    expect((await errorOf(driver.api.drivers.submit())).code).toBe('BAD_REQUEST');
    expect((await upload(driver.token, 'insurance')).status).toBe(201);
    const again = await driver.api.drivers.submit();
    expect(again).toMatchObject({ verificationStatus: 'submitted', statusReason: null });
    const [row] = await env.services.db.select().from(drivers).where(eq(drivers.id, driver.id));
    expect(row?.rejectionReason).toBeNull();
    const queue = await adminApi().admin.driverQueue({ limit: 100 });
    expect(queue.items.map((d) => d.id)).toContain(driver.id);
  });

  it('suspends and reinstates an approved driver, with the reason shown', async () => {
    const driver = await submittedDriver();
    expect(
      (await errorOf(adminApi().admin.suspendDriver({ driverId: driver.id, reason: 'Complaints' })))
        .code,
    ).toBe('CONFLICT');
    await adminApi().admin.approveDriver({ driverId: driver.id });
    await adminApi().admin.suspendDriver({ driverId: driver.id, reason: 'Repeated complaints' });
    const detail = await adminApi().admin.driverById({ id: driver.id });
    expect(detail).toMatchObject({
      verificationStatus: 'suspended',
      statusReason: 'Repeated complaints',
      goOnlineProblem: 'Your driver account is suspended: contact support',
    });
    expect(detail.history.map((h) => h.action)).toEqual(['driver.suspend', 'driver.approve']);
    await adminApi().admin.reinstateDriver({ driverId: driver.id });
    expect((await driver.api.drivers.me())?.verificationStatus).toBe('approved');
    expect((await errorOf(adminApi().admin.driverById({ id: crypto.randomUUID() }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('gives one of two admins racing on the same driver the win', async () => {
    const driver = await submittedDriver();
    const second = (await createUser(env.services, { role: 'admin' })).actor;
    const results = await Promise.allSettled([
      adminApi().admin.approveDriver({ driverId: driver.id }),
      callerFor(env.services, second).admin.rejectDriver({ driverId: driver.id, reason: 'Blurry' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rows = await env.services.db
      .select()
      .from(adminActions)
      .where(eq(adminActions.targetId, driver.id));
    expect(rows).toHaveLength(1);
  });
});

describe('goOnlineProblem', () => {
  const base: Pick<Driver, 'verificationStatus' | 'rejectionReason' | 'stripePayoutsEnabled'> = {
    verificationStatus: 'approved',
    rejectionReason: null,
    stripePayoutsEnabled: true,
  };
  const cases: [string, Partial<typeof base>, RegExp | null][] = [
    ['approved with payouts', {}, null],
    ['draft', { verificationStatus: 'draft' }, /not approved yet: finish it/],
    ['submitted', { verificationStatus: 'submitted' }, /not approved yet: it is waiting/],
    [
      'rejected',
      { verificationStatus: 'rejected', rejectionReason: 'Blurry licence' },
      /rejected \(Blurry licence\): fix it/,
    ],
    ['suspended', { verificationStatus: 'suspended' }, /suspended: contact support/],
    ['approved without payouts', { stripePayoutsEnabled: false }, /Payouts are not enabled/],
    [
      'suspended without payouts',
      { verificationStatus: 'suspended', stripePayoutsEnabled: false },
      /suspended/,
    ],
  ];

  it.each(cases)('%s', (_name, values, expected) => {
    const problem = goOnlineProblem({ ...base, ...values });
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('agrees with its SQL form for every case', async () => {
    for (const [, values] of cases) {
      const { driver } = await createDriver(env.services, {
        ...values,
        ...(values.verificationStatus === 'rejected' ? {} : { rejectionReason: null }),
      });
      const [row] = await env.services.db
        .select({ id: drivers.id })
        .from(drivers)
        .where(and(eq(drivers.id, driver.id), mayGoOnlineCondition()));
      expect({ values, may: row !== undefined }).toEqual({
        values,
        may: goOnlineProblem(driver) === null,
      });
    }
  });

  it('is what drivers.me reports, checklist included', async () => {
    const { actor } = await createDriver(env.services, { stripePayoutsEnabled: true });
    const me = await callerFor(env.services, actor).drivers.me();
    expect(me?.goOnlineProblem).toBeNull();
    // createDriver writes no documents: the checklist says so, the rule does not care.
    expect(me?.checklist.filter((i) => !i.done).map((i) => i.key)).toEqual([
      'driving_licence',
      'insurance',
    ]);
    // An approved profile is on file: no new documents without support.
    await expect(uploadTestDriverDocument(env.services, actor, 'insurance')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});
