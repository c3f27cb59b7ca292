/**
 * Demo data: a small, believable home-chef city around Oakland and Berkeley. The whole city
 * is planned in memory from a seeded PRNG (ids included, so demo URLs survive a reset) and
 * written in one transaction. Every demo account's password is `password123`.
 */
import { eq, inArray } from 'drizzle-orm';
import { demoPdf } from './pdf.ts';
import { createHash } from 'node:crypto';
import type { Database } from '../client.ts';
import { adminActions, type NewAdminAction } from '../schema/admin.ts';
import {
  chefDocuments,
  chefOpeningHours,
  chefs,
  type ChefDocumentKind,
  type ChefDocumentStatus,
  type ChefVerificationStatus,
  type NewChef,
  type NewChefDocument,
  type NewChefOpeningHours,
} from '../schema/chefs.ts';
import {
  driverDocuments,
  driverShifts,
  drivers,
  type NewDriver,
  type NewDriverDocument,
} from '../schema/drivers.ts';
import { MOTOR_VEHICLE_TYPES } from '@homechef/validators/constants';
import {
  itemOptionGroups,
  itemOptions,
  menuItems,
  menus,
  type NewItemOption,
  type NewItemOptionGroup,
  type NewMenu,
  type NewMenuItem,
} from '../schema/menus.ts';
import { addresses, users, type NewAddress, type NewUser } from '../schema/users.ts';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_CHEFS,
  DEMO_CUSTOMERS,
  DEMO_DRIVERS,
  DEMO_PASSWORD,
  DEMO_TIMEZONE,
  HOURS,
  NEIGHBOURHOODS,
  type DemoChef,
  type Neighbourhood,
  type NeighbourhoodName,
} from './city.ts';
import {
  CUISINES,
  MENU_NAMES,
  PROTEIN_CHOICES,
  SPICE_LEVELS,
  type CuisineKey,
  type DemoDish,
} from './dishes.ts';
import {
  int,
  jitter,
  letters,
  mulberry32,
  pick,
  shuffle,
  token,
  uuid,
  type Random,
} from './random.ts';
import { houseOn, mainStreetOf } from './streets.ts';

export { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from './city.ts';

/** The default PRNG seed: the same city on every machine. */
export const DEMO_SEED = 0x5eed_c1e5;

export interface SeedDemoOptions {
  /** Hashes `password123` once; every demo account shares the result. */
  hashPassword: (password: string) => Promise<string>;
  /** Source of randomness; defaults to mulberry32(DEMO_SEED). */
  random?: () => number;
  /** Reference time for "n days ago" and permit expiry; defaults to now. */
  now?: Date;
  /** Stores the demo documents' files (the server passes its file storage). */
  storeFile?: (key: string, data: Uint8Array) => Promise<void>;
}

export interface SeedSummary {
  users: number;
  admins: number;
  customers: number;
  chefs: number;
  approvedChefs: number;
  drivers: number;
  onlineDrivers: number;
  addresses: number;
  menus: number;
  menuItems: number;
  optionGroups: number;
  options: number;
  openingHours: number;
  chefDocuments: number;
  driverDocuments: number;
  /** Drivers who submitted and wait for review. */
  waitingDrivers: number;
  adminActions: number;
}

interface DemoPlan {
  users: NewUser[];
  chefs: NewChef[];
  openingHours: NewChefOpeningHours[];
  documents: NewChefDocument[];
  files: { key: string; data: Uint8Array }[];
  menus: NewMenu[];
  menuItems: NewMenuItem[];
  optionGroups: NewItemOptionGroup[];
  options: NewItemOption[];
  drivers: NewDriver[];
  driverDocuments: NewDriverDocument[];
  /** The open shift of each driver who is online. */
  driverShifts: (typeof driverShifts.$inferInsert)[];
  addresses: NewAddress[];
  adminActions: NewAdminAction[];
}

/** A demo person's Stripe Express account as the demo city has it: finished, or left half-done. */
export interface DemoPayout {
  kind: 'chef' | 'driver';
  email: string;
  complete: boolean;
}

/**
 * Which demo people have a Stripe account: every kitchen that was approved (finished, so the
 * city is listable and payable), every other submitted kitchen (left half-done, so admins see
 * one), and the drivers whose payouts are ready. The seed writes no account ids: the server
 * creates these accounts in the local Stripe sandbox, where they really exist.
 */
export function demoPayouts(): DemoPayout[] {
  return [
    ...DEMO_CHEFS.flatMap((demo, i): DemoPayout[] => {
      const wasApproved = demo.status === 'approved' || demo.status === 'suspended';
      if (!wasApproved && !(demo.status === 'submitted' && i % 2 === 0)) return [];
      return [{ kind: 'chef', email: `chef${pad(i + 1)}@homechef.local`, complete: wasApproved }];
    }),
    ...DEMO_DRIVERS.flatMap((demo, i): DemoPayout[] =>
      demo.payoutsReady
        ? [{ kind: 'driver', email: `driver${pad(i + 1)}@homechef.local`, complete: true }]
        : [],
    ),
  ];
}

/** A seeded demo person who should have a Stripe account (`demoPayouts`) and has none yet. */
export interface DemoPayoutToConnect {
  kind: DemoPayout['kind'];
  userId: string;
  name: string;
  complete: boolean;
}

export async function demoPayoutsToConnect(db: Database): Promise<DemoPayoutToConnect[]> {
  const wanted = new Map(demoPayouts().map((p) => [p.email, p]));
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      chef: chefs.id,
      chefAccount: chefs.stripeAccountId,
      driver: drivers.id,
      driverAccount: drivers.stripeAccountId,
    })
    .from(users)
    .leftJoin(chefs, eq(chefs.userId, users.id))
    .leftJoin(drivers, eq(drivers.userId, users.id))
    .where(inArray(users.email, [...wanted.keys()]));
  return rows.flatMap((row): DemoPayoutToConnect[] => {
    const demo = wanted.get(row.email);
    if (!demo) return [];
    const [profile, account] =
      demo.kind === 'chef' ? [row.chef, row.chefAccount] : [row.driver, row.driverAccount];
    if (!profile || account) return [];
    return [{ kind: demo.kind, userId: row.userId, name: row.name, complete: demo.complete }];
  });
}

/** True when the database holds no users (the signal to seed on first start). */
export async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

/**
 * Fills an empty database with the demo city. Call it only when `isEmpty(db)`: the demo
 * e-mail addresses are unique, so a second run fails (and rolls back) on the first insert.
 */
export async function seedDemo(db: Database, options: SeedDemoOptions): Promise<SeedSummary> {
  const random = options.random ?? mulberry32(DEMO_SEED);
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const plan = planDemoCity(random, options.now ?? new Date(), passwordHash);

  await db.transaction(async (tx) => {
    // Parents before children; chunks keep each statement well under the bind-parameter limit.
    await insertChunks(plan.users, (rows) => tx.insert(users).values(rows));
    await insertChunks(plan.chefs, (rows) => tx.insert(chefs).values(rows));
    await insertChunks(plan.openingHours, (rows) => tx.insert(chefOpeningHours).values(rows));
    await insertChunks(plan.documents, (rows) => tx.insert(chefDocuments).values(rows));
    await insertChunks(plan.menus, (rows) => tx.insert(menus).values(rows));
    await insertChunks(plan.menuItems, (rows) => tx.insert(menuItems).values(rows));
    await insertChunks(plan.optionGroups, (rows) => tx.insert(itemOptionGroups).values(rows));
    await insertChunks(plan.options, (rows) => tx.insert(itemOptions).values(rows));
    await insertChunks(plan.drivers, (rows) => tx.insert(drivers).values(rows));
    await insertChunks(plan.driverDocuments, (rows) => tx.insert(driverDocuments).values(rows));
    await insertChunks(plan.driverShifts, (rows) => tx.insert(driverShifts).values(rows));
    await insertChunks(plan.addresses, (rows) => tx.insert(addresses).values(rows));
    await insertChunks(plan.adminActions, (rows) => tx.insert(adminActions).values(rows));
  });
  if (options.storeFile) {
    for (const file of plan.files) await options.storeFile(file.key, file.data);
  }

  return {
    users: plan.users.length,
    admins: plan.users.filter((u) => u.role === 'admin').length,
    customers: plan.users.filter((u) => u.role === 'customer').length,
    chefs: plan.chefs.length,
    approvedChefs: plan.chefs.filter((c) => c.verificationStatus === 'approved').length,
    drivers: plan.drivers.length,
    onlineDrivers: plan.drivers.filter((d) => d.status === 'online').length,
    addresses: plan.addresses.length,
    menus: plan.menus.length,
    menuItems: plan.menuItems.length,
    optionGroups: plan.optionGroups.length,
    options: plan.options.length,
    openingHours: plan.openingHours.length,
    chefDocuments: plan.documents.length,
    driverDocuments: plan.driverDocuments.length,
    waitingDrivers: plan.drivers.filter((d) => d.verificationStatus === 'submitted').length,
    adminActions: plan.adminActions.length,
  };
}

