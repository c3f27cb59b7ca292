/**
 * Documents of chefs (food-safety certificates, permits, …) and drivers (licence, insurance):
 * uploaded as a stream that is refused as soon as it passes the size limit, recognised by its
 * first bytes (never by its name or declared type), hashed, and stored under a key of our own.
 * Each owner has its table (chef_documents, driver_documents); storage, links, downloads and
 * the rules below are one path for both. Downloads go through short-lived signed links, so a
 * browser can open them without an Authorization header.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { and, eq, isNull } from 'drizzle-orm';
import {
  chefDocuments,
  chefs,
  driverAssignments,
  driverDocuments,
  drivers,
  type ChefDocumentKind,
  type Database,
  type DriverUploadKind,
} from '@homechef/db';
import {
  DELIVERY_PHOTO_KIND,
  MAX_CHEF_DOCUMENT_BYTES,
  type ChefDocumentOutput,
  type DriverDocumentOutput,
} from '@homechef/validators';
import type { Actor, Services } from '../../context.ts';
import { assertRole } from '../../trpc.ts';
import { loadOwnKitchen, toDocumentOutput, type OwnKitchen } from '../chefs/index.ts';
import {
  assertEditable,
  loadOwnDriverProfile,
  toDriverDocumentOutput,
  type OwnDriverProfile,
} from '../drivers/index.ts';

/** Who a document belongs to: each owner has its own table. */
export type DocumentOwner = 'chef' | 'driver';

export const DOCUMENT_LINK_TTL_SECONDS = 5 * 60;
/** Where the HTTP handler in http.ts is mounted. */
export const DOCUMENTS_PATH = '/documents';

export interface DetectedType {
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  extension: 'pdf' | 'jpg' | 'png';
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** PDF, JPEG or PNG by magic number; anything else (an executable renamed .pdf) is null. */
export function detectFileType(head: Uint8Array): DetectedType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return { contentType: 'application/pdf', extension: 'pdf' }; // %PDF-
  }
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { contentType: 'image/png', extension: 'png' };
  }
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  return null;
}

const MB = 1024 * 1024;
export const tooLarge = () =>
  new TRPCError({
    code: 'PAYLOAD_TOO_LARGE',
    message: `The file is larger than ${MAX_CHEF_DOCUMENT_BYTES / MB} MB: upload a smaller scan or photo`,
  });
const unsupported = () =>
  new TRPCError({
    code: 'BAD_REQUEST',
    message: 'Only PDF, JPEG or PNG files are accepted (the file’s contents are none of these)',
  });

/**
 * Reads at most the limit from `body`; throws PAYLOAD_TOO_LARGE the moment it goes over, so
 * an oversized upload is never held in memory.
 */
export async function readLimited(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limit = MAX_CHEF_DOCUMENT_BYTES,
) {
  const chunks: Uint8Array[] = [];
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    hash.update(chunk);
    chunks.push(chunk);
  }
  return { data: Buffer.concat(chunks, size), size, sha256: hash.digest('hex') };
}

/** Extensions that already name each detected type correctly. */
const EXTENSIONS: Record<DetectedType['extension'], string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpg', 'jpeg'],
};

/**
 * The name a document is stored and served under: the last path segment of what the client
 * sent, without control or bidi-override characters (`\u202E` would make `exe.pdf` read
 * backwards), and ending in the extension of the type its bytes were detected as, so a PDF
 * named `poly.html` is kept as `poly.pdf`.
 */
export function cleanFileName(
  name: string | undefined,
  kind: ChefDocumentKind | DriverUploadKind,
  extension: DetectedType['extension'],
): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/^[\s.]+/, '')
    .trim()
    .slice(0, 200);
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim();
  const given = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  if (!stem) return `${kind.replaceAll('_', '-')}.${extension}`;
  return EXTENSIONS[extension].includes(given) ? base : `${stem}.${extension}`;
}

export interface UploadDocumentInput<Kind extends string = ChefDocumentKind> {
  kind: Kind;
  fileName?: string | undefined;
  /** The request's Content-Length when it sent one: refused before reading if too large. */
  declaredSize?: number | undefined;
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

interface StoredUpload {
  storageKey: string;
  fileName: string;
  contentType: DetectedType['contentType'];
  sizeBytes: number;
  sha256: string;
}

/**
 * Reads, checks and stores an upload under `<folder>/<uuid>.<ext>`, then runs `insert` for
 * its row and returns it; a failed insert removes the stored file again.
 */
async function storeUpload<Kind extends ChefDocumentKind | DriverUploadKind, Row>(
  services: Services,
  folder: string,
  input: UploadDocumentInput<Kind>,
  insert: (file: StoredUpload) => Promise<Row[]>,
  { imagesOnly = false } = {},
): Promise<Row> {
  const file = await readLimited(input.body);
  if (file.size === 0) throw new TRPCError({ code: 'BAD_REQUEST', message: 'The file is empty' });
  const type = detectFileType(file.data.subarray(0, 16));
  if (!type) throw unsupported();
  if (imagesOnly && !type.contentType.startsWith('image/')) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Only a JPEG or PNG photo is accepted' });
  }

