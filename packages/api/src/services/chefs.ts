/**
 * A chef's own kitchen: the application (apply, update, submit) and the pause switch. The
 * kitchen is found from the signed-in user, never from an id the client sends.
 */
import { TRPCError } from '@trpc/server';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import {
  adminActions,
  chefDocuments,
  chefOpeningHours,
  chefs,
  type Chef,
  type ChefDocument,
  type ChefOpeningHours,
  type Database,
  type NewChef,
  type UserStatus,
} from '@homechef/db';
import type {
  ApplyChefInput,
  ChefDocumentOutput,
  OpeningWindow,
  OwnChefOutput,
  ChefProfileOutput,
  UpdateChefInput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../context.ts';
import { localDate, openingState } from './opening-hours.ts';
import { pgError, UNIQUE_VIOLATION } from './pg-errors.ts';

type ApplyInput = z.output<typeof ApplyChefInput>;
type UpdateInput = z.output<typeof UpdateChefInput>;

/** Database `time` values (`HH:MM:SS`) as the API's `HH:MM`. */
export function toWindows(
  rows: readonly Pick<ChefOpeningHours, 'weekday' | 'opensAt' | 'closesAt'>[],
): OpeningWindow[] {
  return rows
    .map((r) => ({
      weekday: r.weekday,
      opensAt: r.opensAt.slice(0, 5),
      closesAt: r.closesAt.slice(0, 5),
    }))
    .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt));
}

export function toDocumentOutput(d: ChefDocument): ChefDocumentOutput {
  return {
    id: d.id,
    kind: d.kind,
    fileName: d.fileName,
    contentType: d.contentType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    status: d.status,
    uploadedAt: d.uploadedAt,
  };
}

type ListingFields = Pick<
  Chef,
  | 'verificationStatus'
  | 'isPaused'
  | 'stripeChargesEnabled'
  | 'permitExpiresOn'
  | 'timezone'
  | 'lat'
  | 'lng'
>;

/**
 * Why customers cannot see a kitchen (empty: listed). The same rule as `listedCondition` in
 * discovery.ts, in words for the chef and the admin.
 */
export function listingBlockers(chef: ListingFields, ownerStatus: UserStatus, now: Date): string[] {
  const blockers: string[] = [];
  switch (chef.verificationStatus) {
    case 'draft':
      blockers.push('Complete and submit your application');
      break;
    case 'submitted':
      blockers.push('Waiting for an admin to review the application');
      break;
    case 'rejected':
      blockers.push('The application was rejected: fix it and submit again');
      break;
    case 'suspended':
      blockers.push('The kitchen is suspended');
      break;
    case 'approved':
      break;
  }
  if (ownerStatus !== 'active') blockers.push('The owner’s account is suspended');
  if (chef.isPaused) blockers.push('Paused: resume to take orders');
  if (!chef.stripeChargesEnabled) blockers.push('Set up Stripe so customers can pay');
  if (!chef.permitExpiresOn) blockers.push('Add the permit’s expiry date');
  else if (chef.permitExpiresOn < localDate(now, chef.timezone)) {
    blockers.push(`The permit expired on ${chef.permitExpiresOn}: renew it and update the date`);
  }
  if (chef.lat === null || chef.lng === null)
    blockers.push('Add the kitchen’s address and location');
  return blockers;
}

const REQUIRED_DOCUMENTS = [
  ['food_safety_certificate', 'Upload your food-safety certificate'],
  ['permit', 'Upload your home-kitchen permit'],
] as const;

/** What `submit` still needs, in words (empty: ready). */
export function missingForSubmit(
  chef: Chef,
  hours: readonly unknown[],
  documents: readonly Pick<ChefDocument, 'kind' | 'status'>[],
  now: Date,
): string[] {
  const missing: string[] = [];
  if (!chef.cuisines.length) missing.push('Choose at least one cuisine');
  if (!chef.kitchenLine1 || !chef.kitchenCity || !chef.kitchenPostalCode) {
    missing.push('Enter the kitchen’s street address, city and postal code');
  }
  if (chef.lat === null || chef.lng === null)
    missing.push('Place the kitchen on the map (coordinates)');
  if (!hours.length) missing.push('Add your opening hours');
  if (!chef.permitType) missing.push('Enter the permit type');
  if (!chef.permitNumber) missing.push('Enter the permit number');
  if (!chef.permitExpiresOn) missing.push('Enter the permit’s expiry date');
  else if (chef.permitExpiresOn <= localDate(now, chef.timezone)) {
    missing.push('The permit’s expiry date must be in the future');
  }
  for (const [kind, message] of REQUIRED_DOCUMENTS) {
    if (!documents.some((d) => d.kind === kind && d.status !== 'rejected')) missing.push(message);
  }
  return missing;
}