async function insertChunks<T>(
  rows: T[],
  insert: (chunk: T[]) => PromiseLike<unknown>,
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const DAY_MS = 86_400_000;

function planDemoCity(random: Random, now: Date, passwordHash: string): DemoPlan {
  const plan: DemoPlan = {
    users: [],
    chefs: [],
    openingHours: [],
    documents: [],
    files: [],
    menus: [],
    menuItems: [],
    optionGroups: [],
    options: [],
    drivers: [],
    driverDocuments: [],
    driverShifts: [],
    addresses: [],
    adminActions: [],
  };
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const hood = (name: NeighbourhoodName): Neighbourhood => {
    const found = NEIGHBOURHOODS.find((n) => n.name === name);
    if (!found) throw new Error(`unknown neighbourhood ${name}`);
    return found;
  };
  /** The i-th (from 0) demo account of a role: `chef01@homechef.local` and so on. */
  const addUser = (
    id: string,
    role: keyof typeof PHONE_BLOCKS,
    i: number,
    name: string,
    createdAt: Date,
  ) =>
    plan.users.push({
      id,
      email: `${role}${pad(i + 1)}@homechef.local`,
      passwordHash,
      name,
      phone: demoPhone(role, i),
      role,
      createdAt,
    });

  const adminId = uuid(random);
  plan.users.push({
    id: adminId,
    email: DEMO_ADMIN_EMAIL,
    passwordHash,
    name: 'Avery Admin',
    role: 'admin',
    createdAt: daysAgo(240),
  });

  DEMO_CHEFS.forEach((demo, i) => {
    const userId = uuid(random);
    const chefId = uuid(random);
    const place = hood(demo.neighbourhood);
    const kitchen = homeOn(random, demo.neighbourhood);
    const submittedAt = daysAgo(int(random, 20, 180));
    const reviewedAt = new Date(submittedAt.getTime() + int(random, 1, 5) * DAY_MS);
    const wasApproved = demo.status === 'approved' || demo.status === 'suspended';
    const hasStripe = wasApproved || (demo.status === 'submitted' && i % 2 === 0);
    const maxMealsPerDay = int(random, 12, 30);

    const joinedAt = new Date(submittedAt.getTime() - int(random, 0, 3) * DAY_MS);
    addUser(userId, 'chef', i, demo.owner, joinedAt);
    plan.chefs.push({
      id: chefId,
      userId,
      businessName: demo.businessName,
      bio: demo.bio,
      cuisines: [...demo.cuisines],
      phone: demoPhone('chef', i),
      kitchenLine1: kitchen.line1,
      kitchenCity: place.city,
      kitchenPostalCode: place.postalCode,
      kitchenCountry: 'US',
      lat: kitchen.lat,
      lng: kitchen.lng,
      deliveryRadiusM: pick(random, [3000, 4000, 5000, 6000, 8000]),
      timezone: DEMO_TIMEZONE,
      isPaused: demo.isPaused ?? false,
      leadTimeMinutes: pick(random, [20, 30, 45, 60]),
      verificationStatus: demo.status,
      rejectionReason: demo.rejectionReason ?? null,
      submittedAt,
      approvedAt: wasApproved ? reviewedAt : null,
      // No Stripe account here: one exists only where Stripe made it (see `demoPayouts`).
      ...(hasStripe ? dropped(token(random, 15)) : {}),
      permitType: 'MEHKO',
      permitNumber: `MEHKO-ALA-${submittedAt.getUTCFullYear()}-${String(int(random, 1, 9999)).padStart(4, '0')}`,
      permitExpiresOn: isoDate(new Date(now.getTime() + int(random, 90, 700) * DAY_MS)),
      maxMealsPerDay,
      maxMealsPerWeek: int(random, Math.max(40, maxMealsPerDay), 90),
      createdAt: submittedAt,
    });

    for (const [weekday, opensAt, closesAt] of HOURS[demo.hours]) {
      plan.openingHours.push({ id: uuid(random), chefId, weekday, opensAt, closesAt });
    }

    for (const [kind, fileName] of [
      ['food_safety_certificate', 'california-food-handler-card.pdf'],
      ['permit', 'mehko-permit.pdf'],
    ] as const) {
      plan.documents.push({
        ...demoDocument(plan, random, `demo/chefs/${chefId}`, fileName, [
          kind === 'permit' ? 'MEHKO permit (demo)' : 'Food handler card (demo)',
          demo.businessName,
          `Issued to chef ${chefId}`,
        ]),
        chefId,
        kind,
        status: documentStatus(demo, kind),
        uploadedAt: submittedAt,
      });
    }

    // The audit trail an admin's review of this application leaves.
    const review = (
      verb: 'approve' | 'reject' | 'suspend',
      from: ChefVerificationStatus,
      to: ChefVerificationStatus,
      createdAt: Date,
      reason: string | null = null,
    ) =>
      plan.adminActions.push({
        adminUserId: adminId,
        action: `chef.${verb}`,
        targetType: 'chef',
        targetId: chefId,
        reason,
        before: { verificationStatus: from },
        after: { verificationStatus: to },
        createdAt,
      });
    if (wasApproved) review('approve', 'submitted', 'approved', reviewedAt);
    if (demo.status === 'rejected') {
      review('reject', 'submitted', 'rejected', reviewedAt, demo.rejectionReason ?? null);
    }
    if (demo.status === 'suspended') {
      const at = daysAgo(int(random, 2, 10));
      review('suspend', 'approved', 'suspended', at, demo.suspensionReason ?? null);
    }
    if (demo.status === 'approved') planMenus(random, plan, chefId, demo.cuisines, submittedAt);
  });

  DEMO_CUSTOMERS.forEach((demo, i) => {
    const userId = uuid(random);
    const place = hood(demo.neighbourhood);
    const home = homeOn(random, demo.neighbourhood);
    const createdAt = daysAgo(int(random, 5, 200));
    addUser(userId, 'customer', i, demo.name, createdAt);
    plan.addresses.push({
      id: uuid(random),
      userId,
      label: 'Home',
      line1: home.line1,
      line2:
        random() < 0.35 ? `Apt ${int(random, 1, 4)}${pick(random, ['A', 'B', 'C', 'D'])}` : null,
      city: place.city,
      postalCode: place.postalCode,
      country: 'US',
      lat: home.lat,
      lng: home.lng,
      instructions: pick(random, [
        null,
        'Leave at the door, please.',
        'Ring the bell; the buzzer is broken.',
        'Gate code 2468.',
        'Side entrance by the garage.',
        null,
      ]),
      isDefault: true,
      createdAt,
    });
  });

  DEMO_DRIVERS.forEach((demo, i) => {
    const userId = uuid(random);
    const driverId = uuid(random);
    const place = hood(demo.neighbourhood);
    // Applicants signed up in the last few days; the others long ago.
    const createdAt = demo.waiting ? daysAgo(int(random, 1, 4)) : daysAgo(int(random, 10, 200));
    const seen = !demo.waiting && (demo.online || demo.payoutsReady);
    const position = seen ? jitter(random, place.lat, place.lng, 800) : null;
    addUser(userId, 'driver', i, demo.name, createdAt);
    plan.drivers.push({
      id: driverId,
      userId,
      vehicleType: demo.vehicle,
      vehiclePlate: (MOTOR_VEHICLE_TYPES as readonly string[]).includes(demo.vehicle)
        ? `${int(random, 5, 9)}${letters(random, 3)}${int(random, 100, 999)}`
        : null,
      status: demo.online ? 'online' : 'offline',
      // Demo drivers were approved a day after they applied; applicants submitted an hour in.
      verificationStatus: demo.waiting ? 'submitted' : 'approved',
      submittedAt: new Date(createdAt.getTime() + 3_600_000),
      approvedAt: demo.waiting ? null : new Date(createdAt.getTime() + 86_400_000),
      ...(demo.payoutsReady ? dropped(token(random, 15)) : {}),
      lastLat: position?.lat ?? null,
      lastLng: position?.lng ?? null,
      lastSeenAt: !seen
        ? null
        : demo.online
          ? new Date(now.getTime() - int(random, 2, 20) * 1000)
          : new Date(now.getTime() - int(random, 3, 72) * 3_600_000),
      createdAt,
    });
    // Online drivers went online a while ago: their shift is open (no randomness drawn, so the
    // rest of the city stays the same).
    if (demo.online) {
      plan.driverShifts.push({
        driverId,
        startedAt: new Date(now.getTime() - (40 + 9 * i) * 60_000),
      });
    }

    // Every driver's licence and insurance, as uploaded with the application.
    for (const [kind, fileName, title] of [
      ['driving_licence', 'driving-licence.pdf', 'Driving licence (demo)'],
      ['insurance', 'insurance-certificate.pdf', 'Insurance certificate (demo)'],
    ] as const) {
      plan.driverDocuments.push({
        ...demoDocument(plan, random, `demo/drivers/${driverId}`, fileName, [
          title,
          demo.name,
          `Issued to driver ${driverId}`,
        ]),
        driverId,
        kind,
        uploadedAt: createdAt,
      });
    }
  });

  // The audit log reads in time order, so its ids should too.
  plan.adminActions.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
  return plan;
}

/**
 * A one-page demo PDF stored under `folder/fileName` (its file queued in `plan.files`), and
 * the columns every document row has.
 */
function demoDocument(
  plan: DemoPlan,
  random: Random,
  folder: string,
  fileName: string,
  [title, ...lines]: [string, ...string[]],
) {
  const storageKey = `${folder}/${fileName}`;
  const data = demoPdf(title, [
    ...lines,
    'Demonstration document generated by the HomeChef demo seed.',
  ]);
  plan.files.push({ key: storageKey, data });
  return {
    id: uuid(random),
    fileName,
    contentType: 'application/pdf',
    sizeBytes: data.byteLength,
    storageKey,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}

/**
 * A home on the neighbourhood's main street: a house number in the street's range, standing
 * where the built-in geocoder puts that number, so searching the address finds the same spot.
 */
function homeOn(random: Random, neighbourhood: NeighbourhoodName) {
  const street = mainStreetOf(neighbourhood);
  const number = int(random, street.first, street.last);
  const at = houseOn(street, number);
  if (!at) throw new Error(`${number} ${street.name} is off the street`);
  return { line1: `${number} ${street.name}`, ...at };
}

interface PlannedDish extends DemoDish {
  cuisine: CuisineKey;
}

function planMenus(
  random: Random,
  plan: DemoPlan,
  chefId: string,
  cuisines: readonly CuisineKey[],
  createdAt: Date,
): void {
  const catalogue: PlannedDish[] = cuisines.flatMap((cuisine) =>
    CUISINES[cuisine].dishes.map((dish): PlannedDish => ({ ...dish, cuisine })),
  );
  const dishes = shuffle(random, catalogue).slice(0, int(random, 4, Math.min(8, catalogue.length)));
  const sides = dishes.filter((dish) => dish.priceCents < 900);
  const mains = dishes.filter((dish) => dish.priceCents >= 900);
  // Two menus when the dishes split naturally (mains vs. sides and sweets) or there are many.
  let groups: { dishes: PlannedDish[]; menu: (typeof MENU_NAMES)[number] }[];
  if (sides.length >= 2 && mains.length >= 3 && random() < 0.6) {
    groups = [
      { dishes: mains, menu: pick(random, MENU_NAMES.slice(0, 2)) },
      { dishes: sides, menu: MENU_NAMES[3] },
    ];
  } else if (dishes.length >= 6 && random() < 0.5) {
    const half = Math.ceil(dishes.length / 2);
    groups = [
      { dishes: dishes.slice(0, half), menu: pick(random, MENU_NAMES.slice(0, 2)) },
      { dishes: dishes.slice(half), menu: MENU_NAMES[2] },
    ];
  } else {
    groups = [{ dishes: [...mains, ...sides], menu: pick(random, MENU_NAMES.slice(0, 3)) }];
  }

  groups.forEach(({ dishes: groupDishes, menu: [name, description] }, menuIndex) => {
    const menuId = uuid(random);
    plan.menus.push({ id: menuId, chefId, name, description, position: menuIndex, createdAt });

    groupDishes.forEach((dish, position) => {
      const itemId = uuid(random);
      plan.menuItems.push({
        id: itemId,
        menuId,
        chefId,
        name: dish.name,
        description: dish.description,
        // Chefs price the same dish a little differently.
        priceCents: Math.max(300, dish.priceCents + pick(random, [-100, -50, 0, 0, 50, 100])),
        currency: 'usd',
        dietaryTags: [...dish.tags],
        allergens: [...dish.allergens],
        isAvailable: random() >= 0.05,
        dailyQuantity: random() < 0.3 ? int(random, 10, 30) : null,
        position,
        createdAt,
      });
      (dish.options ?? []).forEach((kind, groupPosition) => {
        const groupId = uuid(random);
        const choices = optionChoices(kind, dish.cuisine);
        const [groupName, minChoices, maxChoices] =
          kind === 'spice'
            ? (['Spice level', 1, 1] as const)
            : kind === 'protein'
              ? (['Protein', 1, 1] as const)
              : (['Add-ons', 0, Math.min(3, choices.length)] as const);
        plan.optionGroups.push({
          id: groupId,
          itemId,
          name: groupName,
          minChoices,
          maxChoices,
          position: groupPosition,
        });
        choices.forEach(([optionName, priceDeltaCents], optionPosition) => {
          plan.options.push({
            id: uuid(random),
            groupId,
            name: optionName,
            priceDeltaCents,
            position: optionPosition,
          });
        });
      });
    });
  });
}

function optionChoices(
  kind: 'spice' | 'protein' | 'addons',
  cuisine: CuisineKey,
): (readonly [string, number])[] {
  switch (kind) {
    case 'spice':
      return SPICE_LEVELS.map((level) => [level, 0] as const);
    case 'protein':
      return [...PROTEIN_CHOICES];
    case 'addons':
      return [...CUISINES[cuisine].addOns];
  }
}

function documentStatus(demo: DemoChef, kind: ChefDocumentKind): ChefDocumentStatus {
  switch (demo.status) {
    case 'approved':
    case 'suspended':
      return 'accepted';
    case 'rejected':
      return demo.rejectedDocument === kind ? 'rejected' : 'accepted';
    default:
      return 'pending';
  }
}

/** Each role's demo phone numbers start at its own line in the fictional 510-555 range. */
const PHONE_BLOCKS = { chef: 100, driver: 140, customer: 160 } as const;

function demoPhone(role: keyof typeof PHONE_BLOCKS, i: number): string {
  return `+1510555${String(PHONE_BLOCKS[role] + i).padStart(4, '0')}`;
}

/**
 * A value drawn where the seed once used it (invented Stripe account ids), dropped: the draw
 * stays so everything drawn after it, ids included, is what it always was.
 */
function dropped(_value: unknown): Record<string, never> {
  return {};
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
