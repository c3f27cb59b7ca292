/**
 * Admin verification on real PostgreSQL: the queue, decisions with reasons, races between
 * admins, account suspension, and an audit log that records everything and cannot be altered.
 */
import { TRPCError } from '@trpc/server';
import { adminActions, chefDocuments, chefs, refreshTokens, users } from '@homechef/db';
import { SearchChefsInput } from '@homechef/validators';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callerFor,
  createTestEnv,
  createUser,
  TEST_PASSWORD,
  type TestEnv,
} from '../../../test/fixtures.ts';
import { createKitchen, destination } from '../../../test/kitchens.ts';
import type { Actor } from '../../context.ts';
import { authenticate, SESSION_REVOKED_TOPIC, type SessionRevoked } from '../auth/index.ts';
import { searchChefs } from '../discovery/index.ts';

let env: TestEnv;
let admin: Actor;
let secondAdmin: Actor;
beforeAll(async () => {
  env = await createTestEnv();
  admin = (await createUser(env.services, { role: 'admin', name: 'Avery Admin' })).actor;
  secondAdmin = (await createUser(env.services, { role: 'admin', name: 'Blake Admin' })).actor;
});
afterAll(async () => {
  await env.close();
});

const adminApi = () => callerFor(env.services, admin);

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

let submittedCount = 0;
/** A kitchen waiting for review, with two documents, submitted `daysAgo` days ago. */
async function submittedKitchen(daysAgo = 1) {
  submittedCount += 1;
  const kitchen = await createKitchen(env.services, {
    businessName: `Applicant ${submittedCount}`,
    verificationStatus: 'submitted',
    approvedAt: null,
    submittedAt: new Date(Date.now() - daysAgo * 86_400_000),
    lat: 10,
    lng: 10,
  });
  const docs = await env.services.db
    .insert(chefDocuments)
    .values(
      (['food_safety_certificate', 'permit'] as const).map((kind) => ({
        chefId: kitchen.chef.id,
        kind,
        fileName: `${kind}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: 1000,
        storageKey: `test/${kitchen.chef.id}/${kind}.pdf`,
        sha256: 'a'.repeat(64),
      })),
    )
    .returning();
  return { ...kitchen, docs };
}

async function auditRowsFor(targetId: string) {
  return env.services.db.select().from(adminActions).where(eq(adminActions.targetId, targetId));
}

describe('the verification queue', () => {
  it('lists submitted kitchens oldest first, with owner and documents, page by page', async () => {
    const newest = await submittedKitchen(1);
    const oldest = await submittedKitchen(30);
    const middle = await submittedKitchen(10);
    await createKitchen(env.services, { lat: 10, lng: 10 }); // approved: not in the queue

    const all = await adminApi().admin.chefQueue({ limit: 100 });
    const ours = all.items.filter((c) => [newest, oldest, middle].some((k) => k.chef.id === c.id));
    expect(ours.map((c) => c.id)).toEqual([oldest.chef.id, middle.chef.id, newest.chef.id]);
    expect(all.items.every((c) => c.verificationStatus === 'submitted')).toBe(true);
    expect(ours[0]).toMatchObject({
      owner: { status: 'active', email: expect.stringContaining('@') as unknown },
      documents: [
        expect.objectContaining({ status: 'pending' }),
        expect.objectContaining({ status: 'pending' }),
      ],
      kitchen: { line1: expect.any(String) as unknown, lat: 10 },
      listingBlockers: expect.arrayContaining([
        'Waiting for an admin to review the application',
      ]) as unknown,
    });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await adminApi().admin.chefQueue({ limit: 2, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((c) => c.id));
  });

  it('finds kitchens by status and by name or owner e-mail', async () => {
    const kitchen = await submittedKitchen();
    const byName = await adminApi().admin.listChefs({
      query: kitchen.chef.businessName,
      limit: 10,
    });
    expect(byName.items.map((c) => c.id)).toEqual([kitchen.chef.id]);
    const [owner] = await env.services.db
      .select()
      .from(users)
      .where(eq(users.id, kitchen.actor.userId));
    const byEmail = await adminApi().admin.listChefs({
      query: owner!.email.toUpperCase(),
      limit: 10,
    });
    expect(byEmail.items.map((c) => c.id)).toEqual([kitchen.chef.id]);
    const approved = await adminApi().admin.listChefs({ status: 'approved', limit: 100 });
    expect(approved.items.every((c) => c.verificationStatus === 'approved')).toBe(true);
    const detail = await adminApi().admin.chefById({ id: kitchen.chef.id });
    expect(detail).toMatchObject({
      id: kitchen.chef.id,
      openingHours: expect.any(Array) as unknown,
      history: [],
    });
    expect(detail.documents).toHaveLength(2);
  });
});

describe('decisions', () => {
  it('approves in the same transaction as its audit row and accepts the pending documents', async () => {
    const kitchen = await submittedKitchen();
    const result = await adminApi().admin.approveChef({ chefId: kitchen.chef.id });
    expect(result).toMatchObject({
      chefId: kitchen.chef.id,
      verificationStatus: 'approved',
      statusReason: null,
    });
    const [row] = await env.services.db.select().from(chefs).where(eq(chefs.id, kitchen.chef.id));
    expect(row?.approvedAt).toBeInstanceOf(Date);
    const docs = await env.services.db
      .select()
      .from(chefDocuments)
      .where(eq(chefDocuments.chefId, kitchen.chef.id));
    expect(docs.map((d) => d.status)).toEqual(['accepted', 'accepted']);
    const [audit] = await auditRowsFor(kitchen.chef.id);
    expect(audit).toMatchObject({
      id: result.auditId,
      adminUserId: admin.userId,
      action: 'chef.approve',
      targetType: 'chef',
      before: { verificationStatus: 'submitted' },
      after: {
        verificationStatus: 'approved',
        acceptedDocumentIds: expect.arrayContaining(docs.map((d) => d.id)) as unknown,
      },
    });
    // Now listed (the fixture has Stripe charges enabled).
    const found = await searchChefs(
      env.services,
      SearchChefsInput.parse({ lat: 10, lng: 10, limit: 50 }),
    );
    expect(found.items.map((k) => k.id)).toContain(kitchen.chef.id);

    const again = await errorOf(adminApi().admin.approveChef({ chefId: kitchen.chef.id }));
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already approved') as unknown,
    });
    expect(await auditRowsFor(kitchen.chef.id)).toHaveLength(1);
    expect(
      (await errorOf(adminApi().admin.approveChef({ chefId: crypto.randomUUID() }))).code,
    ).toBe('NOT_FOUND');
  });

  it('lets exactly one of two admins approving at once win; the other gets CONFLICT', async () => {
    for (let round = 0; round < 5; round++) {
      const kitchen = await submittedKitchen();
      const results = await Promise.allSettled([
        callerFor(env.services, admin).admin.approveChef({ chefId: kitchen.chef.id }),
        callerFor(env.services, secondAdmin).admin.rejectChef({
          chefId: kitchen.chef.id,
          reason: 'Too slow',
        }),
        callerFor(env.services, secondAdmin).admin.approveChef({ chefId: kitchen.chef.id }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect((r.reason as TRPCError).code).toBe('CONFLICT');
      }
      expect(await auditRowsFor(kitchen.chef.id)).toHaveLength(1);
    }
  });

  it('rejects with a reason the chef sees, marking the named documents', async () => {
    const kitchen = await submittedKitchen();
    const permit = kitchen.docs.find((d) => d.kind === 'permit')!;
    const noReason = await errorOf(
      adminApi().admin.rejectChef({ chefId: kitchen.chef.id, reason: ' ' }),
    );
    expect(noReason).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Give a reason') as unknown,
    });

    await adminApi().admin.rejectChef({
      chefId: kitchen.chef.id,
      reason: 'The permit number does not match the county register.',
      documentIds: [permit.id],
    });
    const me = await callerFor(env.services, kitchen.actor).chefs.me();
    expect(me).toMatchObject({
      verificationStatus: 'rejected',
      statusReason: 'The permit number does not match the county register.',
      missing: ['Upload your home-kitchen permit'],
    });
    const [audit] = await auditRowsFor(kitchen.chef.id);
    expect(audit).toMatchObject({
      action: 'chef.reject',
      reason: 'The permit number does not match the county register.',
      after: { verificationStatus: 'rejected', rejectedDocumentIds: [permit.id] },
    });
  });

  it('changes nothing, audit log included, when part of a decision fails', async () => {
    const kitchen = await submittedKitchen();
    const other = await submittedKitchen();
    const error = await errorOf(
      adminApi().admin.rejectChef({
        chefId: kitchen.chef.id,
        reason: 'Wrong documents',
        documentIds: [other.docs[0]!.id],
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    const [row] = await env.services.db.select().from(chefs).where(eq(chefs.id, kitchen.chef.id));
    expect(row).toMatchObject({ verificationStatus: 'submitted', rejectionReason: null });
    expect(await auditRowsFor(kitchen.chef.id)).toEqual([]);
    const docs = await env.services.db
      .select()
      .from(chefDocuments)
      .where(eq(chefDocuments.chefId, other.chef.id));
    expect(docs.every((d) => d.status === 'pending')).toBe(true);
  });

  it('suspends and reinstates a kitchen; the chef sees why', async () => {
    const at = destination(10, 10, 45, 20_000);
    const kitchen = await createKitchen(env.services, at);
    const listed = async () =>
      (await searchChefs(env.services, SearchChefsInput.parse(at))).items.some(
        (k) => k.id === kitchen.chef.id,
      );
    expect(await listed()).toBe(true);
    await adminApi().admin.suspendChef({
      chefId: kitchen.chef.id,
      reason: 'Health complaint under investigation',
    });
    expect(await listed()).toBe(false);
    expect(await callerFor(env.services, kitchen.actor).chefs.me()).toMatchObject({
      verificationStatus: 'suspended',
      statusReason: 'Health complaint under investigation',
    });
    expect((await errorOf(adminApi().admin.approveChef({ chefId: kitchen.chef.id }))).code).toBe(
      'CONFLICT',
    );
    await adminApi().admin.reinstateChef({ chefId: kitchen.chef.id, reason: 'Cleared' });
    expect(await listed()).toBe(true);
    const history = (await adminApi().admin.chefById({ id: kitchen.chef.id })).history;
    expect(history.map((h) => h.action)).toEqual(['chef.reinstate', 'chef.suspend']);
  });
});

describe('the user list', () => {
  it('finds accounts by name or e-mail, filters by role and status, newest first, page by page', async () => {
    const tag = `zq${Math.random().toString(36).slice(2, 8)}`;
    const older = await createUser(env.services, { role: 'customer', name: `Old ${tag} Customer` });
    const driver = await createUser(env.services, {
      role: 'driver',
      email: `${tag}.driver@example.test`,
    });
    const suspended = await createUser(env.services, {
      role: 'customer',
      name: `Gone ${tag}`,
      status: 'suspended',
    });
    const kitchen = await createKitchen(env.services, { lat: 10, lng: 10 });

    const byTag = await adminApi().admin.listUsers({ query: tag.toUpperCase(), limit: 10 });
    expect(byTag.items.map((u) => u.id)).toEqual([suspended.id, driver.id, older.id]);
    expect(byTag.items[0]).toMatchObject({
      name: `Gone ${tag}`,
      role: 'customer',
      status: 'suspended',
      suspendedReason: 'test',
      kitchen: null,
      createdAt: expect.any(Date) as unknown,
    });
    expect(
      (await adminApi().admin.listUsers({ query: tag, role: 'driver' })).items.map((u) => u.id),
    ).toEqual([driver.id]);
    expect(
      (await adminApi().admin.listUsers({ query: tag, status: 'suspended' })).items.map(
        (u) => u.id,
      ),
    ).toEqual([suspended.id]);
    expect((await adminApi().admin.listUsers({ query: `${tag}%` })).items).toEqual([]);

    const chefs = await adminApi().admin.listUsers({ role: 'chef', limit: 100 });
    expect(chefs.items.every((u) => u.role === 'chef')).toBe(true);
    expect(chefs.items.find((u) => u.id === kitchen.actor.userId)?.kitchen).toEqual({
      id: kitchen.chef.id,
      businessName: kitchen.chef.businessName,
      verificationStatus: 'approved',
    });

    const all = await adminApi().admin.listUsers({ limit: 100 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await adminApi().admin.listUsers({ limit: 3, cursor });
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((u) => u.id));
    expect((await errorOf(adminApi().admin.listUsers({ cursor: 'not-a-cursor' }))).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('suspends and reinstates an account found in the list; the log says so in words', async () => {
    const tag = `zs${Math.random().toString(36).slice(2, 8)}`;
    const customer = await createUser(env.services, { name: `Suspend ${tag}` });
    const [found] = (await adminApi().admin.listUsers({ query: tag })).items;
    expect(found).toMatchObject({ id: customer.id, status: 'active' });
    await adminApi().admin.suspendUser({ userId: found!.id, reason: 'Chargeback fraud' });
    expect((await adminApi().admin.listUsers({ query: tag })).items[0]).toMatchObject({
      status: 'suspended',
      suspendedReason: 'Chargeback fraud',
    });
    await adminApi().admin.reinstateUser({ userId: found!.id });
    expect((await adminApi().admin.listUsers({ query: tag })).items[0]).toMatchObject({
      status: 'active',
      suspendedReason: null,
    });
    const log = await adminApi().admin.auditLog({ targetType: 'user', targetId: customer.id });
    expect(log.items.map((e) => [e.action, e.actionLabel, e.targetLabel])).toEqual([
      ['user.reinstate', 'Reinstated account', `Suspend ${tag}`],
      ['user.suspend', 'Suspended account', `Suspend ${tag}`],
    ]);
  });
});

describe('suspending an account', () => {
  it('ends every session at once, hides the kitchen, and is recorded', async () => {
    const at = destination(10, 10, 90, 30_000);
    const kitchen = await createKitchen(env.services, at);
    const [owner] = await env.services.db
      .select()
      .from(users)
      .where(eq(users.id, kitchen.actor.userId));
    const sessions = await Promise.all([
      callerFor(env.services, null).auth.login({ email: owner!.email, password: TEST_PASSWORD }),
      callerFor(env.services, null).auth.login({ email: owner!.email, password: TEST_PASSWORD }),
    ]);
    for (const s of sessions)
      expect(await authenticate(env.services, s.accessToken)).not.toBeNull();
    const revoked: SessionRevoked[] = [];
    const unsubscribe = await env.bus.subscribe<SessionRevoked>(SESSION_REVOKED_TOPIC, (e) =>
      revoked.push(e),
    );

    const result = await adminApi().admin.suspendUser({
      userId: owner!.id,
      reason: 'Repeated food-safety violations',
    });
    expect(result).toMatchObject({
      status: 'suspended',
      suspendedReason: 'Repeated food-safety violations',
    });

    for (const s of sessions) {
      await expect(authenticate(env.services, s.accessToken)).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    }
    const live = await env.services.db
      .select({ n: count() })
      .from(refreshTokens)
      .where(and(eq(refreshTokens.userId, owner!.id), sql`${refreshTokens.revokedAt} is null`));
    expect(live[0]?.n).toBe(0);
    await expect
      .poll(() => revoked.filter((e) => e.userId === owner!.id).length, { timeout: 2000 })
      .toBeGreaterThan(0);
    await unsubscribe();

    const found = await searchChefs(env.services, SearchChefsInput.parse(at));
    expect(found.items.map((k) => k.id)).not.toContain(kitchen.chef.id);
    expect(
      (await errorOf(callerFor(env.services, null).chefs.byId({ id: kitchen.chef.id }))).code,
    ).toBe('NOT_FOUND');

    const [audit] = await auditRowsFor(owner!.id);
    expect(audit).toMatchObject({
      action: 'user.suspend',
      targetType: 'user',
      reason: 'Repeated food-safety violations',
      before: { status: 'active' },
      after: { status: 'suspended', sessionsRevoked: true, hiddenChefId: kitchen.chef.id },
    });

    expect(
      (await errorOf(adminApi().admin.suspendUser({ userId: owner!.id, reason: 'Again' }))).code,
    ).toBe('CONFLICT');
    await adminApi().admin.reinstateUser({ userId: owner!.id });
    const back = await searchChefs(env.services, SearchChefsInput.parse(at));
    expect(back.items.map((k) => k.id)).toContain(kitchen.chef.id);
  });

  it('needs a reason, and an admin cannot suspend themselves', async () => {
    const customer = await createUser(env.services, { role: 'customer' });
    expect(
      (await errorOf(adminApi().admin.suspendUser({ userId: customer.id, reason: '' }))).code,
    ).toBe('BAD_REQUEST');
    const self = await errorOf(
      adminApi().admin.suspendUser({ userId: admin.userId, reason: 'Oops' }),
    );
    expect(self).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'You cannot suspend your own account',
    });
    expect(
      (await errorOf(adminApi().admin.suspendUser({ userId: crypto.randomUUID(), reason: 'Who?' })))
        .code,
    ).toBe('NOT_FOUND');
  });
});

describe('the audit log', () => {
  it('pages through every action with filters by action, target, admin and time', async () => {
    const a = await submittedKitchen();
    const b = await submittedKitchen();
    const c = await submittedKitchen();
    // Everything earlier in this file happened before `start` (same clock as the database).
    await new Promise((resolve) => setTimeout(resolve, 20));
    const start = new Date();
    await callerFor(env.services, admin).admin.approveChef({ chefId: a.chef.id });
    await callerFor(env.services, secondAdmin).admin.rejectChef({
      chefId: b.chef.id,
      reason: 'Blurry scan',
    });
    await callerFor(env.services, secondAdmin).admin.approveChef({ chefId: c.chef.id });

    const recent = await adminApi().admin.auditLog({ from: start, limit: 10 });
    expect(recent.items.map((e) => e.targetId)).toEqual([c.chef.id, b.chef.id, a.chef.id]);
    expect(recent.items[1]).toMatchObject({
      action: 'chef.reject',
      reason: 'Blurry scan',
      targetLabel: b.chef.businessName,
      admin: { id: secondAdmin.userId, name: 'Blake Admin' },
    });

    const bySecond = await adminApi().admin.auditLog({
      from: start,
      adminUserId: secondAdmin.userId,
      limit: 10,
    });
    expect(bySecond.items.map((e) => e.targetId)).toEqual([c.chef.id, b.chef.id]);
    const approvals = await adminApi().admin.auditLog({
      from: start,
      action: 'chef.approve',
      limit: 10,
    });
    expect(approvals.items.map((e) => e.targetId)).toEqual([c.chef.id, a.chef.id]);
    const onB = await adminApi().admin.auditLog({ targetType: 'chef', targetId: b.chef.id });
    expect(onB.items).toHaveLength(1);
    const future = await adminApi().admin.auditLog({ from: new Date(Date.now() + 60_000) });
    expect(future.items).toEqual([]);
    const before = await adminApi().admin.auditLog({ to: start, limit: 100 });
    expect(before.items.every((e) => e.createdAt < start)).toBe(true);

    const all = await adminApi().admin.auditLog({ limit: 100 });
    const paged = [];
    let cursor: string | undefined;
    do {
      const page = await adminApi().admin.auditLog({ limit: 2, cursor });
      paged.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged.map((e) => e.id)).toEqual(all.items.map((e) => e.id));
    expect((await errorOf(adminApi().admin.auditLog({ cursor: 'DROP TABLE' }))).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('cannot be altered or erased by the application’s database role', async () => {
    const kitchen = await submittedKitchen();
    await adminApi().admin.approveChef({ chefId: kitchen.chef.id });
    const [entry] = await auditRowsFor(kitchen.chef.id);
    const db = env.services.db;

    const refused = async (statement: PromiseLike<unknown>) => {
      const error = await Promise.resolve(statement).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(String((error as Error).cause ?? error)).toMatch(/append-only/);
    };
    await refused(
      db.update(adminActions).set({ reason: 'edited' }).where(eq(adminActions.id, entry!.id)),
    );
    await refused(db.delete(adminActions).where(eq(adminActions.id, entry!.id)));
    await refused(db.execute(sql`truncate admin_actions`));
    // Not even inside a transaction that would otherwise commit.
    await refused(
      db.transaction(async (tx) => {
        await tx.update(chefs).set({ bio: 'x' }).where(eq(chefs.id, kitchen.chef.id));
        await tx
          .update(adminActions)
          .set({ action: 'chef.reject' })
          .where(eq(adminActions.id, entry!.id));
      }),
    );
    expect(await auditRowsFor(kitchen.chef.id)).toEqual([entry]);
    // And the API offers no way to change it: only the read procedure touches it.
    const paths = Object.keys((await import('../../root.ts')).appRouter._def.procedures);
    expect(paths.filter((p) => /audit/i.test(p))).toEqual(['admin.auditLog']);
  });
});
