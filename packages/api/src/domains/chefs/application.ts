/**
 * A chef's own kitchen: the application (apply, update, submit) and the pause switch. The
 * kitchen is found from the signed-in user, never from an id the client sends.
 */
import { TRPCError } from '@trpc/server';
import { and, eq, inArray } from 'drizzle-orm';
import {
  chefDocuments,
  chefOpeningHours,
  chefs,
  type Chef,
  type ChefDocument,
  type Database,
  type NewChef,
} from '@homechef/db';
import type {
  ApplyChefInput,
  OpeningWindow,
  OwnChefOutput,
  UpdateChefInput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { isUniqueViolation } from '../../shared/pg-errors.ts';
import { localDate } from './opening-hours.ts';
import type { OwnKitchen } from './procedure.ts';
import {
  loadChefWithDetails,
  openingSummary,
  statusReasons,
  toChefProfile,
  type ChefWithDetails,
} from './profile.ts';

type ApplyInput = z.output<typeof ApplyChefInput>;
type UpdateInput = z.output<typeof UpdateChefInput>;

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

function toOwnChef(chef: ChefWithDetails, statusReason: string | null, now: Date): OwnChefOutput {
  const { openingHours, openingState } = openingSummary(chef, now);
  return {
    ...toChefProfile(chef, statusReason, now),
    openingHours,
    missing:
      chef.verificationStatus === 'draft' || chef.verificationStatus === 'rejected'
        ? missingForSubmit(chef, openingHours, chef.documents, now)
        : [],
    openingState,
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

/** Locks the kitchen's row for the rest of the transaction and returns it as it is now. */
async function lockKitchen(tx: Database, kitchen: OwnKitchen): Promise<Chef> {
  const [row] = await tx.select().from(chefs).where(eq(chefs.id, kitchen.id)).for('update');
  if (!row) throw noKitchen();
  return row;
}

export function noKitchen(): TRPCError {
  return new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: 'You have no kitchen yet: start your application first',
  });
}

async function hasKitchen(db: Database, actor: Actor): Promise<boolean> {
  const [row] = await db
    .select({ id: chefs.id })
    .from(chefs)
    .where(eq(chefs.userId, actor.userId))
    .limit(1);
  return row !== undefined;
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
  if (await hasKitchen(services.db, actor)) {
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
    if (isUniqueViolation(error)) {
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
  kitchen: OwnKitchen,
  input: UpdateInput,
  now = new Date(),
): Promise<OwnChefOutput> {
  await services.db.transaction(async (tx) => {
    const chef = await lockKitchen(tx, kitchen);
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
  kitchen: OwnKitchen,
  now = new Date(),
): Promise<OwnChefOutput> {
  await services.db.transaction(async (tx) => {
    const chef = await lockKitchen(tx, kitchen);
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
  kitchen: OwnKitchen,
  { paused }: { paused: boolean },
  now = new Date(),
): Promise<OwnChefOutput> {
  const [updated] = await services.db
    .update(chefs)
    .set({ isPaused: paused })
    .where(eq(chefs.id, kitchen.id))
    .returning({ id: chefs.id });
  if (!updated) throw noKitchen();
  return requireOwnChef(services, actor, now);
}