/** The admin's reason for the current status, when it has one (rejected or suspended). */
export async function statusReasons(
  db: Database,
  rows: readonly Pick<Chef, 'id' | 'verificationStatus' | 'rejectionReason'>[],
): Promise<Map<string, string | null>> {
  const reasons = new Map<string, string | null>();
  const suspended = rows.filter((c) => c.verificationStatus === 'suspended').map((c) => c.id);
  for (const c of rows) {
    reasons.set(c.id, c.verificationStatus === 'rejected' ? c.rejectionReason : null);
  }
  if (suspended.length) {
    // The suspension reason lives in the audit log: the latest suspension of each kitchen.
    const latest = await db
      .selectDistinctOn([adminActions.targetId], {
        targetId: adminActions.targetId,
        reason: adminActions.reason,
      })
      .from(adminActions)
      .where(
        and(
          eq(adminActions.targetType, 'chef'),
          eq(adminActions.action, 'chef.suspend'),
          inArray(adminActions.targetId, suspended),
        ),
      )
      .orderBy(adminActions.targetId, desc(adminActions.id));
    for (const row of latest) reasons.set(row.targetId, row.reason);
  }
  return reasons;
}

export function loadChefWithDetails(db: Database, where: SQL) {
  return db.query.chefs.findFirst({
    where,
    with: {
      openingHours: true,
      documents: { orderBy: [desc(chefDocuments.uploadedAt), desc(chefDocuments.id)] },
      user: {
        columns: {
          id: true,
          name: true,
          email: true,
          phone: true,
          status: true,
          suspendedReason: true,
        },
      },
    },
  });
}

type ChefWithDetails = NonNullable<Awaited<ReturnType<typeof loadChefWithDetails>>>;

export function kitchenOf(chef: Chef) {
  return {
    line1: chef.kitchenLine1,
    line2: chef.kitchenLine2,
    city: chef.kitchenCity,
    postalCode: chef.kitchenPostalCode,
    country: chef.kitchenCountry,
    lat: chef.lat,
    lng: chef.lng,
  };
}

/** The fields both the chef's and an admin's view of a kitchen carry. */
export function toChefProfile(
  chef: Chef & { documents: ChefDocument[]; user: { status: UserStatus } },
  statusReason: string | null,
  now: Date,
): ChefProfileOutput {
  const blockers = listingBlockers(chef, chef.user.status, now);
  const hasKitchen = chef.kitchenLine1 !== null || chef.lat !== null;
  return {
    id: chef.id,
    businessName: chef.businessName,
    bio: chef.bio,
    cuisines: chef.cuisines,
    phone: chef.phone,
    kitchen: hasKitchen ? kitchenOf(chef) : null,
    deliveryRadiusM: chef.deliveryRadiusM,
    timezone: chef.timezone,
    isPaused: chef.isPaused,
    leadTimeMinutes: chef.leadTimeMinutes,
    permitType: chef.permitType,
    permitNumber: chef.permitNumber,
    permitExpiresOn: chef.permitExpiresOn,
    maxMealsPerDay: chef.maxMealsPerDay,
    maxMealsPerWeek: chef.maxMealsPerWeek,
    verificationStatus: chef.verificationStatus,
    statusReason,
    submittedAt: chef.submittedAt,
    approvedAt: chef.approvedAt,
    stripeChargesEnabled: chef.stripeChargesEnabled,
    stripePayoutsEnabled: chef.stripePayoutsEnabled,
    ratingAvg: chef.ratingAvg,
    ratingCount: chef.ratingCount,
    documents: chef.documents.map(toDocumentOutput),
    isListed: blockers.length === 0,
    listingBlockers: blockers,
    createdAt: chef.createdAt,
    updatedAt: chef.updatedAt,
  };
}