  const storageKey = `${folder}/${randomUUID()}.${type.extension}`;
  await services.storage.put(storageKey, file.data);
  try {
    const [row] = await insert({
      storageKey,
      fileName: cleanFileName(input.fileName, input.kind, type.extension),
      contentType: type.contentType,
      sizeBytes: file.size,
      sha256: file.sha256,
    });
    if (!row) throw new Error('document insert returned nothing');
    return row;
  } catch (error) {
    await services.storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

function refuseDeclaredSize(declaredSize: number | undefined) {
  if (declaredSize !== undefined && declaredSize > MAX_CHEF_DOCUMENT_BYTES) throw tooLarge();
}

/** Stores a document for the signed-in chef's kitchen. */
export async function uploadChefDocument(
  services: Services,
  actor: Actor,
  input: UploadDocumentInput<ChefDocumentKind>,
): Promise<ChefDocumentOutput> {
  assertRole(actor, 'chef');
  refuseDeclaredSize(input.declaredSize);
  const kitchen = await loadOwnKitchen(services.db, actor.userId);
  if (kitchen.verificationStatus === 'suspended') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Your kitchen is suspended' });
  }
  const row = await storeUpload(services, `chefs/${kitchen.id}`, input, (file) =>
    services.db
      .insert(chefDocuments)
      .values({ chefId: kitchen.id, kind: input.kind, ...file })
      .returning(),
  );
  return toDocumentOutput(row);
}

/**
 * Stores a document for the signed-in driver: a licence or insurance only while the profile
 * may change (a draft, or rejected and being fixed); a delivery photo (JPEG or PNG) only while
 * they carry an order.
 */
export async function uploadDriverDocument(
  services: Services,
  actor: Actor,
  input: UploadDocumentInput<DriverUploadKind>,
): Promise<DriverDocumentOutput> {
  assertRole(actor, 'driver');
  refuseDeclaredSize(input.declaredSize);
  const driver = await loadOwnDriverProfile(services.db, actor.userId);
  const photo = input.kind === DELIVERY_PHOTO_KIND;
  if (photo) await assertOnJob(services.db, driver.id);
  else assertEditable(driver);
  const row = await storeUpload(
    services,
    `drivers/${driver.id}`,
    input,
    (file) =>
      services.db
        .insert(driverDocuments)
        .values({ driverId: driver.id, kind: input.kind, ...file })
        .returning(),
    { imagesOnly: photo },
  );
  return toDriverDocumentOutput(row);
}

/** A delivery photo is taken on a job: the driver carries an order not yet delivered. */
async function assertOnJob(db: Database, driverId: string): Promise<void> {
  const [job] = await db
    .select({ id: driverAssignments.id })
    .from(driverAssignments)
    .where(
      and(
        eq(driverAssignments.driverId, driverId),
        isNull(driverAssignments.cancelledAt),
        isNull(driverAssignments.deliveredAt),
      ),
    )
    .limit(1);
  if (!job) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'A delivery photo is taken at the door of an order you carry',
    });
  }
}

interface FoundDocument {
  owner: DocumentOwner;
  id: string;
  ownerUserId: string;
  fileName: string;
  contentType: string;
  sha256: string;
  storageKey: string;
}

/** What reading a document needs of its row and of its owner's (a kitchen, a driver profile). */
function foundColumns(
  documents: typeof chefDocuments | typeof driverDocuments,
  owners: typeof chefs | typeof drivers,
) {
  return {
    id: documents.id,
    ownerUserId: owners.userId,
    fileName: documents.fileName,
    contentType: documents.contentType,
    sha256: documents.sha256,
    storageKey: documents.storageKey,
  };
}

/** A document of either owner by id, with the user it belongs to. */
async function findDocument(db: Database, id: string): Promise<FoundDocument | undefined> {
  const [chefDoc] = await db
    .select(foundColumns(chefDocuments, chefs))
    .from(chefDocuments)
    .innerJoin(chefs, eq(chefs.id, chefDocuments.chefId))
    .where(eq(chefDocuments.id, id))
    .limit(1);
  if (chefDoc) return { owner: 'chef', ...chefDoc };
  const [driverDoc] = await db
    .select(foundColumns(driverDocuments, drivers))
    .from(driverDocuments)
    .innerJoin(drivers, eq(drivers.id, driverDocuments.driverId))
    .where(eq(driverDocuments.id, id))
    .limit(1);
  return driverDoc ? { owner: 'driver', ...driverDoc } : undefined;
}

function signature(services: Services, owner: DocumentOwner, id: string, expires: number): string {
  return createHmac('sha256', services.auth.key)
    .update(`${owner}-document:${id}:${expires}`)
    .digest('base64url');
}

/**
 * A link to one document valid for a few minutes. Chefs and drivers may fetch their own
 * documents, admins any; everyone else gets NOT_FOUND.
 */
