/**
 * A chef's application end to end on real PostgreSQL: apply, update, documents over HTTP,
 * submit, rejection and resubmission; bad input is refused with a clear message and changes
 * nothing.
 */
import { request } from 'node:http';
import { TRPCError } from '@trpc/server';
import { chefDocuments, chefs } from '@homechef/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import { startDocumentsServer, type DocumentsServer } from '../../../test/documents.ts';
import { SAMPLE_FILES } from '../../../test/kitchens.ts';
import type { Actor } from '../../context.ts';

let env: TestEnv;
let server: DocumentsServer;
let baseUrl: string;
let admin: Actor;

beforeAll(async () => {
  env = await createTestEnv();
  admin = (await createUser(env.services, { role: 'admin' })).actor;
  server = await startDocumentsServer(env.services);
  baseUrl = server.baseUrl;
});
afterAll(async () => {
  await server.close();
  await env.close();
});

async function newChef() {
  const user = await createUser(env.services, { role: 'chef' });
  const token = server.tokenFor(user.actor);
  return { actor: user.actor, token, api: callerFor(env.services, user.actor) };
}

async function upload(token: string | null, query: string, body: Uint8Array) {
  const res = await fetch(`${baseUrl}/documents?${query}`, {
    method: 'POST',
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      'content-type': 'application/pdf',
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as UploadResponse };
}

/** `document` on success, `error` otherwise. */
interface UploadResponse {
  document: {
    id: string;
    kind: string;
    contentType: string;
    status: string;
    sha256: string;
    fileName: string;
    sizeBytes: number;
  };
  error: { code: string; message: string };
}

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const COMPLETE_PROFILE = {
  bio: 'Home-style Isan cooking.',
  cuisines: ['Thai'],
  phone: '+1 510 555 0101',
  kitchen: {
    line1: '4100 Telegraph Ave',
    city: 'Oakland',
    postalCode: '94609',
    lat: 37.8338,
    lng: -122.2637,
  },
  deliveryRadiusM: 4000,
  timezone: 'America/Los_Angeles',
  openingHours: [
    { weekday: 3, opensAt: '18:00', closesAt: '01:00' },
    { weekday: 5, opensAt: '11:00', closesAt: '14:00' },
  ],
  leadTimeMinutes: 45,
  permitType: 'MEHKO',
  permitNumber: 'MEHKO-ALA-2025-0042',
  permitExpiresOn: '2099-06-30',
  maxMealsPerDay: 30,
  maxMealsPerWeek: 90,
};

describe('application', () => {
  it('goes from draft to submitted, is rejected with a reason, fixed and resubmitted', async () => {
    const chef = await newChef();
    expect(await chef.api.chefs.me()).toBeNull();

    const draft = await chef.api.chefs.apply.call(undefined, { businessName: '  Baan Noi  ' });
    expect(draft).toMatchObject({
      businessName: 'Baan Noi',
      verificationStatus: 'draft',
      kitchen: null,
      isListed: false,
      documents: [],
    });
    expect(draft.missing).toEqual(
      expect.arrayContaining([
        'Add your opening hours',
        'Upload your food-safety certificate',
        'Upload your home-kitchen permit',
      ]),
    );
    expect(
      (await errorOf(chef.api.chefs.apply.call(undefined, { businessName: 'Again' }))).code,
    ).toBe('CONFLICT');

    const incomplete = await errorOf(chef.api.chefs.submit());
    expect(incomplete.code).toBe('BAD_REQUEST');
    expect(incomplete.message).toContain('Your application is not complete');
    expect(incomplete.message).toContain('Add your opening hours');

    const updated = await chef.api.chefs.update(COMPLETE_PROFILE);
    expect(updated).toMatchObject({
      cuisines: ['thai'],
      kitchen: { city: 'Oakland', country: 'US', lat: 37.8338 },
      openingHours: [
        { weekday: 3, opensAt: '18:00', closesAt: '01:00' },
        { weekday: 5, opensAt: '11:00', closesAt: '14:00' },
      ],
      maxMealsPerDay: 30,
    });
    expect(updated.missing).toEqual([
      'Upload your food-safety certificate',
      'Upload your home-kitchen permit',
    ]);

    const certificate = await upload(
      chef.token,
      'kind=food_safety_certificate&fileName=card.pdf',
      SAMPLE_FILES.pdf,
    );
    expect(certificate.status).toBe(201);
    const permit = await upload(chef.token, 'kind=permit&fileName=permit.png', SAMPLE_FILES.png);
    expect(permit.status).toBe(201);
    expect(permit.body.document).toMatchObject({
      kind: 'permit',
      contentType: 'image/png',
      status: 'pending',
    });

    const submitted = await chef.api.chefs.submit();
    expect(submitted).toMatchObject({
      verificationStatus: 'submitted',
      missing: [],
      statusReason: null,
    });
    expect(submitted.listingBlockers).toContain('Waiting for an admin to review the application');
    expect((await errorOf(chef.api.chefs.submit())).code).toBe('CONFLICT');

    const adminApi = callerFor(env.services, admin);
    await adminApi.admin.rejectChef({
      chefId: submitted.id,
      reason: 'The permit photo is unreadable: upload a sharper scan.',
      documentIds: [permit.body.document.id],
    });
    const rejected = await chef.api.chefs.me();
    expect(rejected).toMatchObject({
      verificationStatus: 'rejected',
      statusReason: 'The permit photo is unreadable: upload a sharper scan.',
      missing: ['Upload your home-kitchen permit'],
    });

    await upload(chef.token, 'kind=permit&fileName=permit-sharp.pdf', SAMPLE_FILES.pdf);
    const resubmitted = await chef.api.chefs.submit();
    expect(resubmitted).toMatchObject({ verificationStatus: 'submitted', statusReason: null });

    await adminApi.admin.approveChef({ chefId: submitted.id });
    const approved = await chef.api.chefs.me();
    expect(approved?.verificationStatus).toBe('approved');
    // Not listed until Stripe can charge.
    expect(approved?.listingBlockers).toEqual(['Set up Stripe so customers can pay']);
    expect(
      approved?.documents
        .filter((d) => d.status === 'accepted')
        .map((d) => d.fileName)
        .sort(),
    ).toEqual(['card.pdf', 'permit-sharp.pdf']);
  });

  it('refuses to submit a permit that has already expired', async () => {
    const chef = await newChef();
    await chef.api.chefs.apply.call(undefined, {
      businessName: 'Expired',
      ...COMPLETE_PROFILE,
      permitExpiresOn: '2020-01-01',
    });
    await upload(chef.token, 'kind=food_safety_certificate', SAMPLE_FILES.pdf);
    await upload(chef.token, 'kind=permit', SAMPLE_FILES.pdf);
    const error = await errorOf(chef.api.chefs.submit());
    expect(error.message).toContain('The permit’s expiry date must be in the future');
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const chef = await newChef();
    const before = await chef.api.chefs.apply.call(undefined, {
      businessName: 'Careful',
      ...COMPLETE_PROFILE,
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ deliveryRadiusM: 10_000_000 }, 'The delivery radius must be at most 50 km'],
      [
        { kitchen: { ...COMPLETE_PROFILE.kitchen, lat: 91 } },
        'Latitude must be between -90 and 90',
      ],
      [
        { kitchen: { ...COMPLETE_PROFILE.kitchen, lng: -181 } },
        'Longitude must be between -180 and 180',
      ],
      [{ timezone: 'Mars/Olympus' }, 'Unknown time zone'],
      [{ openingHours: [{ weekday: 1, opensAt: '9am', closesAt: '17:00' }] }, 'Use a 24-hour time'],
      [
        {
          openingHours: [
            { weekday: 1, opensAt: '10:00', closesAt: '14:00' },
            { weekday: 1, opensAt: '13:00', closesAt: '15:00' },
          ],
        },
        'Opening windows overlap',
      ],
      [{ maxMealsPerDay: 100 }, 'Meals per day (100) cannot exceed meals per week (90)'],
      [{ leadTimeMinutes: -5 }, 'Lead time cannot be negative'],
      [{}, 'Nothing to update'],
    ];
    for (const [input, message] of cases) {
      const error = await errorOf(chef.api.chefs.update(input));
      expect(error.code, JSON.stringify(input)).toBe('BAD_REQUEST');
      expect(error.message).toContain(message);
    }
    expect(await chef.api.chefs.me()).toEqual(before);
  });

  it('pauses and resumes', async () => {
    const chef = await newChef();
    await chef.api.chefs.apply.call(undefined, { businessName: 'Pausable' });
    expect((await chef.api.chefs.setPaused({ paused: true })).isPaused).toBe(true);
    expect((await chef.api.chefs.setPaused({ paused: false })).isPaused).toBe(false);
  });

  it('needs an application before anything else', async () => {
    const chef = await newChef();
    expect((await errorOf(chef.api.chefs.update({ bio: 'x' }))).code).toBe('PRECONDITION_FAILED');
    expect((await errorOf(chef.api.chefs.submit())).code).toBe('PRECONDITION_FAILED');
    expect((await upload(chef.token, 'kind=permit', SAMPLE_FILES.pdf)).status).toBe(412);
  });
});

