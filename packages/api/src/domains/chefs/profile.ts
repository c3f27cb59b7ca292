/**
 * A kitchen's profile as its chef and the admins see it: the mappers and the query both
 * views share.
 */
import { desc, type SQL } from 'drizzle-orm';
import {
  chefDocuments,
  type Chef,
  type ChefDocument,
  type ChefOpeningHours,
  type Database,
  type UserStatus,
} from '@homechef/db';
import type { ChefDocumentOutput, ChefProfileOutput, OpeningWindow } from '@homechef/validators';
import { latestActionReasons } from '../../shared/audit.ts';
import { ACCOUNT_WITH } from '../../shared/sql.ts';
import { listingBlockers } from './listing.ts';
import { openingState } from './opening-hours.ts';

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
  // The suspension reason lives in the audit log: the latest suspension of each kitchen.
  const latest = await latestActionReasons(db, 'chef', 'chef.suspend', suspended);
  for (const [id, reason] of latest) reasons.set(id, reason);
  return reasons;
}

/** Relational `with` for a kitchen's profile: its documents, newest first, and its owner. */
export const KITCHEN_PROFILE_WITH = {
  documents: { orderBy: [desc(chefDocuments.uploadedAt), desc(chefDocuments.id)] as SQL[] },
  user: ACCOUNT_WITH,
} as const;

export function loadChefWithDetails(db: Database, where: SQL) {
  return db.query.chefs.findFirst({
    where,
    with: { openingHours: true, ...KITCHEN_PROFILE_WITH },
  });
}

export type ChefWithDetails = NonNullable<Awaited<ReturnType<typeof loadChefWithDetails>>>;

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

/** A kitchen's weekly hours and whether it is open at `now`. */
export function openingSummary(
  chef: Pick<Chef, 'timezone'> & {
    openingHours: readonly Pick<ChefOpeningHours, 'weekday' | 'opensAt' | 'closesAt'>[];
  },
  now: Date,
) {
  const openingHours = toWindows(chef.openingHours);
  return { openingHours, openingState: openingState(openingHours, chef.timezone, now) };
}