export async function documentLink(
  services: Services,
  actor: Actor,
  { id }: { id: string },
  now = new Date(),
): Promise<{ url: string; expiresAt: Date }> {
  const doc = await findDocument(services.db, id);
  if (!doc || (actor.role !== 'admin' && doc.ownerUserId !== actor.userId)) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Document not found' });
  }
  return signedLink(services, doc.owner, doc.id, now);
}

function signedLink(
  services: Services,
  owner: DocumentOwner,
  id: string,
  now: Date,
): { url: string; expiresAt: Date } {
  const expires = Math.floor(now.getTime() / 1000) + DOCUMENT_LINK_TTL_SECONDS;
  const sig = signature(services, owner, id, expires);
  return {
    url: `${DOCUMENTS_PATH}/${id}?expires=${expires}&sig=${sig}`,
    expiresAt: new Date(expires * 1000),
  };
}

/**
 * A short-lived link to a driver's delivery photo, for someone the caller has already found
 * may see it (the order's customer, an admin): who that is, is the order's rule, not this one's.
 */
export function deliveryPhotoLink(
  services: Services,
  documentId: string,
  now = new Date(),
): { url: string; expiresAt: Date } {
  return signedLink(services, 'driver', documentId, now);
}

export interface StoredDocument {
  fileName: string;
  contentType: string;
  sha256: string;
  data: Uint8Array;
}

/**
 * The file behind a signed link (or for an actor who may read it). Every refusal is the same
 * NOT_FOUND, so a link cannot be used to probe which documents exist.
 */
export async function readDocument(
  services: Services,
  {
    id,
    expires,
    sig,
    actor,
  }: { id: string; expires?: string | null; sig?: string | null; actor?: Actor | null },
  now = new Date(),
): Promise<StoredDocument> {
  const notFound = () =>
    new TRPCError({ code: 'NOT_FOUND', message: 'Document not found or link expired' });
  if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound();
  const doc = await findDocument(services.db, id);
  if (!doc) throw notFound();

  const byActor = actor != null && (actor.role === 'admin' || actor.userId === doc.ownerUserId);
  if (!byActor) {
    const expiresAt = Number(expires);
    if (!sig || !Number.isInteger(expiresAt) || expiresAt * 1000 < now.getTime()) throw notFound();
    const expected = Buffer.from(signature(services, doc.owner, id, expiresAt));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw notFound();
  }
  const data = await services.storage.get(doc.storageKey);
  if (!data) throw notFound();
  return { fileName: doc.fileName, contentType: doc.contentType, sha256: doc.sha256, data };
}

/** Removes a document uploaded by mistake; documents that backed a decision stay. */
export async function deleteOwnDocument(
  services: Services,
  kitchen: OwnKitchen,
  { id }: { id: string },
): Promise<{ id: string }> {
  const storageKey = await services.db.transaction(async (tx) => {
    const [doc] = await tx
      .select({
        id: chefDocuments.id,
        status: chefDocuments.status,
        storageKey: chefDocuments.storageKey,
        chefStatus: chefs.verificationStatus,
      })
      .from(chefDocuments)
      .innerJoin(chefs, eq(chefs.id, chefDocuments.chefId))
      .where(and(eq(chefDocuments.id, id), eq(chefDocuments.chefId, kitchen.id)))
      .limit(1)
      .for('update');
    if (!doc) throw new TRPCError({ code: 'NOT_FOUND', message: 'Document not found' });
    if (doc.status === 'accepted') {
      throw new TRPCError({ code: 'CONFLICT', message: 'An accepted document cannot be deleted' });
    }
    if (doc.chefStatus === 'submitted') {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'Documents cannot be deleted while your application is under review',
      });
    }
    await tx.delete(chefDocuments).where(eq(chefDocuments.id, doc.id));
    return doc.storageKey;
  });
  // After commit: a failed delete leaves an orphan file, never a row without its file.
  await services.storage.delete(storageKey).catch(() => undefined);
  return { id };
}

/** Removes a driver's document while the profile may change (draft, or rejected). */
export async function deleteOwnDriverDocument(
  services: Services,
  driver: OwnDriverProfile,
  { id }: { id: string },
): Promise<{ id: string }> {
  const storageKey = await services.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ verificationStatus: drivers.verificationStatus })
      .from(drivers)
      .where(eq(drivers.id, driver.id))
      .for('update');
    const [doc] = await tx
      .select({ id: driverDocuments.id, storageKey: driverDocuments.storageKey })
      .from(driverDocuments)
      .where(and(eq(driverDocuments.id, id), eq(driverDocuments.driverId, driver.id)))
      .limit(1);
    if (!row || !doc) throw new TRPCError({ code: 'NOT_FOUND', message: 'Document not found' });
    assertEditable(row);
    await tx.delete(driverDocuments).where(eq(driverDocuments.id, doc.id));
    return doc.storageKey;
  });
  // After commit: a failed delete leaves an orphan file, never a row without its file.
  await services.storage.delete(storageKey).catch(() => undefined);
  return { id };
}