function toOwnChef(chef: ChefWithDetails, statusReason: string | null, now: Date): OwnChefOutput {
  const openingHours = toWindows(chef.openingHours);
  return {
    ...toChefProfile(chef, statusReason, now),
    openingHours,
    missing:
      chef.verificationStatus === 'draft' || chef.verificationStatus === 'rejected'
        ? missingForSubmit(chef, openingHours, chef.documents, now)
        : [],
    openingState: openingState(openingHours, chef.timezone, now),
  };
}

/** The signed-in chef's kitchen, or null before they apply. */
export async function getOwnChef(
  services: Services,
  actor: Actor,
  now = new Date(),
): Promise<OwnChefOutput | null> {
  const chef = await loadChefWithDetails(services.db, eq(chefs.userId, actor.userId));
  if (!chef) return null;
  const reasons = await statusReasons(services.db, [chef]);
  return toOwnChef(chef, reasons.get(chef.id) ?? null, now);
}

async function requireOwnChef(services: Services, actor: Actor, now: Date): Promise<OwnChefOutput> {
  const chef = await getOwnChef(services, actor, now);
  if (!chef) throw noKitchen();
  return chef;
}

export function noKitchen(): TRPCError {
  return new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: 'You have no kitchen yet: start your application first',
  });
}

/** The id of the signed-in chef's kitchen (locked for update inside a transaction). */
export async function ownChefRow(
  db: Database,
  actor: Actor,
  { lock = false } = {},
): Promise<Chef | undefined> {
  const query = db.select().from(chefs).where(eq(chefs.userId, actor.userId)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

function profileValues(input: UpdateInput): Partial<NewChef> {
  const values: Partial<NewChef> = {};
  if (input.businessName !== undefined) values.businessName = input.businessName;
  if (input.bio !== undefined) values.bio = input.bio || null;
  if (input.cuisines !== undefined) values.cuisines = input.cuisines;
  if (input.phone !== undefined) values.phone = input.phone;
  if (input.kitchen !== undefined) {
    values.kitchenLine1 = input.kitchen.line1;
    values.kitchenLine2 = input.kitchen.line2 ?? null;
    values.kitchenCity = input.kitchen.city;
    values.kitchenPostalCode = input.kitchen.postalCode;
    values.kitchenCountry = input.kitchen.country;
    values.lat = input.kitchen.lat;
    values.lng = input.kitchen.lng;
  }
  if (input.deliveryRadiusM !== undefined) values.deliveryRadiusM = input.deliveryRadiusM;
  if (input.timezone !== undefined) values.timezone = input.timezone;
  if (input.leadTimeMinutes !== undefined) values.leadTimeMinutes = input.leadTimeMinutes;
  if (input.permitType !== undefined) values.permitType = input.permitType;
  if (input.permitNumber !== undefined) values.permitNumber = input.permitNumber;
  if (input.permitExpiresOn !== undefined) values.permitExpiresOn = input.permitExpiresOn;
  if (input.maxMealsPerDay !== undefined) values.maxMealsPerDay = input.maxMealsPerDay;
  if (input.maxMealsPerWeek !== undefined) values.maxMealsPerWeek = input.maxMealsPerWeek;
  return values;
}

async function replaceHours(tx: Database, chefId: string, windows: readonly OpeningWindow[]) {
  await tx.delete(chefOpeningHours).where(eq(chefOpeningHours.chefId, chefId));
  if (windows.length) {
    await tx.insert(chefOpeningHours).values(
      windows.map((w) => ({
        chefId,
        weekday: w.weekday,
        opensAt: w.opensAt,
        closesAt: w.closesAt,
      })),
    );
  }
}

/** Starts the signed-in chef's application as a draft; once per chef. */
export async function applyAsChef(
  services: Services,
  actor: Actor,
  input: ApplyInput,
  now = new Date(),
): Promise<OwnChefOutput> {
  if (await ownChefRow(services.db, actor)) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'You have already applied: edit your application instead',
    });
  }
  try {
    await services.db.transaction(async (tx) => {
      const [chef] = await tx
        .insert(chefs)
        .values({ ...profileValues(input), businessName: input.businessName, userId: actor.userId })
        .returning({ id: chefs.id });
      if (!chef) throw new Error('chef insert returned nothing');
      if (input.openingHours) await replaceHours(tx, chef.id, input.openingHours);
    });
  } catch (error) {
    // Two tabs applying at once: the unique index on user_id lets one through.
    if (pgError(error)?.code === UNIQUE_VIOLATION) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'You have already applied: edit your application instead',
      });
    }
    throw error;
  }
  return requireOwnChef(services, actor, now);
}

