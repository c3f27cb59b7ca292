/**
 * A driver profile as the driver and the admins see it: the query and mappers both views
 * share, what `submit` still needs and the onboarding checklist.
 */
import { desc, ne, type SQL } from 'drizzle-orm';
import {
  driverDocuments,
  type Database,
  type Driver,
  type DriverDocument,
  type UserStatus,
} from '@homechef/db';
import {
  DELIVERY_PHOTO_KIND,
  needsPlate,
  type DriverChecklistItem,
  type DriverDocumentOutput,
  type DriverProfileOutput,
} from '@homechef/validators';
import { latestActionReasons } from '../../shared/audit.ts';
import { ACCOUNT_WITH } from '../../shared/sql.ts';
import { goOnlineProblem } from './rule.ts';

export function toDriverDocumentOutput(d: DriverDocument): DriverDocumentOutput {
  return {
    id: d.id,
    kind: d.kind,
    fileName: d.fileName,
    contentType: d.contentType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    uploadedAt: d.uploadedAt,
  };
}

/** Relational `with` for a driver's profile: documents, newest first, and the person. */
export const DRIVER_PROFILE_WITH = {
  // Delivery photos belong to the orders they were taken for, not to the profile.
  documents: {
    where: ne(driverDocuments.kind, DELIVERY_PHOTO_KIND),
    orderBy: [desc(driverDocuments.uploadedAt), desc(driverDocuments.id)] as SQL[],
  },
  user: ACCOUNT_WITH,
} as const;

export type DriverWithDetails = Driver & {
  documents: DriverDocument[];
  user: {
    id: string;
    name: string;
    email: string;
    phone: string | null;
    status: UserStatus;
    suspendedReason: string | null;
  };
};

export async function loadDriverWithDetails(
  db: Database,
  where: SQL,
): Promise<DriverWithDetails | undefined> {
  return db.query.drivers.findFirst({ where, with: DRIVER_PROFILE_WITH });
}

/** The admin's reason for the current status, when it has one (rejected or suspended). */
export async function driverStatusReasons(
  db: Database,
  rows: readonly Pick<Driver, 'id' | 'verificationStatus' | 'rejectionReason'>[],
): Promise<Map<string, string | null>> {
  const reasons = new Map<string, string | null>();
  for (const d of rows) {
    reasons.set(d.id, d.verificationStatus === 'rejected' ? d.rejectionReason : null);
  }
  const suspended = rows.filter((d) => d.verificationStatus === 'suspended').map((d) => d.id);
  const latest = await latestActionReasons(db, 'driver', 'driver.suspend', suspended);
  for (const [id, reason] of latest) reasons.set(id, reason);
  return reasons;
}

export function toDriverProfile(
  driver: Driver & { documents: DriverDocument[] },
  statusReason: string | null,
): DriverProfileOutput {
  return {
    id: driver.id,
    vehicleType: driver.vehicleType,
    vehiclePlate: driver.vehiclePlate,
    verificationStatus: driver.verificationStatus,
    statusReason,
    submittedAt: driver.submittedAt,
    approvedAt: driver.approvedAt,
    stripePayoutsEnabled: driver.stripePayoutsEnabled,
    documents: driver.documents.map(toDriverDocumentOutput),
    goOnlineProblem: goOnlineProblem(driver),
    createdAt: driver.createdAt,
    updatedAt: driver.updatedAt,
  };
}

const DOCUMENT_WORDS = {
  driving_licence: 'Upload your driving licence',
  insurance: 'Upload your insurance certificate',
} as const;

/** What `submit` still needs, in words (empty: ready). */
export function missingForSubmit(
  driver: Pick<Driver, 'vehicleType' | 'vehiclePlate'>,
  documents: readonly Pick<DriverDocument, 'kind'>[],
): string[] {
  const missing: string[] = [];
  if (needsPlate(driver.vehicleType) && !driver.vehiclePlate) {
    missing.push(`Enter the plate of your ${driver.vehicleType}`);
  }
  for (const kind of ['driving_licence', 'insurance'] as const) {
    if (!documents.some((d) => d.kind === kind)) missing.push(DOCUMENT_WORDS[kind]);
  }
  return missing;
}

/** Everything it takes to go online, in order, ticked off; the last open item is the rule's. */
export function driverChecklist(
  driver: Driver & { documents: Pick<DriverDocument, 'kind'>[] },
): DriverChecklistItem[] {
  const has = (kind: DriverDocument['kind']) => driver.documents.some((d) => d.kind === kind);
  const reviewed = driver.verificationStatus === 'approved';
  return [
    {
      key: 'vehicle',
      label: 'Vehicle and plate',
      done: !needsPlate(driver.vehicleType) || driver.vehiclePlate !== null,
    },
    { key: 'driving_licence', label: 'Driving licence uploaded', done: has('driving_licence') },
    { key: 'insurance', label: 'Insurance uploaded', done: has('insurance') },
    {
      key: 'submitted',
      label: 'Profile submitted for review',
      done: reviewed || driver.verificationStatus === 'submitted',
    },
    { key: 'approved', label: 'Approved by HomeChef', done: reviewed },
    { key: 'payouts', label: 'Stripe payouts enabled', done: driver.stripePayoutsEnabled },
  ];
}