describe('documents', () => {
  it('stores the file under a key of its own with its SHA-256, and serves it to the chef and admins only', async () => {
    const chef = await newChef();
    const kitchen = await chef.api.chefs.apply.call(undefined, { businessName: 'Docs' });
    const { status, body } = await upload(
      chef.token,
      'kind=food_safety_certificate&fileName=..%2F..%2Fetc%2Fpasswd.pdf',
      SAMPLE_FILES.pdf,
    );
    expect(status).toBe(201);
    const doc = body.document as {
      id: string;
      sha256: string;
      fileName: string;
      sizeBytes: number;
    };
    const { createHash } = await import('node:crypto');
    expect(doc.sha256).toBe(createHash('sha256').update(SAMPLE_FILES.pdf).digest('hex'));
    expect(doc.sizeBytes).toBe(SAMPLE_FILES.pdf.byteLength);
    expect(doc.fileName).toBe('passwd.pdf');
    const [row] = await env.services.db
      .select()
      .from(chefDocuments)
      .where(eq(chefDocuments.id, doc.id));
    expect(row?.storageKey).toMatch(new RegExp(`^chefs/${kitchen.id}/[0-9a-f-]{36}\\.pdf$`));
    expect(await env.services.storage.get(row!.storageKey)).toEqual(Buffer.from(SAMPLE_FILES.pdf));

    // The chef's link works without a token; a tampered or expired one does not.
    const link = await chef.api.chefs.documentUrl({ id: doc.id });
    const res = await fetch(`${baseUrl}${link.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from(SAMPLE_FILES.pdf));
    expect((await fetch(`${baseUrl}${link.url.replace(/sig=./, 'sig=A')}`)).status).toBe(404);
    expect(
      (await fetch(`${baseUrl}${link.url.replace(/expires=\d+/, 'expires=1000')}`)).status,
    ).toBe(404);
    expect((await fetch(`${baseUrl}/documents/${doc.id}`)).status).toBe(404);

    // Admins may link to it; another chef is told it does not exist.
    const adminLink = await callerFor(env.services, admin).admin.documentUrl({ id: doc.id });
    expect((await fetch(`${baseUrl}${adminLink.url}`)).status).toBe(200);
    const stranger = await newChef();
    await stranger.api.chefs.apply.call(undefined, { businessName: 'Nosy' });
    expect((await errorOf(stranger.api.chefs.documentUrl({ id: doc.id }))).code).toBe('NOT_FOUND');
    const direct = await fetch(`${baseUrl}/documents/${doc.id}`, {
      headers: { authorization: `Bearer ${stranger.token}` },
    });
    expect(direct.status).toBe(404);
    const own = await fetch(`${baseUrl}/documents/${doc.id}`, {
      headers: { authorization: `Bearer ${chef.token}` },
    });
    expect(own.status).toBe(200);
    expect((await errorOf(stranger.api.chefs.deleteDocument({ id: doc.id }))).code).toBe(
      'NOT_FOUND',
    );

    // The owner may delete a pending document, and its file goes with it.
    await chef.api.chefs.deleteDocument({ id: doc.id });
    expect(await env.services.storage.get(row!.storageKey)).toBeNull();
  });

  it('refuses an executable renamed .pdf, whatever its declared type, and stores nothing', async () => {
    const chef = await newChef();
    await chef.api.chefs.apply.call(undefined, { businessName: 'Sneaky' });
    const { status, body } = await upload(
      chef.token,
      'kind=permit&fileName=permit.pdf',
      SAMPLE_FILES.exe,
    );
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'BAD_REQUEST',
      message: 'Only PDF, JPEG or PNG files are accepted (the file’s contents are none of these)',
    });
    expect((await chef.api.chefs.me())?.documents).toEqual([]);
  });

  it('refuses a 50 MB upload at once from its Content-Length, without reading it', async () => {
    const chef = await newChef();
    await chef.api.chefs.apply.call(undefined, { businessName: 'Big files' });
    const total = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    chunk.write('%PDF-1.4');
    let sent = 0;
    let answered = false;
    const { status, body } = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const req = request(`${baseUrl}/documents?kind=permit`, {
          method: 'POST',
          headers: { authorization: `Bearer ${chef.token}`, 'content-length': total },
        });
        req.on('response', (res) => {
          answered = true; // stop sending
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body: text });
            req.destroy();
          });
        });
        req.on('error', (error) => {
          if (!answered) reject(error);
        });
        const pump = () => {
          while (sent < total && !answered) {
            sent += chunk.byteLength;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
        };
        pump();
      },
    );
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: expect.stringContaining('larger than 10 MB') as unknown,
      },
    });
    expect(sent).toBeLessThan(total);
    expect((await chef.api.chefs.me())?.documents).toEqual([]);
  });

  it('stops reading a body without Content-Length as soon as it passes 10 MB', async () => {
    const chef = await newChef();
    await chef.api.chefs.apply.call(undefined, { businessName: 'Chunked' });
    const chunk = new Uint8Array(256 * 1024);
    chunk.set(SAMPLE_FILES.pdf);
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 50 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${baseUrl}/documents?kind=permit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chef.token}` },
      body: stream,
      duplex: 'half',
    }).catch(() => null);
    // Either the 413 arrives, or the connection is cut; nothing is stored and we stopped early.
    if (res) expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(30 * 1024 * 1024);
    expect((await chef.api.chefs.me())?.documents).toEqual([]);
  });

  it('refuses an empty file, an unknown kind, and anonymous or non-chef uploads', async () => {
    const chef = await newChef();
    await chef.api.chefs.apply.call(undefined, { businessName: 'Edge cases' });
    expect(await upload(chef.token, 'kind=permit', new Uint8Array())).toMatchObject({
      status: 400,
      body: { error: { message: 'The file is empty' } },
    });
    const badKind = await upload(chef.token, 'kind=selfie', SAMPLE_FILES.pdf);
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.message).toContain(
      'Choose food_safety_certificate, permit, insurance or other',
    );
    expect((await upload(null, 'kind=permit', SAMPLE_FILES.pdf)).status).toBe(401);
    const customer = await createUser(env.services, { role: 'customer' });
    const customerToken = server.tokenFor(customer.actor);
    expect((await upload(customerToken, 'kind=permit', SAMPLE_FILES.pdf)).status).toBe(403);
    expect((await fetch(`${baseUrl}/documents/nope`)).status).toBe(404);
  });

  it('keeps accepted documents and documents under review', async () => {
    const chef = await newChef();
    const kitchen = await chef.api.chefs.apply.call(undefined, {
      businessName: 'Keeper',
      ...COMPLETE_PROFILE,
    });
    const { body } = await upload(chef.token, 'kind=food_safety_certificate', SAMPLE_FILES.jpeg);
    await upload(chef.token, 'kind=permit', SAMPLE_FILES.pdf);
    await chef.api.chefs.submit();
    expect((await errorOf(chef.api.chefs.deleteDocument({ id: body.document.id }))).code).toBe(
      'CONFLICT',
    );
    await callerFor(env.services, admin).admin.approveChef({ chefId: kitchen.id });
    const error = await errorOf(chef.api.chefs.deleteDocument({ id: body.document.id }));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'An accepted document cannot be deleted',
    });
    const [row] = await env.services.db.select().from(chefs).where(eq(chefs.id, kitchen.id));
    expect(row?.verificationStatus).toBe('approved');
  });
});