/** Edits the application or the live kitchen; `openingHours` replaces the whole week. */
export async function updateOwnChef(
  services: Services,
  actor: Actor,
  input: UpdateInput,
  now = new Date(),
): Promise<OwnChefOutput> {
  await services.db.transaction(async (tx) => {
    const chef = await ownChefRow(tx, actor, { lock: true });
    if (!chef) throw noKitchen();
    const values = profileValues(input);
    const perDay =
      values.maxMealsPerDay !== undefined ? values.maxMealsPerDay : chef.maxMealsPerDay;
    const perWeek =
      values.maxMealsPerWeek !== undefined ? values.maxMealsPerWeek : chef.maxMealsPerWeek;
    if (perDay != null && perWeek != null && perDay > perWeek) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `Meals per day (${perDay}) cannot exceed meals per week (${perWeek})`,
      });
    }
    if (Object.keys(values).length) {
      await tx.update(chefs).set(values).where(eq(chefs.id, chef.id));
    } else {
      await tx.update(chefs).set({ updatedAt: new Date() }).where(eq(chefs.id, chef.id));
    }
    if (input.openingHours) await replaceHours(tx, chef.id, input.openingHours);
  });
  return requireOwnChef(services, actor, now);
}

/** Sends a complete draft (or a fixed rejected application) to the admins' queue. */
export async function submitOwnChef(
  services: Services,
  actor: Actor,
  now = new Date(),
): Promise<OwnChefOutput> {
  await services.db.transaction(async (tx) => {
    const chef = await ownChefRow(tx, actor, { lock: true });
    if (!chef) throw noKitchen();
    if (chef.verificationStatus !== 'draft' && chef.verificationStatus !== 'rejected') {
      const already: Record<string, string> = {
        submitted: 'Your application is already waiting for review',
        approved: 'Your kitchen is already approved',
        suspended: 'Your kitchen is suspended: contact support',
      };
      throw new TRPCError({
        code: 'CONFLICT',
        message: already[chef.verificationStatus] ?? 'Your application cannot be submitted now',
      });
    }
    const [hours, documents] = await Promise.all([
      tx
        .select({ id: chefOpeningHours.id })
        .from(chefOpeningHours)
        .where(eq(chefOpeningHours.chefId, chef.id)),
      tx
        .select({ kind: chefDocuments.kind, status: chefDocuments.status })
        .from(chefDocuments)
        .where(eq(chefDocuments.chefId, chef.id)),
    ]);
    const missing = missingForSubmit(chef, hours, documents, now);
    if (missing.length) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `Your application is not complete: ${missing.join('; ')}`,
      });
    }
    const [updated] = await tx
      .update(chefs)
      .set({ verificationStatus: 'submitted', submittedAt: now, rejectionReason: null })
      .where(and(eq(chefs.id, chef.id), inArray(chefs.verificationStatus, ['draft', 'rejected'])))
      .returning({ id: chefs.id });
    if (!updated)
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'Your application changed meanwhile: reload it',
      });
  });
  return requireOwnChef(services, actor, now);
}

/** Pauses or resumes taking orders (a paused kitchen disappears from search). */
export async function setOwnChefPaused(
  services: Services,
  actor: Actor,
  { paused }: { paused: boolean },
  now = new Date(),
): Promise<OwnChefOutput> {
  const [updated] = await services.db
    .update(chefs)
    .set({ isPaused: paused })
    .where(eq(chefs.userId, actor.userId))
    .returning({ id: chefs.id });
  if (!updated) throw noKitchen();
  return requireOwnChef(services, actor, now);
}

/** Removes a document uploaded by mistake; documents that backed a decision stay. */
export async function deleteOwnDocument(
  services: Services,
  actor: Actor,
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
      .where(and(eq(chefDocuments.id, id), eq(chefs.userId, actor.userId)))
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
